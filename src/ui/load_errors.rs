//! Error screens: shown instead of a page's content when it cannot be opened.

use crate::survey::SurveyError;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`ErrorScreen`].
#[derive(Properties, PartialEq)]
pub struct ErrorScreenProps {
    /// What cannot be done, as the page's one heading.
    pub title: AttrValue,
    /// Why, and what to do.
    #[prop_or_default]
    pub children: Html,
}

/// A whole screen for an error: the page's main landmark, one heading, the reason read out.
#[function_component(ErrorScreen)]
pub fn error_screen(props: &ErrorScreenProps) -> Html {
    html! {
        <main class="pp-main">
            <section class="pp-screen" role="alert">
                <h1>{ props.title.clone() }</h1>
                { props.children.clone() }
            </section>
        </main>
    }
}

/// Properties of [`LoadErrors`].
#[derive(Properties, PartialEq)]
pub struct LoadErrorsProps {
    /// Every problem found in the definition.
    pub errors: Rc<Vec<SurveyError>>,
}

/// A plain list of what is wrong with the survey definition.
#[function_component(LoadErrors)]
pub fn load_errors(props: &LoadErrorsProps) -> Html {
    html! {
        <ErrorScreen title="This survey cannot be opened">
            <p>{ "Its definition has the following problems. Please tell the person who sent you the survey." }</p>
            <ul>
                { for props.errors.iter().map(|error| html! { <li>{ error.to_string() }</li> }) }
            </ul>
        </ErrorScreen>
    }
}
