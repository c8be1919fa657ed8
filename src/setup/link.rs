//! The share link: a set-up compressed into the URL fragment, which browsers never send to a
//! web server, so the survey's set-up stays out of every server log.
//!
//! Payload: `s1.` then base64url (no padding) of the raw-DEFLATE-compressed JSON of the set-up.
//! The (de)compression itself is the browser's (`CompressionStream("deflate-raw")`), which costs
//! the bundle nothing; a Rust inflater would add about 13 KB gzip to each bundle. So this module
//! splits the payload from the compressed bytes, and reads the set-up from inflated JSON.

use super::model::SetUp;
use std::fmt;

/// The fragment payload starts with this (set-up of the built-in instrument, format 1).
pub const LINK_PREFIX: &str = "s1.";
/// Or with this: a whole survey definition (a set-up of an imported definition), format 1.
pub const DEFINITION_LINK_PREFIX: &str = "d1.";

/// What a share link carries, once inflated.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkKind {
    /// A set-up of the built-in instrument (JSON of [`SetUp`]).
    SetUp,
    /// A whole survey definition (JSON read by `survey::load_survey`).
    Definition,
}
/// Largest set-up or definition accepted once inflated, so a crafted link cannot exhaust memory.
pub const MAX_SETUP_BYTES: usize = 64 * 1024;
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Why a share link could not be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// Not a set-up link of a format this version reads.
    NotASetUpLink,
    /// The link is cut short or damaged (its data does not decompress).
    Damaged,
    /// The data is not a set-up.
    WrongShape(String),
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::NotASetUpLink => f.write_str("This link does not hold a survey set-up this version of the app can read."),
            LinkError::Damaged => f.write_str(
                "This survey link is incomplete or damaged: it may have been cut short when it was copied. Please ask for the link again.",
            ),
            LinkError::WrongShape(reason) => write!(f, "This survey link does not hold a survey set-up ({reason})."),
        }
    }
}

impl std::error::Error for LinkError {}

fn base64url(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len() * 4 / 3 + 3);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            text.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    text
}

fn from_base64url(text: &str) -> Option<Vec<u8>> {
    let mut bytes = Vec::with_capacity(text.len() * 3 / 4);
    let (mut buffer, mut bits) = (0u32, 0);
    for c in text.bytes() {
        let value = ALPHABET.iter().position(|&a| a == c)? as u32;
        buffer = buffer << 6 | value;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            bytes.push((buffer >> bits) as u8);
        }
    }
    Some(bytes)
}

/// The fragment payload for `setup`, given a raw-DEFLATE compressor.
pub fn encode_link(setup: &SetUp, deflate_raw: impl FnOnce(&[u8]) -> Vec<u8>) -> String {
    let json = serde_json::to_vec(setup).unwrap_or_default();
    link_from_compressed(LinkKind::SetUp, &deflate_raw(&json))
}

/// The fragment payload for already compressed JSON of this kind.
pub fn link_from_compressed(kind: LinkKind, compressed: &[u8]) -> String {
    let prefix = match kind {
        LinkKind::SetUp => LINK_PREFIX,
        LinkKind::Definition => DEFINITION_LINK_PREFIX,
    };
    format!("{prefix}{}", base64url(compressed))
}

/// Whether a URL fragment (with or without its `#`) is a share link of some kind.
pub fn is_share_link(fragment: &str) -> bool {
    let payload = fragment.trim().trim_start_matches('#');
    payload.starts_with(LINK_PREFIX) || payload.starts_with(DEFINITION_LINK_PREFIX)
}

/// The kind and compressed bytes of a fragment payload; never panics, whatever the text.
pub fn link_parts(payload: &str) -> Result<(LinkKind, Vec<u8>), LinkError> {
    let payload = payload.trim().trim_start_matches('#');
    let (kind, data) = if let Some(data) = payload.strip_prefix(LINK_PREFIX) {
        (LinkKind::SetUp, data)
    } else if let Some(data) = payload.strip_prefix(DEFINITION_LINK_PREFIX) {
        (LinkKind::Definition, data)
    } else {
        return Err(LinkError::NotASetUpLink);
    };
    Ok((kind, from_base64url(data).ok_or(LinkError::Damaged)?))
}

/// The compressed bytes of a set-up link's payload; never panics, whatever the text.
pub fn link_bytes(payload: &str) -> Result<Vec<u8>, LinkError> {
    match link_parts(payload)? {
        (LinkKind::SetUp, bytes) => Ok(bytes),
        (LinkKind::Definition, _) => Err(LinkError::NotASetUpLink),
    }
}

/// The set-up in a link's inflated JSON (at most [`MAX_SETUP_BYTES`]).
pub fn setup_from_json(json: &[u8]) -> Result<SetUp, LinkError> {
    if json.len() > MAX_SETUP_BYTES {
        return Err(LinkError::Damaged);
    }
    serde_json::from_slice(json).map_err(|error| {
        let reason = error.to_string();
        LinkError::WrongShape(reason.split(" at line ").next().unwrap_or(&reason).to_owned())
    })
}

/// The set-up in a fragment payload, given a raw-DEFLATE inflater that fails on damaged data.
pub fn decode_link(payload: &str, inflate_raw: impl FnOnce(&[u8]) -> Option<Vec<u8>>) -> Result<SetUp, LinkError> {
    let json = inflate_raw(&link_bytes(payload)?).ok_or(LinkError::Damaged)?;
    setup_from_json(&json)
}
