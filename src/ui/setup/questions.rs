//! Which questions of the base instrument the survey asks.

use super::app::use_setup_texts;
use crate::i18n::SetupMsg as M;
use crate::setup::{SetUp, SetUpEdit, WorkspaceAction};
use crate::survey::SurveyDefinition;
use crate::ui::host::use_host;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Properties of [`Questions`].
#[derive(Properties, PartialEq)]
pub struct QuestionsProps {
    pub setup: SetUp,
    /// The instrument the set-up adapts.
    pub base: Rc<SurveyDefinition>,
    pub on_action: Callback<WorkspaceAction>,
}

/// One checkbox per question, section by section; the group question is always asked.
#[function_component(Questions)]
pub fn questions(props: &QuestionsProps) -> Html {
    let host = use_host();
    let texts = use_setup_texts();
    // The questions in the page's language when the instrument has it.
    let (language, default) = (texts.language(), props.base.default_language.as_str());
    // Counted as the welcome screen and progress count: every item once, statements added too.
    let asked = props.base.items().filter(|i| !props.setup.omit.contains(&i.id)).count() + props.setup.custom.len();
    html! {
        <fieldset class="pp-fieldset">
            <legend>{ texts.get(M::Questions) }</legend>
            <p class="pp-hint">{ texts.format(M::QuestionsAsked, &[("asked", asked.into())]) }</p>
            { for props.base.sections.iter().map(|section| html! {
                <fieldset class="pp-fieldset pp-section-choice">
                    <legend>{ section.title.get(language, default).to_owned() }</legend>
                    { for section.items.iter().map(|item| {
                        let id = item.id.clone();
                        let field = host.id(&format!("include-{}", item.id));
                        let required = item.id == "group";
                        let onchange = props.on_action.reform(move |event: Event| {
                            WorkspaceAction::Edit(SetUpEdit::Include(id.clone(), event.target_unchecked_into::<HtmlInputElement>().checked()))
                        });
                        html! {
                            <div class="pp-option">
                                <input type="checkbox" id={field.clone()} checked={!props.setup.omit.contains(&item.id)} disabled={required} {onchange} />
                                <label for={field}>
                                    { item.label.get(language, default).to_owned() }
                                    if required { <span class="pp-hint">{ texts.get(M::AlwaysAsked) }</span> }
                                </label>
                            </div>
                        }
                    }) }
                </fieldset>
            }) }
        </fieldset>
    }
}
