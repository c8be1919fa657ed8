//! Why a response cannot be taken into the analysis.

use std::fmt;

/// A response refused by the analysis, or a survey it cannot analyse.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnalyticsError {
    /// The response does not fit its survey (see `response::ResponseError`).
    Response(crate::response::ResponseError),
    /// A response with this id is already in the set.
    DuplicateResponse { response: String },
    /// The survey has more stakeholder groups than the analysis can track (`survey::MAX_GROUPS`).
    TooManyGroups { groups: usize },
}

impl From<crate::response::ResponseError> for AnalyticsError {
    fn from(error: crate::response::ResponseError) -> AnalyticsError {
        AnalyticsError::Response(error)
    }
}

impl fmt::Display for AnalyticsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnalyticsError::Response(error) => error.fmt(f),
            AnalyticsError::DuplicateResponse { response } => write!(f, "Response {response} is already included."),
            AnalyticsError::TooManyGroups { groups } => {
                write!(
                    f,
                    "The survey has {groups} stakeholder groups; at most {} can be analysed.",
                    crate::survey::MAX_GROUPS
                )
            }
        }
    }
}

impl std::error::Error for AnalyticsError {}
