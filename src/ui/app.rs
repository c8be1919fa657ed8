//! The survey app's root: its host, theme and survey, then the respondent's screens.

use super::host::{use_survey, Host, SurveyLoad};
use super::respondent::Respondent;
use super::{error_screen, platform, LoadErrors};
use crate::embed::{HostOptions, Mode};
use crate::survey::SurveyDefinition;
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

/// The language to show: the one asked for when the survey offers it, else the survey's default.
pub fn chosen_language(survey: Option<&SurveyDefinition>, requested: &str) -> AttrValue {
    match survey {
        Some(survey) if survey.languages.iter().any(|offered| offered == requested) => requested.to_owned().into(),
        Some(survey) => survey.default_language.clone().into(),
        None => "en".into(),
    }
}

/// Sets the page's language when the app owns the page.
#[hook]
pub fn use_page_language(language: AttrValue, standalone: bool) {
    use_effect_with(language, move |language| {
        if standalone {
            platform::set_page_language(language);
        }
    });
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
    let language = chosen_language(survey.as_deref(), &props.options.language);
    use_page_language(language.clone(), props.standalone);
    html! {
        <div class="pp-root" lang={language.clone()} data-pp-theme={props.options.theme.attribute()}>
            { match load {
                SurveyLoad::Loading => html! { <main class="pp-main"><p role="status">{ "Loading the survey…" }</p></main> },
                SurveyLoad::Ready(survey) => props.content.emit((survey, language)),
                SurveyLoad::Invalid(errors) => html! { <LoadErrors errors={errors} /> },
                SurveyLoad::Unavailable(error) => {
                    error_screen("This survey cannot be opened", html! { <p>{ error.to_string() }</p> })
                }
            } }
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
