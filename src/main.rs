//! Entry point: in the browser, mounts the app; natively, checks survey definition files.

#[cfg(target_arch = "wasm32")]
fn main() {
    use partnership_pulse::ui::{platform, App, AppProps};
    // The dashboard is a bundle of its own, so respondents never download its charts.
    if platform::url_param("mode").as_deref() == Some("dashboard") {
        platform::open_dashboard();
        return;
    }
    let document = gloo::utils::document();
    let page_language = document.document_element().and_then(|root| root.get_attribute("lang")).unwrap_or_default();
    let props = AppProps {
        language: platform::url_param("lang").unwrap_or(page_language).into(),
        kiosk: platform::url_param("mode").as_deref() == Some("kiosk"),
        standalone: true,
    };
    match document.get_element_by_id("partnership-pulse") {
        Some(root) => yew::Renderer::<App>::with_root_and_props(root, props).render(),
        None => yew::Renderer::<App>::with_props(props).render(),
    };
    register_service_worker();
}

/// Caches the app's files so it opens offline after the first visit. Browsers without service
/// workers (or pages opened from file://) simply run online.
#[cfg(target_arch = "wasm32")]
fn register_service_worker() {
    if let Some(window) = web_sys::window() {
        let workers = window.navigator().service_worker();
        if wasm_bindgen::JsValue::from(workers.clone()).is_undefined() {
            return;
        }
        let _ = workers.register("sw.js");
    }
}

/// Natively the binary validates survey definition files, so authors can check a custom
/// survey before sharing it: `partnership-pulse my-survey.json ...`.
#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use partnership_pulse::survey::{builtin_survey, load_survey};
    use std::process::ExitCode;
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        return match builtin_survey() {
            Ok(survey) => {
                println!("Built-in survey \"{}\" version {} is valid.", survey.id, survey.version);
                println!("Usage: partnership-pulse <survey.json>... to check custom survey definitions.");
                ExitCode::SUCCESS
            }
            Err(errors) => {
                errors.iter().for_each(|error| eprintln!("built-in survey: {error}"));
                ExitCode::FAILURE
            }
        };
    }
    let mut all_valid = true;
    for path in paths {
        let outcome = std::fs::read_to_string(&path)
            .map_err(|error| vec![error.to_string()])
            .and_then(|json| load_survey(&json).map_err(|errors| errors.iter().map(ToString::to_string).collect()));
        match outcome {
            Ok(survey) => println!("{path}: valid (survey \"{}\" version {})", survey.id, survey.version),
            Err(problems) => {
                all_valid = false;
                problems.iter().for_each(|problem| eprintln!("{path}: {problem}"));
            }
        }
    }
    if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
