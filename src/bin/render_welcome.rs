//! Writes the built-in survey's welcome screen as HTML, rendered natively by Yew from the app's
//! own component (`ui::respond::Welcome`, in English), for the survey page to show before its
//! WebAssembly arrives: `scripts/build/first-screen.mjs` puts it in the built page. One source for
//! the first screen: what a phone shows first is what the app then draws.
//! Usage: `cargo run --features ssr --bin render-welcome > target/welcome.html`

use partnership_pulse::i18n::Texts;
use partnership_pulse::survey::{builtin_survey, SurveyDefinition};
use partnership_pulse::ui::language::LanguageChoice;
use partnership_pulse::ui::respond::Welcome;
use std::process::ExitCode;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`FirstScreen`].
#[derive(Properties, PartialEq)]
struct FirstScreenProps {
    survey: Rc<SurveyDefinition>,
}

/// The welcome screen as the survey page first shows it: the survey's default language, its
/// languages on the list, nothing unfinished.
#[function_component(FirstScreen)]
fn first_screen(props: &FirstScreenProps) -> Html {
    let language = AttrValue::from(props.survey.default_language.clone());
    let choice = LanguageChoice {
        texts: Texts::english(),
        current: language.clone(),
        offered: Rc::new(props.survey.languages.clone()),
        choose: Callback::noop(),
        unavailable: false,
    };
    html! {
        <ContextProvider<LanguageChoice> context={choice}>
            <Welcome survey={props.survey.clone()} {language} on_start={Callback::noop()} />
        </ContextProvider<LanguageChoice>>
    }
}

fn main() -> ExitCode {
    let survey = match builtin_survey() {
        Ok(survey) => Rc::new(survey),
        Err(errors) => {
            eprintln!("the built-in survey does not load: {}", partnership_pulse::survey::joined(&errors));
            return ExitCode::FAILURE;
        }
    };
    let renderer = yew::LocalServerRenderer::<FirstScreen>::with_props(FirstScreenProps { survey }).hydratable(false);
    let runtime = match tokio::runtime::Builder::new_current_thread().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("no runtime to render with: {error}");
            return ExitCode::FAILURE;
        }
    };
    let html = runtime.block_on(tokio::task::LocalSet::new().run_until(renderer.render()));
    println!("{html}");
    ExitCode::SUCCESS
}
