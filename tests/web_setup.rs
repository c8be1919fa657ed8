//! The set-up screen in headless Chromium: a new survey asks for partners before it can be
//! shared, a partner added by the form makes a share link (compressed by the browser) with its
//! QR code, and the survey is kept on the device.
#![cfg(target_arch = "wasm32")]

use partnership_pulse::ui::setup::SetUpPage;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

mod web_support;

use web_support::{clear_device, stored, until};

wasm_bindgen_test_configure!(run_in_browser);

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"))
}

/// The set-up page drawn in a new element, after "New survey" is pressed; the element.
async fn new_survey_page() -> Element {
    clear_device().await;
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<SetUpPage>::with_root(root.clone()).render();
    until("the set-up page", || root.text_content().unwrap_or_default().contains("New survey")).await;
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .find(|b| b.text_content().as_deref() == Some("New survey"))
        .expect("a New survey button")
        .unchecked_into::<HtmlElement>()
        .click();
    root
}

#[wasm_bindgen_test]
async fn a_new_survey_gets_a_link_and_qr_code_once_it_names_a_partner() {
    let root = new_survey_page().await;
    let text = || root.text_content().unwrap_or_default();
    until("the share panel", || text().contains("Before this survey can be shared")).await;
    let blocked = text();
    assert!(blocked.contains("Before this survey can be shared"), "{blocked}");
    assert!(blocked.contains("Add at least one partner organisation"), "{blocked}");
    assert!(!blocked.contains("Question \""), "no internal ids in the share panel: {blocked}");
    assert!(root.query_selector("svg.pp-qr").unwrap().is_none());

    let field: HtmlInputElement = find(&root, "#pp-partners-new").unchecked_into();
    field.set_value("Northshire <Council>");
    let form: web_sys::HtmlFormElement =
        find(&root, "#pp-partners-new").closest("form").unwrap().unwrap().unchecked_into();
    form.request_submit().unwrap();
    // The link is compressed by the browser, asynchronously, after the partner is added.
    until("the share link and its QR code", || root.query_selector("svg.pp-qr").ok().flatten().is_some()).await;
    let link: HtmlInputElement = find(&root, "#pp-share-link").unchecked_into();
    assert!(link.value().contains("index.html#s1."), "{}", link.value());
    let qr = find(&root, "svg.pp-qr");
    assert_eq!(qr.get_attribute("aria-label").as_deref(), Some("QR code of the survey link"));
    assert!(find(&root, "svg.pp-qr path").get_attribute("d").unwrap().starts_with('M'));
    // The partner's name is text, never markup.
    assert_eq!(root.query_selector_all("Council").unwrap().length(), 0);
    let mut saved = String::new();
    for _ in 0..200 {
        saved = stored(partnership_pulse::store::Collection::Surveys, "list").await.unwrap_or_default();
        if saved.contains("Northshire <Council>") {
            break;
        }
        yew::platform::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    assert!(saved.contains("Northshire <Council>"), "saved on the device: {saved}");
}

#[wasm_bindgen_test]
async fn a_repeated_partner_name_marks_the_field_it_was_typed_in_invalid() {
    let root = new_survey_page().await;
    let text = || root.text_content().unwrap_or_default();
    until("the partners' list", || root.query_selector("#pp-partners-new").ok().flatten().is_some()).await;
    let add = |name: &str| {
        let field: HtmlInputElement = find(&root, "#pp-partners-new").unchecked_into();
        field.set_value(name);
        let form: web_sys::HtmlFormElement = field.closest("form").unwrap().unwrap().unchecked_into();
        form.request_submit().unwrap();
    };
    add("Northshire Council");
    until("the partner listed", || root.query_selector("#pp-partners-0").ok().flatten().is_some()).await;
    let new_field = || find(&root, "#pp-partners-new");
    assert_eq!(new_field().get_attribute("aria-invalid"), None, "nothing refused yet");
    add("northshire council");
    until("the refusal", || text().contains("is already in the list")).await;
    assert_eq!(new_field().get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(find(&root, "#pp-partners-0").get_attribute("aria-invalid"), None, "only the field typed in");
    // The refused name stays in the field, described by the reason.
    let field: HtmlInputElement = new_field().unchecked_into();
    assert_eq!(field.value(), "northshire council");
    let described = field.get_attribute("aria-describedby").unwrap();
    assert!(find(&root, &format!("#{described}")).text_content().unwrap().contains("already in the list"));
    // Typing again clears both.
    field.dispatch_event(&web_sys::InputEvent::new("input").unwrap()).unwrap();
    until("the mark cleared", || new_field().get_attribute("aria-invalid").is_none()).await;
    assert!(!text().contains("is already in the list"));
}
