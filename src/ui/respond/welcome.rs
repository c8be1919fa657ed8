//! The first screen: what the survey is, that it is anonymous, and Start (or Continue).

use crate::answering::FlowProblem;
use crate::i18n::{Arg, Msg};
use crate::invitations::CodeProblem;
use crate::survey::{LocalText, SurveyDefinition};
use crate::ui::language::{use_language_picker, use_texts};
use std::rc::Rc;
use yew::prelude::*;

/// What the welcome screen knows about an unfinished response on this device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resume {
    /// Nothing unfinished.
    Nothing,
    /// An unfinished response of this survey, with (answered, total) questions.
    Unfinished { answered: usize, total: usize },
    /// An unfinished response of another version of the survey, which cannot be used.
    OtherVersion { version: u32 },
}

/// Properties of [`Welcome`].
#[derive(Properties, PartialEq)]
pub struct WelcomeProps {
    /// The survey being offered.
    pub survey: Rc<SurveyDefinition>,
    /// Language the survey is shown in.
    pub language: AttrValue,
    /// Whether an unfinished response is waiting.
    #[prop_or(Resume::Nothing)]
    pub resume: Resume,
    /// Called when the person presses Start or Continue.
    pub on_start: Callback<()>,
    /// Called when the person confirms discarding the unfinished response.
    #[prop_or_default]
    pub on_discard: Callback<()>,
    /// A shared workshop device: a large Start on one calm background, for one person after another.
    #[prop_or_default]
    pub kiosk: bool,
    /// In a survey by invitation: the code as typed, and the problem Start found with it.
    #[prop_or_default]
    pub invitation: Option<(AttrValue, Option<FlowProblem>)>,
    /// Called with the code as it is typed.
    #[prop_or_default]
    pub on_invitation: Callback<String>,
}

/// The code field of a survey by invitation, with what Start found wrong with the code.
fn invitation_field(
    host: &crate::ui::host::Host,
    t: &crate::i18n::Texts<Msg>,
    props: &WelcomeProps,
    input: NodeRef,
) -> Html {
    let Some((code, problem)) = &props.invitation else { return Html::default() };
    let (field, hint, error) = (host.id("invitation"), host.id("invitation-hint"), host.id("invitation-error"));
    let problem = match problem {
        Some(FlowProblem::Invitation(CodeProblem::Empty)) => Some(t.get(Msg::CodeEmpty)),
        Some(FlowProblem::Invitation(CodeProblem::WrongLength { found })) => {
            Some(t.format(Msg::CodeWrongLength, &[("found", (*found).into())]))
        }
        Some(FlowProblem::Invitation(CodeProblem::Mistyped)) => Some(t.get(Msg::CodeMistyped)),
        _ => None,
    };
    let invalid = problem.is_some().then_some("true");
    let described = if invalid.is_some() { format!("{hint} {error}") } else { hint.clone() };
    let on_input = props
        .on_invitation
        .reform(|event: InputEvent| event.target_unchecked_into::<web_sys::HtmlInputElement>().value());
    // Enter in the field is Start, as in a form.
    let on_key = {
        let on_start = props.on_start.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Enter" {
                on_start.emit(());
            }
        })
    };
    html! {
        <div class={if invalid.is_some() { "pp-invitation pp-has-error" } else { "pp-invitation" }}>
            <label class="pp-block-label" for={field.clone()}>{ t.get(Msg::InvitationCode) }</label>
            <p class="pp-hint" id={hint}>{ t.get(Msg::InvitationHint) }</p>
            if let Some(problem) = problem {
                <p class="pp-error-message" id={error} role="alert">{ problem }</p>
            }
            <input id={field} class="pp-input pp-code-input" type="text" value={code.clone()} oninput={on_input} onkeydown={on_key} ref={input}
                autocomplete="off" autocapitalize="characters" spellcheck="false" aria-describedby={described}
                aria-invalid={invalid} />
        </div>
    }
}

/// The welcome screen.
#[function_component(Welcome)]
pub fn welcome(props: &WelcomeProps) -> Html {
    let host = crate::ui::host::use_host();
    let t = use_texts();
    let picker = use_language_picker("language");
    let survey = &props.survey;
    let language = props.language.as_str();
    let text = |t: &LocalText| t.get(language, &survey.default_language).to_owned();
    let on_start = props.on_start.reform(|_: MouseEvent| ());
    let confirming = use_state(|| false);
    let heading = use_node_ref();
    // A Start refused for the code takes the person to the code field, where the problem is said.
    let code_input = use_node_ref();
    {
        let code_input = code_input.clone();
        let problem = props.invitation.as_ref().and_then(|(_, problem)| problem.clone());
        use_effect_with(problem, move |problem| {
            if let (Some(_), Some(input)) = (problem, code_input.cast::<web_sys::HtmlElement>()) {
                let _ = input.focus();
            }
        });
    }
    super::super::focus::use_focus_on_mount(heading.clone());
    let ask_discard = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let keep = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let discard = {
        let confirming = confirming.clone();
        props.on_discard.reform(move |_: MouseEvent| confirming.set(false))
    };
    let start_label = t.get(if matches!(props.resume, Resume::Unfinished { .. }) { Msg::Continue } else { Msg::Start });
    let count = |msg: Msg, name: &str, n: usize| t.format(msg, &[(name, Arg::from(n))]);
    let questions = count(Msg::QuestionCount, "questions", survey.question_count());
    let sections = count(Msg::SectionCount, "sections", survey.sections.len());
    html! {
        <section class={if props.kiosk { "pp-screen pp-welcome pp-kiosk-welcome" } else { "pp-screen pp-welcome" }}
            aria-labelledby={host.id("welcome-title")}>
            <h1 id={host.id("welcome-title")} class="pp-title" tabindex="-1" ref={heading}>{ text(&survey.title) }</h1>
            if !survey.wave.is_empty() {
                <p class="pp-wave">{ survey.wave.clone() }</p>
            }
            <p class="pp-lead">{ text(&survey.purpose) }</p>
            <ul class="pp-facts">
                <li>{ t.format(Msg::AboutMinutes, &[("minutes", Arg::Count(survey.minutes.into()))]) }</li>
                <li>{ t.format(Msg::QuestionsInSections, &[("questions", Arg::Text(&questions)), ("sections", Arg::Text(&sections))]) }</li>
            </ul>
            { picker }
            <section class="pp-privacy" aria-labelledby={host.id("privacy-title")}>
                <h2 id={host.id("privacy-title")}>{ t.get(Msg::AnswersAnonymous) }</h2>
                <p>{ text(&survey.anonymity) }</p>
            </section>
            { match props.resume {
                Resume::Unfinished { answered, total } => html! {
                    <p class="pp-notice">{ t.format(Msg::UnfinishedResponse, &[("answered", answered.into()), ("total", total.into())]) }</p>
                },
                Resume::OtherVersion { version } => html! {
                    <p class="pp-notice" role="status">{ t.format(Msg::UnfinishedOtherVersion, &[("version", version.into())]) }</p>
                },
                Resume::Nothing => Html::default(),
            } }
            { invitation_field(&host, &t, props, code_input.clone()) }
            <div class="pp-nav">
                if !matches!(props.resume, Resume::OtherVersion { .. }) {
                    <button type="button" class="pp-button pp-primary" onclick={on_start}>{ start_label }</button>
                }
                if props.resume != Resume::Nothing && !*confirming {
                    <button type="button" class="pp-button" onclick={ask_discard}>{ t.get(Msg::DiscardAndRestart) }</button>
                }
            </div>
            if *confirming {
                <div class="pp-confirm" role="group" aria-labelledby={host.id("confirm-discard")}>
                    <p id={host.id("confirm-discard")}>{ t.get(Msg::DiscardQuestion) }</p>
                    <button type="button" class="pp-button pp-danger" onclick={discard}>{ t.get(Msg::DiscardYes) }</button>
                    <button type="button" class="pp-button" onclick={keep}>{ t.get(Msg::DiscardNo) }</button>
                </div>
            }
        </section>
    }
}
