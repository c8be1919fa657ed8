//! Sealed responses: a response that leaves the respondent's device for a server is encrypted in
//! the browser for its survey's public key, so the database, whoever runs it and whoever holds its
//! passwords see envelopes only; the facilitators' devices hold the private key. The scheme and
//! its byte layout are in docs/formats/sealed-responses.md; the cryptography itself is behind
//! [`SealCrypto`] (Web Crypto in the browser, RustCrypto in the native tests).

mod crypto;
mod envelope;
mod error;
mod keys;
mod scheme;

pub use crypto::{open_envelopes, open_response, seal_response, SealCrypto};
pub use envelope::{SealedResponse, MAX_SEALED_CHARS};
pub use error::SealError;
pub use keys::{
    KeyBackup, PublicKey, WrappedKey, WrappedParts, KEY_BACKUP_FORMAT, MIN_WRAP_ITERATIONS, WRAP_ITERATIONS,
};
pub use scheme::{
    associated_data, hkdf_salt, join_sealed, split_sealed, SealedParts, HKDF_INFO, KEY_AND_IV_BYTES, SCHEME,
    SEALED_FORMAT, TAG_BYTES,
};
