//! Unfinished answers. Each browser tab keeps its own draft, so two tabs answering one survey
//! never mix answers and a reload always finds its own; a tab that is gone leaves its draft for
//! the next visit to adopt.
//!
//! A draft is kept under its slot: the survey's slot (its id, plus an instance suffix for a second
//! app on one page), then `@<tab>` (the tab's id is kept in `sessionStorage`, which a reload keeps
//! and another tab does not share). The slot without a tab is where a browser without
//! `sessionStorage` keeps its draft, and where earlier releases kept theirs.

use super::keys::slot_of;
use super::{kept_aside, Change, Collection, Record, RecordStore, StoreError};
use crate::answering::Draft;
use crate::survey::SurveyDefinition;

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

/// The draft slot of tab `tab` for the survey slot `slot`.
pub fn tab_slot(slot: &str, tab: &str) -> String {
    format!("{slot}@{tab}")
}

/// What `record` holds for `survey`; unreadable data is moved aside and reported.
async fn found<S: RecordStore>(store: &S, survey: &SurveyDefinition, record: Record) -> Result<DraftFound, StoreError> {
    match serde_json::from_str::<Draft>(&record.value) {
        Ok(draft) if draft.fits(survey) => Ok(DraftFound::Fits(draft)),
        Ok(draft) if draft.survey_id == survey.id => Ok(DraftFound::OtherVersion { version: draft.survey_version }),
        _ => Err(kept_aside::move_aside(store, Collection::Drafts, record).await),
    }
}

/// The stored draft for `survey` in draft slot `slot`.
pub async fn load_draft<S: RecordStore>(
    store: &S,
    survey: &SurveyDefinition,
    slot: &str,
) -> Result<DraftFound, StoreError> {
    match store.get(Collection::Drafts, slot).await? {
        Some(record) => found(store, survey, record).await,
        None => Ok(DraftFound::Nothing),
    }
}

/// The change that keeps `draft` in `slot`.
fn put(draft: &Draft, slot: &str) -> Result<Change, StoreError> {
    Ok(Change::Put(Collection::Drafts, Record::new(slot, slot_of(slot), super::to_json(draft)?)))
}

/// Saves the draft in `slot`, replacing the previous one.
pub async fn save_draft<S: RecordStore>(store: &S, draft: &Draft, slot: &str) -> Result<(), StoreError> {
    store.write(vec![put(draft, slot)?]).await
}

/// Removes the draft in `slot`.
pub async fn discard_draft<S: RecordStore>(store: &S, slot: &str) -> Result<(), StoreError> {
    store.write(vec![Change::Delete(Collection::Drafts, slot.to_owned())]).await
}

/// Moves `draft` from slot `from` to slot `to`, in one transaction.
pub async fn adopt_draft<S: RecordStore>(store: &S, draft: &Draft, from: &str, to: &str) -> Result<(), StoreError> {
    store.write(vec![put(draft, to)?, Change::Delete(Collection::Drafts, from.to_owned())]).await
}

/// The draft this tab starts with: its own (after a reload), else one left in the shared slot,
/// moved into its own slot (a draft of another version, or unreadable data, is reported as
/// [`load_draft`] does and left where it is).
pub async fn load_tab_draft<S: RecordStore>(
    store: &S,
    survey: &SurveyDefinition,
    slot: &str,
    own: &str,
) -> Result<DraftFound, StoreError> {
    let found = load_draft(store, survey, own).await?;
    if found != DraftFound::Nothing || own == slot {
        return Ok(found);
    }
    match load_draft(store, survey, slot).await? {
        DraftFound::Fits(draft) => {
            adopt_draft(store, &draft, slot, own).await?;
            Ok(DraftFound::Fits(draft))
        }
        other => Ok(other),
    }
}

/// What [`orphaned_draft`] found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Orphans {
    /// The draft that fits the survey with the most answers, with the slot it is in.
    pub fullest: Option<(String, Draft)>,
    /// Set when a draft left by a closed tab could not be read: it was kept aside, not deleted.
    pub set_aside: Option<StoreError>,
}

/// The draft of `slot` that fits `survey` with the most answers, left by a tab not in `live`
/// (tabs still open hold a lock and are never robbed), with the slot it is in. Unreadable drafts
/// are kept aside and said; another version's are left alone.
pub async fn orphaned_draft<S: RecordStore>(
    store: &S,
    survey: &SurveyDefinition,
    slot: &str,
    live: &[String],
) -> Result<Orphans, StoreError> {
    let prefix = tab_slot(slot, "");
    let mut orphans = Orphans::default();
    for record in store.group(Collection::Drafts, slot).await? {
        let Some(tab) = record.key.strip_prefix(&prefix) else { continue };
        if live.iter().any(|alive| alive == tab) {
            continue;
        }
        let their_slot = record.key.clone();
        match found(store, survey, record).await {
            Ok(DraftFound::Fits(draft)) => {
                // Kept by comparison, not by sorting: each sort instance adds to the survey page.
                if orphans.fullest.as_ref().is_none_or(|(_, best)| draft.answers.len() > best.answers.len()) {
                    orphans.fullest = Some((their_slot, draft));
                }
            }
            Ok(_) => {}
            Err(error) => orphans.set_aside = Some(error),
        }
    }
    Ok(orphans)
}
