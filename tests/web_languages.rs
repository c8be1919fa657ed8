//! The language of a survey instance in headless Chromium: the survey's text and the app's words
//! in the language asked for (its translation file fetched from beside the app: the test runner
//! serves the crate's `locales/`), English words said to be English when the file cannot be
//! fetched, and the language list changing both, Easy Read with its larger text.
#![cfg(target_arch = "wasm32")]

use partnership_pulse::embed::HostOptions;
use partnership_pulse::ui::host::Host;
use partnership_pulse::ui::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlSelectElement};

mod web_support;

use web_support::{clear_device, until};

wasm_bindgen_test_configure!(run_in_browser);

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector).ok().flatten().and_then(|element| element.text_content()).unwrap_or_default()
}

/// An instance asking for Welsh, in its own element (with `data-app-base` when given).
async fn mount_in_welsh(app_base: Option<&str>) -> Element {
    clear_device().await;
    let root = gloo::utils::document().create_element("div").unwrap();
    gloo::utils::document().body().unwrap().append_child(&root).unwrap();
    if let Some(base) = app_base {
        root.set_attribute("data-app-base", base).unwrap();
    }
    let options = HostOptions { language: "cy".into(), ..HostOptions::default() };
    let props = AppProps { options, host: Host::new(Some(root.clone()), None), standalone: false };
    // Left mounted: each test has its own element and its own ids.
    std::mem::forget(yew::Renderer::<App>::with_root_and_props(root.clone(), props).render());
    until("the welcome screen", || root.query_selector("button.pp-primary").ok().flatten().is_some()).await;
    root
}

#[wasm_bindgen_test]
async fn welsh_asked_for_gives_the_survey_and_the_app_words_in_welsh_and_the_list_changes_to_easy_read() {
    let root = mount_in_welsh(None).await;
    assert_eq!(text_of(&root, "h1"), "Partnership Pulse: sut mae ein partneriaeth yn gweithio?");
    until("the Welsh words", || text_of(&root, "button.pp-primary") == "Dechrau").await;
    assert_eq!(text_of(&root, ".pp-language label"), "Iaith · Language");
    assert_eq!(text_of(&root, ".pp-facts"), "Tua 10 munud28 cwestiwn mewn 9 adran");
    assert_eq!(root.query_selector(".pp-root").unwrap().unwrap().get_attribute("lang").as_deref(), Some("cy"));

    // Easy Read from the list: its own title and words, larger text, English to the browser.
    let select: HtmlSelectElement = root.query_selector("select").unwrap().unwrap().dyn_into().unwrap();
    let offered: Vec<String> = (0..select.length())
        .filter_map(|index| select.item(index))
        .map(|o| o.text_content().unwrap_or_default())
        .collect();
    assert_eq!(offered, ["English", "Cymraeg (Welsh)", "Easy Read English"]);
    select.set_value("en-easy");
    select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    until("Easy Read", || text_of(&root, "h1") == "Partnership Pulse: is our partnership working well?").await;
    until("the Easy Read words", || text_of(&root, ".pp-privacy h2") == "We will not know who you are").await;
    let app_root = root.query_selector(".pp-root").unwrap().unwrap();
    assert_eq!(app_root.get_attribute("lang").as_deref(), Some("en"));
    assert!(app_root.class_name().split_whitespace().any(|class| class == "pp-easy-read"));
}

#[wasm_bindgen_test]
async fn when_the_welsh_file_cannot_be_fetched_the_survey_is_in_welsh_and_the_app_says_its_words_are_english() {
    let root = mount_in_welsh(Some("missing-folder/")).await;
    assert_eq!(text_of(&root, "h1"), "Partnership Pulse: sut mae ein partneriaeth yn gweithio?");
    until("the words said to be in English", || text_of(&root, ".pp-language").contains("could not be loaded")).await;
    assert_eq!(text_of(&root, "button.pp-primary"), "Start");
    assert!(text_of(&root, ".pp-language").ends_with(
        "The app's own words in Cymraeg (Welsh) could not be loaded, so they are shown in English. The survey's \
         questions are in Cymraeg (Welsh)."
    ));
}

#[wasm_bindgen_test]
async fn the_set_up_page_asked_for_welsh_fetches_its_own_words_and_shows_the_questions_in_welsh() {
    use partnership_pulse::ui::setup::SetUpApp;
    clear_device().await;
    let root = gloo::utils::document().create_element("div").unwrap();
    gloo::utils::document().body().unwrap().append_child(&root).unwrap();
    let options = HostOptions { language: "cy".into(), ..HostOptions::default() };
    let props = AppProps { options, host: Host::new(Some(root.clone()), None), standalone: false };
    std::mem::forget(yew::Renderer::<SetUpApp>::with_root_and_props(root.clone(), props).render());
    // English first (the page's lang says so), then the Welsh words once their file arrives.
    until("the Welsh words", || text_of(&root, "h1") == "Sefydlu arolwg").await;
    let app_root = root.query_selector(".pp-root").unwrap().unwrap();
    assert_eq!(app_root.get_attribute("lang").as_deref(), Some("cy"));
    assert_eq!(text_of(&root, ".pp-page-language label"), "Iaith y dudalen hon · Language");
    let new_survey = root.query_selector("button.pp-primary").unwrap().unwrap();
    assert_eq!(new_survey.text_content().as_deref(), Some("Arolwg newydd"));
    new_survey.dyn_into::<web_sys::HtmlElement>().unwrap().click();
    until("the survey open", || {
        text_of(&root, "h2").starts_with("Golygu: ") || root.query_selector("legend").ok().flatten().is_some()
    })
    .await;
    let legends: Vec<String> = {
        let list = root.query_selector_all("legend").unwrap();
        (0..list.length()).filter_map(|i| list.item(i)).map(|n| n.text_content().unwrap_or_default()).collect()
    };
    // The page's own headings and the instrument's sections, both in Welsh.
    assert!(legends.iter().any(|legend| legend == "Am yr arolwg hwn"), "{legends:?}");
    assert!(legends.iter().any(|legend| legend == "Ymddiriedaeth"), "{legends:?}");
    assert!(legends.iter().any(|legend| legend == "Sefydliadau partner"), "{legends:?}");
}

/// Counts in the page's language come from the browser's `Intl`: digits grouped as the language
/// groups them, and plural forms as CLDR gives them (the native table is not in the download).
#[wasm_bindgen_test]
fn counts_follow_the_browser_s_rules_for_each_language() {
    use partnership_pulse::i18n::{plural_category, written_count, DashMsg, PluralCategory::*, Texts};
    partnership_pulse::ui::numbers::use_browser_numbers();
    assert_eq!(written_count("en", 12_345), "12,345");
    assert_eq!(written_count("cy", 1_200), "1,200");
    assert_eq!(written_count("de", 12_345), "12.345");
    assert_eq!(written_count("fr", 12_345), "12\u{202f}345");
    // Spanish leaves a four-digit number whole.
    assert_eq!(written_count("es", 1_234), "1234");
    let forms: Vec<_> = [("pl", 22), ("pl", 25), ("pl", 1), ("cy", 6), ("cy", 0), ("ga", 7), ("gd", 12), ("fr", 0)]
        .iter()
        .map(|(language, n)| plural_category(language, *n))
        .collect();
    assert_eq!(forms, [Few, Many, One, Many, Zero, Many, Two, One]);
    // A survey's own tag that Intl would refuse is read as English rather than stopping the page.
    assert_eq!((plural_category("e n", 1), written_count("e n", 5_000)), (One, "5,000".to_owned()));
    // The page's messages use them: "Received 1,200 of 5,000" in English.
    let progress = partnership_pulse::services::Progress {
        received: 1_200,
        to_receive: Some(5_000),
        kept: 1_200,
        ..Default::default()
    };
    let said = partnership_pulse::ui::dashboard::words::progress_in_words(&Texts::<DashMsg>::english(), &progress);
    assert!(said.starts_with("Received 1,200 of 5,000 changes"), "{said}");
}
