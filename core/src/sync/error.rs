//! Why a sync stopped, in words a facilitator can act on.

use crate::store::StoreError;
use std::fmt;

/// Why a sync could not go on. What was received or sent before it stopped is kept, and the
/// next sync goes on from there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyncError {
    /// No answer: the device is offline, the server is down or slow, or the browser refused the
    /// request because the server does not allow this site (cross-origin access, CORS) or the
    /// page's Content-Security-Policy does not name the server.
    Unreachable {
        /// The server's name.
        server: String,
        /// Whether the browser believes it is offline.
        offline: bool,
    },
    /// 401: the user name or password is wrong.
    WrongPassword,
    /// 403: the user may not read or write this database.
    NotAllowed {
        /// The server's reason.
        reason: String,
    },
    /// 404: there is no such database (never created, or deleted).
    DatabaseMissing {
        /// The database's name.
        database: String,
    },
    /// 413: the server (or its proxy) accepts smaller requests only.
    TooLarge,
    /// The server failed (5xx) or answered something the app does not expect.
    ServerFailed {
        /// The HTTP status.
        status: u16,
    },
    /// The answer was not what CouchDB sends: the address is not a CouchDB server.
    NotCouchDb,
    /// This device's storage failed (full, say); what was stored before is kept.
    Store(StoreError),
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

impl fmt::Display for SyncError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SyncError::Unreachable { offline: true, .. } => {
                f.write_str("This device is offline. Sync again once it is back online; nothing was lost.")
            }
            SyncError::Unreachable { server, .. } => write!(
                f,
                "Could not reach {server}. The server may be down or slow, or it does not allow this site to connect (ask its host to allow this site in CouchDB's CORS settings); on a page with a Content-Security-Policy, connect-src must name the server."
            ),
            SyncError::WrongPassword => f.write_str("The server did not accept this user name and password."),
            SyncError::NotAllowed { reason } => {
                write!(f, "This user may not use this database (the server said: {reason}).")
            }
            SyncError::DatabaseMissing { database } => write!(
                f,
                "There is no database called {database} on this server. Check its name, or ask the host to create it."
            ),
            SyncError::TooLarge => f.write_str("The server refused a request as too large; ask its host to allow larger ones."),
            SyncError::ServerFailed { status } => {
                write!(f, "The server failed (it answered {status}). Try again later; nothing was lost.")
            }
            SyncError::NotCouchDb => f.write_str("The server's answer is not a CouchDB database's: check the address."),
            SyncError::Store(error) => write!(f, "This device could not store what arrived: {error}"),
        }
    }
}

impl std::error::Error for SyncError {}

impl From<StoreError> for SyncError {
    fn from(error: StoreError) -> SyncError {
        SyncError::Store(error)
    }
}
