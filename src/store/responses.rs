//! Submitted responses on this device. Each browser tab appends only to its own list
//! (`responses:<survey>@<tab>`), and readers merge every list of the survey, counting a response
//! id once. Two tabs never rewrite the same value, so no submission or import can overwrite
//! another tab's, whatever the timing (each tab's `localStorage` is a cache that other tabs'
//! writes reach a moment later, so a shared list rewritten by two tabs loses responses even
//! under a lock). The list without a tab is where earlier releases kept every response.

use super::keys::responses_key;
use super::records::{keep_aside, quarantine};
use super::{KeyValueStore, StoreError};
use crate::analytics::FastSet;
use crate::response::Response;

/// The list tab `writer` appends to (`None`: the shared list, for a browser without
/// `sessionStorage`).
pub fn responses_list_key(survey_id: &str, writer: Option<&str>) -> String {
    match writer {
        Some(tab) => format!("{}@{tab}", responses_key(survey_id)),
        None => responses_key(survey_id),
    }
}

/// Whether `key` holds responses to `survey_id` (any tab's list, or the shared one).
pub fn is_responses_key(key: &str, survey_id: &str) -> bool {
    let base = responses_key(survey_id);
    key.strip_prefix(&base).is_some_and(|rest| rest.is_empty() || rest.starts_with('@'))
}

/// The responses stored for a survey, and where any that could not be read were set aside.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StoredResponses {
    /// Every response that could be read, each id once.
    pub responses: Vec<Response>,
    /// Set when some stored responses could not be read: they were kept aside, not deleted.
    pub set_aside: Option<StoreError>,
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

/// The responses of one list (the value under `key`, as [`responses_list_key`] names it). A
/// response that cannot be read is moved aside on its own, with the others kept; a value that is
/// not a list at all is moved aside whole.
pub fn read_responses_list(store: &dyn KeyValueStore, key: &str) -> Result<StoredResponses, StoreError> {
    let Some(raw) = store.get(key)? else { return Ok(StoredResponses::default()) };
    if let Ok(responses) = serde_json::from_str::<Vec<Response>>(&raw) {
        return Ok(StoredResponses { responses, set_aside: None });
    }
    let Some(elements) = array_elements(&raw) else {
        return Ok(StoredResponses { responses: Vec::new(), set_aside: Some(quarantine(store, key, &raw)) });
    };
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
    let kept_as = match keep_aside(store, key, &format!("[{}]", unreadable.join(","))) {
        Some(kept_as) if super::to_json(&responses).and_then(|json| store.set(key, &json)).is_ok() => kept_as,
        _ => key.to_owned(),
    };
    Ok(StoredResponses { responses, set_aside: Some(StoreError::SomeUnreadable { count, kept_as }) })
}

/// The responses to `survey_id` stored on this device, from every tab's list; what could not be
/// read is set aside and said in `set_aside`, the rest is used.
pub fn read_responses(store: &dyn KeyValueStore, survey_id: &str) -> Result<StoredResponses, StoreError> {
    // In the store's own order: which list a repeated id is read from does not matter.
    let keys: Vec<String> = store.keys()?.into_iter().filter(|key| is_responses_key(key, survey_id)).collect();
    let mut merged = StoredResponses::default();
    let mut seen: FastSet<String> = FastSet::default();
    for key in keys {
        let list = read_responses_list(store, &key)?;
        merged.set_aside = merged.set_aside.or(list.set_aside);
        for response in list.responses {
            if seen.insert(response.id.clone()) {
                merged.responses.push(response);
            }
        }
    }
    Ok(merged)
}

/// The responses to `survey_id` that can be read (see [`read_responses`]).
pub fn load_responses(store: &dyn KeyValueStore, survey_id: &str) -> Result<Vec<Response>, StoreError> {
    read_responses(store, survey_id).map(|stored| stored.responses)
}

/// Adds `response` to the list of tab `writer`; on failure nothing changes.
pub fn append_response(store: &dyn KeyValueStore, writer: Option<&str>, response: &Response) -> Result<(), StoreError> {
    append_responses(store, &response.survey_id, writer, std::slice::from_ref(response))
}

/// Adds `responses` (of survey `survey_id`) to the list of tab `writer`, in one write: all are
/// stored or none. Only that list is read: a response already in it is skipped, and one that
/// another list holds too is counted once by [`read_responses`] (callers that must report
/// duplicates check against all lists first, as the import service does).
pub fn append_responses(
    store: &dyn KeyValueStore,
    survey_id: &str,
    writer: Option<&str>,
    responses: &[Response],
) -> Result<(), StoreError> {
    let key = responses_list_key(survey_id, writer);
    let mut own = read_responses_list(store, &key)?.responses;
    let before = own.len();
    let mut ids: FastSet<String> = own.iter().map(|existing| existing.id.clone()).collect();
    own.extend(responses.iter().filter(|response| ids.insert(response.id.clone())).cloned());
    if own.len() == before {
        return Ok(());
    }
    store.set(&key, &super::to_json(&own)?)
}
