//! A facilitator's set-up of the built-in instrument, and the share link that carries it.
//! Plain Rust, tested natively.

mod editor;
mod link;
mod model;
mod recover;
mod saved;
mod threshold;
mod to_survey;
mod translation;
mod workspace;

pub use editor::{id_for, EditError, ListKind, SetUpEdit, MAX_THRESHOLD};
pub use link::{
    invitation_in_fragment, is_share_link, link_bytes, link_content, link_from_compressed, link_parts,
    link_with_invitation, setup_from_json, LinkError, LinkKind, DEFINITION_LINK_PREFIX, LINK_PREFIX, MAX_SETUP_BYTES,
};
pub use model::{CustomStatement, SetUp, FOLLOW_THROUGH_SECTION, MIN_THRESHOLD};
pub use recover::builtin_setup_of;
pub use saved::{settle_version, SavedSurvey};
pub use threshold::ThresholdEntry;
pub use translation::{
    base_translation, read_translation, translation_keys, translation_of, TranslationFile, TranslationProblem,
    TRANSLATION_FORMAT,
};
pub use workspace::{ImportChoice, Notice, Workspace, WorkspaceAction};
