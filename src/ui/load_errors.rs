//! Shown instead of the survey when its definition could not be loaded.

use crate::survey::SurveyError;
use std::rc::Rc;
use yew::prelude::*;

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
        <section class="pp-screen pp-error" role="alert">
            <h1>{ "This survey cannot be opened" }</h1>
            <p>{ "Its definition has the following problems. Please tell the person who sent you the survey." }</p>
            <ul>
                { for props.errors.iter().map(|error| html! { <li>{ error.to_string() }</li> }) }
            </ul>
        </section>
    }
}
