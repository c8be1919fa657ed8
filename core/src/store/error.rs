//! What can go wrong with the browser's storage, in words a respondent can act on.

use std::fmt;

/// A storage failure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser offers no storage (private browsing, or storage turned off).
    Unavailable,
    /// The browser's storage for this site is full.
    Full,
    /// Stored data could not be read; it was kept aside under `kept_as`, not deleted.
    Unreadable { key: String, kept_as: String },
    /// Some stored responses could not be read; they were kept aside under `kept_as` (the others
    /// are used).
    SomeUnreadable { count: usize, kept_as: String },
    /// The data could not be turned into text for storing, so nothing was written.
    NotEncodable,
    /// Data saved by an earlier release could not be moved to the new storage; it stays where
    /// it was, and nothing was removed.
    NotMoved,
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Unavailable => f.write_str(
                "This browser is not letting the survey save anything (private browsing or storage turned off).",
            ),
            StoreError::Full => f.write_str("This browser's storage for this site is full."),
            StoreError::Unreadable { key, kept_as } => write!(
                f,
                "Saved data under \"{key}\" could not be read. It has been kept aside as \"{kept_as}\", not deleted."
            ),
            StoreError::SomeUnreadable { count: 1, kept_as } => write!(
                f,
                "One stored response could not be read. It has been kept aside as \"{kept_as}\", not deleted; every other response is used."
            ),
            StoreError::SomeUnreadable { count, kept_as } => write!(
                f,
                "{count} stored responses could not be read. They have been kept aside as \"{kept_as}\", not deleted; every other response is used."
            ),
            StoreError::NotEncodable => {
                f.write_str("The data could not be prepared for saving, so nothing stored was changed.")
            }
            StoreError::NotMoved => f.write_str(
                "Answers saved by an earlier version of this app could not be moved to its new storage. They are still kept where they were, and the app will try again next time.",
            ),
        }
    }
}

impl std::error::Error for StoreError {}
