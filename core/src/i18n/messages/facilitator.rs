//! The words both facilitator pages (set-up and dashboard) share: a CouchDB database (the
//! connection form, connecting, why the database could not be used) and how this browser keeps
//! what is stored. Translations: `locales/facilitator/<language>.json`.

use super::{messages, text};

messages! {
    /// A message both facilitator pages share.
    FacilitatorMsg, folder "locales/facilitator/", translated ["cy"];
    ConnectedTo "connected-to" => text("Connected to the database {database} on {server}.");
    ConnectedToAs "connected-to-as" => text("Connected to the database {database} on {server} as {user}.");
    DisconnectAndForget "disconnect-and-forget" => text("Disconnect and forget");
    ConnectingTo "connecting-to" => text("Connecting to {server}…");
    ServerAddress "server-address" => text("Server address (for example https://couch.example.org)");
    DatabaseName "database-name" => text("Database name");
    UserName "user-name" => text("User name");
    Password "password" => text("Password");
    ServerNotHttps "server-not-https" => text("The server's address must start with https:// (http:// only for this computer).");
    ServerHasCredentials "server-has-credentials" => text("Type the user name and password in their own boxes, not in the server's address.");
    ServerHasQuery "server-has-query" => text("The server's address must not contain ? or #.");
    ServerTooLong "server-too-long" => text("The server's address is too long (at most 300 characters).");
    ServerMissing "server-missing" => text("Type the server's address, for example https://couch.example.org.");
    DatabaseNameRule "database-name-rule" => text("The database name must start with a small letter and hold only small letters, digits and _ $ ( ) + - /.");
    HalfCredentials "half-credentials" => text("Type both the user name and the password, or neither.");
    SyncOffline "sync-offline" => text("This device is offline. Sync again once it is back online; nothing was lost.");
    SyncUnreachable "sync-unreachable" => text("Could not reach {server}. The server may be down or slow, or it does not allow this site to connect (ask its host to allow this site in CouchDB's CORS settings); on a page with a Content-Security-Policy, connect-src must name the server.");
    SyncWrongPassword "sync-wrong-password" => text("The server did not accept this user name and password.");
    SyncNotAllowed "sync-not-allowed" => text("This user may not use this database (the server said: {reason}).");
    SyncDatabaseMissing "sync-database-missing" => text("There is no database called {database} on this server. Check its name, or ask the host to create it.");
    SyncTooLarge "sync-too-large" => text("The server refused a request as too large; ask its host to allow larger ones.");
    SyncServerFailed "sync-server-failed" => text("The server failed (it answered {status}). Try again later; nothing was lost.");
    SyncNotCouchDb "sync-not-couch-db" => text("The server's answer is not a CouchDB database's: check the address.");
    SyncStore "sync-store" => text("This device could not store what arrived: {reason}");
    SyncFeedStuck "sync-feed-stuck" => text("The database's list of changes does not move on, so the sync stopped rather than ask it for ever. Tell whoever runs the database; then sync again.");
    SyncLocked "sync-locked" => text("This survey's responses are sealed: give its passphrase to open them, then sync.");
    SyncCannotSeal "sync-cannot-seal" => text("This browser could not seal this device's responses for the survey's key, so they were not sent.");

    // How this browser keeps what is stored here.
    KeptPersistent "kept-persistent" => text("This browser keeps what is stored here until you remove it.");
    KeptMayClear "kept-may-clear" => text("This browser may clear what is stored here if the device runs short of space. Download the responses to keep a copy.");
    KeptUnknown "kept-unknown" => text("This browser does not say whether it keeps what is stored here. Download the responses to keep a copy.");
}
