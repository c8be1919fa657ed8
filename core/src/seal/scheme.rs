//! The scheme's constants and byte layout, shared by every implementation of [`super::SealCrypto`].
//!
//! Sealing a message for a public key `R` (ECIES over P-256, the building blocks of HPKE's
//! DHKEM(P-256, HKDF-SHA256) with AES-256-GCM):
//! 1. a fresh key pair `(e, E)` for this message only;
//! 2. `z` = the x-coordinate of ECDH(`e`, `R`), 32 bytes;
//! 3. 44 bytes = HKDF-SHA-256(ikm `z`, salt `E ‖ R`, info [`HKDF_INFO`]): an AES-256 key, then a
//!    96-bit IV (unique because the key is: a new `e` every time);
//! 4. AES-256-GCM of the message under the response's ids as associated data
//!    ([`associated_data`]), so an envelope's clear ids cannot be swapped onto other answers.
//!
//! The sealed bytes are [`SEALED_FORMAT`] ‖ `E` (65 bytes, uncompressed) ‖ ciphertext ‖ tag.

use super::{PublicKey, SealError};

/// The scheme's name, carried by keys and wrapped keys so a later scheme can sit beside it.
pub const SCHEME: &str = "p256-hkdf-sha256-aes256gcm";
/// The first byte of sealed bytes: this layout.
pub const SEALED_FORMAT: u8 = 1;
/// HKDF's `info`: binds the derived key to this use.
pub const HKDF_INFO: &[u8] = b"partnership-pulse sealed response v1";
/// An AES-256 key (32 bytes) and a GCM IV (12 bytes), derived together.
pub const KEY_AND_IV_BYTES: usize = 44;
/// AES-GCM's authentication tag.
pub const TAG_BYTES: usize = 16;

/// HKDF's salt: the message's own public key, then the survey's.
pub fn hkdf_salt(ephemeral: &[u8], recipient: &PublicKey) -> Vec<u8> {
    [ephemeral, recipient.as_bytes()].concat()
}

/// The associated data: what an envelope shows in clear, each part ended by a zero byte (ids
/// cannot hold one), so answers sealed for one response cannot be passed off as another's.
pub fn associated_data(survey_id: &str, survey_version: u32, response_id: &str) -> Vec<u8> {
    let mut data = Vec::with_capacity(survey_id.len() + response_id.len() + 16);
    for part in [survey_id, &survey_version.to_string(), response_id] {
        data.extend_from_slice(part.as_bytes());
        data.push(0);
    }
    data
}

/// Sealed bytes taken apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SealedParts<'a> {
    /// The message's own public key `E`, an uncompressed P-256 point.
    pub ephemeral: &'a [u8],
    /// AES-256-GCM's output: the ciphertext followed by its tag.
    pub ciphertext: &'a [u8],
}

/// Reads the layout; [`SealError::UnknownScheme`] for another first byte, [`SealError::Damaged`]
/// when too short to hold a key and a tag.
pub fn split_sealed(bytes: &[u8]) -> Result<SealedParts<'_>, SealError> {
    let (&format, rest) = bytes.split_first().ok_or(SealError::Damaged)?;
    if format != SEALED_FORMAT {
        return Err(SealError::UnknownScheme);
    }
    if rest.len() < PublicKey::BYTES + TAG_BYTES {
        return Err(SealError::Damaged);
    }
    let (ephemeral, ciphertext) = rest.split_at(PublicKey::BYTES);
    Ok(SealedParts { ephemeral, ciphertext })
}

/// Writes the layout.
pub fn join_sealed(ephemeral: &[u8], ciphertext: &[u8]) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(1 + ephemeral.len() + ciphertext.len());
    bytes.push(SEALED_FORMAT);
    bytes.extend_from_slice(ephemeral);
    bytes.extend_from_slice(ciphertext);
    bytes
}
