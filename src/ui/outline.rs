//! The questionnaire laid out section by section, so a person sees everything they will be asked.

use crate::survey::{ItemKind, LocalText, SurveyDefinition};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`Outline`].
#[derive(Properties, PartialEq)]
pub struct OutlineProps {
    /// The survey to lay out.
    pub survey: Rc<SurveyDefinition>,
    /// Language the survey is shown in.
    pub language: AttrValue,
    /// Called when the person asks to go back to the welcome screen.
    pub on_back: Callback<()>,
}

/// How an item is answered, in a few words.
fn answer_hint(kind: &ItemKind) -> &'static str {
    match kind {
        ItemKind::Likert => "Agree or disagree, or don't know",
        ItemKind::SingleChoice(_) => "Choose one",
        ItemKind::MultiChoice(_) => "Choose any",
        ItemKind::PartnerMatrix { .. } => "Rate each partner",
        ItemKind::FreeText { .. } => "In your own words",
    }
}

/// All sections and their questions, read-only.
#[function_component(Outline)]
pub fn outline(props: &OutlineProps) -> Html {
    let survey = &props.survey;
    let language = props.language.as_str();
    let text = |t: &LocalText| t.get(language, &survey.default_language).to_owned();
    let heading = use_node_ref();
    super::focus::use_focus_on_mount(heading.clone());
    let on_back = props.on_back.reform(|_: MouseEvent| ());
    html! {
        <section class="pp-screen pp-outline" aria-labelledby="pp-outline-title">
            <h1 id="pp-outline-title" tabindex="-1" ref={heading}>{ "What you will be asked" }</h1>
            { for survey.sections.iter().enumerate().map(|(index, section)| html! {
                <section class="pp-section" key={section.id.clone()}>
                    <h2>{ format!("{}. {}", index + 1, text(&section.title)) }</h2>
                    if let Some(intro) = &section.intro {
                        <p>{ text(intro) }</p>
                    }
                    <ol class="pp-item-list">
                        { for section.items.iter().map(|item| html! {
                            <li key={item.id.clone()}>
                                <span class="pp-item-label">{ text(&item.label) }</span>
                                <span class="pp-item-hint">{ answer_hint(&item.kind) }</span>
                            </li>
                        }) }
                    </ol>
                </section>
            }) }
            <button type="button" class="pp-button" onclick={on_back}>{ "Back to the start" }</button>
        </section>
    }
}
