//! Why a response cannot be taken into the analysis.

/// A response refused by the analysis, or a survey it cannot analyse.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AnalyticsError {
    /// The response does not fit its survey (see `response::ResponseError`).
    #[error(transparent)]
    Response(crate::response::ResponseError),
    /// A response with this id is already in the set.
    #[error("Response {response} is already included.")]
    DuplicateResponse { response: String },
    /// The survey has more stakeholder groups than the analysis can track (`survey::MAX_GROUPS`).
    #[error("The survey has {groups} stakeholder groups; at most {} can be analysed.", crate::survey::MAX_GROUPS)]
    TooManyGroups { groups: usize },
}

impl From<crate::response::ResponseError> for AnalyticsError {
    fn from(error: crate::response::ResponseError) -> AnalyticsError {
        AnalyticsError::Response(error)
    }
}
