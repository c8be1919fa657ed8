//! The surveys kept on this device: open one, start a new one, or import a survey file.

use super::app::use_setup_texts;
use crate::i18n::{Arg, SetupMsg as M};
use crate::setup::{SavedSurvey, WorkspaceAction};
use crate::survey::{SurveyDefinition, SurveyError};
use crate::ui::host::use_host;
use crate::ui::platform;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Largest survey file read (a definition is a few tens of kilobytes).
const MAX_DEFINITION_BYTES: f64 = 1024.0 * 1024.0;

/// Properties of [`SavedList`].
#[derive(Properties, PartialEq)]
pub struct SavedListProps {
    pub surveys: Rc<Vec<SavedSurvey>>,
    pub open: Option<usize>,
    pub builtin: Rc<SurveyDefinition>,
    pub on_action: Callback<WorkspaceAction>,
}

/// Why an imported file was not added.
#[derive(Clone, PartialEq)]
enum ImportProblem {
    /// The file's name, and whether it was too large.
    Unreadable(String, bool),
    Invalid(String, Rc<Vec<SurveyError>>),
}

/// The list of surveys and the ways to add one.
#[function_component(SavedList)]
pub fn saved_list(props: &SavedListProps) -> Html {
    let host = use_host();
    let texts = use_setup_texts();
    let problem = use_state(|| None::<ImportProblem>);
    let on_new = {
        let (builtin, on_action) = (props.builtin.clone(), props.on_action.clone());
        Callback::from(move |_: MouseEvent| {
            let id = format!("survey-{}", &platform::random_id()[..8]);
            on_action.emit(WorkspaceAction::New(SavedSurvey::new(&builtin, &id)));
        })
    };
    let on_file = {
        let (on_action, problem) = (props.on_action.clone(), problem.clone());
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
            input.set_value("");
            let (on_action, problem) = (on_action.clone(), problem.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                let text = match platform::small_file_text(&file, MAX_DEFINITION_BYTES).await {
                    Ok(text) => text,
                    Err(unread) => {
                        let too_large = unread == platform::FileTextProblem::TooLarge;
                        return problem.set(Some(ImportProblem::Unreadable(name, too_large)));
                    }
                };
                match SavedSurvey::import(&text) {
                    Ok(survey) => {
                        problem.set(None);
                        on_action.emit(WorkspaceAction::Import(survey));
                    }
                    Err(errors) => problem.set(Some(ImportProblem::Invalid(name, Rc::new(errors)))),
                }
            });
        })
    };
    let file_id = host.id("import-survey");
    html! {
        <section aria-labelledby={host.id("saved-title")}>
            <h2 id={host.id("saved-title")}>{ texts.get(M::YourSurveys) }</h2>
            if props.surveys.is_empty() {
                <p>{ texts.get(M::NoSurveysYet) }</p>
            } else {
                <ul class="pp-saved-list">
                    { for props.surveys.iter().enumerate().map(|(index, survey)| {
                        let open = props.on_action.reform(move |_: MouseEvent| WorkspaceAction::Open(index));
                        let current = props.open == Some(index);
                        html! {
                            <li>
                                <button type="button" class="pp-button pp-link" aria-current={current.then_some("true")} onclick={open}>
                                    { survey.name() }
                                </button>
                                if current { <span class="pp-hint">{ texts.get(M::OpenMark) }</span> }
                            </li>
                        }
                    }) }
                </ul>
            }
            <div class="pp-actions">
                <button type="button" class="pp-button pp-primary" onclick={on_new}>{ texts.get(M::NewSurvey) }</button>
            </div>
            <label class="pp-block-label" for={file_id.clone()}>{ texts.get(M::ImportSurveyFile) }</label>
            <input id={file_id} class="pp-file" type="file" accept=".json,application/json" onchange={on_file} />
            { match &*problem {
                None => html! {},
                Some(ImportProblem::Unreadable(name, too_large)) => html! {
                    <p class="pp-alert" role="alert">{ texts.format(
                        if *too_large { M::SurveyFileTooLarge } else { M::FileUnreadable },
                        &[("file", Arg::Text(name))],
                    ) }</p>
                },
                Some(ImportProblem::Invalid(name, errors)) => html! {
                    <div class="pp-alert" role="alert">
                        <p>{ texts.format(M::SurveyFileRefused, &[("file", Arg::Text(name))]) }</p>
                        <ul>{ for errors.iter().map(|error| html! { <li>{ error.to_string() }</li> }) }</ul>
                    </div>
                },
            } }
        </section>
    }
}
