//! The app root: loads the survey and hands it to the respondent's screens.

use super::respondent::Respondent;
use super::{platform, LoadErrors};
use crate::survey::{builtin_survey, SurveyDefinition, SurveyError};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Requested language tag; the survey's default language when empty or not offered.
    #[prop_or_default]
    pub language: AttrValue,
    /// Start in kiosk mode (a shared workshop device).
    #[prop_or_default]
    pub kiosk: bool,
    /// The app owns the whole page, so it may set the page's language.
    #[prop_or_default]
    pub standalone: bool,
}

/// The survey, loaded once per app instance.
type Loaded = Result<Rc<SurveyDefinition>, Rc<Vec<SurveyError>>>;

/// Root component of Partnership Pulse.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let loaded = use_memo((), |_| -> Loaded { builtin_survey().map(Rc::new).map_err(Rc::new) });
    let language: AttrValue = match &*loaded {
        Ok(survey) if survey.languages.iter().any(|offered| offered.as_str() == props.language.as_str()) => {
            props.language.clone()
        }
        Ok(survey) => survey.default_language.clone().into(),
        Err(_) => "en".into(),
    };
    {
        let standalone = props.standalone;
        use_effect_with(language.clone(), move |language| {
            if standalone {
                platform::set_page_language(language);
            }
        });
    }
    html! {
        <div class="pp-root" lang={language.clone()}>
            { match &*loaded {
                Ok(survey) => html! { <Respondent survey={survey.clone()} language={language} kiosk={props.kiosk} /> },
                Err(errors) => html! { <main class="pp-main"><LoadErrors errors={errors.clone()} /></main> },
            } }
        </div>
    }
}
