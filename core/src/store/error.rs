//! What can go wrong with the browser's storage. `Display` is for logs and tests; a person reads
//! the catalogue's words for it (`i18n::store_error_words`).

/// A storage failure.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// The browser offers no storage (private browsing, or storage turned off).
    #[error("storage unavailable")]
    Unavailable,
    /// The browser's storage did not open in time: another tab of this site holds it (one of an
    /// earlier release, say, that keeps it from being upgraded).
    #[error("storage blocked by another tab")]
    Blocked,
    /// The storage was last opened by a newer release of the app, which this one cannot read.
    #[error("storage written by a newer release")]
    NewerRelease,
    /// The browser's storage for this site is full.
    #[error("storage full")]
    Full,
    /// Stored data could not be read; it was kept aside under `kept_as`, not deleted.
    #[error("record \"{key}\" unreadable, kept aside as \"{kept_as}\"")]
    Unreadable { key: String, kept_as: String },
    /// Data an earlier release kept under `key` differs from what this release stores under its
    /// name; the earlier release's was kept aside under `kept_as`, not deleted.
    #[error("data \"{key}\" of an earlier release differs from what is stored, kept aside as \"{kept_as}\"")]
    Differs { key: String, kept_as: String },
    /// Some stored responses could not be read; they were kept aside under `kept_as` (the others
    /// are used).
    #[error("{count} response records unreadable, kept aside as \"{kept_as}\"")]
    SomeUnreadable { count: usize, kept_as: String },
    /// The data could not be turned into text for storing, so nothing was written.
    #[error("data not encodable, nothing written")]
    NotEncodable,
    /// Data saved by an earlier release could not be moved to the new storage; it stays where
    /// it was, and nothing was removed.
    #[error("data of an earlier release not moved")]
    NotMoved,
}
