//! Drafts and responses in a [`KeyValueStore`]: JSON values, written whole, never half.

use super::keys::{draft_key, QUARANTINE_PREFIX};
use super::{KeyValueStore, StoreError};
use crate::answering::Draft;
use crate::response::Response;
use crate::survey::SurveyDefinition;
use serde::{Deserialize, Serialize};

/// What was found where a survey's draft is kept.
#[derive(Clone, Debug, PartialEq)]
pub enum DraftFound {
    /// Nothing stored.
    Nothing,
    /// A draft of this survey and version.
    Fits(Draft),
    /// A draft of another version of the survey: never applied to this one.
    OtherVersion { version: u32 },
}

/// The response file a respondent downloads and a facilitator imports.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResponseFile {
    /// Always `"partnership-pulse/responses"`.
    pub format: String,
    /// Version of this file format, 1.
    pub version: u32,
    /// The responses.
    pub responses: Vec<Response>,
}

impl ResponseFile {
    /// Format name written in every response file.
    pub const FORMAT: &'static str = "partnership-pulse/responses";

    /// A file holding `responses`.
    pub fn new(responses: Vec<Response>) -> ResponseFile {
        ResponseFile { format: Self::FORMAT.to_owned(), version: 1, responses }
    }

    /// The file as compact JSON (no pretty-printer in the bundle, and smaller files).
    pub fn to_json(&self) -> Result<String, StoreError> {
        super::to_json(self)
    }
}

/// Writes `raw` to the first free quarantine key for `key`; the key written, if any.
pub(super) fn keep_aside(store: &dyn KeyValueStore, key: &str, raw: &str) -> Option<String> {
    let kept_as = (1..1000)
        .map(|n| format!("{QUARANTINE_PREFIX}{key}:{n}"))
        .find(|candidate| matches!(store.get(candidate), Ok(None)))?;
    store.set(&kept_as, raw).ok().map(|()| kept_as)
}

/// Moves unreadable data under `key` aside to the first free quarantine key, so that nothing is
/// deleted and the app can go on. If even that cannot be written, the data stays where it is.
pub(super) fn quarantine(store: &dyn KeyValueStore, key: &str, raw: &str) -> StoreError {
    let kept_as = match keep_aside(store, key, raw) {
        Some(kept_as) if store.remove(key).is_ok() => kept_as,
        _ => key.to_owned(),
    };
    StoreError::Unreadable { key: key.to_owned(), kept_as }
}

/// The stored draft for `survey` in draft slot `slot` (the survey id; a second app instance on
/// the same page adds its own suffix, so two instances never share a draft).
pub fn load_draft(store: &dyn KeyValueStore, survey: &SurveyDefinition, slot: &str) -> Result<DraftFound, StoreError> {
    let key = draft_key(slot);
    let Some(raw) = store.get(&key)? else { return Ok(DraftFound::Nothing) };
    match serde_json::from_str::<Draft>(&raw) {
        Ok(draft) if draft.fits(survey) => Ok(DraftFound::Fits(draft)),
        Ok(draft) if draft.survey_id == survey.id => Ok(DraftFound::OtherVersion { version: draft.survey_version }),
        _ => Err(quarantine(store, &key, &raw)),
    }
}

/// Saves the draft in `slot`, replacing the previous one.
pub fn save_draft(store: &dyn KeyValueStore, draft: &Draft, slot: &str) -> Result<(), StoreError> {
    store.set(&draft_key(slot), &super::to_json(draft)?)
}

/// Removes the draft in `slot`.
pub fn discard_draft(store: &dyn KeyValueStore, slot: &str) -> Result<(), StoreError> {
    store.remove(&draft_key(slot))
}
