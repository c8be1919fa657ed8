//! The survey app's root: its host, theme and survey, then the respondent's screens.

use super::host::{use_survey, Host, SurveyLoad};
use super::respondent::Respondent;
use super::{platform, LoadErrors};
use crate::embed::{HostOptions, Mode};
use crate::survey::SurveyDefinition;
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

/// Root component of Partnership Pulse's survey bundle.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    html! {
        <ContextProvider<Host> context={props.host.clone()}>
            <SurveyRoot options={props.options.clone()} standalone={props.standalone} />
        </ContextProvider<Host>>
    }
}

#[derive(Properties, PartialEq)]
struct SurveyRootProps {
    options: HostOptions,
    standalone: bool,
}

#[function_component(SurveyRoot)]
fn survey_root(props: &SurveyRootProps) -> Html {
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
                SurveyLoad::Ready(survey) => html! {
                    <Respondent survey={survey} language={language} kiosk={props.options.mode == Mode::Kiosk} />
                },
                SurveyLoad::Invalid(errors) => html! { <main class="pp-main"><LoadErrors errors={errors} /></main> },
                SurveyLoad::Unavailable(error) => html! {
                    <main class="pp-main"><p class="pp-error" role="alert">{ error.to_string() }</p></main>
                },
            } }
        </div>
    }
}
