//! What leaves the respondent's device when a survey has a key: the response's ids in clear (the
//! database keeps one response per id, one per invitation code), everything else sealed.

use crate::response::MAX_RESPONSE_ID_CHARS;
use serde::{Deserialize, Serialize};

/// Longest `sealed` text accepted: a response's JSON is at most 64 KiB (the database refuses
/// larger), sealed and written in base64url with room to spare.
pub const MAX_SEALED_CHARS: usize = 90_000;

/// A sealed response: its ids, and its whole JSON sealed for the survey's key (base64url of the
/// layout in [`super::split_sealed`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SealedResponse {
    /// The response's id, as inside.
    pub id: String,
    /// The survey answered, as inside.
    pub survey_id: String,
    /// Its version, as inside.
    pub survey_version: u32,
    /// The sealed bytes, base64url.
    pub sealed: String,
}

impl SealedResponse {
    /// Whether its clear parts have the shape a response's have (lengths only: the database's
    /// design document checks the same, and opening checks the rest).
    pub fn well_formed(&self) -> bool {
        let id_fits = |id: &str| !id.is_empty() && id.len() <= MAX_RESPONSE_ID_CHARS;
        id_fits(&self.id)
            && id_fits(&self.survey_id)
            && !self.sealed.is_empty()
            && self.sealed.len() <= MAX_SEALED_CHARS
    }
}
