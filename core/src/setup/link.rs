//! The share link: a set-up compressed into the URL fragment, which browsers never send to a
//! web server, so the survey's set-up stays out of every server log.
//!
//! Payload: `s1.` then base64url (no padding) of the raw-DEFLATE-compressed JSON of the set-up.
//! The (de)compression itself is the browser's (`CompressionStream("deflate-raw")`), which costs
//! the bundle nothing; a Rust inflater would add about 13 KB gzip to each bundle. So this module
//! splits the payload from the compressed bytes, and reads the set-up from inflated JSON.

use super::model::SetUp;
use super::saved::SavedSurvey;
use crate::survey::SurveyDefinition;

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

/// Why a share link could not be opened.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    /// Not a set-up link of a format this version reads.
    #[error("not a set-up link of this version")]
    NotASetUpLink,
    /// The link is cut short or damaged (its data does not decompress).
    #[error("link damaged")]
    Damaged,
    /// The data is not a set-up.
    #[error("link holds no set-up: {0}")]
    WrongShape(String),
    /// The survey is larger than a link may carry ([`MAX_SETUP_BYTES`] once inflated).
    #[error("set-up over {MAX_SETUP_BYTES} bytes")]
    TooLarge,
}

/// What a saved survey's link carries, before compression: its set-up of the built-in
/// instrument, or the whole definition (`survey`) when it adapts an imported one. A survey whose
/// JSON is over [`MAX_SETUP_BYTES`] is refused here, so the set-up page never offers a link that
/// the survey page would then refuse.
pub fn link_content(saved: &SavedSurvey, survey: &SurveyDefinition) -> Result<(LinkKind, Vec<u8>), LinkError> {
    // Respondents need to know that a code is asked for, never which codes exist.
    let json = match &saved.base {
        None => {
            let mut setup = saved.setup.clone();
            setup.invitations = setup.invitations.map(|_| Default::default());
            serde_json::to_vec(&setup).map(|json| (LinkKind::SetUp, json))
        }
        Some(_) => {
            let mut survey = survey.clone();
            survey.invitations = survey.invitations.map(|_| Default::default());
            serde_json::to_vec(&survey).map(|json| (LinkKind::Definition, json))
        }
    };
    match json {
        Ok((_, ref bytes)) if bytes.len() > MAX_SETUP_BYTES => Err(LinkError::TooLarge),
        Ok(content) => Ok(content),
        Err(error) => Err(LinkError::WrongShape(error.to_string())),
    }
}

/// The fragment payload for already compressed JSON of this kind.
pub fn link_from_compressed(kind: LinkKind, compressed: &[u8]) -> String {
    let prefix = match kind {
        LinkKind::SetUp => LINK_PREFIX,
        LinkKind::Definition => DEFINITION_LINK_PREFIX,
    };
    format!("{prefix}{}", crate::radix::base64url(compressed))
}

/// Whether a URL fragment (with or without its `#`) is a share link of some kind.
pub fn is_share_link(fragment: &str) -> bool {
    let payload = fragment.trim().trim_start_matches('#');
    payload.starts_with(LINK_PREFIX) || payload.starts_with(DEFINITION_LINK_PREFIX)
}

/// What follows this in a link's fragment is an invitation code (`#s1.<survey>~<code>`, or
/// `#~<code>` on a page whose survey is built in): like the survey, it never reaches a server.
pub const INVITATION_MARK: char = '~';

/// `url` carrying the invitation code `code` in its fragment.
pub fn link_with_invitation(url: &str, code: &str) -> String {
    let mark = if url.contains('#') { "" } else { "#" };
    format!("{url}{mark}{INVITATION_MARK}{code}")
}

/// The invitation code a fragment carries, as given (checked where it is used).
pub fn invitation_in_fragment(fragment: &str) -> Option<&str> {
    fragment.split_once(INVITATION_MARK).map(|(_, code)| code.trim()).filter(|code| !code.is_empty())
}

/// The kind and compressed bytes of a fragment payload; never panics, whatever the text.
pub fn link_parts(payload: &str) -> Result<(LinkKind, Vec<u8>), LinkError> {
    let payload = payload.trim().trim_start_matches('#');
    let payload = payload.split_once(INVITATION_MARK).map_or(payload, |(survey, _)| survey);
    let (kind, data) = if let Some(data) = payload.strip_prefix(LINK_PREFIX) {
        (LinkKind::SetUp, data)
    } else if let Some(data) = payload.strip_prefix(DEFINITION_LINK_PREFIX) {
        (LinkKind::Definition, data)
    } else {
        return Err(LinkError::NotASetUpLink);
    };
    Ok((kind, crate::radix::from_base64url(data).ok_or(LinkError::Damaged)?))
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
        return Err(LinkError::TooLarge);
    }
    // Read as text like every other JSON of the app: `from_slice` would compile a second copy of
    // serde_json's reader into the page. Bytes that are not UTF-8 never came from a set-up link.
    let json = std::str::from_utf8(json).map_err(|_| LinkError::Damaged)?;
    serde_json::from_str(json).map_err(|error| {
        let reason = error.to_string();
        LinkError::WrongShape(reason.split(" at line ").next().unwrap_or(&reason).to_owned())
    })
}
