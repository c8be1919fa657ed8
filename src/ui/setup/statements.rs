//! The facilitator's own statements, each in a section and counted towards an indicator or none.

use crate::setup::{SetUp, SetUpEdit, WorkspaceAction};
use crate::survey::SurveyDefinition;
use crate::ui::host::use_host;
use std::rc::Rc;
use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Properties of [`Statements`].
#[derive(Properties, PartialEq)]
pub struct StatementsProps {
    pub setup: SetUp,
    /// The instrument the set-up adapts: its sections and indicators.
    pub base: Rc<SurveyDefinition>,
    pub on_action: Callback<WorkspaceAction>,
}

/// Lists the added statements and adds new ones.
#[function_component(Statements)]
pub fn statements(props: &StatementsProps) -> Html {
    let host = use_host();
    let language = props.base.default_language.clone();
    let (text, section, indicator) = (use_node_ref(), use_node_ref(), use_node_ref());
    let problem = use_state(|| None::<String>);
    let on_add = {
        let (text, section, indicator) = (text.clone(), section.clone(), indicator.clone());
        let (setup, on_action, problem) = (props.setup.clone(), props.on_action.clone(), problem.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let (Some(text), Some(section), Some(indicator)) = (
                text.cast::<HtmlTextAreaElement>(),
                section.cast::<HtmlSelectElement>(),
                indicator.cast::<HtmlSelectElement>(),
            ) else {
                return;
            };
            let indicator = Some(indicator.value()).filter(|value| !value.is_empty());
            let edit = SetUpEdit::AddStatement { label: text.value(), section: section.value(), indicator };
            match setup.clone().apply(edit.clone()) {
                Ok(()) => {
                    problem.set(None);
                    text.set_value("");
                    on_action.emit(WorkspaceAction::Edit(edit));
                }
                Err(error) => problem.set(Some(error.to_string())),
            }
        })
    };
    let title_of = |section_id: &str| {
        props.base.sections.iter().find(|s| s.id == section_id).map(|s| s.title.get(&language, &language).to_owned())
    };
    let indicator_of = |id: &Option<String>| {
        id.as_ref()
            .and_then(|id| props.base.indicators.iter().find(|i| i.id == *id))
            .map(|i| format!("counts towards {}", i.label.get(&language, &language)))
            .unwrap_or_else(|| "not counted in an indicator".to_owned())
    };
    let field = |name: &str| host.id(&format!("statement-{name}"));
    html! {
        <fieldset class="pp-fieldset">
            <legend>{ "Your own statements" }</legend>
            <p class="pp-hint">{ "Statements are answered on the agree–disagree scale. One counted towards an indicator changes that indicator's score." }</p>
            if !props.setup.custom.is_empty() {
                <ul class="pp-named-list">
                    { for props.setup.custom.iter().enumerate().map(|(index, statement)| {
                        let label = statement.label.clone();
                        let remove = props.on_action.reform(move |_: MouseEvent| WorkspaceAction::Edit(SetUpEdit::RemoveStatement(index)));
                        html! {
                            <li class="pp-named-row">
                                <span>{ format!("{} ({}, {})", statement.label, title_of(&statement.section).unwrap_or_default(), indicator_of(&statement.indicator)) }</span>
                                <button type="button" class="pp-button pp-danger" aria-label={format!("Remove statement: {label}")} onclick={remove}>{ "Remove" }</button>
                            </li>
                        }
                    }) }
                </ul>
            }
            <form class="pp-add-row" onsubmit={on_add}>
                <label class="pp-block-label" for={field("text")}>{ "New statement" }</label>
                <p id={field("problem")} class="pp-error-message" role="alert">{ (*problem).clone().unwrap_or_default() }</p>
                <textarea id={field("text")} class="pp-textarea" rows="2" ref={text} aria-describedby={field("problem")} />
                <label class="pp-block-label" for={field("section")}>{ "Asked in section" }</label>
                <select id={field("section")} class="pp-input" ref={section}>
                    { for props.base.sections.iter().filter(|s| s.id != "about").map(|s| html! {
                        <option value={s.id.clone()}>{ s.title.get(&language, &language).to_owned() }</option>
                    }) }
                </select>
                <label class="pp-block-label" for={field("indicator")}>{ "Counts towards" }</label>
                <select id={field("indicator")} class="pp-input" ref={indicator}>
                    { for props.base.indicators.iter().map(|i| html! {
                        <option value={i.id.clone()}>{ i.label.get(&language, &language).to_owned() }</option>
                    }) }
                    <option value="">{ "No indicator (asked, not scored)" }</option>
                </select>
                <button type="submit" class="pp-button">{ "Add statement" }</button>
            </form>
        </fieldset>
    }
}
