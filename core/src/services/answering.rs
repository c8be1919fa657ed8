//! One person answering in one browser tab: where their unfinished answers are kept (the tab's
//! own draft slot, see `store::drafts`), taking up a draft a closed tab left, and storing the
//! submitted response.

use crate::answering::{Draft, DraftPosition};
use crate::response::Response;
use crate::seal::{seal_response, SealCrypto, SealError};
use crate::store::{
    adopt_draft, discard_draft, keep_and_queue, load_tab_draft, orphaned_draft, save_draft, tab_slot, DraftFound,
    RecordStore, StoreError,
};
/// Whether this device is a shared kiosk, and turning it into one: a setting of the device.
pub use crate::store::{kiosk_setting, set_kiosk_setting};
use crate::submission::{document_json, sealed_document_json};
use crate::survey::SurveyDefinition;

/// What submitting did with a response besides keeping it on the device.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Queued {
    /// It waits in the outbox for the survey's submission address.
    ForAddress,
    /// The survey names no submission address: it stays on this device.
    NoAddress,
    /// The survey's responses are sealed and this browser could not seal it: it stays on this
    /// device, never sent in clear.
    CannotSeal(SealError),
}

/// Why the document for a submission address could not be made.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum OutgoingError {
    /// The response could not be written as JSON.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The survey's responses are sealed and sealing failed.
    #[error(transparent)]
    Seal(#[from] SealError),
}

/// The document `response` goes to `survey`'s submission address as: sealed for the survey's key
/// when it has one (the server then holds its ids only), else the response itself.
pub async fn outgoing_document<C: SealCrypto>(
    crypto: &C,
    survey: &SurveyDefinition,
    response: &Response,
) -> Result<String, OutgoingError> {
    match &survey.seal_key {
        Some(key) => Ok(sealed_document_json(&seal_response(crypto, key, response).await?)?),
        None => Ok(document_json(response)?),
    }
}

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
    /// moved into this tab's slot (`None` when there is none, or it could not be moved), and
    /// the problem to say when a closed tab's draft could not be read (it was kept aside).
    pub async fn take_up_orphan<S: RecordStore>(
        &self,
        store: &S,
        survey: &SurveyDefinition,
        open: &[String],
    ) -> (Option<Draft>, Option<StoreError>) {
        let mut open = open.to_vec();
        open.extend(self.tab.clone());
        let orphans = match orphaned_draft(store, survey, &self.slot, &open).await {
            Ok(orphans) => orphans,
            Err(error) => return (None, Some(error)),
        };
        let Some((their_slot, draft)) = orphans.fullest else { return (None, orphans.set_aside) };
        match adopt_draft(store, &draft, &their_slot, &self.own_slot).await {
            Ok(()) => (Some(draft), orphans.set_aside),
            Err(error) => (None, Some(error)),
        }
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
    /// stores its own) and, when its survey names a submission address, puts the document for it
    /// ([`outgoing_document`]: sealed when the survey has a key) in the outbox in the same
    /// transaction.
    pub async fn submit<S: RecordStore, C: SealCrypto>(
        &self,
        store: &S,
        crypto: &C,
        survey: &SurveyDefinition,
        response: &Response,
    ) -> Result<Queued, StoreError> {
        let (queue, queued) = match survey.submission_address.as_deref() {
            None => (None, Queued::NoAddress),
            Some(address) => match outgoing_document(crypto, survey, response).await {
                Ok(document) => (Some((address, document)), Queued::ForAddress),
                Err(OutgoingError::Seal(error)) => (None, Queued::CannotSeal(error)),
                Err(OutgoingError::Store(error)) => return Err(error),
            },
        };
        keep_and_queue(store, response, queue).await.map(|()| queued)
    }
}
