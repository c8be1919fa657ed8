//! A survey's connection to a CouchDB database, kept on this device only: the connection, the
//! checkpoint of the changes feed, and which responses the database is known to hold (so a sync
//! sends only what it lacks). Kept as settings records: the connection and checkpoint in one,
//! the known response ids in pages of their own, each page written with the checkpoint it
//! belongs to in one transaction.

use super::Connection;
use crate::fast_hash::FastSet;
use crate::store::{to_json, Change, Collection, Record, RecordStore, StoreError};
use serde::{Deserialize, Serialize};

/// A survey's sync state as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncState {
    /// Where to and as whom.
    pub connection: Connection,
    /// The changes feed's checkpoint: every change up to it is on this device (`None`: none yet).
    #[serde(default)]
    pub since: Option<String>,
}

fn state_key(survey_id: &str) -> String {
    format!("sync:{survey_id}")
}

fn known_group(survey_id: &str) -> String {
    format!("sync-known:{survey_id}")
}

/// The survey's sync state and the response ids the database is known to hold, if the survey is
/// connected. An unreadable state is treated as no connection (the facilitator connects again).
pub async fn load_sync<S: RecordStore>(
    store: &S,
    survey_id: &str,
) -> Result<Option<(SyncState, FastSet<String>)>, StoreError> {
    let Some(record) = store.get(Collection::Settings, &state_key(survey_id)).await? else { return Ok(None) };
    let Ok(state) = serde_json::from_str::<SyncState>(&record.value) else { return Ok(None) };
    let mut known = FastSet::default();
    for page in store.group(Collection::Settings, &known_group(survey_id)).await? {
        known.extend(serde_json::from_str::<Vec<String>>(&page.value).unwrap_or_default());
    }
    Ok(Some((state, known)))
}

/// Connects the survey: a new connection starts from the beginning, so anything known about an
/// earlier database is forgotten in the same write.
pub async fn connect<S: RecordStore>(
    store: &S,
    survey_id: &str,
    connection: Connection,
) -> Result<SyncState, StoreError> {
    let state = SyncState { connection, since: None };
    let mut changes = forget_changes(store, survey_id).await?;
    changes.push(Change::Put(Collection::Settings, Record::new(&state_key(survey_id), "", to_json(&state)?)));
    store.write(changes).await?;
    Ok(state)
}

/// Records progress in one write: the new checkpoint (if any) and the ids newly known to be in
/// the database (if any). A sync that stops before this write does the page again; adding a
/// response twice stores it once, so nothing is doubled.
pub async fn record_progress<S: RecordStore>(
    store: &S,
    survey_id: &str,
    state: &SyncState,
    newly_known: &[String],
) -> Result<(), StoreError> {
    store.write(progress_changes(survey_id, state, newly_known)?).await
}

/// The changes that record progress (see [`record_progress`]), for a write that also stores the
/// responses the progress is about.
pub fn progress_changes(survey_id: &str, state: &SyncState, newly_known: &[String]) -> Result<Vec<Change>, StoreError> {
    let mut changes = vec![Change::Put(Collection::Settings, Record::new(&state_key(survey_id), "", to_json(state)?))];
    if let Some(first) = newly_known.first() {
        // Named by a response id in it: two pages never share one, so no page replaces another.
        let key = format!("{}:{first}", known_group(survey_id));
        changes
            .push(Change::Put(Collection::Settings, Record::new(&key, &known_group(survey_id), to_json(newly_known)?)));
    }
    Ok(changes)
}

async fn forget_changes<S: RecordStore>(store: &S, survey_id: &str) -> Result<Vec<Change>, StoreError> {
    let mut changes = vec![Change::Delete(Collection::Settings, state_key(survey_id))];
    for page in store.group(Collection::Settings, &known_group(survey_id)).await? {
        changes.push(Change::Delete(Collection::Settings, page.key));
    }
    Ok(changes)
}

/// Disconnects the survey and forgets the connection (its password too) and the checkpoint, in
/// one write. The responses stay on this device.
pub async fn forget_sync<S: RecordStore>(store: &S, survey_id: &str) -> Result<(), StoreError> {
    let changes = forget_changes(store, survey_id).await?;
    store.write(changes).await
}
