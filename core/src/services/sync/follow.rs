//! Following a database from the dashboard: a whole sync when the page opens (or the facilitator
//! connects), then the changes feed long-polled so that responses reaching the database appear
//! without a reload, sending on the way what reached this device otherwise. Failures that
//! waiting mends are retried with a doubling wait, and so is a server that answers a long poll
//! empty at once instead of holding it; failures that need the facilitator stop it.
//!
//! The page supplies the clock, the waiting and what to do with arrivals ([`FollowPage`]), so
//! the policy is tested natively with the fake database and no real time passing.

use super::{CouchServer, Progress, Received, SyncReport, SyncSession, SyncTarget};
use crate::response::Response;
use crate::seal::SealCrypto;
use crate::store::{Record, RecordStore, StoreError};
use crate::sync::{Connection, SyncError};
use std::cell::{Cell, RefCell};

/// How long the server holds a long poll open when nothing arrives.
pub const LONG_POLL_MS: u32 = 25_000;
/// The first wait after a failed request; it doubles up to [`LONGEST_WAIT_MS`].
pub const FIRST_WAIT_MS: u32 = 2_000;
/// The longest wait between tries.
pub const LONGEST_WAIT_MS: u32 = 60_000;
/// A long poll answered empty sooner than this was not held by the server: asking again at once
/// would send a request after request (a misbehaving server or proxy), so the page waits first.
pub const HELD_AT_LEAST_MS: u32 = 1_000;

/// What the sync is doing now.
#[derive(Clone, Debug, PartialEq)]
pub enum Activity {
    /// Connecting to this server.
    Connecting(String),
    /// A whole sync, before it has counted anything.
    Syncing,
    /// A whole sync, this far.
    Progress(Progress),
}

/// What the facilitator was last told the sync did.
#[derive(Clone, Debug, PartialEq)]
pub enum SyncNote {
    /// A whole sync finished at this time, having done this.
    Synced { at: String, report: Box<SyncReport> },
    /// The connection and its password were forgotten.
    Disconnected,
}

/// Why the last request failed.
#[derive(Clone, Debug, PartialEq)]
pub enum SyncProblem {
    /// The database could not be used; when `retrying`, the page tries again by itself.
    Sync { error: SyncError, retrying: bool },
    /// This device's storage failed.
    Store(StoreError),
}

impl From<SyncError> for SyncProblem {
    fn from(error: SyncError) -> Self {
        SyncProblem::Sync { error, retrying: false }
    }
}

/// What the facilitator sees of the connection: values, put in words by the components that
/// show them, in the page's language.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SyncView {
    /// Read from the device yet.
    pub ready: bool,
    /// The connection, when there is one: server name, database, user.
    pub connected: Option<(String, String, String)>,
    /// What is happening now.
    pub activity: Option<Activity>,
    /// What the last whole sync did.
    pub report: Option<SyncNote>,
    /// Why the last request failed.
    pub problem: Option<SyncProblem>,
    /// Following the database: the time the last response arrived, if any has.
    pub live_since: Option<Option<String>>,
}

/// The state of following, shared by the running loop and the page that started it.
#[derive(Debug, Default)]
pub struct Following {
    view: RefCell<SyncView>,
    /// Responses that reached this device otherwise (a kiosk tab, an import) while the page
    /// follows the database, which it may lack.
    local_arrivals: RefCell<Vec<Response>>,
    /// The last whole sync failed, or more arrived than were handed over: the next round sends
    /// everything the database lacks.
    send_all: Cell<bool>,
}

impl Following {
    /// What the facilitator sees now.
    pub fn view(&self) -> SyncView {
        self.view.borrow().clone()
    }

    /// Whether the page follows the database now.
    pub fn is_live(&self) -> bool {
        self.view.borrow().live_since.is_some()
    }

    /// Responses stored on this device by other means: sent with the next request while the
    /// page follows the database (a whole sync reads the device's responses itself).
    pub fn stored_here(&self, responses: &[Response]) {
        if self.is_live() {
            self.local_arrivals.borrow_mut().extend_from_slice(responses);
        }
    }

    /// More responses than were handed over were stored on this device: the next request sends
    /// every response the database lacks, read from the store.
    pub fn stored_many_here(&self) {
        if self.is_live() {
            self.send_all.set(true);
        }
    }
}

/// What following needs from the page it runs for.
#[allow(async_fn_in_trait)]
pub trait FollowPage {
    /// The state this page's following keeps.
    fn following(&self) -> &Following;
    /// The view changed: whatever shows it is drawn again.
    fn redraw(&self);
    /// Responses a whole sync read, for the page's figures.
    fn take(&self, responses: Vec<Response>);
    /// Responses new to this device that arrived while following: for the page's figures and
    /// anything else on the device that shows responses.
    fn arrived(&self, responses: Vec<Response>);
    /// Records a whole sync stored on this device.
    fn kept(&self, records: &[Record]);
    /// Milliseconds on a clock that only moves forward.
    fn now_ms(&self) -> f64;
    /// The time of day, as the facilitator reads it ("14:32:05").
    fn clock_time(&self) -> String;
    /// Waits `ms` milliseconds.
    async fn sleep(&self, ms: u32);

    /// Changes the view, then draws it again.
    fn update(&self, change: impl FnOnce(&mut SyncView)) {
        change(&mut self.following().view.borrow_mut());
        self.redraw();
    }
}

/// Failures that waiting does not mend: the facilitator must change something.
fn needs_the_facilitator(error: &SyncError) -> bool {
    matches!(
        error,
        SyncError::WrongPassword
            | SyncError::NotAllowed { .. }
            | SyncError::DatabaseMissing { .. }
            | SyncError::NotCouchDb
            | SyncError::FeedStuck
            | SyncError::Locked
            | SyncError::CannotSeal(_)
    )
}

/// Opens the survey's stored connection, if it has one, and follows the database, reached
/// through `couch_for` the connection.
pub async fn open_and_follow<S: RecordStore, C: CouchServer, P: FollowPage, K: SealCrypto>(
    store: &S,
    couch_for: impl FnOnce(&Connection) -> C,
    page: &P,
    target: &SyncTarget<'_, K>,
) {
    let session = match SyncSession::open(store, &target.survey.id).await {
        Ok(session) => session,
        Err(error) => {
            page.update(|view| {
                view.ready = true;
                view.problem = Some(SyncProblem::Store(error));
            });
            return;
        }
    };
    page.update(|view| {
        view.ready = true;
        view.connected = session.as_ref().map(|session| session.state.connection.shown());
    });
    if let Some(session) = session {
        let couch = couch_for(&session.state.connection);
        follow(store, &couch, page, target, session).await;
    }
}

/// Connects with what the facilitator typed (said at once when the database does not answer as
/// CouchDB), then follows the database.
pub async fn connect_and_follow<S: RecordStore, C: CouchServer, P: FollowPage, K: SealCrypto>(
    store: &S,
    couch_for: impl FnOnce(&Connection) -> C,
    page: &P,
    target: &SyncTarget<'_, K>,
    connection: Connection,
) {
    let couch = &couch_for(&connection);
    page.update(|view| {
        view.activity = Some(Activity::Connecting(connection.server_name().to_owned()));
        view.problem = None;
        view.report = None;
    });
    let described = connection.shown();
    match SyncSession::connect(store, couch, &target.survey.id, connection).await {
        Ok(_) if couch.stopped() => {}
        Ok(session) => {
            page.update(|view| view.connected = Some(described));
            follow(store, couch, page, target, session).await;
        }
        Err(error) => page.update(|view| {
            view.activity = None;
            view.problem = Some(error.into());
        }),
    }
}

/// A whole sync, then following the changes feed until `couch` is stopped or a failure needs
/// the facilitator.
pub async fn follow<S: RecordStore, C: CouchServer, P: FollowPage, K: SealCrypto>(
    store: &S,
    couch: &C,
    page: &P,
    target: &SyncTarget<'_, K>,
    mut session: SyncSession,
) {
    if !whole_sync(store, couch, page, target, &mut session).await {
        return;
    }
    let following = page.following();
    let mut wait = FIRST_WAIT_MS;
    while !couch.stopped() {
        let local = following.local_arrivals.take();
        let sent = if following.send_all.replace(false) {
            session.send_unknown(store, couch, target, |_, _| {}).await
        } else if local.is_empty() {
            Ok((0, Vec::new()))
        } else {
            session.send(store, couch, target, local, |_, _| {}).await
        };
        if let Err(error) = sent {
            following.send_all.set(true);
            page.update(|view| view.problem = Some(error.into()));
        }
        let asked_at = page.now_ms();
        match session.receive_page(store, couch, target, Some(LONG_POLL_MS)).await {
            // A server that holds a quiet long poll open past its wait (PouchDB Server ignores
            // `timeout`) is given up on by the browser: nothing arrived, nothing is wrong.
            Err(SyncError::Unreachable { offline: false, .. })
                if page.now_ms() - asked_at >= f64::from(LONG_POLL_MS) => {}
            Ok(Received { added, changes, .. }) => {
                let empty_at_once = changes == 0 && page.now_ms() - asked_at < f64::from(HELD_AT_LEAST_MS);
                // Only responses new to this device count as arrivals (the feed also brings back
                // the ones this device sent).
                let arrived = added.added > 0;
                if arrived {
                    page.arrived(added.responses);
                }
                if couch.stopped() {
                    return;
                }
                page.update(|view| {
                    view.problem = None;
                    if arrived {
                        view.live_since = Some(Some(page.clock_time()));
                    }
                });
                if empty_at_once {
                    page.sleep(wait).await;
                    wait = (wait * 2).min(LONGEST_WAIT_MS);
                } else {
                    wait = FIRST_WAIT_MS;
                }
            }
            Err(error) => {
                if couch.stopped() {
                    return;
                }
                let stop = needs_the_facilitator(&error);
                page.update(|view| {
                    view.problem = Some(SyncProblem::Sync { error, retrying: !stop });
                    if stop {
                        view.live_since = None;
                    }
                });
                if stop {
                    return;
                }
                page.sleep(wait).await;
                wait = (wait * 2).min(LONGEST_WAIT_MS);
            }
        }
    }
}

/// The sync before following; whether following should start.
async fn whole_sync<S: RecordStore, C: CouchServer, P: FollowPage, K: SealCrypto>(
    store: &S,
    couch: &C,
    page: &P,
    target: &SyncTarget<'_, K>,
    session: &mut SyncSession,
) -> bool {
    page.update(|view| {
        view.activity = Some(Activity::Syncing);
        view.problem = None;
    });
    let synced = session
        .sync(
            store,
            couch,
            target,
            |progress| page.update(|view| view.activity = Some(Activity::Progress(progress))),
            |responses| page.take(responses),
            |records| page.kept(records),
        )
        .await;
    if couch.stopped() {
        return false;
    }
    match synced {
        Ok(report) => {
            let at = page.clock_time();
            page.update(|view| view.report = Some(SyncNote::Synced { at, report: Box::new(report) }));
        }
        Err(error) => {
            let stop = needs_the_facilitator(&error);
            page.update(|view| {
                view.problem = Some(error.into());
                view.activity = None;
            });
            if stop {
                return false;
            }
            page.following().send_all.set(true);
        }
    }
    page.update(|view| {
        view.activity = None;
        view.live_since = Some(None);
    });
    true
}

/// Forgets the survey's connection and its password on this device (its responses stay).
pub async fn forget<S: RecordStore, P: FollowPage>(store: &S, page: &P, survey_id: &str) {
    match super::forget_connection(store, survey_id).await {
        Ok(()) => page.update(|view| {
            *view = SyncView { ready: true, ..SyncView::default() };
            view.report = Some(SyncNote::Disconnected);
        }),
        Err(error) => page.update(|view| view.problem = Some(SyncProblem::Store(error))),
    }
}

/// Opens the survey's stored connection again and follows the database (after the host fixed
/// the server, say).
pub async fn sync_again<S: RecordStore, C: CouchServer, P: FollowPage, K: SealCrypto>(
    store: &S,
    couch_for: impl FnOnce(&Connection) -> C,
    page: &P,
    target: &SyncTarget<'_, K>,
) {
    match SyncSession::open(store, &target.survey.id).await {
        Ok(Some(session)) => {
            let couch = couch_for(&session.state.connection);
            follow(store, &couch, page, target, session).await;
        }
        Ok(None) => {}
        Err(error) => page.update(|view| view.problem = Some(SyncProblem::Store(error))),
    }
}
