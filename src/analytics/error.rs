//! Why a response cannot be taken into the analysis.

use std::fmt;

/// A response refused by the analysis, naming the response and the reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnalyticsError {
    /// The response answers another survey.
    WrongSurvey { response: String, found: String, expected: String },
    /// The response answers another version of this survey.
    WrongVersion { response: String, found: u32, expected: u32 },
    /// The submission day is not a `YYYY-MM-DD` date.
    BadDate { response: String, date: String },
    /// The response id is empty, too long, or not made of letters, digits, `-` and `_`.
    BadResponseId { length: usize },
    /// The wave label is longer than any set-up makes.
    WaveTooLong { response: String },
    /// A response with this id is already in the set.
    DuplicateResponse { response: String },
    /// The response names a stakeholder group the survey does not have.
    UnknownGroup { response: String, group: String },
    /// The response names a partner organisation the survey does not have.
    UnknownPartner { response: String, partner: String },
    /// The response answers an item the survey does not have.
    UnknownItem { response: String, item: String },
    /// The answer does not fit its item: wrong kind, out of the scale, or an unknown option.
    InvalidAnswer { response: String, item: String },
    /// The survey has more stakeholder groups than the analysis can track (`survey::MAX_GROUPS`).
    TooManyGroups { groups: usize },
}

impl fmt::Display for AnalyticsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use AnalyticsError::*;
        match self {
            WrongSurvey { response, found, expected } => {
                write!(f, "Response {response} answers survey \"{found}\", not \"{expected}\", so it is not mixed in.")
            }
            WrongVersion { response, found, expected } => write!(
                f,
                "Response {response} answers version {found} of the survey, but version {expected} is being analysed."
            ),
            BadDate { response, date } => {
                let date: String = date.chars().take(20).collect();
                write!(f, "Response {response} has submission date \"{date}\", which is not a calendar day written YYYY-MM-DD.")
            }
            BadResponseId { length } => write!(
                f,
                "A response has an id of {length} characters that is not a response id (1 to 64 letters, digits, '-' or '_')."
            ),
            WaveTooLong { response } => write!(f, "Response {response} has a wave label longer than 100 characters."),
            DuplicateResponse { response } => write!(f, "Response {response} is already included."),
            UnknownGroup { response, group } => {
                write!(f, "Response {response} names group \"{group}\", which the survey does not have.")
            }
            UnknownPartner { response, partner } => {
                write!(f, "Response {response} names partner \"{partner}\", which the survey does not have.")
            }
            UnknownItem { response, item } => {
                write!(f, "Response {response} answers item \"{item}\", which the survey does not have.")
            }
            InvalidAnswer { response, item } => {
                write!(f, "Response {response} has an answer to item \"{item}\" that does not fit the question.")
            }
            TooManyGroups { groups } => {
                write!(f, "The survey has {groups} stakeholder groups; at most {} can be analysed.", crate::survey::MAX_GROUPS)
            }
        }
    }
}

impl std::error::Error for AnalyticsError {}
