//! Syncing a survey's responses with a CouchDB database (docs/operating/workshops.md): receiving what the
//! database has from its changes feed (a page at a time, each page's responses stored with its
//! checkpoint in one transaction, so a sync stopped at any point goes on from there; see
//! `receive`), then sending what only this device has with `_bulk_docs`. Responses are documents whose `_id` is
//! the response id, so a response both sides hold is never doubled. Survey definitions travel
//! through the same database (`publish`).

use super::responses::Added;
use crate::analytics::FastSet;
use crate::response::Response;
use crate::seal::{open_envelopes, SealCrypto, SealError, SealedResponse};
use crate::services::{outgoing_document, OutgoingError};
use crate::store::{response_of, response_records_in_batches, Record, RecordStore, StoreError};
use crate::submission::ServerAnswer;
use crate::survey::SurveyDefinition;
use crate::sync::BULK_PAGE;
use crate::sync::{
    bulk_body, connect, load_sync, read_bulk_answer, record_progress, refusal_reason, Connection, Sent, SyncError,
    SyncState,
};
use std::cell::{Cell, RefCell};

mod follow;
mod publish;
mod receive;
pub use follow::{
    connect_and_follow, forget, open_and_follow, sync_again, Activity, FollowPage, Following, SyncNote, SyncProblem,
    SyncView, LONG_POLL_MS,
};
pub use publish::{
    adopt_published_actions, forget_connection, keep_connection, kept_connection, publish_survey, published_surveys,
    Published,
};
pub use receive::Received;

/// The survey a sync is for, with the cryptography a sealed one needs
/// (docs/formats/sealed-responses.md): what is sent is sealed for its public key, what arrives
/// sealed is opened with its private key.
pub struct SyncTarget<'a, K: SealCrypto> {
    /// The survey.
    pub survey: &'a SurveyDefinition,
    /// The browser's cryptography (Web Crypto; RustCrypto in tests).
    pub crypto: &'a K,
    /// The survey's private key, unlocked with the passphrase; a sealed survey does not sync
    /// without it.
    pub private: Option<&'a K::Private>,
}

impl<'a, K: SealCrypto> SyncTarget<'a, K> {
    /// `survey`, sealing with `crypto` and opening with `private`.
    pub fn new(survey: &'a SurveyDefinition, crypto: &'a K, private: Option<&'a K::Private>) -> Self {
        Self { survey, crypto, private }
    }

    /// Whether the survey is sealed and its key not unlocked here.
    pub fn locked(&self) -> bool {
        self.survey.seal_key.is_some() && self.private.is_none()
    }

    /// The document the database gets for `response`: sealed when the survey is.
    async fn document(&self, response: &Response) -> Result<String, SyncError> {
        outgoing_document(self.crypto, self.survey, response).await.map_err(|error| match error {
            OutgoingError::Store(error) => SyncError::Store(error),
            OutgoingError::Seal(error) => SyncError::CannotSeal(error),
        })
    }

    /// `sealed` opened: the responses inside, and the envelopes that did not open with why.
    async fn open_all(&self, sealed: Vec<SealedResponse>) -> (Vec<Response>, Vec<(SealedResponse, SealError)>) {
        match self.private {
            Some(private) => open_envelopes(self.crypto, private, sealed).await,
            None => (Vec::new(), sealed.into_iter().map(|envelope| (envelope, SealError::NoKey)).collect()),
        }
    }
}

/// A CouchDB server as the sync sees it (the browser's `fetch` in the app, a fake in tests).
#[allow(async_fn_in_trait)]
pub trait CouchServer {
    /// Sends a request (`body`, when given, is JSON); the answer, or `None` when none came.
    async fn request(&self, method: &'static str, url: &str, body: Option<String>) -> Option<ServerAnswer>;
    /// Whether the device believes it is online.
    fn online(&self) -> bool;
    /// Whether the facilitator has stopped this sync (disconnected): nothing more is recorded.
    fn stopped(&self) -> bool;
}

/// A server borrowed: what it answers.
impl<C: CouchServer> CouchServer for &C {
    async fn request(&self, method: &'static str, url: &str, body: Option<String>) -> Option<ServerAnswer> {
        (**self).request(method, url, body).await
    }
    fn online(&self) -> bool {
        (**self).online()
    }
    fn stopped(&self) -> bool {
        (**self).stopped()
    }
}

/// How far a sync has come, for "Received 1,200 of 5,000".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// Changes received from the database so far.
    pub received: usize,
    /// All the changes there are to receive, once the server has said.
    pub to_receive: Option<usize>,
    /// Responses sent to the database so far.
    pub sent: usize,
    /// Changes received and kept on this device so far.
    pub kept: usize,
    /// Responses there are to send, once counted.
    pub to_send: usize,
}

/// What a sync did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SyncReport {
    /// What was received: responses added, already here, refused by the survey, and documents
    /// that are not responses (its `responses` are left empty: they were handed over page by page).
    pub received: Added,
    /// Responses the database now has from this device.
    pub sent: usize,
    /// Responses the database refused, by id, with its reason.
    pub refused_by_server: Vec<(String, String)>,
}

/// What a whole sync has done so far, told to the page as it changes (by the receiving of pages
/// and their keeping at once).
struct Tally<'a> {
    report: RefCell<SyncReport>,
    progress: Cell<Progress>,
    on_progress: RefCell<Box<dyn FnMut(Progress) + 'a>>,
}

impl Tally<'_> {
    fn tell(&self, change: impl FnOnce(&mut Progress)) {
        let mut now = self.progress.get();
        change(&mut now);
        self.progress.set(now);
        (self.on_progress.borrow_mut())(now);
    }
}

/// A survey's connection, its checkpoint and what the database is known to hold.
#[derive(Clone, Debug)]
pub struct SyncSession {
    survey_id: String,
    /// The stored state: connection and checkpoint.
    pub state: SyncState,
    known: FastSet<String>,
}

/// The answer to a request, or the error its absence or failing status means.
pub(super) async fn answered<C: CouchServer>(
    server: &C,
    connection: &Connection,
    method: &'static str,
    url: &str,
    body: Option<String>,
) -> Result<String, SyncError> {
    let Some(answer) = server.request(method, url, body).await else {
        return Err(SyncError::Unreachable { server: connection.server_name().to_owned(), offline: !server.online() });
    };
    if (200..300).contains(&answer.status) {
        Ok(answer.body)
    } else {
        Err(SyncError::of_status(answer.status, &connection.database, refusal_reason(answer.status, &answer.body)))
    }
}

impl SyncSession {
    /// The survey's session, if it is connected on this device.
    pub async fn open<S: RecordStore>(store: &S, survey_id: &str) -> Result<Option<SyncSession>, StoreError> {
        Ok(load_sync(store, survey_id).await?.map(|(state, known)| SyncSession {
            survey_id: survey_id.to_owned(),
            state,
            known,
        }))
    }

    /// Connects the survey to `connection` (forgetting any earlier one), once the database has
    /// answered as CouchDB: a mistyped address or password is said at once and nothing is kept.
    pub async fn connect<S: RecordStore, C: CouchServer>(
        store: &S,
        server: &C,
        survey_id: &str,
        connection: Connection,
    ) -> Result<SyncSession, SyncError> {
        #[derive(serde::Deserialize)]
        struct DatabaseInfo {
            #[allow(dead_code)]
            db_name: String,
        }
        let body = answered(server, &connection, "GET", &connection.database_url(), None).await?;
        serde_json::from_str::<DatabaseInfo>(&body).map_err(|_| SyncError::NotCouchDb)?;
        let state = connect(store, survey_id, connection).await?;
        Ok(SyncSession { survey_id: survey_id.to_owned(), state, known: FastSet::default() })
    }

    /// Sends every response of the survey on this device that the database is not known to hold,
    /// [`BULK_PAGE`] at a time, recording after each request what it now holds.
    pub async fn send_unknown<S: RecordStore, C: CouchServer, K: SealCrypto>(
        &mut self,
        store: &S,
        server: &C,
        target: &SyncTarget<'_, K>,
        on_progress: impl FnMut(usize, usize),
    ) -> Result<(usize, Vec<(String, String)>), SyncError> {
        let survey_id = &target.survey.id;
        let mut unknown: Vec<Response> = Vec::new();
        let known = &self.known;
        response_records_in_batches(store, survey_id, &mut |records| {
            // Only the responses the database lacks are read: after the first sync, a few.
            unknown.extend(
                records
                    .iter()
                    .filter(|record| !known.contains(&record.key))
                    .filter_map(|record| response_of(record, survey_id)),
            );
        })
        .await?;
        self.send(store, server, target, unknown, on_progress).await
    }

    /// Sends those of `responses` the database is not known to hold (responses that reached this
    /// device while the dashboard follows the database: a kiosk tab's, an import's).
    pub async fn send<S: RecordStore, C: CouchServer, K: SealCrypto>(
        &mut self,
        store: &S,
        server: &C,
        target: &SyncTarget<'_, K>,
        mut responses: Vec<Response>,
        mut on_progress: impl FnMut(usize, usize),
    ) -> Result<(usize, Vec<(String, String)>), SyncError> {
        responses.retain(|response| !self.known.contains(&response.id));
        if target.locked() && !responses.is_empty() {
            return Err(SyncError::Locked);
        }
        let (mut sent, mut refused) = (0, Vec::new());
        on_progress(0, responses.len());
        for page in responses.chunks(BULK_PAGE) {
            let mut documents = Vec::with_capacity(page.len());
            for response in page {
                documents.push(target.document(response).await?);
            }
            let body = bulk_body(&documents);
            let connection = &self.state.connection;
            let url = format!("{}/_bulk_docs", connection.database_url());
            let answer = answered(server, connection, "POST", &url, Some(body)).await?;
            let outcomes = read_bulk_answer(&answer).map_err(|_| SyncError::NotCouchDb)?;
            let mut newly_known = Vec::new();
            for (id, outcome) in outcomes {
                match outcome {
                    Sent::Stored => newly_known.push(id),
                    Sent::Refused(reason) => refused.push((id, reason)),
                    Sent::NotYet => {}
                }
            }
            if server.stopped() {
                break;
            }
            record_progress(store, &self.survey_id, &self.state, &newly_known).await?;
            sent += newly_known.len();
            self.known.extend(newly_known);
            on_progress(sent, responses.len());
        }
        Ok((sent, refused))
    }

    /// A whole sync: everything the database has that this device lacks, page by page (each
    /// page's responses handed to `on_arrived` as it is read, and to `on_kept` as records once
    /// stored), then everything this device has that the database lacks; `on_progress` hears of
    /// each step.
    pub async fn sync<S: RecordStore, C: CouchServer, K: SealCrypto>(
        &mut self,
        store: &S,
        server: &C,
        target: &SyncTarget<'_, K>,
        on_progress: impl FnMut(Progress),
        on_arrived: impl FnMut(Vec<Response>),
        on_kept: impl FnMut(&[Record]),
    ) -> Result<SyncReport, SyncError> {
        let tally = Tally {
            report: RefCell::new(SyncReport::default()),
            progress: Cell::new(Progress::default()),
            on_progress: RefCell::new(Box::new(on_progress)),
        };
        self.receive_all(store, server, target, &tally, on_arrived, on_kept).await?;
        if server.stopped() {
            return Ok(tally.report.into_inner());
        }
        let (sent, refused) = self
            .send_unknown(store, server, target, |sent, to_send| {
                tally.tell(|progress| {
                    progress.sent = sent;
                    progress.to_send = to_send;
                })
            })
            .await?;
        let mut report = tally.report.into_inner();
        report.sent = sent;
        report.refused_by_server = refused;
        Ok(report)
    }
}
