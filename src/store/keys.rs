//! Storage keys, all under one prefix so the app never touches a host page's own data.

/// Prefix of every key the app writes.
const PREFIX: &str = "partnership-pulse:v1:";
/// Prefix of keys holding data that could not be read, kept for recovery.
pub const QUARANTINE_PREFIX: &str = "partnership-pulse:v1:unreadable:";

/// Key of an unfinished response; `slot` is the survey id, plus an instance suffix for the
/// second and later app instances on one page.
pub fn draft_key(slot: &str) -> String {
    format!("{PREFIX}draft:{slot}")
}

/// Key of the responses to a survey submitted on this device.
pub fn responses_key(survey_id: &str) -> String {
    format!("{PREFIX}responses:{survey_id}")
}

/// Key of the kiosk-mode setting.
pub fn kiosk_key() -> String {
    format!("{PREFIX}kiosk")
}

/// Key of the surveys a facilitator has set up on this device.
pub fn saved_surveys_key() -> String {
    format!("{PREFIX}surveys")
}

/// Key of the latest saved definition of survey `survey_id`, which the dashboard opens with
/// `survey=saved:<id>`.
pub fn saved_definition_key(survey_id: &str) -> String {
    format!("{PREFIX}survey:{survey_id}")
}
