//! The hooks through which components reach the workflows of `services/`: each holds a
//! workflow's state for one component and runs its reads and writes against the device's store.

mod kept;
mod outbox;
mod response_feed;
mod submit;
mod tab_session;

pub use kept::{use_kept, ActionsHandle, ThemesHandle};
pub use outbox::{use_outbox, OutboxHandle};
pub use response_feed::{use_response_feed, FeedHandle};
pub use submit::use_submit;
pub use tab_session::{use_tab_session, AnsweringOnUse};
