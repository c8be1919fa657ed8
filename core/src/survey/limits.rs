//! The largest surveys the app can carry everywhere: answered, coded, linked and analysed.
//! The validator refuses a definition over any of these, so a survey is never accepted at set-up
//! or import and then fails later on the dashboard or in a response code.

/// Stakeholder groups: the analysis tracks each respondent's group in a 64-bit set.
pub const MAX_GROUPS: usize = 60;
/// Partner organisations: each is a row of every partner matrix on a phone screen.
pub const MAX_PARTNERS: usize = 60;
/// Options of one listed choice question: a response code keeps an option in one byte.
pub const MAX_OPTIONS: usize = 200;
/// Characters of any id (survey, group, partner, section, item, option, indicator).
pub const MAX_ID_LENGTH: usize = 64;

/// The smallest small-number threshold k the dashboard ever protects with, whatever a survey
/// definition says (a link or file could carry 0 or 1): see docs/design.md, "Small numbers".
pub const MIN_SMALL_GROUP_THRESHOLD: u32 = 3;
