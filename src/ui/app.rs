//! The app root: loads the survey and shows the screen the state says.

use crate::app::{AppAction, AppState, Screen};
use crate::survey::{builtin_survey, SurveyDefinition, SurveyError};
use std::rc::Rc;
use yew::prelude::*;

use super::{LoadErrors, Outline, Welcome};

/// Properties of [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Requested language tag; the survey's default language when empty or not offered.
    #[prop_or_default]
    pub language: AttrValue,
}

/// The survey, loaded once per app instance.
type Loaded = Result<Rc<SurveyDefinition>, Rc<Vec<SurveyError>>>;

/// Root component of Partnership Pulse.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let loaded = use_memo((), |_| -> Loaded { builtin_survey().map(Rc::new).map_err(Rc::new) });
    let state = use_reducer(AppState::default);
    let survey = match &*loaded {
        Ok(survey) => survey.clone(),
        Err(errors) => return html! { <div class="pp-root"><LoadErrors errors={errors.clone()} /></div> },
    };
    let language: AttrValue = if survey.languages.iter().any(|offered| offered.as_str() == props.language.as_str()) {
        props.language.clone()
    } else {
        survey.default_language.clone().into()
    };
    let dispatch = |action: AppAction| {
        let state = state.clone();
        Callback::from(move |_: ()| state.dispatch(action))
    };
    html! {
        <div class="pp-root" lang={language.clone()}>
            <main class="pp-main">
                { match state.screen {
                    Screen::Welcome => html! {
                        <Welcome survey={survey} language={language} on_start={dispatch(AppAction::Start)} />
                    },
                    Screen::Questions => html! {
                        <Outline survey={survey} language={language} on_back={dispatch(AppAction::BackToWelcome)} />
                    },
                } }
            </main>
        </div>
    }
}
