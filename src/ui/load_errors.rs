//! Error screens: shown instead of a page's content when it cannot be opened.

use crate::i18n::{Msg, Texts};
use crate::survey::SurveyError;
use yew::prelude::*;

/// A whole screen for an error: the page's main landmark, one heading (`title`, what cannot be
/// done), and `body` (why, and what to do) read out. A plain function, not a component: it keeps
/// no state, and a component of its own would cost the bundle more.
pub fn error_screen(title: &str, body: Html) -> Html {
    html! {
        <main class="pp-main">
            <section class="pp-screen" role="alert">
                <h1>{ title.to_owned() }</h1>
                { body }
            </section>
        </main>
    }
}

/// A plain list of what is wrong with the survey definition, in `texts`' words.
pub fn load_errors(texts: &Texts, errors: &[SurveyError]) -> Html {
    error_screen(
        &texts.get(Msg::SurveyCannotOpen),
        html! {
            <>
                <p>{ texts.get(Msg::SurveyProblems) }</p>
                <ul>
                    { for errors.iter().map(|error| html! { <li>{ error.to_string() }</li> }) }
                </ul>
            </>
        },
    )
}
