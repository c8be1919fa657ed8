//! Drafts and responses in a [`KeyValueStore`]: JSON values, written whole, never half.

use super::keys::{draft_key, responses_key, QUARANTINE_PREFIX};
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
fn keep_aside(store: &dyn KeyValueStore, key: &str, raw: &str) -> Option<String> {
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

/// The elements of a JSON array as text, or `None` when `raw` is not a whole array. A small
/// scanner (strings, escapes, nesting) rather than a JSON value tree, which would add to every
/// page's bundle.
fn array_elements(raw: &str) -> Option<Vec<&str>> {
    let inner = raw.trim().strip_prefix('[')?.strip_suffix(']')?;
    let (mut elements, mut start, mut depth, mut in_string, mut escaped) = (Vec::new(), 0, 0i32, false, false);
    for (at, byte) in inner.bytes().enumerate() {
        match byte {
            _ if escaped => escaped = false,
            b'\\' if in_string => escaped = true,
            b'"' => in_string = !in_string,
            _ if in_string => {}
            b'{' | b'[' => depth += 1,
            b'}' | b']' => depth -= 1,
            b',' if depth == 0 => {
                elements.push(inner[start..at].trim());
                start = at + 1;
            }
            _ => {}
        }
        if depth < 0 {
            return None;
        }
    }
    if depth != 0 || in_string {
        return None;
    }
    let last = inner[start..].trim();
    if !last.is_empty() || !elements.is_empty() {
        elements.push(last);
    }
    Some(elements)
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

/// The responses stored for a survey, and where any that could not be read were set aside.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StoredResponses {
    /// Every response that could be read.
    pub responses: Vec<Response>,
    /// Set when some stored responses could not be read: they were kept aside, not deleted.
    pub set_aside: Option<StoreError>,
}

/// The responses to `survey_id` stored on this device. A response that cannot be read is moved
/// aside on its own, with the others kept and used; only a list that is not a list at all is
/// moved aside whole.
pub fn read_responses(store: &dyn KeyValueStore, survey_id: &str) -> Result<StoredResponses, StoreError> {
    let key = responses_key(survey_id);
    let Some(raw) = store.get(&key)? else { return Ok(StoredResponses::default()) };
    if let Ok(responses) = serde_json::from_str::<Vec<Response>>(&raw) {
        return Ok(StoredResponses { responses, set_aside: None });
    }
    let Some(elements) = array_elements(&raw) else { return Err(quarantine(store, &key, &raw)) };
    let (mut responses, mut unreadable) = (Vec::new(), Vec::new());
    for element in elements {
        match serde_json::from_str::<Response>(element) {
            Ok(response) => responses.push(response),
            Err(_) => unreadable.push(element),
        }
    }
    let count = unreadable.len();
    // Kept aside first, and the list rewritten without them only once that worked: never less
    // than was there.
    let set_aside = match keep_aside(store, &key, &format!("[{}]", unreadable.join(","))) {
        Some(kept_as) => {
            let rewritten = super::to_json(&responses).and_then(|json| store.set(&key, &json));
            StoreError::SomeUnreadable { count, kept_as: if rewritten.is_ok() { kept_as } else { key.clone() } }
        }
        None => StoreError::SomeUnreadable { count, kept_as: key.clone() },
    };
    Ok(StoredResponses { responses, set_aside: Some(set_aside) })
}

/// The responses to `survey_id` that can be read (see [`read_responses`]).
pub fn load_responses(store: &dyn KeyValueStore, survey_id: &str) -> Result<Vec<Response>, StoreError> {
    read_responses(store, survey_id).map(|stored| stored.responses)
}

/// Adds `response` to the stored responses of its survey in one write; on failure nothing changes.
pub fn append_response(store: &dyn KeyValueStore, response: &Response) -> Result<(), StoreError> {
    append_responses(store, &response.survey_id, std::slice::from_ref(response))
}

/// Adds `responses` (of survey `survey_id`) to those stored, in one write: all are stored or none.
/// Responses whose id is already stored are skipped.
pub fn append_responses(store: &dyn KeyValueStore, survey_id: &str, responses: &[Response]) -> Result<(), StoreError> {
    let mut stored = match load_responses(store, survey_id) {
        Ok(stored) => stored,
        // The unreadable list was moved aside; start a new one rather than refuse the responses.
        Err(StoreError::Unreadable { key, kept_as }) if key != kept_as => Vec::new(),
        Err(error) => return Err(error),
    };
    let before = stored.len();
    let mut ids: crate::analytics::FastSet<String> = stored.iter().map(|existing| existing.id.clone()).collect();
    for response in responses {
        if ids.insert(response.id.clone()) {
            stored.push(response.clone());
        }
    }
    if stored.len() == before {
        return Ok(());
    }
    store.set(&responses_key(survey_id), &super::to_json(&stored)?)
}
