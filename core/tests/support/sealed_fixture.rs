//! The sealing fixtures (fixtures/sealed-in-chromium.json, fixtures/sealed-natively.json), read by
//! the native tests and, through `#[path]`, by the browser's (tests/web_seal.rs).

use pulse_core::response::Response;
use pulse_core::seal::{SealedResponse, WrappedKey};
use serde::Deserialize;

/// A survey's key wrapped under a passphrase, responses sealed for it, and what they hold.
#[derive(Deserialize)]
pub struct Fixture {
    pub passphrase: String,
    pub key: WrappedKey,
    pub sealed: Vec<SealedResponse>,
    pub inside: Vec<Response>,
}
