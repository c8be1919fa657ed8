//! The respondent's side of the app: the screen for each step, over the hooks that keep the
//! draft, submit and send (`ui/hooks/`).

use super::hooks::{use_outbox, use_submit, use_tab_session};
use super::language::{use_language_picker, use_texts};
use super::platform;
use super::respond::{KioskBar, Resume, Review, SectionPage, Thanks, Welcome};
use crate::answering::{answered_count, Layout, RespondAction, RespondState, Step};
use crate::i18n::Msg;
use crate::survey::SurveyDefinition;
use crate::ui::problem_words::store_error_words;
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
    let state = use_reducer({
        let survey = survey.clone();
        // A phone starts with one question a screen; the person can switch to whole sections.
        let layout = if platform::is_narrow_screen() { Layout::OneAtATime } else { Layout::WholeSection };
        move || {
            let mut state = RespondState::with_layout(survey, layout);
            if state.survey.invitations.is_some() {
                state.draft.invitation = platform::invitation_in_link().unwrap_or_default();
            }
            super::reduced::Reduced(state)
        }
    });
    // This tab's own draft slot and response list, so two tabs never share answers.
    let session = use_tab_session(survey.clone(), state.clone(), host.draft_slot(&survey.id), props.kiosk);
    let outbox = use_outbox();
    let (on_submit, submit_error, on_restart) =
        use_submit(survey.clone(), state.clone(), session.answering.clone(), outbox.clone(), host.clone());
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
    let download_answers = {
        let (state, seal_key) = (state.clone(), survey.seal_key.clone());
        Callback::from(move |_: MouseEvent| {
            if let Ok(response) = state.build_response(platform::random_id(), platform::today()) {
                let seal_key = seal_key.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    super::respond::download_response(seal_key.as_ref(), response, "partnership-pulse-answers").await;
                });
            }
        })
    };
    let language = props.language.clone();
    let resume = match (session.other_version, state.draft.has_answers()) {
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
                on_start={dispatch.reform(|_| RespondAction::Start)} on_discard={session.discard.clone()} kiosk={session.kiosk}
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
            <Thanks response={state.submitted.clone()} store_error={submit_error} delivery={outbox.delivery.clone()}
                sent_to={survey.submission_address.as_deref().map(|address| AttrValue::from(crate::survey::server_of(address).to_owned()))}
                code={state.submitted.as_ref().filter(|_| survey.seal_key.is_none()).and_then(|r| crate::transfer::encode_response(&survey, r).ok()).map(AttrValue::from)}
                seal_key={survey.seal_key.clone()}
                threshold={survey.protection_threshold() + 1} kiosk={session.kiosk} on_done={on_restart} />
        },
    };
    let can_download = state.build_response(String::new(), String::new()).is_ok();
    html! {
        <>
            <main class="pp-main">
                if let (Some(error), Step::Welcome) = (&session.unreadable, state.step) {
                    <p class="pp-notice" role="status">{ store_error_words(&t, error) }</p>
                }
                if outbox.waiting > 0 && state.step == Step::Welcome {
                    <p class="pp-notice" role="status">{ t.format(Msg::WaitingToSend, &[("waiting", outbox.waiting.into())]) }</p>
                }
                // The thank-you screen says for itself what became of the response, with its file.
                if let (Some(error), false) = (&session.write_error, state.step == Step::Thanks) {
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
            if session.kiosk && matches!(state.step, Step::Welcome | Step::Thanks) {
                <KioskBar kiosk={session.kiosk} on_change={session.set_kiosk.clone()} />
            }
        </>
    }
}
