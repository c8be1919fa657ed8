//! The `localStorage` keys of earlier releases, read only to move their data into IndexedDB.

/// Prefix of every key earlier releases wrote (never touched beyond it: the rest of
/// `localStorage` belongs to the host page).
pub const LEGACY_PREFIX: &str = "partnership-pulse:v1:";
/// Prefix of keys where earlier releases kept data they could not read.
pub const LEGACY_QUARANTINE_PREFIX: &str = "partnership-pulse:v1:unreadable:";

/// Key names after [`LEGACY_PREFIX`], and the record each becomes.
pub(super) const LEGACY_DRAFT: &str = "draft:";
pub(super) const LEGACY_RESPONSES: &str = "responses:";
pub(super) const LEGACY_KIOSK: &str = "kiosk";
pub(super) const LEGACY_SURVEYS: &str = "surveys";
pub(super) const LEGACY_DEFINITION: &str = "survey:";

/// Key of the saved-survey list in [`super::Collection::Surveys`].
pub(super) const SAVED_LIST: &str = "list";
/// Group of the published definitions in [`super::Collection::Surveys`].
pub(super) const DEFINITIONS: &str = "definitions";

/// Key of a published definition in [`super::Collection::Surveys`].
pub(super) fn definition_key(survey_id: &str) -> String {
    format!("definition:{survey_id}")
}

/// The survey slot a draft slot belongs to: `<slot>@<tab>` belongs to `<slot>`.
pub(super) fn slot_of(draft_slot: &str) -> &str {
    draft_slot.split('@').next().unwrap_or(draft_slot)
}
