//! "What people said" with the facilitator's themes in headless Chromium: each answer has a
//! checkbox per theme, ticked where the theme holds it, and ticking one hands back the changed
//! themes; names and answers are shown as text.
#![cfg(target_arch = "wasm32")]

use partnership_pulse::analytics::{SaidAnswer, SaidList};
use partnership_pulse::survey::builtin_survey;
use partnership_pulse::themes::{Theme, ThemeBook};
use partnership_pulse::ui::dashboard::{WhatPeopleSaid, WhatPeopleSaidProps};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

mod web_support;

use web_support::until;

wasm_bindgen_test_configure!(run_in_browser);

fn checkboxes(root: &Element) -> Vec<HtmlInputElement> {
    let nodes = root.query_selector_all(".pp-answer-themes input[type=checkbox]").unwrap();
    (0..nodes.length()).filter_map(|i| nodes.item(i)).map(|node| node.unchecked_into()).collect()
}

#[wasm_bindgen_test]
async fn each_answer_has_its_themes_ticked_and_a_tick_hands_back_the_changed_themes() {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let list = SaidList {
        withheld: false,
        item: "O1".into(),
        answers: vec![
            SaidAnswer { text: "More notice".into(), group: None, key: 1 },
            SaidAnswer { text: "<b>Pay</b> carers".into(), group: None, key: 2 },
        ],
    };
    let mut book = ThemeBook::new("partnership-pulse");
    book.questions.push(partnership_pulse::themes::QuestionThemes {
        item: "O1".into(),
        themes: vec![Theme { name: "Notice <i>".into(), answers: vec!["0000000000000001".into()] }],
    });
    let changed: Rc<RefCell<Option<ThemeBook>>> = Rc::default();
    let on_book = {
        let changed = changed.clone();
        yew::Callback::from(move |book: ThemeBook| *changed.borrow_mut() = Some(book))
    };
    let props = yew::props!(WhatPeopleSaidProps {
        survey: Rc::new(builtin_survey().unwrap()),
        list: Rc::new(list),
        language: "en",
        book: Rc::new(book),
        on_book,
    });
    yew::Renderer::<WhatPeopleSaid>::with_root_and_props(root.clone(), props).render();
    until("the answers listed", || checkboxes(&root).len() == 2).await;
    let boxes = checkboxes(&root);
    assert_eq!(boxes.iter().map(HtmlInputElement::checked).collect::<Vec<_>>(), [true, false]);
    let labels = root.query_selector_all(".pp-answer-themes label").unwrap();
    assert_eq!(labels.item(0).unwrap().text_content().unwrap(), "Notice <i>", "a theme's name is text");
    assert_eq!(root.query_selector_all("b, i").unwrap().length(), 0, "no markup from answers or names");
    assert!(root.query_selector("input.pp-input[type=text]").unwrap().is_some(), "the new-theme field");
    boxes[1].click();
    let book = changed.borrow().clone().expect("the themes handed back");
    assert_eq!(book.themes("O1")[0].answers, ["0000000000000001", "0000000000000002"]);
}
