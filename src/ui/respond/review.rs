//! Every answer on one page before submitting, with unanswered questions marked and reachable.

use crate::answering::{answer_text, answered_count, is_answered, visible_items, RespondAction};
use crate::i18n::Msg;
use crate::survey::LocalText;
use crate::ui::language::use_texts;
use yew::prelude::*;

/// Properties of [`Review`].
#[derive(Properties, PartialEq)]
pub struct ReviewProps {
    /// The respondent state (a handle: comparing it is cheap).
    pub state: crate::ui::reduced::RespondHandle,
    pub language: AttrValue,
    pub dispatch: Callback<RespondAction>,
    /// Called when the person submits.
    pub on_submit: Callback<()>,
}

/// The review page.
#[function_component(Review)]
pub fn review(props: &ReviewProps) -> Html {
    let host = crate::ui::host::use_host();
    let t = use_texts();
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
            <h1 id={host.id("review-title")} tabindex="-1" ref={heading}>{ t.get(Msg::CheckYourAnswers) }</h1>
            <p>
                { t.format(Msg::YouHaveAnswered, &[("answered", answered.into()), ("total", total.into())]) }
                if answered < total {
                    { format!(" {}", t.get(Msg::UnansweredMarked)) }
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
                                                { answer_text(survey, item, answer, language, &t) }
                                            } else {
                                                <strong>{ t.get(Msg::NotAnswered) }</strong>
                                            }
                                            <button type="button" class="pp-link" onclick={go}
                                                aria-label={t.format(if answered { Msg::ChangeAnswerTo } else { Msg::AnswerTo }, &[("question", label.as_str().into())])}>
                                                { t.get(if answered { Msg::Change } else { Msg::Answer }) }
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
                <p>{ t.format(Msg::SubmittingSends, &[("server", crate::survey::server_of(address).into())]) }</p>
            }
            <div class="pp-nav">
                <button type="button" class="pp-button" onclick={on_back}>{ "Back" }</button>
                <button type="button" class="pp-button pp-primary" onclick={on_submit}>{ t.get(Msg::Submit) }</button>
            </div>
        </section>
    }
}
