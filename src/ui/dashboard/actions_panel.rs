//! "What we agreed": the workshop records the actions the room agrees (what, what it answers,
//! which partner organisations own it, by when) and sets where each stands; on a later wave each
//! shows its indicator's change. Every change goes through `ActionPlan::apply`, so a refused one
//! is explained beside its field and changes nothing.

use super::texts::use_dashboard_texts;
use crate::analytics::Report;
use crate::dashboard::{action_rows, answer_choices, status_name, ActionRow};
use crate::i18n::{Arg, DashMsg as M, Texts};
use crate::survey::SurveyDefinition;
use crate::ui::dashboard::words::action_error_words;
use crate::ui::host::{use_host, Host};
use crate::workshop::{ActionError, ActionPlan, ActionStatus, NewAction, PlanChange};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Element id (before the host's prefix) of the panel's heading, which a slide focuses.
pub const ACTIONS_TITLE: &str = "actions-title";

/// Properties of [`ActionsPanel`].
#[derive(Properties)]
pub struct ActionsPanelProps {
    pub survey: Rc<SurveyDefinition>,
    /// The view's figures: the prompts offered and each action's change.
    pub report: Rc<Report>,
    pub plan: Rc<ActionPlan>,
    /// The plan after a change the facilitator made.
    pub on_plan: Callback<ActionPlan>,
    /// The wave whose figures the room is discussing (empty: no waves).
    pub wave: AttrValue,
    pub language: AttrValue,
    /// On a presentation slide: the heading is the page's.
    #[prop_or_default]
    pub presenting: bool,
}

/// The same survey, figures and plan are the same values: compared by where they are, which is
/// instant and keeps the deep comparison of a whole report out of the page's code.
impl PartialEq for ActionsPanelProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.survey, &other.survey)
            && Rc::ptr_eq(&self.report, &other.report)
            && Rc::ptr_eq(&self.plan, &other.plan)
            && self.on_plan == other.on_plan
            && (&self.wave, &self.language, self.presenting) == (&other.wave, &other.language, other.presenting)
    }
}

/// Which field a refused action points to.
#[derive(Clone, Copy, PartialEq)]
enum Field {
    What,
    Owners,
    Date,
}

fn field_of(error: &ActionError) -> Option<Field> {
    match error {
        ActionError::BlankWhat | ActionError::WhatTooLong { .. } => Some(Field::What),
        ActionError::NoOwner | ActionError::UnknownPartner { .. } => Some(Field::Owners),
        ActionError::NotADay => Some(Field::Date),
        _ => None,
    }
}

/// What the panel last said: words, and whether it is a refusal (and of which field).
type Said = Option<(String, Option<Option<Field>>)>;

/// The actions agreed, and the form that records one more.
#[function_component(ActionsPanel)]
pub fn actions_panel(props: &ActionsPanelProps) -> Html {
    let host = use_host();
    let texts = use_dashboard_texts();
    let said = use_state(|| None as Said);
    let owners = use_state(Vec::<String>::new);
    let by_date = use_state(|| false);
    let removing = use_state(|| None::<u32>);
    let (what, answers, date) = (use_node_ref(), use_node_ref(), use_node_ref());
    let language = props.language.to_string();
    let choices = Rc::new(answer_choices(&props.survey, &props.report, &language, &texts));
    let rows = action_rows(&props.plan, &props.report, &props.survey, &language, &texts);
    // Applies a change; says what happened, or why not.
    let change = {
        let (plan, on_plan, survey, said, texts) =
            (props.plan.clone(), props.on_plan.clone(), props.survey.clone(), said.clone(), texts.clone());
        move |change: PlanChange, done: String| match plan.apply(&change, &survey) {
            Ok(next) => {
                on_plan.emit(next);
                said.set(Some((done, None)));
                true
            }
            Err(error) => {
                said.set(Some((action_error_words(&texts, &error), Some(field_of(&error)))));
                false
            }
        }
    };
    let on_add = {
        let (change, texts, wave) = (change.clone(), texts.clone(), props.wave.to_string());
        let (what, answers, date, owners, by_date, choices) =
            (what.clone(), answers.clone(), date.clone(), owners.clone(), by_date.clone(), choices.clone());
        let host = host.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let typed = what.cast::<HtmlTextAreaElement>().map(|area| area.value()).unwrap_or_default();
            let picked = answers.cast::<HtmlSelectElement>().map(|select| select.value()).unwrap_or_default();
            let choice = choices.iter().find(|choice| choice.value == picked);
            let day = date.cast::<HtmlInputElement>().map(|input| input.value()).unwrap_or_default();
            let action = NewAction {
                what: typed.clone(),
                indicator: choice.and_then(|choice| choice.indicator.clone()),
                prompt: choice.and_then(|choice| choice.prompt.clone()),
                owners: (*owners).clone(),
                due_by: by_date.then_some(day),
            };
            let done = texts.format(M::ActionAdded, &[("what", Arg::Text(typed.trim()))]);
            let today = crate::ui::platform::today();
            if change(PlanChange::Add { action, wave: wave.clone(), today }, done) {
                if let Some(area) = what.cast::<HtmlTextAreaElement>() {
                    area.set_value("");
                }
                if let Some(select) = answers.cast::<HtmlSelectElement>() {
                    select.set_value("");
                }
                owners.set(Vec::new());
            } else {
                focus_refused(&host);
            }
        })
    };
    let refused = match &*said {
        Some((_, Some(field))) => *field,
        _ => None,
    };
    let invalid = |field: Field| (refused == Some(field)).then_some("true");
    let error_id = host.id("action-error");
    let described = |field: Field| (refused == Some(field)).then(|| error_id.clone());
    let id = |part: &str| host.id(&format!("action-{part}"));
    let heading = html! { <>{ texts.get(M::WhatWeAgreed) }</> };
    html! {
        <section class="pp-agreed" id={host.id("actions")} aria-labelledby={host.id(ACTIONS_TITLE)}>
            if props.presenting {
                <h1 id={host.id(ACTIONS_TITLE)} tabindex="-1">{ heading }</h1>
            } else {
                <h2 id={host.id(ACTIONS_TITLE)} tabindex="-1">{ heading }</h2>
                <p class="pp-hint">{ texts.get(M::ActionsHint) }</p>
            }
            // On a slide the list and the form stand side by side, so the room sees every action.
            <div class="pp-agreed-list">
                if rows.is_empty() {
                    <p>{ texts.get(M::NoActionsYet) }</p>
                } else {
                    <ol class="pp-action-list">
                        { for rows.iter().map(|row| action_item(row, &host, &texts, &change, &removing)) }
                    </ol>
                }
            </div>
            <div class="pp-agreed-form">
            <form class="pp-action-form" onsubmit={on_add} novalidate=true>
                <div class="pp-field">
                    <label for={id("what")}>{ texts.get(M::ActionWhat) }</label>
                    <textarea id={id("what")} class="pp-input" ref={what} rows="2" maxlength="300"
                        aria-invalid={invalid(Field::What)} aria-describedby={described(Field::What)} />
                </div>
                <div class="pp-field">
                    <label for={id("answers")}>{ texts.get(M::ActionAnswers) }</label>
                    <select id={id("answers")} class="pp-input" ref={answers}>
                        <option value="">{ texts.get(M::NothingInParticular) }</option>
                        { for choices.iter().map(|choice| html! { <option value={choice.value.clone()}>{ choice.label.clone() }</option> }) }
                    </select>
                </div>
                <fieldset class="pp-fieldset" id={id("owners")} aria-invalid={invalid(Field::Owners)} aria-describedby={described(Field::Owners)}>
                    <legend>{ texts.get(M::ActionOwners) }</legend>
                    { owner_boxes(&props.survey, &language, &owners, &id) }
                </fieldset>
                <fieldset class="pp-fieldset">
                    <legend>{ texts.get(M::ActionDue) }</legend>
                    <div class="pp-option pp-compact">
                        <input type="radio" name={id("due")} id={id("due-next")} checked={!*by_date}
                            onchange={{ let by_date = by_date.clone(); Callback::from(move |_: Event| by_date.set(false)) }} />
                        <label for={id("due-next")}>{ texts.get(M::DueNextWave) }</label>
                    </div>
                    <div class="pp-option pp-compact">
                        <input type="radio" name={id("due")} id={id("due-date-choice")} checked={*by_date}
                            onchange={{ let by_date = by_date.clone(); Callback::from(move |_: Event| by_date.set(true)) }} />
                        <label for={id("due-date-choice")}>{ texts.get(M::DueByDate) }</label>
                    </div>
                    if *by_date {
                        <div class="pp-field">
                            <label for={id("date")}>{ texts.get(M::DueDate) }</label>
                            <input type="date" id={id("date")} class="pp-input" ref={date}
                                aria-invalid={invalid(Field::Date)} aria-describedby={described(Field::Date)} />
                        </div>
                    }
                </fieldset>
                <button type="submit" class="pp-button pp-primary">{ texts.get(M::AddAction) }</button>
            </form>
            { said_line(&said, &error_id) }
            </div>
        </section>
    }
}

/// A box per partner organisation, ticked for those chosen as the action's owners.
fn owner_boxes(
    survey: &SurveyDefinition,
    language: &str,
    owners: &UseStateHandle<Vec<String>>,
    id: &impl Fn(&str) -> String,
) -> Html {
    html! {
        { for survey.partners.iter().map(|partner| {
            let checked = owners.contains(&partner.id);
            let toggle = {
                let (owners, partner) = (owners.clone(), partner.id.clone());
                Callback::from(move |_: Event| {
                    let mut next = (*owners).clone();
                    match next.iter().position(|id| *id == partner) {
                        Some(at) => { next.remove(at); }
                        None => next.push(partner.clone()),
                    }
                    owners.set(next);
                })
            };
            let box_id = id(&format!("owner-{}", partner.id));
            html! {
                <div class="pp-option pp-compact">
                    <input type="checkbox" id={box_id.clone()} checked={checked} onchange={toggle} />
                    <label for={box_id}>{ partner.label.get(language, &survey.default_language).to_owned() }</label>
                </div>
            }
        }) }
    }
}

/// The status line: a refusal is an alert (with the id the refused field points to).
fn said_line(said: &Said, error_id: &str) -> Html {
    match said {
        Some((words, Some(_))) => {
            html! { <p class="pp-alert" role="alert" id={error_id.to_owned()}>{ words.clone() }</p> }
        }
        Some((words, None)) => html! { <p role="status">{ words.clone() }</p> },
        None => html! { <p role="status"></p> },
    }
}

/// Focus goes to the field a refusal points to, once it is marked.
fn focus_refused(host: &Host) {
    let host = host.clone();
    gloo::timers::callback::Timeout::new(0, move || {
        let document = gloo::utils::document();
        let marked = document.query_selector(&format!("#{} [aria-invalid=true]", host.id("actions"))).ok().flatten();
        let target = marked.and_then(|element| {
            // A marked group of boxes: its first box.
            element.query_selector("input").ok().flatten().or(Some(element))
        });
        if let Some(element) =
            target.and_then(|element| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element).ok())
        {
            let _ = element.focus();
        }
    })
    .forget();
}

/// One agreed action: its words, its status to set, and removing it (asked first).
fn action_item(
    row: &ActionRow,
    host: &Host,
    texts: &Texts<M>,
    change: &(impl Fn(PlanChange, String) -> bool + Clone + 'static),
    removing: &UseStateHandle<Option<u32>>,
) -> Html {
    let status_id = host.id(&format!("action-{}-status", row.id));
    let on_status = {
        let (change, texts, id, what) = (change.clone(), texts.clone(), row.id, row.what.clone());
        Callback::from(move |event: Event| {
            let Some(select) = event.target_dyn_into::<HtmlSelectElement>() else { return };
            let Some(status) = ActionStatus::ALL.into_iter().find(|status| status_key(*status) == select.value())
            else {
                return;
            };
            let done = texts.format(
                M::ActionStatusSet,
                &[("what", Arg::Text(&what)), ("status", Arg::Text(&texts.get(status_name(status))))],
            );
            change(PlanChange::SetStatus { id, status }, done);
        })
    };
    let asking = **removing == Some(row.id);
    let ask = {
        let (removing, id) = (removing.clone(), row.id);
        Callback::from(move |_: MouseEvent| removing.set(Some(id)))
    };
    let keep = {
        let removing = removing.clone();
        Callback::from(move |_: MouseEvent| removing.set(None))
    };
    let remove = {
        let (change, texts, id, what, removing) =
            (change.clone(), texts.clone(), row.id, row.what.clone(), removing.clone());
        Callback::from(move |_: MouseEvent| {
            change(PlanChange::Remove { id }, texts.format(M::ActionRemoved, &[("what", Arg::Text(&what))]));
            removing.set(None);
        })
    };
    html! {
        <li key={row.id} class="pp-action">
            <p class="pp-action-what">{ row.what.clone() }</p>
            if let Some(answers) = &row.answers {
                <p>{ texts.format(M::AnswersWhat, &[("answers", Arg::Text(answers))]) }</p>
            }
            <p>{ texts.format(M::OwnedBy, &[("owners", Arg::Text(&row.owners))]) }{ " · " }{ row.due.clone() }</p>
            <p class="pp-hint">{ row.agreed.clone() }</p>
            if let Some(change) = &row.change {
                <p class="pp-action-change">{ change.clone() }</p>
            }
            if let Some(said) = &row.said {
                <p>{ said.summary.clone() }</p>
                if let Some(table) = &said.by_group {
                    { super::chart_figure::data_table(table) }
                }
                if let Some(prompt) = &said.prompt {
                    <p class="pp-action-prompt">{ prompt.clone() }</p>
                }
            }
            <div class="pp-field pp-compact">
                <label for={status_id.clone()}>{ texts.get(M::ActionStatusLabel) }</label>
                <select id={status_id} class="pp-input" onchange={on_status}>
                    { for ActionStatus::ALL.into_iter().map(|status| html! {
                        <option value={status_key(status)} selected={status == row.status}>{ texts.get(status_name(status)) }</option>
                    }) }
                </select>
            </div>
            if asking {
                <div class="pp-confirm" role="group" aria-label={texts.get(M::RemoveActionQuestion)}>
                    <p>{ texts.get(M::RemoveActionQuestion) }</p>
                    <button type="button" class="pp-button" onclick={remove}>{ texts.get(M::YesRemoveAction) }</button>
                    <button type="button" class="pp-button" onclick={keep}>{ texts.get(M::KeepAction) }</button>
                </div>
            } else {
                <button type="button" class="pp-button" onclick={ask}>{ texts.get(M::RemoveAction) }</button>
            }
        </li>
    }
}

/// A status's value in the list.
fn status_key(status: ActionStatus) -> &'static str {
    match status {
        ActionStatus::NotStarted => "not-started",
        ActionStatus::UnderWay => "under-way",
        ActionStatus::Done => "done",
        ActionStatus::Dropped => "dropped",
    }
}
