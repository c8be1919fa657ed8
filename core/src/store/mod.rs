//! Local persistence. Everything lives in the browser's IndexedDB (the web crate's
//! `IndexedDbStore`; `MemoryStore` natively) as records (one per response,
//! draft, saved survey or setting), written in transactions: all or nothing, and safe when two
//! tabs write at once. Every failure is a typed error; nothing is overwritten or silently dropped.
//! Earlier releases kept everything in `localStorage`; [`migrate_local_storage`] moves it over.

mod drafts;
mod error;
mod json_array;
mod kept_aside;
mod kept_with_survey;
mod keys;
mod memory;
mod migrate;
mod outbox;
mod packed;
mod responses;
mod settings;
mod surveys;

pub use drafts::{
    adopt_draft, discard_draft, load_draft, load_tab_draft, orphaned_draft, save_draft, tab_slot, DraftFound, Orphans,
};
pub use error::StoreError;
pub use kept_aside::kept_aside;
pub use kept_with_survey::{load_kept, save_kept, KeptWithSurvey};
pub use keys::{LEGACY_PREFIX, LEGACY_QUARANTINE_PREFIX};
pub use memory::{MemoryStorage, MemoryStore};
pub use migrate::{migrate_local_storage, Migrated};
pub use outbox::{delivered, keep_and_queue, waiting, Waiting};
pub use packed::{
    add_packed, add_packed_as_made, compact_packs, pack_loose, response_records_in_batches, Packing, PACK_SIZE,
    SMALL_PACKS_KEPT,
};
pub use responses::{
    add_responses, load_responses, read_responses, read_responses_in_batches, response_of, response_record,
    set_aside_unreadable, view_of, StoredResponses,
};
pub use settings::{kiosk_setting, set_kiosk_setting};
pub use surveys::{load_saved_surveys, publish_definition, saved_definition, store_saved_surveys, SavedSurveys};

/// `value` as compact JSON, or [`StoreError::NotEncodable`]: a value that cannot be written is
/// never replaced by an empty text that would overwrite what is stored.
pub fn to_json<T: serde::Serialize + ?Sized>(value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|_| StoreError::NotEncodable)
}

/// The kinds of record, each an IndexedDB object store of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Collection {
    /// Submitted responses, keyed by response id, listed by survey id.
    Responses,
    /// Unfinished answers, keyed by draft slot, listed by the survey's slot.
    Drafts,
    /// The facilitator's saved surveys and the definitions the dashboard opens.
    Surveys,
    /// Device settings (kiosk mode).
    Settings,
    /// Data that could not be read, kept for recovery instead of deleted.
    KeptAside,
    /// Submitted responses waiting to reach their survey's submission address.
    Outbox,
    /// A survey's responses packed a few thousand to a record (see `packed.rs`), keyed
    /// `<survey id>/<number>`, listed by survey id.
    Packed,
    /// The ids of each packed record's responses, under the same key, listed by survey id.
    PackedIds,
}

impl Collection {
    /// Every collection, in the order the database creates them.
    pub const ALL: [Collection; 8] = [
        Collection::Responses,
        Collection::Drafts,
        Collection::Surveys,
        Collection::Settings,
        Collection::KeptAside,
        Collection::Outbox,
        Collection::Packed,
        Collection::PackedIds,
    ];

    /// The object store's name.
    pub fn name(self) -> &'static str {
        match self {
            Collection::Responses => "responses",
            Collection::Drafts => "drafts",
            Collection::Surveys => "surveys",
            Collection::Settings => "settings",
            Collection::KeptAside => "kept-aside",
            Collection::Outbox => "outbox",
            Collection::Packed => "packed",
            Collection::PackedIds => "packed-ids",
        }
    }
}

/// One stored record: its key, the group it is listed under, and its JSON text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// Unique within its collection (a response's id, a draft's slot…).
    pub key: String,
    /// What the record is listed under (a response's survey id), `""` for none.
    pub group: String,
    /// The record's data as JSON text.
    pub value: String,
}

impl Record {
    /// A record of `key` in `group` holding `value`.
    pub fn new(key: &str, group: &str, value: String) -> Record {
        Record { key: key.to_owned(), group: group.to_owned(), value }
    }
}

/// One change of a [`RecordStore::write`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// Stores the record, replacing one of the same key.
    Put(Collection, Record),
    /// Removes the record of this key, if any.
    Delete(Collection, String),
}

/// Why records made one at a time were not added (nothing was): their maker's error, or the store's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AddError<E> {
    /// Making a record failed (a file that turned out unreadable halfway, say).
    Maker(E),
    /// The store could not write them.
    Store(StoreError),
}

impl AddError<StoreError> {
    /// The store's error, whichever side failed (a maker that fails with store errors).
    pub fn into_store(self) -> StoreError {
        match self {
            AddError::Maker(error) | AddError::Store(error) => error,
        }
    }
}

/// Records in collections: IndexedDB in the browser, memory in tests. Asynchronous, since
/// IndexedDB is.
// Not `Send`: the app runs on the browser's one thread, and the memory store is for tests.
#[allow(async_fn_in_trait)]
pub trait RecordStore {
    /// The record of `key`, if any.
    async fn get(&self, collection: Collection, key: &str) -> Result<Option<Record>, StoreError>;
    /// Every record listed under `group`, in key order.
    async fn group(&self, collection: Collection, group: &str) -> Result<Vec<Record>, StoreError>;
    /// Makes every change, in one transaction: all or none.
    async fn write(&self, changes: Vec<Change>) -> Result<(), StoreError>;
    /// Adds each record whose key is not stored yet (a stored one is left as it is) and makes
    /// the changes `with` (a sync's checkpoint), in one transaction: all or none. Returns how
    /// many records were added.
    async fn add_new(
        &self,
        collection: Collection,
        records: Vec<Record>,
        with: Vec<Change>,
    ) -> Result<usize, StoreError>;
    /// Adds the records `next` makes, one after another until it makes none, each written as
    /// soon as it is made so that they are never all held at once; a record whose key is stored
    /// already is left as it is. One transaction: when `next` fails, or the store does, nothing
    /// is added. Returns how many records were added.
    async fn add_new_as_made<E>(
        &self,
        collection: Collection,
        next: impl FnMut() -> Option<Result<Record, E>>,
    ) -> Result<usize, AddError<E>>;
    /// Reads every record listed under each of `reads` (a collection and group), hands them to
    /// `decide`, and makes the changes it gives (to `writes` only), all in one transaction:
    /// nothing another tab writes comes between the reading and the writing. `decide` may give
    /// changes as it goes, to its second argument (so that 100,000 responses are never all held
    /// at once), and returns the rest. When `decide` fails, nothing is changed.
    async fn update<T, E>(
        &self,
        reads: &[(Collection, &str)],
        writes: &[Collection],
        decide: impl FnOnce(Vec<Vec<Record>>, &mut dyn FnMut(Change)) -> Result<(Vec<Change>, T), E>,
    ) -> Result<T, AddError<E>>;
    /// Every record listed under `group`, handed to `each` a batch of about `batch` at a time, so
    /// that a store which reads while the caller works (IndexedDB) does both at once.
    async fn group_in_batches(
        &self,
        collection: Collection,
        group: &str,
        batch: u32,
        mut each: impl FnMut(Vec<Record>),
    ) -> Result<(), StoreError> {
        let records = self.group(collection, group).await?;
        for chunk in records.chunks(batch.max(1) as usize) {
            each(chunk.to_vec());
        }
        Ok(())
    }
}

/// A string key-value store: the browser's `localStorage` (where earlier releases kept
/// everything, read now only to move it), or memory in tests.
pub trait KeyValueStore {
    /// The value under `key`, if any.
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// Stores `value` under `key`, replacing what was there; all or nothing.
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    /// Removes `key`.
    fn remove(&self, key: &str) -> Result<(), StoreError>;
    /// Every key stored.
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}
