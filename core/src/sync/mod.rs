//! Syncing a survey's responses with a CouchDB database the facilitator names (docs/operating/workshops.md):
//! the connection typed on the device, the requests of CouchDB's replication protocol the app
//! uses (the changes feed with a checkpoint, `_bulk_docs`, survey definitions kept in the
//! database) and what their answers mean, and the connection and checkpoint kept on this device. The
//! workflow that stores what arrives is `services::SyncSession`; the requests are the browser's.

mod bulk;
mod changes;
mod connection;
mod error;
mod kept_state;
mod survey_document;

pub use bulk::{bulk_body, read_bulk_answer, refusal_reason, Sent, BULK_PAGE};
pub use changes::{changes_url, read_changes, ChangesError, ChangesPage, CHANGES_PAGE, MAX_SEQ_CHARS};
pub use connection::{Connection, ConnectionError};
pub use error::SyncError;
pub use kept_state::{connect, forget_sync, load_sync, progress_changes, record_progress, SyncState};
pub use survey_document::{
    percent_encoded, published_survey_url, published_surveys_url, read_published_surveys, survey_document_body,
    survey_document_url, PublishedListing, PublishedSurvey, UnreadableSurvey,
};
