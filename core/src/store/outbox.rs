//! The outbox: submitted responses waiting to reach their survey's submission address, one record
//! each (keyed by response id), stored in the same transaction as the response itself, so a
//! response is never kept without being queued nor queued without being kept. A record leaves the
//! outbox only once the database has the response.

use super::{responses::response_record, Change, Collection, Record, RecordStore, StoreError};
use crate::response::Response;
use serde::{Deserialize, Serialize};

/// Every outbox record is listed under this one group: the outbox is emptied as a whole.
const OUTBOX_GROUP: &str = "";

/// One response waiting to be sent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Waiting {
    /// The response id (the record's key).
    #[serde(skip)]
    pub id: String,
    /// The submission address it goes to.
    pub to: String,
    /// The JSON document sent (`submission::document_json`).
    pub document: String,
}

/// Stores `response` and, when its survey names a submission address, queues `document` for it:
/// one transaction, all or nothing.
pub async fn keep_and_queue<S: RecordStore>(
    store: &S,
    response: &Response,
    queue: Option<(&str, String)>,
) -> Result<(), StoreError> {
    let Some((to, document)) = queue else {
        return super::add_responses(store, std::slice::from_ref(response)).await.map(|_| ());
    };
    let waiting = Waiting { id: response.id.clone(), to: to.to_owned(), document };
    // A fresh response's id is random and new, so putting it cannot replace another response.
    store
        .write(vec![
            Change::Put(Collection::Responses, response_record(response)?),
            Change::Put(Collection::Outbox, Record::new(&response.id, OUTBOX_GROUP, super::to_json(&waiting)?)),
        ])
        .await
}

/// Every response waiting to be sent, oldest first by id order; records that cannot be read are
/// kept aside (they are still among the device's responses).
pub async fn waiting<S: RecordStore>(store: &S) -> Result<Vec<Waiting>, StoreError> {
    let mut found = Vec::new();
    for record in store.group(Collection::Outbox, OUTBOX_GROUP).await? {
        match serde_json::from_str::<Waiting>(&record.value) {
            Ok(waiting) => found.push(Waiting { id: record.key, ..waiting }),
            Err(_) => {
                super::kept_aside::move_aside(store, Collection::Outbox, record).await;
            }
        }
    }
    Ok(found)
}

/// Takes response `id` out of the outbox: the database has it.
pub async fn delivered<S: RecordStore>(store: &S, id: &str) -> Result<(), StoreError> {
    store.write(vec![Change::Delete(Collection::Outbox, id.to_owned())]).await
}
