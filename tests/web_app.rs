//! The app in headless Chromium: it mounts, shows the welcome screen, and Start works.
#![cfg(target_arch = "wasm32")]

use partnership_pulse::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

mod web_support;

use web_support::{clear_device, until};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a fresh app in its own element and waits for Yew to render it.
async fn mount_app() -> Element {
    thread_local! {
        static MOUNTED: std::cell::RefCell<Option<yew::AppHandle<App>>> = const { std::cell::RefCell::new(None) };
    }
    // The last test's app is taken down first: left running, it could still save its draft after
    // the device is cleared, and this app would take it up.
    if let Some(previous) = MOUNTED.with(|mounted| mounted.borrow_mut().take()) {
        previous.destroy();
    }
    let document = gloo::utils::document();
    // Each test starts from an empty device: cleared, and cleared again a moment later, since a
    // save the previous app had in flight when it was taken down may land after the first
    // clearing (and this app would then resume its answers).
    clear_device().await;
    yew::platform::time::sleep(std::time::Duration::from_millis(100)).await;
    clear_device().await;
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    MOUNTED.with(|mounted| *mounted.borrow_mut() = Some(handle));
    until("the welcome screen", || text_if(&root, "button.pp-primary").is_some()).await;
    root
}

/// The text of the first element matching `selector`, if any.
fn text_if(root: &Element, selector: &str) -> Option<String> {
    root.query_selector(selector).ok().flatten().and_then(|element| element.text_content())
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
    // The same count as progress gives ("0 of 28 questions answered"): a matrix is one question.
    assert!(text_of(&root, ".pp-facts").contains("28 questions in 9 sections"), "{}", text_of(&root, ".pp-facts"));
    let button = root.query_selector("button.pp-primary").unwrap().expect("a Start button");
    assert_eq!(button.text_content().as_deref(), Some("Start"));
    assert_eq!(button.get_attribute("type").as_deref(), Some("button"));
    let app_root = root.query_selector(".pp-root").unwrap().unwrap();
    assert_eq!(app_root.get_attribute("lang").as_deref(), Some("en"));
}

fn click(root: &Element, selector: &str) {
    let element: HtmlElement = root.query_selector(selector).unwrap().unwrap().dyn_into().unwrap();
    element.click();
}

fn button_with_text(root: &Element, text: &str) -> HtmlElement {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .find(|button| button.text_content().as_deref() == Some(text))
        .unwrap_or_else(|| panic!("no button \"{text}\""))
        .dyn_into()
        .unwrap()
}

#[wasm_bindgen_test]
async fn start_opens_the_first_section_and_moves_focus_to_its_heading() {
    let root = mount_app().await;
    click(&root, "button.pp-primary");
    until("the first section", || text_if(&root, "h1").as_deref() == Some("About you")).await;
    assert_eq!(text_of(&root, ".pp-progress-text"), "Section 1 of 9 · 0 of 28 questions answered");
    let focused = gloo::utils::document().active_element().expect("something has focus");
    assert_eq!(focused.id(), "pp-section-title");
}

#[wasm_bindgen_test]
async fn every_question_is_a_fieldset_with_a_legend_and_labelled_controls() {
    let root = mount_app().await;
    click(&root, "button.pp-primary");
    until("the first section", || text_if(&root, "h1").as_deref() == Some("About you")).await;
    click(&root, "#pp-group-student");
    until("the answer counted", || text_if(&root, ".pp-progress-text").is_some_and(|t| t.contains(" 1 of "))).await;
    button_with_text(&root, "Next").click();
    until("the Trust section", || text_if(&root, "h1").as_deref() == Some("Trust")).await;
    let fieldsets = root.query_selector_all("fieldset.pp-question").unwrap();
    assert_eq!(fieldsets.length(), 5, "T1-T5");
    let t1 = root.query_selector("#pp-item-T1").unwrap().unwrap();
    assert_eq!(text_of(&t1, "legend"), "I trust the people I work with in this partnership.");
    let radios = t1.query_selector_all("input[type=radio]").unwrap();
    assert_eq!(radios.length(), 6, "five points and don't know");
    for index in 0..radios.length() {
        let id = radios.item(index).unwrap().dyn_into::<Element>().unwrap().id();
        let label = root.query_selector(&format!("label[for='{id}']")).unwrap();
        assert!(label.is_some_and(|l| !l.text_content().unwrap_or_default().is_empty()), "{id} has a label");
    }
    assert_eq!(text_of(&root, "label[for='pp-T1-0']"), "Don't know / not applicable");
}

#[wasm_bindgen_test]
async fn an_answer_is_saved_on_the_device_the_moment_it_is_given() {
    use partnership_pulse::store::{Collection, IndexedDbStore, RecordStore};
    let root = mount_app().await;
    click(&root, "button.pp-primary");
    until("the first section", || text_if(&root, "h1").as_deref() == Some("About you")).await;
    click(&root, "#pp-group-voluntary");
    // In this tab's own slot: `<survey>@<tab>`.
    let mut saved = None;
    for _ in 0..200 {
        let drafts = IndexedDbStore::open().group(Collection::Drafts, "partnership-pulse").await.unwrap();
        saved = drafts.into_iter().find(|record| record.key.starts_with("partnership-pulse@"));
        if saved.as_ref().is_some_and(|record| record.value.contains("voluntary")) {
            break;
        }
        yew::platform::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    let saved = saved.expect("a draft in this tab's slot").value;
    assert!(saved.contains("\"group\":\"voluntary\""), "{saved}");
}

#[wasm_bindgen_test]
async fn leaving_the_first_section_without_a_group_shows_the_problem_at_the_question() {
    let root = mount_app().await;
    click(&root, "button.pp-primary");
    until("the first section", || text_if(&root, "h1").as_deref() == Some("About you")).await;
    button_with_text(&root, "Next").click();
    until("the problem shown", || text_if(&root, "#pp-item-group .pp-error-message").is_some()).await;
    assert_eq!(text_of(&root, "h1"), "About you");
    assert!(text_of(&root, "#pp-item-group .pp-error-message").starts_with("Please choose the group"));
    assert_eq!(gloo::utils::document().active_element().unwrap().id(), "pp-item-group");
}

/// The welcome screen alone, with `props`, in an element of its own; once its heading is drawn.
async fn mount_welcome(props: partnership_pulse::ui::respond::welcome::WelcomeProps) -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<partnership_pulse::ui::respond::Welcome>::with_root_and_props(root.clone(), props).render();
    until("the welcome heading", || text_if(&root, "h1").is_some()).await;
    root
}

#[wasm_bindgen_test]
async fn survey_text_is_shown_as_text_never_as_html() {
    use partnership_pulse::survey::{builtin_survey, LocalText};
    use std::rc::Rc;
    let mut survey = builtin_survey().unwrap();
    let hostile = "<img src=x onerror=alert(1)><b>Bold</b>";
    survey.title = LocalText::new("en", hostile);
    let props = yew::props!(partnership_pulse::ui::respond::welcome::WelcomeProps {
        survey: Rc::new(survey),
        language: "en",
        on_start: yew::Callback::noop(),
    });
    let root = mount_welcome(props).await;
    let heading = root.query_selector("h1").unwrap().unwrap();
    assert_eq!(heading.text_content().as_deref(), Some(hostile), "the markup is shown literally");
    assert_eq!(heading.child_element_count(), 0, "no element was created from survey text");
    assert!(root.query_selector("img").unwrap().is_none());
}

/// The welcome screen of a survey by invitation: a labelled code field, described by its hint,
/// and after a refused Start by the problem, marked invalid; typing reaches the callback.
#[wasm_bindgen_test]
async fn a_survey_by_invitation_asks_for_the_code_and_says_what_is_wrong_with_it() {
    use partnership_pulse::answering::FlowProblem;
    use partnership_pulse::invitations::{CodeProblem, Invitations};
    use partnership_pulse::survey::builtin_survey;
    use std::rc::Rc;
    let mut survey = builtin_survey().unwrap();
    survey.invitations = Some(Invitations::default());
    let typed = Rc::new(std::cell::RefCell::new(String::new()));
    let props = yew::props!(partnership_pulse::ui::respond::welcome::WelcomeProps {
        survey: Rc::new(survey),
        language: "en",
        on_start: yew::Callback::noop(),
        invitation: Some((
            yew::AttrValue::from("7KQM"),
            Some(FlowProblem::Invitation(CodeProblem::WrongLength { found: 4 }))
        )),
        on_invitation: {
            let typed = typed.clone();
            yew::Callback::from(move |code: String| *typed.borrow_mut() = code)
        },
    });
    let root = mount_welcome(props).await;
    let document = gloo::utils::document();
    let input: web_sys::HtmlInputElement =
        root.query_selector(".pp-invitation input").unwrap().unwrap().dyn_into().unwrap();
    let label = root.query_selector(&format!("label[for='{}']", input.id())).unwrap().unwrap();
    assert_eq!(label.text_content().as_deref(), Some("Your invitation code"));
    assert_eq!(input.value(), "7KQM");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let described: Vec<String> = input
        .get_attribute("aria-describedby")
        .unwrap()
        .split(' ')
        .map(|id| document.get_element_by_id(id).unwrap().text_content().unwrap())
        .collect();
    assert!(described[0].starts_with("It is on your invitation card"), "{described:?}");
    assert_eq!(described[1], "An invitation code has 12 letters and digits; this has 4.");
    input.set_value("7KQM-4RXP");
    input.dispatch_event(&web_sys::InputEvent::new("input").unwrap()).unwrap();
    assert_eq!(*typed.borrow(), "7KQM-4RXP");
}
