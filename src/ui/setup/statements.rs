//! The facilitator's own statements, each in a section and counted towards an indicator or none.

use super::app::use_setup_texts;
use crate::i18n::SetupMsg as M;
use crate::setup::{SetUp, SetUpEdit, WorkspaceAction};
use crate::survey::SurveyDefinition;
use crate::ui::host::use_host;
use crate::ui::setup::words::edit_error_words;
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
    let texts = use_setup_texts();
    // The instrument's sections and indicators in the page's language when it has it.
    let (language, default) = (texts.language(), props.base.default_language.as_str());
    let (text, section, indicator) = (use_node_ref(), use_node_ref(), use_node_ref());
    let problem = use_state(|| None::<String>);
    let on_add = {
        let (text, section, indicator) = (text.clone(), section.clone(), indicator.clone());
        let (setup, on_action, problem, texts) =
            (props.setup.clone(), props.on_action.clone(), problem.clone(), texts.clone());
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
                Err(error) => problem.set(Some(edit_error_words(&texts, &error))),
            }
        })
    };
    let title_of = |section_id: &str| {
        props.base.sections.iter().find(|s| s.id == section_id).map(|s| s.title.get(language, default).to_owned())
    };
    let indicator_of = |id: &Option<String>| {
        id.as_ref()
            .and_then(|id| props.base.indicators.iter().find(|i| i.id == *id))
            .map(|i| texts.format(M::CountsTowardsNamed, &[("indicator", i.label.get(language, default).into())]))
            .unwrap_or_else(|| texts.get(M::NotCounted))
    };
    let field = |name: &str| host.id(&format!("statement-{name}"));
    html! {
        <fieldset class="pp-fieldset">
            <legend>{ texts.get(M::OwnStatements) }</legend>
            <p class="pp-hint">{ texts.get(M::OwnStatementsHint) }</p>
            if !props.setup.custom.is_empty() {
                <ul class="pp-named-list">
                    { for props.setup.custom.iter().enumerate().map(|(index, statement)| {
                        let label = statement.label.clone();
                        let remove = props.on_action.reform(move |_: MouseEvent| WorkspaceAction::Edit(SetUpEdit::RemoveStatement(index)));
                        html! {
                            <li class="pp-named-row">
                                <span>{ texts.format(M::StatementListed, &[
                                    ("statement", statement.label.as_str().into()),
                                    ("section", title_of(&statement.section).unwrap_or_default().as_str().into()),
                                    ("scored", indicator_of(&statement.indicator).as_str().into()),
                                ]) }</span>
                                <button type="button" class="pp-button pp-danger" aria-label={texts.format(M::RemoveStatement, &[("statement", label.as_str().into())])} onclick={remove}>{ texts.get(M::Remove) }</button>
                            </li>
                        }
                    }) }
                </ul>
            }
            <form class="pp-add-row" onsubmit={on_add}>
                <label class="pp-block-label" for={field("text")}>{ texts.get(M::NewStatement) }</label>
                <p id={field("problem")} class="pp-error-message" role="alert">{ (*problem).clone().unwrap_or_default() }</p>
                <textarea id={field("text")} class="pp-textarea" rows="2" ref={text} aria-describedby={field("problem")} />
                <label class="pp-block-label" for={field("section")}>{ texts.get(M::AskedInSection) }</label>
                <select id={field("section")} class="pp-input" ref={section}>
                    { for props.base.sections.iter().filter(|s| s.id != "about").map(|s| html! {
                        <option value={s.id.clone()}>{ s.title.get(language, default).to_owned() }</option>
                    }) }
                </select>
                <label class="pp-block-label" for={field("indicator")}>{ texts.get(M::CountsTowards) }</label>
                <select id={field("indicator")} class="pp-input" ref={indicator}>
                    { for props.base.indicators.iter().map(|i| html! {
                        <option value={i.id.clone()}>{ i.label.get(language, default).to_owned() }</option>
                    }) }
                    <option value="">{ texts.get(M::NoIndicator) }</option>
                </select>
                <button type="submit" class="pp-button">{ texts.get(M::AddStatement) }</button>
            </form>
        </fieldset>
    }
}
