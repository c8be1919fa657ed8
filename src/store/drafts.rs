//! Each browser tab keeps its own draft, so two tabs answering one survey never mix answers and a
//! reload always finds its own; a tab that is gone leaves its draft for the next visit to adopt.
//!
//! A tab's draft lives in the slot `<slot>@<tab>` (the tab's id is kept in `sessionStorage`,
//! which a reload keeps and another tab does not share). The slot without a tab is the one this
//! app used before: a draft found there is moved into the tab's own slot.

use super::keys::draft_key;
use super::records::{discard_draft, load_draft, save_draft, DraftFound};
use super::{KeyValueStore, StoreError};
use crate::answering::Draft;
use crate::survey::SurveyDefinition;

/// The draft slot of tab `tab` for the survey slot `slot`.
pub fn tab_slot(slot: &str, tab: &str) -> String {
    format!("{slot}@{tab}")
}

/// Moves `draft` from slot `from` to slot `to`: written first, the old one removed after.
pub fn adopt_draft(store: &dyn KeyValueStore, draft: &Draft, from: &str, to: &str) -> Result<(), StoreError> {
    save_draft(store, draft, to)?;
    discard_draft(store, from)
}

/// The draft this tab starts with: its own (after a reload), else one left in the shared slot of
/// earlier releases, moved into its own slot (a draft of another version, or unreadable data,
/// is reported as [`load_draft`] does and left where it is).
pub fn load_tab_draft(
    store: &dyn KeyValueStore,
    survey: &SurveyDefinition,
    slot: &str,
    own: &str,
) -> Result<DraftFound, StoreError> {
    let found = load_draft(store, survey, own)?;
    if found != DraftFound::Nothing || own == slot {
        return Ok(found);
    }
    match load_draft(store, survey, slot)? {
        DraftFound::Fits(draft) => {
            adopt_draft(store, &draft, slot, own)?;
            Ok(DraftFound::Fits(draft))
        }
        other => Ok(other),
    }
}

/// The draft of `slot` that fits `survey` with the most answers, left by a tab not in `live`
/// (tabs still open hold a lock and are never robbed), with the slot it is in.
pub fn orphaned_draft(
    store: &dyn KeyValueStore,
    survey: &SurveyDefinition,
    slot: &str,
    live: &[String],
) -> Result<Option<(String, Draft)>, StoreError> {
    let prefix = draft_key(&tab_slot(slot, ""));
    let mut fullest: Option<(String, Draft)> = None;
    for key in store.keys()? {
        let Some(tab) = key.strip_prefix(&prefix) else { continue };
        if live.iter().any(|alive| alive == tab) {
            continue;
        }
        let their_slot = tab_slot(slot, tab);
        // Unreadable drafts are set aside by load_draft; another version's are left alone.
        if let Ok(DraftFound::Fits(draft)) = load_draft(store, survey, &their_slot) {
            // Kept by comparison, not by sorting: each sort instance adds to the survey page.
            if fullest.as_ref().is_none_or(|(_, best)| draft.answers.len() > best.answers.len()) {
                fullest = Some((their_slot, draft));
            }
        }
    }
    Ok(fullest)
}
