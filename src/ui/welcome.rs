//! The first screen: what the survey is, that it is anonymous, and the Start button.

use crate::survey::{ItemKind, SurveyDefinition};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`Welcome`].
#[derive(Properties, PartialEq)]
pub struct WelcomeProps {
    /// The survey being offered.
    pub survey: Rc<SurveyDefinition>,
    /// Language the survey is shown in.
    pub language: AttrValue,
    /// Called when the person presses Start.
    pub on_start: Callback<()>,
}

/// English name of a language tag, for the "Language:" line; unknown tags are shown as given.
pub fn language_name(tag: &str) -> &str {
    match tag {
        "en" => "English",
        "cy" => "Cymraeg (Welsh)",
        "gd" => "Gàidhlig (Scottish Gaelic)",
        "ga" => "Gaeilge (Irish)",
        "fr" => "Français",
        "de" => "Deutsch",
        "es" => "Español",
        "pl" => "Polski",
        "ur" => "اردو (Urdu)",
        "pa" => "ਪੰਜਾਬੀ (Punjabi)",
        other => other,
    }
}

/// Number of questions a person is asked, counting each partner-matrix question once.
fn question_count(survey: &SurveyDefinition) -> usize {
    survey
        .items()
        .map(|item| match &item.kind {
            ItemKind::PartnerMatrix { questions } => questions.len(),
            _ => 1,
        })
        .sum()
}

/// The welcome screen.
#[function_component(Welcome)]
pub fn welcome(props: &WelcomeProps) -> Html {
    let survey = &props.survey;
    let language = props.language.as_str();
    let text = |t: &crate::survey::LocalText| t.get(language, &survey.default_language).to_owned();
    let on_start = props.on_start.reform(|_: MouseEvent| ());
    let heading = use_node_ref();
    super::focus::use_focus_on_mount(heading.clone());
    html! {
        <section class="pp-screen pp-welcome" aria-labelledby="pp-welcome-title">
            <h1 id="pp-welcome-title" class="pp-title" tabindex="-1" ref={heading}>{ text(&survey.title) }</h1>
            if !survey.wave.is_empty() {
                <p class="pp-wave">{ survey.wave.clone() }</p>
            }
            <p class="pp-lead">{ text(&survey.purpose) }</p>
            <ul class="pp-facts">
                <li>{ format!("About {} minutes", survey.minutes) }</li>
                <li>{ format!("{} questions in {} sections", question_count(survey), survey.sections.len()) }</li>
                <li>{ format!("Language: {}", language_name(language)) }</li>
            </ul>
            <section class="pp-privacy" aria-labelledby="pp-privacy-title">
                <h2 id="pp-privacy-title">{ "Your answers are anonymous" }</h2>
                <p>{ text(&survey.anonymity) }</p>
            </section>
            <button type="button" class="pp-button pp-primary" onclick={on_start}>{ "Start" }</button>
        </section>
    }
}
