//! A survey's keys as they are written down: the public key in its definition and share link, the
//! private key only wrapped under the facilitators' passphrase (in the database and in the backup
//! file), and in the clear on no server ever.

use super::{SealError, SCHEME};
use crate::radix::{base64url, from_base64url};
use serde::{Deserialize, Serialize};

/// Iterations of PBKDF2-HMAC-SHA-256 a key is wrapped with (OWASP's figure for it in 2023).
pub const WRAP_ITERATIONS: u32 = 600_000;
/// Fewest iterations a wrapped key is accepted with: a changed document cannot weaken it.
pub const MIN_WRAP_ITERATIONS: u32 = 600_000;
/// Most iterations accepted, so a changed document cannot hold a device for hours.
const MAX_WRAP_ITERATIONS: u32 = 10_000_000;
/// The `format` of a key backup file.
pub const KEY_BACKUP_FORMAT: &str = "partnership-pulse-survey-key";

/// A survey's public key: an uncompressed P-256 point (65 bytes, `0x04 ‖ x ‖ y`), written as
/// 87 characters of base64url. Whether it is on the curve is checked by the cryptography that
/// imports it; here only its shape.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PublicKey(Vec<u8>);

impl PublicKey {
    /// Length of the raw point.
    pub const BYTES: usize = 65;

    /// The key from its raw point.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, SealError> {
        if bytes.len() == Self::BYTES && bytes[0] == 4 {
            Ok(Self(bytes.to_vec()))
        } else {
            Err(SealError::BadPublicKey)
        }
    }

    /// The raw point, as Web Crypto's `raw` format imports it.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }
}

impl TryFrom<String> for PublicKey {
    type Error = SealError;
    fn try_from(text: String) -> Result<Self, SealError> {
        Self::from_bytes(&from_base64url(&text).ok_or(SealError::BadPublicKey)?)
    }
}

impl From<PublicKey> for String {
    fn from(key: PublicKey) -> String {
        base64url(&key.0)
    }
}

/// A private key wrapped under a passphrase: PBKDF2-HMAC-SHA-256 of the passphrase (UTF-8, as
/// typed) makes an AES-256-GCM key that seals the private key's PKCS #8 bytes, with the public
/// key as associated data (a wrapped key cannot be moved under another public key).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WrappedKey {
    /// Always [`SCHEME`].
    pub scheme: String,
    /// The public half, to check the unwrapped key against and to seal for.
    pub public_key: PublicKey,
    /// PBKDF2's iterations; at least [`MIN_WRAP_ITERATIONS`].
    pub iterations: u32,
    /// PBKDF2's salt, 16 random bytes, base64url.
    pub salt: String,
    /// AES-GCM's IV, 12 random bytes, base64url.
    pub iv: String,
    /// The wrapped PKCS #8 bytes with their tag, base64url.
    pub wrapped: String,
}

/// A wrapped key's parts as bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WrappedParts {
    /// PBKDF2's salt.
    pub salt: Vec<u8>,
    /// AES-GCM's IV.
    pub iv: Vec<u8>,
    /// The ciphertext with its tag.
    pub wrapped: Vec<u8>,
}

impl WrappedKey {
    /// Writes a wrapped key from its parts.
    pub fn new(public_key: PublicKey, iterations: u32, salt: &[u8], iv: &[u8], wrapped: &[u8]) -> Self {
        Self {
            scheme: SCHEME.to_owned(),
            public_key,
            iterations,
            salt: base64url(salt),
            iv: base64url(iv),
            wrapped: base64url(wrapped),
        }
    }

    /// Its parts as bytes, once its scheme, iteration count and lengths are ones this build uses.
    pub fn parts(&self) -> Result<WrappedParts, SealError> {
        if self.scheme != SCHEME {
            return Err(SealError::UnknownScheme);
        }
        if !(MIN_WRAP_ITERATIONS..=MAX_WRAP_ITERATIONS).contains(&self.iterations) {
            return Err(SealError::BadKeyFile);
        }
        let bytes = |text: &str| from_base64url(text).ok_or(SealError::BadKeyFile);
        let parts = WrappedParts { salt: bytes(&self.salt)?, iv: bytes(&self.iv)?, wrapped: bytes(&self.wrapped)? };
        // PKCS #8 of a P-256 key is 138 bytes (67 without its public key); far larger is not one.
        let sizes_fit = parts.salt.len() == 16 && parts.iv.len() == 12 && (16..=512).contains(&parts.wrapped.len());
        sizes_fit.then_some(parts).ok_or(SealError::BadKeyFile)
    }
}

/// The key backup file the set-up page offers: the survey it belongs to and its wrapped key.
/// Opening it needs the passphrase, like the copy in the database.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyBackup {
    /// Always [`KEY_BACKUP_FORMAT`].
    pub format: String,
    /// The survey whose responses it opens.
    pub survey_id: String,
    /// The wrapped private key.
    pub key: WrappedKey,
}

impl KeyBackup {
    /// A backup of `key` for `survey_id`.
    pub fn new(survey_id: &str, key: WrappedKey) -> Self {
        Self { format: KEY_BACKUP_FORMAT.to_owned(), survey_id: survey_id.to_owned(), key }
    }

    /// Reads a backup file; [`SealError::BadKeyFile`] for anything else.
    pub fn read(text: &str) -> Result<Self, SealError> {
        let backup: Self = serde_json::from_str(text).map_err(|_| SealError::BadKeyFile)?;
        backup.key.parts()?;
        (backup.format == KEY_BACKUP_FORMAT).then_some(backup).ok_or(SealError::BadKeyFile)
    }
}
