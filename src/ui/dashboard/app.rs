//! Root of the dashboard bundle: host, theme and survey, then the dashboard.

use super::Dashboard;
use crate::embed::{HostOptions, Mode};
use crate::ui::app::{chosen_language, use_page_language};
use crate::ui::host::{use_survey, Host, SurveyLoad};
use crate::ui::LoadErrors;
use yew::prelude::*;

/// Properties of [`DashboardApp`].
#[derive(Properties, PartialEq, Default)]
pub struct DashboardAppProps {
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

/// Root component of the dashboard page.
#[function_component(DashboardApp)]
pub fn dashboard_app(props: &DashboardAppProps) -> Html {
    html! {
        <ContextProvider<Host> context={props.host.clone()}>
            <DashboardRoot options={props.options.clone()} standalone={props.standalone} />
        </ContextProvider<Host>>
    }
}

#[derive(Properties, PartialEq)]
struct DashboardRootProps {
    options: HostOptions,
    standalone: bool,
}

#[function_component(DashboardRoot)]
fn dashboard_root(props: &DashboardRootProps) -> Html {
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
                    <Dashboard survey={survey} language={language} present={props.options.mode == Mode::Present}
                        standalone={props.standalone} />
                },
                SurveyLoad::Invalid(errors) => html! { <main class="pp-main"><LoadErrors errors={errors} /></main> },
                SurveyLoad::Unavailable(error) => html! {
                    <main class="pp-main"><p class="pp-error" role="alert">{ error.to_string() }</p></main>
                },
            } }
        </div>
    }
}
