//! The respondent's side of the app: state, persistence and the screen for each step.

use super::device;
use super::language::{use_language_picker, use_texts};
use super::platform;
use super::respond::{KioskBar, Resume, Review, SectionPage, Thanks, Welcome};
use super::submission::{is_online, post_json, send_outbox};
use crate::answering::{answered_count, Layout, RespondAction, RespondState, Step};
use crate::i18n::{store_error_words, Msg};
use crate::services::TabAnswering;
use crate::store::{kiosk_setting, set_kiosk_setting, DraftFound, StoreError};
use crate::submission::Delivery;
use crate::survey::SurveyDefinition;
use crate::transfer::ResponseFile;
use std::cell::OnceCell;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`Respondent`].
#[derive(Properties, PartialEq)]
pub struct RespondentProps {
    pub survey: Rc<SurveyDefinition>,
    pub language: AttrValue,
    /// Kiosk mode asked for by the page (`?mode=kiosk`).
    pub kiosk: bool,
}

/// Answering the survey, from welcome to thanks, saving every answer as it is given.
#[function_component(Respondent)]
pub fn respondent(props: &RespondentProps) -> Html {
    let survey = props.survey.clone();
    let host = super::host::use_host();
    let t = use_texts();
    let picker = use_language_picker("language");
    // This tab's own draft slot and response list (see `services::TabAnswering`), so two tabs
    // never share answers. Like the device's store (`device::store()`, taken where it is used),
    // it is made in effects and callbacks, never while drawing: reading the tab's id from
    // `sessionStorage` and opening IndexedDB then happen after the first screen is shown, not
    // before Start appears.
    let answering = use_memo((), {
        let slot = host.draft_slot(&survey.id);
        move |_| AnsweringOnUse { slot, made: OnceCell::new() }
    });
    let state = use_reducer({
        let survey = survey.clone();
        // A phone starts with one question a screen; the person can switch to whole sections.
        let layout = if platform::is_narrow_screen() { Layout::OneAtATime } else { Layout::WholeSection };
        move || {
            let mut state = RespondState::with_layout(survey, layout);
            if state.survey.invitations.is_some() {
                state.draft.invitation = platform::invitation_in_link().unwrap_or_default();
            }
            state
        }
    });
    // Set only when they change (`use_state_eq`): the draft is saved after every answer and the
    // outbox reports when the page opens, and each unchanged "no error" or "nothing waiting" would
    // otherwise draw the whole screen again — on a slow phone, just when the person is answering.
    let other_version = use_state_eq(|| None::<u32>);
    let unreadable = use_state_eq(|| None::<StoreError>);
    let write_error = use_state_eq(|| None::<StoreError>);
    let submit_error = use_state_eq(|| None::<StoreError>);
    let kiosk = use_state_eq(|| props.kiosk);
    let submitting = use_mut_ref(|| false);
    // Where the response just submitted stands with the submission address, and how many of
    // this device's responses still wait to be sent (the outbox is emptied by `send_outbox`).
    let delivery = use_state_eq(|| None::<Delivery>);
    let waiting = use_state_eq(|| 0_usize);
    let submitted_id = use_mut_ref(|| None::<String>);
    let on_outbox_report = {
        let (delivery, waiting, submitted_id) = (delivery.clone(), waiting.clone(), submitted_id.clone());
        move |report: crate::services::OutboxReport| {
            if let Some(now) = submitted_id.borrow().as_deref().and_then(|id| report.delivery_of(id)) {
                delivery.set(Some(now.clone()));
            }
            waiting.set(report.still_waiting);
        }
    };
    {
        // Responses waiting in the outbox are sent once the store is ready, whenever the browser
        // says the connection is back, and every minute while the page is open.
        let on_outbox_report = on_outbox_report.clone();
        use_effect_with((), move |_| {
            let report = on_outbox_report.clone();
            wasm_bindgen_futures::spawn_local(async move {
                device::ready().await;
                send_outbox(report);
            });
            let online = {
                let report = on_outbox_report.clone();
                gloo::events::EventListener::new(&gloo::utils::window(), "online", move |_| send_outbox(report.clone()))
            };
            let every_minute =
                gloo::timers::callback::Interval::new(60_000, move || send_outbox(on_outbox_report.clone()));
            move || drop((online, every_minute))
        });
    }

    {
        // What this device kept: the tab's draft (after a reload), else one a closed tab left once
        // the browser has said which tabs are still open (an open tab's draft is never taken), and
        // the kiosk setting. Read once the store is ready; the welcome screen shows meanwhile.
        let (state, survey, answering) = (state.clone(), survey.clone(), answering.clone());
        let (other_version, unreadable, kiosk) = (other_version.clone(), unreadable.clone(), kiosk.clone());
        let requested_kiosk = props.kiosk;
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
                        if let Some(draft) = answering.get().take_up_orphan(&store, &survey, &open).await {
                            state.dispatch(RespondAction::ResumeIfUntouched(draft));
                        }
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

    {
        // Tell the host page which section is showing.
        let (host, survey) = (host.clone(), survey.clone());
        use_effect_with(state.step, move |step| {
            if let Step::Section(section) = *step {
                let detail = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&detail, &"section".into(), &survey.sections[section].id.as_str().into());
                let _ = js_sys::Reflect::set(&detail, &"index".into(), &(section as u32).into());
                host.emit("section-changed", detail.into());
            }
        });
    }
    let dispatch = {
        let (state, host) = (state.clone(), host.clone());
        Callback::from(move |action: RespondAction| {
            if action == RespondAction::Start {
                host.emit("started", wasm_bindgen::JsValue::NULL);
            }
            state.dispatch(action)
        })
    };
    {
        // Start pressed on the welcome screen written into the page, before the app was ready.
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            if platform::take_early_start() {
                dispatch.emit(RespondAction::Start);
            }
        });
    }
    {
        // Easy Read on the welcome screen: one question a screen, as the guidance asks (the
        // person can still show whole sections).
        let state = state.clone();
        use_effect_with(props.language.clone(), move |language| {
            if language.ends_with("-easy") && state.step == Step::Welcome && state.layout != Layout::OneAtATime {
                state.dispatch(RespondAction::SetLayout(Layout::OneAtATime));
            }
        });
    }
    let on_submit = {
        let (state, submit_error, host, answering) =
            (state.clone(), submit_error.clone(), host.clone(), answering.clone());
        let (delivery, submitted_id, survey) = (delivery.clone(), submitted_id.clone(), survey.clone());
        Callback::from(move |_: ()| match state.build_response(platform::random_id(), platform::today()) {
            Err(problem) => state.dispatch(RespondAction::Problem(problem)),
            // One submission at a time: a second press while storing would make a second response.
            Ok(_) if *submitting.borrow() => {}
            Ok(response) => {
                *submitting.borrow_mut() = true;
                let (state, submit_error, host, answering) =
                    (state.clone(), submit_error.clone(), host.clone(), answering.clone());
                let (delivery, on_outbox_report, survey) = (delivery.clone(), on_outbox_report.clone(), survey.clone());
                let submitting = submitting.clone();
                *submitted_id.borrow_mut() = Some(response.id.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let address = survey.submission_address.as_deref();
                    let stored = answering.get().submit(&device::store(), &response, address).await;
                    match (&stored, address) {
                        (Ok(true), _) => {
                            delivery.set(Some(Delivery::Sending));
                            send_outbox(on_outbox_report);
                        }
                        (Ok(false), _) => delivery.set(None),
                        // Not kept on the device: sent straight away, once, so it may still reach
                        // the facilitator; the thank-you screen offers the file either way.
                        (Err(_), Some(address)) => {
                            delivery.set(Some(Delivery::Sending));
                            let document = crate::submission::document_json(&response);
                            let delivery = delivery.clone();
                            let address = address.to_owned();
                            wasm_bindgen_futures::spawn_local(async move {
                                let answer = match document {
                                    Ok(document) => post_json(&address, document).await,
                                    Err(_) => None,
                                };
                                delivery.set(Some(Delivery::of_answer(answer.as_ref(), is_online())));
                            });
                        }
                        (Err(_), None) => delivery.set(None),
                    }
                    if stored.is_ok() {
                        device::announce(std::slice::from_ref(&response));
                    }
                    submit_error.set(stored.err());
                    // The host receives the response itself, to forward or store as it sees fit.
                    let detail = serde_json::to_string(&response).ok().and_then(|json| js_sys::JSON::parse(&json).ok());
                    host.emit("submitted", detail.unwrap_or(wasm_bindgen::JsValue::NULL));
                    *submitting.borrow_mut() = false;
                    state.dispatch(RespondAction::Submitted(response));
                });
            }
        })
    };
    let on_discard = {
        let (state, other_version, write_error, answering) =
            (state.clone(), other_version.clone(), write_error.clone(), answering.clone());
        Callback::from(move |_: ()| {
            let (write_error, answering) = (write_error.clone(), answering.clone());
            wasm_bindgen_futures::spawn_local(async move {
                write_error.set(answering.get().discard(&device::store()).await.err());
            });
            other_version.set(None);
            state.dispatch(RespondAction::Restart);
        })
    };
    let on_restart = {
        let (state, submit_error) = (state.clone(), submit_error.clone());
        Callback::from(move |_: ()| {
            submit_error.set(None);
            state.dispatch(RespondAction::Restart);
        })
    };
    let on_kiosk = {
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
    let download_answers = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            if let Ok(response) = state.build_response(platform::random_id(), platform::today()) {
                if let Ok(json) = ResponseFile::new(vec![response]).to_json() {
                    platform::download("partnership-pulse-answers.json", "application/json", &json);
                }
            }
        })
    };

    let language = props.language.clone();
    let resume = match (*other_version, state.draft.has_answers()) {
        (Some(version), _) => Resume::OtherVersion { version },
        (None, true) => {
            let (answered, total) = answered_count(&survey, &state.draft.answers);
            Resume::Unfinished { answered, total }
        }
        (None, false) => Resume::Nothing,
    };
    let screen = match state.step {
        Step::Welcome => html! {
            <Welcome survey={survey.clone()} language={language.clone()} resume={resume}
                on_start={dispatch.reform(|_| RespondAction::Start)} on_discard={on_discard} kiosk={*kiosk}
                invitation={survey.invitations.is_some().then(|| (AttrValue::from(state.draft.invitation.clone()), state.problem.clone()))}
                on_invitation={dispatch.reform(RespondAction::Invitation)} />
        },
        Step::Section(section) => html! {
            <SectionPage key={section} state={state.clone()} section={section} language={language.clone()} dispatch={dispatch.clone()} />
        },
        Step::Review => html! {
            <Review state={state.clone()} language={language.clone()} dispatch={dispatch.clone()} on_submit={on_submit} />
        },
        Step::Thanks => html! {
            <Thanks response={state.submitted.clone()} store_error={(*submit_error).clone()} delivery={(*delivery).clone()}
                sent_to={survey.submission_address.as_deref().map(|address| AttrValue::from(crate::submission::server_of(address).to_owned()))}
                code={state.submitted.as_ref().and_then(|r| crate::transfer::encode_response(&survey, r).ok()).map(AttrValue::from)}
                threshold={survey.protection_threshold() + 1} kiosk={*kiosk} on_done={on_restart} />
        },
    };
    let can_download = state.build_response(String::new(), String::new()).is_ok();
    html! {
        <>
            <main class="pp-main">
                if let (Some(error), Step::Welcome) = (&*unreadable, state.step) {
                    <p class="pp-notice" role="status">{ store_error_words(&t, error) }</p>
                }
                if *waiting > 0 && state.step == Step::Welcome {
                    <p class="pp-notice" role="status">{ t.format(Msg::WaitingToSend, &[("waiting", (*waiting).into())]) }</p>
                }
                if let Some(error) = &*write_error {
                    <div class="pp-alert" role="alert">
                        <p>{ t.format(Msg::NotSaving, &[("reason", store_error_words(&t, error).as_str().into())]) }</p>
                        if can_download {
                            <button type="button" class="pp-button" onclick={download_answers}>{ t.get(Msg::DownloadYourAnswers) }</button>
                        } else {
                            <p>{ t.get(Msg::DownloadAfterGroup) }</p>
                        }
                    </div>
                }
                if state.step != Step::Welcome {
                    { picker }
                }
                { screen }
            </main>
            if *kiosk && matches!(state.step, Step::Welcome | Step::Thanks) {
                <KioskBar kiosk={*kiosk} on_change={on_kiosk} />
            }
        </>
    }
}

/// This tab's answering, made when first used.
struct AnsweringOnUse {
    slot: String,
    made: OnceCell<TabAnswering>,
}

impl AnsweringOnUse {
    /// This tab's answering (its id read from `sessionStorage` the first time).
    fn get(&self) -> &TabAnswering {
        self.made.get_or_init(|| TabAnswering::new(&self.slot, platform::tab_id().as_deref()))
    }
}
