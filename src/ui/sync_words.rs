//! A CouchDB database in the facilitator's language, on the set-up page and the dashboard: the
//! domain's errors keep their English `Display`; a test keeps the English identical.

use crate::i18n::FacilitatorMsg as M;
use crate::i18n::{Arg, Texts};
use crate::store::StoreError;
use crate::survey::AddressError;
use crate::sync::{ConnectionError, SyncError};

/// What is wrong with a typed CouchDB connection.
pub fn connection_error_words(texts: &Texts<M>, error: &ConnectionError) -> String {
    texts.get(match error {
        ConnectionError::Server(AddressError::NotHttps) => M::ServerNotHttps,
        ConnectionError::Server(AddressError::HasCredentials) => M::ServerHasCredentials,
        ConnectionError::Server(AddressError::HasQueryOrFragment) => M::ServerHasQuery,
        ConnectionError::Server(AddressError::TooLong) => M::ServerTooLong,
        ConnectionError::Server(_) => M::ServerMissing,
        ConnectionError::DatabaseName => M::DatabaseNameRule,
        ConnectionError::HalfCredentials => M::HalfCredentials,
    })
}

/// Why talking to the CouchDB database failed; a storage problem in the page's words for one
/// (`store_words`).
pub fn sync_error_words(texts: &Texts<M>, error: &SyncError, store_words: &dyn Fn(&StoreError) -> String) -> String {
    match error {
        SyncError::Unreachable { offline: true, .. } => texts.get(M::SyncOffline),
        SyncError::Unreachable { server, .. } => texts.format(M::SyncUnreachable, &[("server", Arg::Text(server))]),
        SyncError::WrongPassword => texts.get(M::SyncWrongPassword),
        SyncError::NotAllowed { reason } => texts.format(M::SyncNotAllowed, &[("reason", Arg::Text(reason))]),
        SyncError::DatabaseMissing { database } => {
            texts.format(M::SyncDatabaseMissing, &[("database", Arg::Text(database))])
        }
        SyncError::TooLarge => texts.get(M::SyncTooLarge),
        SyncError::ServerFailed { status } => {
            texts.format(M::SyncServerFailed, &[("status", (*status as usize).into())])
        }
        SyncError::NotCouchDb => texts.get(M::SyncNotCouchDb),
        SyncError::Store(error) => texts.format(M::SyncStore, &[("reason", Arg::Text(&store_words(error)))]),
        SyncError::FeedStuck => texts.get(M::SyncFeedStuck),
        SyncError::Locked => texts.get(M::SyncLocked),
        SyncError::CannotSeal(_) => texts.get(M::SyncCannotSeal),
    }
}

/// "Connected to the database pulse on couch.example.org as facilitator."
pub fn connected_words(texts: &Texts<M>, server: &str, database: &str, user: &str) -> String {
    let (server, database) = (("server", Arg::Text(server)), ("database", Arg::Text(database)));
    if user.is_empty() {
        texts.format(M::ConnectedTo, &[database, server])
    } else {
        texts.format(M::ConnectedToAs, &[database, server, ("user", Arg::Text(user))])
    }
}
