//! The app in headless Chromium: it mounts, shows the welcome screen, and Start works.
#![cfg(target_arch = "wasm32")]

use partnership_pulse::ui::App;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a fresh app in its own element and waits for Yew to render it.
async fn mount_app() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    root
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(50)).await;
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn welcome_screen_shows_title_privacy_statement_and_start_button() {
    let root = mount_app().await;
    assert_eq!(text_of(&root, "h1"), "Partnership Pulse: how is our partnership working?");
    assert!(text_of(&root, ".pp-privacy").contains("Your answers are anonymous"));
    assert!(text_of(&root, ".pp-facts").contains("About 10 minutes"));
    let button = root.query_selector("button.pp-primary").unwrap().expect("a Start button");
    assert_eq!(button.text_content().as_deref(), Some("Start"));
    assert_eq!(button.get_attribute("type").as_deref(), Some("button"));
    let app_root = root.query_selector(".pp-root").unwrap().unwrap();
    assert_eq!(app_root.get_attribute("lang").as_deref(), Some("en"));
}

#[wasm_bindgen_test]
async fn start_shows_every_section_and_moves_focus_to_its_heading() {
    let root = mount_app().await;
    let start: HtmlElement = root.query_selector("button.pp-primary").unwrap().unwrap().dyn_into().unwrap();
    start.click();
    settle().await;
    assert_eq!(text_of(&root, "h1"), "What you will be asked");
    let sections = root.query_selector_all(".pp-section").unwrap().length();
    assert_eq!(sections, 8, "about, trust, inclusion, value, aims, leadership, renewal, open question");
    let focused = gloo::utils::document().active_element().expect("something has focus");
    assert_eq!(focused.id(), "pp-outline-title");
}

#[wasm_bindgen_test]
async fn survey_text_is_shown_as_text_never_as_html() {
    use partnership_pulse::survey::{builtin_survey, LocalText};
    use partnership_pulse::ui::Welcome;
    use std::rc::Rc;
    let mut survey = builtin_survey().unwrap();
    let hostile = "<img src=x onerror=alert(1)><b>Bold</b>";
    survey.title = LocalText::new("en", hostile);
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let props = yew::props!(partnership_pulse::ui::welcome::WelcomeProps {
        survey: Rc::new(survey),
        language: "en",
        on_start: yew::Callback::noop(),
    });
    yew::Renderer::<Welcome>::with_root_and_props(root.clone(), props).render();
    settle().await;
    let heading = root.query_selector("h1").unwrap().unwrap();
    assert_eq!(heading.text_content().as_deref(), Some(hostile), "the markup is shown literally");
    assert_eq!(heading.child_element_count(), 0, "no element was created from survey text");
    assert!(root.query_selector("img").unwrap().is_none());
}
