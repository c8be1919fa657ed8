//! Receiving what a CouchDB database has, from its changes feed: a page is read and checked
//! against the survey, handed to the dashboard, and kept on the device with its checkpoint in one
//! transaction. During a whole sync the next page is asked for while the last is being kept, so
//! the figures fill as fast as the server answers while the device's storage catches up; a sync
//! stopped at any point goes on from the last page kept.

use super::{answered, CouchServer, SyncSession, SyncTarget, Tally};
use crate::response::Response;
use crate::seal::SealCrypto;
use crate::services::responses::{keep_sealed_aside, Added};
use crate::store::{add_packed, response_record, Change, Record, RecordStore};
use crate::sync::{changes_url, progress_changes, read_changes, Connection, SyncError, CHANGES_PAGE};
use crate::transfer::merge_responses;
use futures::{SinkExt, StreamExt};
use std::cell::Cell;

/// How many received pages may wait to be kept while the next are asked for: at most this many
/// times [`CHANGES_PAGE`] responses (60,000, about 30 MB of their text) held in memory.
const WAITING_PAGES: usize = 12;

/// One page received from the changes feed.
#[derive(Clone, Debug, Default)]
pub struct Received {
    /// What it added (with its good responses, for the dashboard to take in).
    pub added: Added,
    /// How many changes it held.
    pub changes: usize,
    /// Changes still waiting after it, when the server says.
    pub pending: Option<u64>,
}

/// A page of the changes feed, read and checked against the survey.
struct Fetched {
    /// What the page holds, except how many of its responses are new here (known once kept).
    checked: Added,
    /// What keeping it stores.
    keep: Keep,
    changes: usize,
    pending: Option<u64>,
}

/// A page's good responses as records, the sealed ones that did not open (kept aside), and the
/// checkpoint after it.
struct Keep {
    records: Vec<Record>,
    aside: Vec<Change>,
    since: String,
    changes: usize,
}

/// Asks for the page of changes after `since` (waiting up to `wait_ms` for one when given: the
/// live dashboard's long poll), opens its sealed responses and checks them all against the
/// survey. A sealed survey whose key is locked receives nothing.
async fn fetch_page<C: CouchServer, K: SealCrypto>(
    server: &C,
    connection: &Connection,
    since: Option<&str>,
    target: &SyncTarget<'_, K>,
    wait_ms: Option<u32>,
) -> Result<Fetched, SyncError> {
    if target.locked() {
        return Err(SyncError::Locked);
    }
    let url = changes_url(&connection.database_url(), since, wait_ms);
    let body = answered(server, connection, "GET", &url, None).await?;
    let mut page = read_changes(&body).map_err(|_| SyncError::NotCouchDb)?;
    if page.changes > 0 && since == Some(page.last_seq.as_str()) {
        return Err(SyncError::FeedStuck);
    }
    let (opened, unopened) = target.open_all(std::mem::take(&mut page.incoming.sealed)).await;
    page.incoming.responses.extend(opened);
    let merge = merge_responses(target.survey, &[], page.incoming.responses);
    let records = merge.added.iter().map(response_record).collect::<Result<Vec<_>, _>>()?;
    let aside =
        unopened.iter().map(|(envelope, reason)| keep_sealed_aside(envelope, reason)).collect::<Result<Vec<_>, _>>()?;
    let checked = Added {
        added: 0,
        duplicates: merge.duplicates,
        refused: merge.refused,
        responses: merge.added,
        not_responses: page.incoming.not_responses,
        unopened: unopened.into_iter().map(|(envelope, reason)| (envelope.id, reason)).collect(),
        conflicted: page.conflicted,
        ..Added::default()
    };
    let keep = Keep { records, aside, since: page.last_seq, changes: page.changes };
    Ok(Fetched { checked, keep, changes: page.changes, pending: page.pending })
}

impl SyncSession {
    /// Stores a page's new responses and the checkpoint after it, in one transaction; how many
    /// of its responses were new here. Nothing is kept once the facilitator has stopped the sync.
    async fn keep_page<S: RecordStore, C: CouchServer>(
        &mut self,
        store: &S,
        server: &C,
        keep: Keep,
    ) -> Result<usize, SyncError> {
        if server.stopped() {
            return Ok(0);
        }
        let newly_known: Vec<String> =
            keep.records.iter().map(|record| record.key.clone()).filter(|id| !self.known.contains(id)).collect();
        let mut state = self.state.clone();
        state.since = Some(keep.since);
        let mut with = progress_changes(&self.survey_id, &state, &newly_known)?;
        with.extend(keep.aside);
        let added = add_packed(store, &self.survey_id, keep.records, with).await?;
        self.state = state;
        self.known.extend(newly_known);
        Ok(added)
    }

    /// Receives the next page of changes (waiting up to `wait_ms` for one when given: the live
    /// dashboard's long poll) and keeps it with its checkpoint.
    pub async fn receive_page<S: RecordStore, C: CouchServer, K: SealCrypto>(
        &mut self,
        store: &S,
        server: &C,
        target: &SyncTarget<'_, K>,
        wait_ms: Option<u32>,
    ) -> Result<Received, SyncError> {
        let since = self.state.since.clone();
        let fetched = fetch_page(server, &self.state.connection, since.as_deref(), target, wait_ms).await?;
        if server.stopped() {
            return Ok(Received::default());
        }
        let good = fetched.checked.responses.len();
        let added = self.keep_page(store, server, fetched.keep).await?;
        let added = Added { added, duplicates: fetched.checked.duplicates + good - added, ..fetched.checked };
        Ok(Received { added, changes: fetched.changes, pending: fetched.pending })
    }

    /// Receives every change the database has after the checkpoint: each page's good responses
    /// are handed to `on_arrived` as soon as they are read, and to `on_kept` (as records) once
    /// they are stored with their checkpoint, while the next page is already being asked for.
    pub(super) async fn receive_all<S: RecordStore, C: CouchServer, K: SealCrypto>(
        &mut self,
        store: &S,
        server: &C,
        target: &SyncTarget<'_, K>,
        tally: &Tally<'_>,
        mut on_arrived: impl FnMut(Vec<Response>),
        mut on_kept: impl FnMut(&[Record]),
    ) -> Result<(), SyncError> {
        let (mut waiting, mut to_keep) = futures::channel::mpsc::channel::<Keep>(WAITING_PAGES);
        let connection = self.state.connection.clone();
        let mut since = self.state.since.clone();
        let fetching = async move {
            while !server.stopped() {
                let page = fetch_page(server, &connection, since.as_deref(), target, None).await?;
                since = Some(page.keep.since.clone());
                let last = page.changes < CHANGES_PAGE as usize || page.pending == Some(0);
                let Added { duplicates, refused, responses, not_responses, unopened, conflicted, .. } = page.checked;
                {
                    let mut report = tally.report.borrow_mut();
                    report.received.duplicates += duplicates;
                    report.received.refused.extend(refused);
                    report.received.not_responses.extend(not_responses);
                    report.received.unopened.extend(unopened);
                    report.received.conflicted.extend(conflicted);
                }
                tally.tell(|progress| {
                    progress.received += page.changes;
                    progress.to_receive = page.pending.map(|pending| progress.received + pending as usize);
                });
                if !responses.is_empty() {
                    on_arrived(responses);
                }
                // Refused only when keeping has failed, which says why.
                if waiting.send(page.keep).await.is_err() || last {
                    break;
                }
            }
            Ok::<(), SyncError>(())
        };
        let kept = Cell::new(None::<SyncError>);
        let (session, failed) = (&mut *self, &kept);
        // Owning the queue's end, so that leaving on a failure closes it.
        let keeping = async move {
            while let Some(keep) = to_keep.next().await {
                let changes = keep.changes;
                let records = keep.records.clone();
                match session.keep_page(store, server, keep).await {
                    Ok(added) => {
                        let mut report = tally.report.borrow_mut();
                        report.received.added += added;
                        report.received.duplicates += records.len() - added;
                    }
                    Err(error) => {
                        failed.set(Some(error));
                        break;
                    }
                }
                if !records.is_empty() && !server.stopped() {
                    on_kept(&records);
                }
                tally.tell(|progress| progress.kept += changes);
            }
        };
        let (fetched, ()) = futures::future::join(fetching, keeping).await;
        match kept.take() {
            Some(error) => Err(error),
            None => fetched,
        }
    }
}
