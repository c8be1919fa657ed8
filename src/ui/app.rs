//! The survey app's root: its host, theme and survey, then the respondent's screens.

use super::host::{use_survey, Host, SurveyLoad};
use super::language::{use_language, LanguageChoice};
use super::respondent::Respondent;
use super::{error_screen, load_errors};
use crate::embed::{HostOptions, Mode};
use crate::i18n::{direction, markup_language, Msg};
use crate::survey::SurveyDefinition;
use crate::ui::problem_words::open_error_words;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// What the host asked for.
    #[prop_or_default]
    pub options: HostOptions,
    /// The page around this instance.
    #[prop_or_default]
    pub host: Host,
    /// The app owns the whole page, so it may set the page's language.
    #[prop_or_default]
    pub standalone: bool,
}

/// Properties of [`SurveyShell`].
#[derive(Properties, PartialEq)]
pub struct SurveyShellProps {
    /// What the host asked for.
    pub options: HostOptions,
    /// The app owns the whole page.
    pub standalone: bool,
    /// What to show once the survey is loaded, given it and the language chosen.
    pub content: Callback<(Rc<SurveyDefinition>, AttrValue), Html>,
}

/// What both bundles share around their content: the survey loaded from its source, the
/// language and theme on the app's root, and a plain message while loading or when it fails.
#[function_component(SurveyShell)]
pub fn survey_shell(props: &SurveyShellProps) -> Html {
    let load = use_survey(props.options.survey.clone());
    let survey = match &load {
        SurveyLoad::Ready(survey) => Some(survey.clone()),
        _ => None,
    };
    let choice = use_language(survey.as_deref(), &props.options.language, props.standalone);
    let texts = choice.texts.clone();
    let language = choice.current.clone();
    // Easy Read: larger text on every respondent screen.
    let class = if language.ends_with("-easy") { "pp-root pp-easy-read" } else { "pp-root" };
    html! {
        <div class={class} lang={markup_language(&language).to_owned()} dir={direction(&language)}
            data-pp-theme={props.options.theme.attribute()}>
            <ContextProvider<LanguageChoice> context={choice}>
                { match load {
                    SurveyLoad::Loading => html! { <main class="pp-main"><p role="status">{ texts.get(Msg::LoadingSurvey) }</p></main> },
                    SurveyLoad::Ready(survey) => props.content.emit((survey, language)),
                    SurveyLoad::Invalid(errors) => load_errors(&texts, &errors),
                    SurveyLoad::Unavailable(error) => {
                        error_screen(&texts.get(Msg::SurveyCannotOpen), html! { <p>{ open_error_words(&texts, &error) }</p> })
                    }
                } }
            </ContextProvider<LanguageChoice>>
        </div>
    }
}

/// Root component of Partnership Pulse's survey bundle.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let kiosk = props.options.mode == Mode::Kiosk;
    let content = Callback::from(move |(survey, language): (Rc<SurveyDefinition>, AttrValue)| {
        html! { <Respondent survey={survey} language={language} kiosk={kiosk} /> }
    });
    html! {
        <ContextProvider<Host> context={props.host.clone()}>
            <SurveyShell options={props.options.clone()} standalone={props.standalone} content={content} />
        </ContextProvider<Host>>
    }
}
