//! Every answer on one page before submitting, with unanswered questions marked and reachable.

use crate::answering::{answer_text, answered_count, is_answered, visible_items, RespondAction, RespondState};
use crate::survey::LocalText;
use yew::prelude::*;

/// Properties of [`Review`].
#[derive(Properties, PartialEq)]
pub struct ReviewProps {
    /// The respondent state (a handle: comparing it is cheap).
    pub state: UseReducerHandle<RespondState>,
    pub language: AttrValue,
    pub dispatch: Callback<RespondAction>,
    /// Called when the person submits.
    pub on_submit: Callback<()>,
}

/// The review page.
#[function_component(Review)]
pub fn review(props: &ReviewProps) -> Html {
    let host = crate::ui::host::use_host();
    let state = &props.state;
    let survey = &state.survey;
    let language = props.language.as_str();
    let text = |t: &LocalText| t.get(language, &survey.default_language).to_owned();
    let (answered, total) = answered_count(survey, &state.draft.answers);
    let heading = use_node_ref();
    super::super::focus::use_focus_on_mount(heading.clone());
    let on_back = props.dispatch.reform(|_: MouseEvent| RespondAction::Back);
    let on_submit = props.on_submit.reform(|_: MouseEvent| ());
    html! {
        <section class="pp-screen pp-review" aria-labelledby={host.id("review-title")}>
            <h1 id={host.id("review-title")} tabindex="-1" ref={heading}>{ "Check your answers" }</h1>
            <p>
                { format!("You have answered {answered} of {total} questions. ") }
                if answered < total {
                    { "Questions you have not answered are marked; you can answer them now or submit as you are." }
                }
            </p>
            { for state.sections().into_iter().map(|section| {
                let title = text(&survey.sections[section].title);
                html! {
                    <section class="pp-review-section" key={section} aria-label={title.clone()}>
                        <h2>{ title }</h2>
                        <dl class="pp-review-list">
                            { for visible_items(survey, &state.draft.answers, section).into_iter().map(|item| {
                                let answer = state.draft.answers.get(&item.id);
                                let label = text(&item.label);
                                let go = props.dispatch.reform({
                                    let item = item.id.clone();
                                    move |_: MouseEvent| RespondAction::GoTo { section, item: Some(item.clone()) }
                                });
                                let answered = is_answered(answer);
                                html! {
                                    <div class={if answered { "pp-review-row" } else { "pp-review-row pp-unanswered" }} key={item.id.clone()}>
                                        <dt>{ label.clone() }</dt>
                                        <dd>
                                            if answered {
                                                { answer_text(survey, item, answer, language) }
                                            } else {
                                                <strong>{ "Not answered" }</strong>
                                            }
                                            <button type="button" class="pp-link" onclick={go}
                                                aria-label={format!("{}: {}", if answered { "Change answer" } else { "Answer" }, label)}>
                                                { if answered { "Change" } else { "Answer" } }
                                            </button>
                                        </dd>
                                    </div>
                                }
                            }) }
                        </dl>
                    </section>
                }
            }) }
            if let Some(address) = &survey.submission_address {
                <p>{ format!("Submitting sends your answers to {}, where the person running the survey collects them, and keeps a copy on this device.", crate::submission::server_of(address)) }</p>
            }
            <div class="pp-nav">
                <button type="button" class="pp-button" onclick={on_back}>{ "Back" }</button>
                <button type="button" class="pp-button pp-primary" onclick={on_submit}>{ "Submit your response" }</button>
            </div>
        </section>
    }
}
