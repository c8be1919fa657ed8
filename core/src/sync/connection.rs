//! A facilitator's connection to a CouchDB database: the server's address, the database's name,
//! and the user name and password, typed on the device and kept only there (never in a link, a
//! survey file or an export).

use crate::survey::{check_address, server_of, AddressError};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Longest database name CouchDB accepts.
const MAX_DATABASE_CHARS: usize = 238;

/// Where a survey's responses are synced, and as whom.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Connection {
    /// The CouchDB server's address, without a trailing slash (`https://couch.example.org`).
    pub server: String,
    /// The database's name (`northshire-responses`).
    pub database: String,
    /// The CouchDB user name; empty when the server needs none.
    pub user: String,
    /// That user's password.
    pub password: String,
}

// By hand, so that a password can never reach a log or an error message.
impl fmt::Debug for Connection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Connection({}/{} as {:?})", self.server, self.database, self.user)
    }
}

/// Why the typed connection cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ConnectionError {
    /// The server's address is not one the app connects to.
    #[error("server address: {0}")]
    Server(AddressError),
    /// The database's name is not one CouchDB allows.
    #[error("database name not CouchDB's form")]
    DatabaseName,
    /// A user name without a password, or a password without a user name.
    #[error("user name without password, or password without user name")]
    HalfCredentials,
}

/// Whether CouchDB would accept `name` for a database.
fn is_database_name(name: &str) -> bool {
    let mut chars = name.chars();
    name.len() <= MAX_DATABASE_CHARS
        && chars.next().is_some_and(|first| first.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "_$()+-/".contains(c))
}

impl Connection {
    /// Checks what the facilitator typed (surrounding spaces ignored).
    pub fn new(server: &str, database: &str, user: &str, password: &str) -> Result<Connection, ConnectionError> {
        let server = server.trim().trim_end_matches('/');
        check_address(server).map_err(ConnectionError::Server)?;
        let database = database.trim();
        if !is_database_name(database) {
            return Err(ConnectionError::DatabaseName);
        }
        let user = user.trim();
        if user.is_empty() != password.is_empty() {
            return Err(ConnectionError::HalfCredentials);
        }
        Ok(Connection {
            server: server.to_owned(),
            database: database.to_owned(),
            user: user.to_owned(),
            password: password.to_owned(),
        })
    }

    /// The database's address (`https://couch.example.org/northshire-responses`), its name's
    /// characters that mean something in an address escaped.
    pub fn database_url(&self) -> String {
        let mut url = format!("{}/", self.server);
        for c in self.database.chars() {
            match c {
                '/' => url.push_str("%2F"),
                '+' => url.push_str("%2B"),
                '$' => url.push_str("%24"),
                _ => url.push(c),
            }
        }
        url
    }

    /// The `Authorization` header's value (HTTP Basic), or `None` when there is no user name.
    pub fn authorization(&self) -> Option<String> {
        if self.user.is_empty() {
            return None;
        }
        Some(format!("Basic {}", base64(format!("{}:{}", self.user, self.password).as_bytes())))
    }

    /// The server's name, as the facilitator is told it (`couch.example.org`).
    pub fn server_name(&self) -> &str {
        server_of(&self.server)
    }

    /// Server name, database and user: what a page shows of the connection (never the password).
    pub fn shown(&self) -> (String, String, String) {
        (self.server_name().to_owned(), self.database.clone(), self.user.clone())
    }
}

/// Standard base64 with padding (through the app's one bit-packing routine). Not the browser's
/// `btoa`: it cannot take a password outside Latin-1.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    crate::radix::to_symbols(bytes, 6, |value| out.push(ALPHABET[usize::from(value)] as char));
    while !out.len().is_multiple_of(4) {
        out.push('=');
    }
    out
}
