//! Which questions of the base instrument the survey asks.

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
    let language = props.base.default_language.clone();
    // Counted as the welcome screen and progress count: every item once, statements added too.
    let asked = props.base.items().filter(|i| !props.setup.omit.contains(&i.id)).count() + props.setup.custom.len();
    html! {
        <fieldset class="pp-fieldset">
            <legend>{ "Questions" }</legend>
            <p class="pp-hint">{ format!("{asked} questions are asked. Fewer questions take less time; each indicator needs at least one of its statements.") }</p>
            { for props.base.sections.iter().map(|section| html! {
                <fieldset class="pp-fieldset pp-section-choice">
                    <legend>{ section.title.get(&language, &language).to_owned() }</legend>
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
                                    { item.label.get(&language, &language).to_owned() }
                                    if required { <span class="pp-hint">{ " (always asked: every chart compares groups)" }</span> }
                                </label>
                            </div>
                        }
                    }) }
                </fieldset>
            }) }
        </fieldset>
    }
}
