//! Why a change to the agreed actions was refused.

/// A change to the agreed actions that cannot be made; the actions are left as they were.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ActionError {
    /// What was agreed is empty or only spaces.
    #[error("blank action")]
    BlankWhat,
    /// What was agreed is longer than the limit.
    #[error("action over {limit} characters")]
    WhatTooLong { limit: usize },
    /// No partner organisation owns it.
    #[error("action without an owner")]
    NoOwner,
    /// An owner that is not a partner of the survey.
    #[error("no partner \"{id}\"")]
    UnknownPartner { id: String },
    /// An indicator the survey does not have.
    #[error("no indicator \"{id}\"")]
    UnknownIndicator { id: String },
    /// The date it is due by is not a calendar day written `YYYY-MM-DD`.
    #[error("not a calendar day")]
    NotADay,
    /// The plan already holds as many actions as it may.
    #[error("more than {limit} actions")]
    TooMany { limit: usize },
    /// No action of this number.
    #[error("no action {id}")]
    NoSuchAction { id: u32 },
}
