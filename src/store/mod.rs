//! Local persistence: drafts and submitted responses in the browser's storage, with every
//! failure reported as a typed error and nothing overwritten or silently dropped.

mod browser;
mod drafts;
mod error;
mod keys;
mod memory;
mod records;
mod responses;
mod surveys;

pub use browser::BrowserStorage;
pub use drafts::{adopt_draft, load_tab_draft, orphaned_draft, tab_slot};
pub use error::StoreError;
pub use keys::{draft_key, kiosk_key, responses_key, saved_definition_key, saved_surveys_key, QUARANTINE_PREFIX};
pub use memory::MemoryStorage;
pub use records::{discard_draft, load_draft, save_draft, DraftFound, ResponseFile};
pub use responses::{
    append_response, append_responses, is_responses_key, load_responses, read_responses, read_responses_list,
    responses_list_key, StoredResponses,
};
pub use surveys::{load_saved_surveys, publish_definition, saved_definition, store_saved_surveys};

/// `value` as compact JSON, or [`StoreError::NotEncodable`]: a value that cannot be written is
/// never replaced by an empty text that would overwrite what is stored.
pub fn to_json<T: serde::Serialize + ?Sized>(value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|_| StoreError::NotEncodable)
}

/// A string key-value store: the browser's `localStorage`, or memory in tests.
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
