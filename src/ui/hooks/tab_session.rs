//! One person answering in this tab ([`TabAnswering`]): the draft this tab starts with (its own
//! after a reload, or one a closed tab left), kept after every change, discarded on request; and
//! the device's kiosk setting.

use crate::answering::RespondAction;
use crate::services::{kiosk_setting, set_kiosk_setting, TabAnswering};
use crate::store::{DraftFound, StoreError};
use crate::survey::SurveyDefinition;
use crate::ui::{device, platform};
use std::cell::OnceCell;
use std::rc::Rc;
use yew::prelude::*;

/// This tab's answering, made when first used: reading the tab's id from `sessionStorage` and
/// opening IndexedDB then happen after the first screen is shown, not before Start appears.
pub struct AnsweringOnUse {
    slot: String,
    made: OnceCell<TabAnswering>,
}

impl AnsweringOnUse {
    /// This tab's answering (its id read from `sessionStorage` the first time).
    pub fn get(&self) -> &TabAnswering {
        self.made.get_or_init(|| TabAnswering::new(&self.slot, platform::tab_id().as_deref()))
    }
}

/// What the tab's session knows and can do.
#[derive(Clone)]
pub struct TabSession {
    /// This tab's answering.
    pub answering: Rc<AnsweringOnUse>,
    /// A draft of another version of the survey was found (its version).
    pub other_version: Option<u32>,
    /// What was stored could not be read (kept aside, said on the welcome screen).
    pub unreadable: Option<StoreError>,
    /// The last save of the draft failed.
    pub write_error: Option<StoreError>,
    /// Whether this device is a shared kiosk.
    pub kiosk: bool,
    /// Turns kiosk mode on or off, and keeps the choice on the device.
    pub set_kiosk: Callback<bool>,
    /// Discards the draft (this tab's, and one of another version) and starts afresh.
    pub discard: Callback<()>,
}

/// The session of `state` (the respondent's reducer) in this tab, for the survey's draft slot
/// `slot`; `requested_kiosk` when the address asked for kiosk mode.
#[hook]
pub fn use_tab_session(
    survey: Rc<SurveyDefinition>,
    state: crate::ui::reduced::RespondHandle,
    slot: String,
    requested_kiosk: bool,
) -> TabSession {
    let answering = use_memo((), move |_| AnsweringOnUse { slot, made: OnceCell::new() });
    // Set only when they change: the draft is saved after every answer, and each unchanged "no
    // error" would otherwise draw the whole screen again.
    let other_version = use_state_eq(|| None::<u32>);
    let unreadable = use_state_eq(|| None::<StoreError>);
    let write_error = use_state_eq(|| None::<StoreError>);
    let kiosk = use_state_eq(|| requested_kiosk);
    {
        // What this device kept: the tab's draft (after a reload), else one a closed tab left once
        // the browser has said which tabs are still open (an open tab's draft is never taken), and
        // the kiosk setting. Read once the store is ready; the welcome screen shows meanwhile.
        let (state, survey, answering) = (state.clone(), survey.clone(), answering.clone());
        let (other_version, unreadable, kiosk) = (other_version.clone(), unreadable.clone(), kiosk.clone());
        use_effect_with((), move |_| {
            if let Some(tab) = answering.get().tab() {
                platform::hold_tab_lock(tab);
            }
            wasm_bindgen_futures::spawn_local(async move {
                let not_moved = device::ready().await;
                let store = device::store();
                if !requested_kiosk && matches!(kiosk_setting(&store).await, Ok(true)) {
                    kiosk.set(true);
                }
                match answering.get().start(&store, &survey).await {
                    Ok(DraftFound::Fits(draft)) => state.dispatch(RespondAction::ResumeIfUntouched(draft)),
                    Ok(DraftFound::OtherVersion { version }) => other_version.set(Some(version)),
                    Ok(DraftFound::Nothing) if answering.get().tab().is_some() => {
                        let Some(open) = platform::open_tabs().await else { return };
                        let (draft, problem) = answering.get().take_up_orphan(&store, &survey, &open).await;
                        if let Some(draft) = draft {
                            state.dispatch(RespondAction::ResumeIfUntouched(draft));
                        }
                        unreadable.set(problem);
                    }
                    Ok(DraftFound::Nothing) => {}
                    Err(error) => unreadable.set(Some(error)),
                }
                if not_moved.is_some() {
                    unreadable.set(not_moved);
                }
            });
        });
    }
    // Save the draft whenever it changes (not on the first render: that is what was loaded).
    let first_render = use_mut_ref(|| true);
    {
        let (write_error, answering) = (write_error.clone(), answering.clone());
        let waiting_on_other_version = other_version.is_some();
        use_effect_with(state.draft.clone(), move |draft| {
            if std::mem::replace(&mut *first_render.borrow_mut(), false) || waiting_on_other_version {
                return;
            }
            let draft = draft.clone();
            wasm_bindgen_futures::spawn_local(async move {
                write_error.set(answering.get().keep(&device::store(), &draft).await.err());
            });
        });
    }
    let set_kiosk = {
        let (kiosk, write_error) = (kiosk.clone(), write_error.clone());
        Callback::from(move |on: bool| {
            if !on {
                platform::remove_url_param("mode");
            }
            let write_error = write_error.clone();
            wasm_bindgen_futures::spawn_local(async move {
                write_error.set(set_kiosk_setting(&device::store(), on).await.err());
            });
            kiosk.set(on);
        })
    };
    let discard = {
        let (other_version, write_error, answering) = (other_version.clone(), write_error.clone(), answering.clone());
        Callback::from(move |()| {
            let (write_error, answering, other_version, state) =
                (write_error.clone(), answering.clone(), other_version.clone(), state.clone());
            // The fresh start is shown once the removal has committed: a tab closed the moment
            // "Start" appears must not bring the discarded answers back.
            wasm_bindgen_futures::spawn_local(async move {
                write_error.set(answering.get().discard(&device::store()).await.err());
                other_version.set(None);
                state.dispatch(RespondAction::Restart);
            });
        })
    };
    TabSession {
        answering,
        other_version: *other_version,
        unreadable: (*unreadable).clone(),
        write_error: (*write_error).clone(),
        kiosk: *kiosk,
        set_kiosk,
        discard,
    }
}
