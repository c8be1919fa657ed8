//! Entry point: in the browser, mounts the app; natively, checks survey definition files.

// The survey page's allocator (see `partnership_pulse::SmallAllocator`).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: partnership_pulse::SmallAllocator = partnership_pulse::small_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    use partnership_pulse::ui::host::{options_from_url, show_error, Host};
    use partnership_pulse::ui::{platform, App, AppProps};
    // Only the survey's own page is mounted here; a host page calls `mount` for its elements.
    let Some(root) = gloo::utils::document().get_element_by_id("partnership-pulse") else { return };
    match options_from_url() {
        // The dashboard is a bundle of its own, so respondents never download its charts.
        Ok(options) if options.mode.is_dashboard() => platform::open_page(platform::DASHBOARD_PAGE),
        Ok(options) if options.mode == partnership_pulse::embed::Mode::Setup => {
            platform::open_page(platform::SETUP_PAGE)
        }
        Ok(options) => {
            #[cfg(feature = "share-links")]
            let options = with_share_link(options);
            let host = Host::new(Some(root.clone()), options.parent_origin.clone());
            let props = AppProps { options, host, standalone: true };
            yew::Renderer::<App>::with_root_and_props(root, props).render();
            register_service_worker();
        }
        Err(error) => show_error(&root, &error, true),
    }
}

/// A share link carries its survey's set-up in the fragment, which never reaches a server.
#[cfg(all(target_arch = "wasm32", feature = "share-links"))]
fn with_share_link(mut options: partnership_pulse::embed::HostOptions) -> partnership_pulse::embed::HostOptions {
    let fragment = web_sys::window().and_then(|window| window.location().hash().ok()).unwrap_or_default();
    if partnership_pulse::setup::is_share_link(&fragment) {
        options.survey = partnership_pulse::embed::SurveySource::Shared(fragment);
    }
    options
}

/// Mounts a survey instance in a host page's element, configured by its `data-*` attributes
/// (called by `embed.js`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount(element: web_sys::Element) {
    use partnership_pulse::ui::host::{options_of, show_error, Host};
    use partnership_pulse::ui::{App, AppProps};
    match options_of(&element) {
        Ok(options) if options.mode.is_dashboard() || options.mode == partnership_pulse::embed::Mode::Setup => {
            show_error(
                &element,
                &partnership_pulse::embed::EmbedError::UnknownMode(
                    "dashboard or setup (load them with embed.js)".into(),
                ),
                false,
            )
        }
        Ok(options) => {
            let host = Host::new(Some(element.clone()), options.parent_origin.clone());
            yew::Renderer::<App>::with_root_and_props(element, AppProps { options, host, standalone: false }).render();
        }
        Err(error) => show_error(&element, &error, false),
    }
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
