//! Root of the dashboard bundle: loads the survey and shows its dashboard.

use super::Dashboard;
use crate::survey::builtin_survey;
use crate::ui::{platform, LoadErrors};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`DashboardApp`].
#[derive(Properties, PartialEq, Default)]
pub struct DashboardAppProps {
    /// Requested language tag; the survey's default language when empty or not offered.
    #[prop_or_default]
    pub language: AttrValue,
}

/// Root component of the dashboard page.
#[function_component(DashboardApp)]
pub fn dashboard_app(props: &DashboardAppProps) -> Html {
    let loaded = use_memo((), |_| builtin_survey().map(Rc::new).map_err(Rc::new));
    let language: AttrValue = match &*loaded {
        Ok(survey) if survey.languages.iter().any(|offered| offered.as_str() == props.language.as_str()) => {
            props.language.clone()
        }
        Ok(survey) => survey.default_language.clone().into(),
        Err(_) => "en".into(),
    };
    use_effect_with(language.clone(), |language| platform::set_page_language(language));
    html! {
        <div class="pp-root" lang={language.clone()}>
            { match &*loaded {
                Ok(survey) => html! { <Dashboard survey={survey.clone()} language={language} /> },
                Err(errors) => html! { <main class="pp-main"><LoadErrors errors={errors.clone()} /></main> },
            } }
        </div>
    }
}
