//! Storage keys, all under one prefix so the app never touches a host page's own data.

/// Prefix of every key the app writes.
const PREFIX: &str = "partnership-pulse:v1:";
/// Prefix of keys holding data that could not be read, kept for recovery.
pub const QUARANTINE_PREFIX: &str = "partnership-pulse:v1:unreadable:";

/// Key of the unfinished response to a survey.
pub fn draft_key(survey_id: &str) -> String {
    format!("{PREFIX}draft:{survey_id}")
}

/// Key of the responses to a survey submitted on this device.
pub fn responses_key(survey_id: &str) -> String {
    format!("{PREFIX}responses:{survey_id}")
}

/// Key of the kiosk-mode setting.
pub fn kiosk_key() -> String {
    format!("{PREFIX}kiosk")
}
