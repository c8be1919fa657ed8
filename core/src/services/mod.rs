//! The application layer: the workflows of "this survey on this device" — opening a survey
//! (saved, or from a share link), answering it in a tab (drafts and submission), the set-up
//! page's saved surveys, bringing responses in from files and codes, taking them out,
//! the responses the dashboard analyses, sending responses to a submission address, syncing with a CouchDB database — written
//! against the storage trait, so that they are tested natively with the memory store and
//! components only render and dispatch.

mod answering;
mod device_responses;
mod export;
mod open;
mod outbox;
mod response_feed;
mod responses;
mod saved_surveys;
mod sync;

/// What the facilitator keeps on the device with a survey: the themes of its open answers, the
/// actions its workshops agreed.
pub use crate::store::{load_kept, save_kept, KeptWithSurvey};
pub use crate::themes::{load_themes, save_themes};
pub use answering::{kiosk_setting, outgoing_document, set_kiosk_setting, OutgoingError, Queued, TabAnswering};
pub use device_responses::DeviceResponses;
pub use export::{export_responses, ExportFormat, Exported};
pub use open::{open_link_contents, open_saved, OpenError};
pub use outbox::{send_waiting, OutboxReport};
pub use response_feed::{FeedChange, ResponseFeed};
pub use saved_surveys::{keep_workspace, open_workspace, survey_key, OpenedWorkspace};
pub use sync::{
    adopt_published_actions, connect_and_follow, forget, forget_connection, keep_connection, kept_connection,
    open_and_follow, publish_survey, published_surveys, sync_again, Activity, CouchServer, FollowPage, Following,
    Progress, Published, Received, SyncNote, SyncProblem, SyncReport, SyncSession, SyncTarget, SyncView, LONG_POLL_MS,
};

pub use responses::{
    import_codes, import_file, import_file_text, import_sealed_file, Added, CodeImport, ImportProblem, HANDED_BACK,
    NAMED_REFUSED, NAMED_SKIPPED,
};
