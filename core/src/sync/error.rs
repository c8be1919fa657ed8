//! Why a sync stopped. `Display` is for logs and tests; the facilitator reads the catalogue's
//! words for it (`i18n::sync_error_words`).

use crate::store::StoreError;

/// Why a sync could not go on. What was received or sent before it stopped is kept, and the
/// next sync goes on from there.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SyncError {
    /// No answer: the device is offline, the server is down or slow, or the browser refused the
    /// request because the server does not allow this site (cross-origin access, CORS) or the
    /// page's Content-Security-Policy does not name the server.
    #[error("no answer from {server} (offline: {offline})")]
    Unreachable {
        /// The server's name.
        server: String,
        /// Whether the browser believes it is offline.
        offline: bool,
    },
    /// 401: the user name or password is wrong.
    #[error("401: user name or password refused")]
    WrongPassword,
    /// 403: the user may not read or write this database.
    #[error("403: {reason}")]
    NotAllowed {
        /// The server's reason.
        reason: String,
    },
    /// 404: there is no such database (never created, or deleted).
    #[error("404: no database {database}")]
    DatabaseMissing {
        /// The database's name.
        database: String,
    },
    /// 413: the server (or its proxy) accepts smaller requests only.
    #[error("413: request too large")]
    TooLarge,
    /// The server failed (5xx) or answered something the app does not expect.
    #[error("server failed with {status}")]
    ServerFailed {
        /// The HTTP status.
        status: u16,
    },
    /// The answer was not what CouchDB sends: the address is not a CouchDB server.
    #[error("answer not CouchDB's")]
    NotCouchDb,
    /// This device's storage failed (full, say); what was stored before is kept.
    #[error("storing what arrived: {0}")]
    Store(StoreError),
    /// The changes feed brought changes but not a later checkpoint: asked again, it would bring
    /// the same for ever (a misbehaving server or proxy).
    #[error("changes feed does not move on")]
    FeedStuck,
    /// The survey's responses are sealed and its key is not unlocked on this device: nothing is
    /// received (it could not be opened) or sent (until the passphrase is given).
    #[error("sealed survey locked")]
    Locked,
    /// The survey's responses are sealed and this browser could not seal one to send it.
    #[error("sealing: {0}")]
    CannotSeal(crate::seal::SealError),
}

impl SyncError {
    /// The error an answer with a failing `status` means.
    pub fn of_status(status: u16, database: &str, reason: String) -> SyncError {
        match status {
            401 => SyncError::WrongPassword,
            403 => SyncError::NotAllowed { reason },
            404 => SyncError::DatabaseMissing { database: database.to_owned() },
            413 => SyncError::TooLarge,
            _ => SyncError::ServerFailed { status },
        }
    }
}

impl From<StoreError> for SyncError {
    fn from(error: StoreError) -> SyncError {
        SyncError::Store(error)
    }
}
