//! One person answering in one browser tab: where their unfinished answers are kept (the tab's
//! own draft slot, see `store::drafts`), taking up a draft a closed tab left, and storing the
//! submitted response.

use crate::answering::{Draft, DraftPosition};
use crate::response::Response;
use crate::store::{
    adopt_draft, discard_draft, keep_and_queue, load_tab_draft, orphaned_draft, save_draft, tab_slot, DraftFound,
    RecordStore, StoreError,
};
/// Whether this device is a shared kiosk, and turning it into one: a setting of the device.
pub use crate::store::{kiosk_setting, set_kiosk_setting};
use crate::submission::document_json;
use crate::survey::SurveyDefinition;

/// This tab's answering: the survey's draft slot, the tab's own slot and the tab's id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TabAnswering {
    slot: String,
    own_slot: String,
    tab: Option<String>,
}

impl TabAnswering {
    /// For the survey's draft slot `slot` in tab `tab` (`None` without `sessionStorage`: one
    /// shared slot, as earlier releases had).
    pub fn new(slot: &str, tab: Option<&str>) -> TabAnswering {
        let own_slot = tab.map_or_else(|| slot.to_owned(), |tab| tab_slot(slot, tab));
        TabAnswering { slot: slot.to_owned(), own_slot, tab: tab.map(str::to_owned) }
    }

    /// The tab's id (`None` without `sessionStorage`).
    pub fn tab(&self) -> Option<&str> {
        self.tab.as_deref()
    }

    /// The draft this tab starts with: its own after a reload, or one an earlier release left.
    pub async fn start<S: RecordStore>(&self, store: &S, survey: &SurveyDefinition) -> Result<DraftFound, StoreError> {
        load_tab_draft(store, survey, &self.slot, &self.own_slot).await
    }

    /// A draft left by a tab that is no longer open (`open`: the ids of the tabs open now),
    /// moved into this tab's slot; `None` when there is none, or it could not be moved.
    pub async fn take_up_orphan<S: RecordStore>(
        &self,
        store: &S,
        survey: &SurveyDefinition,
        open: &[String],
    ) -> Option<Draft> {
        let mut open = open.to_vec();
        open.extend(self.tab.clone());
        let (their_slot, draft) = orphaned_draft(store, survey, &self.slot, &open).await.ok()??;
        adopt_draft(store, &draft, &their_slot, &self.own_slot).await.ok()?;
        Some(draft)
    }

    /// Keeps the draft as it now is: saved while it holds anything, removed once it is back to
    /// nothing (a fresh start, or after a submission).
    pub async fn keep<S: RecordStore>(&self, store: &S, draft: &Draft) -> Result<(), StoreError> {
        if draft.has_answers() || draft.position != DraftPosition::Welcome {
            save_draft(store, draft, &self.own_slot).await
        } else {
            discard_draft(store, &self.own_slot).await
        }
    }

    /// Removes this tab's draft, and one of another version left in the shared slot.
    pub async fn discard<S: RecordStore>(&self, store: &S) -> Result<(), StoreError> {
        discard_draft(store, &self.own_slot).await?;
        discard_draft(store, &self.slot).await
    }

    /// Stores a submitted response (its own record: another tab submitting at the same moment
    /// stores its own) and, when its survey names a submission address, puts it in the outbox
    /// in the same transaction. Returns whether it was queued.
    pub async fn submit<S: RecordStore>(
        &self,
        store: &S,
        response: &Response,
        submission_address: Option<&str>,
    ) -> Result<bool, StoreError> {
        let queue = match submission_address {
            Some(address) => Some((address, document_json(response)?)),
            None => None,
        };
        let queued = queue.is_some();
        keep_and_queue(store, response, queue).await.map(|()| queued)
    }
}
