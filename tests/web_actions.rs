//! "What we agreed" in headless Chromium: the actions listed as text with their owners and
//! status; a status picked hands back the changed plan; a form sent empty hands back nothing and
//! says why beside the field.
#![cfg(target_arch = "wasm32")]

use partnership_pulse::analytics::{analyse, Filter, ResponseTable};
use partnership_pulse::survey::builtin_survey;
use partnership_pulse::ui::dashboard::{ActionsPanel, ActionsPanelProps};
use partnership_pulse::workshop::{ActionPlan, ActionStatus, NewAction, PlanChange};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlSelectElement};

mod web_support;

use web_support::until;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn actions_are_listed_as_text_and_a_status_or_a_refusal_is_handled_in_place() {
    let survey = Rc::new(builtin_survey().unwrap());
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let action = NewAction {
        what: "Induction <b>for all</b>".into(),
        indicator: Some("trust".into()),
        owners: vec!["university".into(), "council".into()],
        ..NewAction::default()
    };
    let add = PlanChange::Add { action, wave: "2026 spring".into(), today: "2026-03-20".into() };
    let plan = ActionPlan::new(&survey.id).apply(&add, &survey).unwrap();
    let table = ResponseTable::from_responses(&survey, &[]).unwrap();
    let report = Rc::new(analyse(&table, &Filter::default(), 3));
    let changed: Rc<RefCell<Vec<ActionPlan>>> = Rc::default();
    let on_plan = {
        let changed = changed.clone();
        yew::Callback::from(move |plan: ActionPlan| changed.borrow_mut().push(plan))
    };
    let props = yew::props!(ActionsPanelProps {
        survey: survey.clone(),
        report,
        plan: Rc::new(plan),
        on_plan,
        wave: "2026 spring",
        language: "en",
    });
    yew::Renderer::<ActionsPanel>::with_root_and_props(root.clone(), props).render();
    until("the action listed", || root.query_selector(".pp-action").unwrap().is_some()).await;
    let item = root.query_selector(".pp-action").unwrap().unwrap();
    let words = item.text_content().unwrap();
    assert!(words.contains("Induction <b>for all</b>"), "{words}");
    assert!(words.contains("Owned by City Council adult and children's services, The university"), "{words}");
    assert!(words.contains("Trust: its change shows here once the next wave is in."), "{words}");
    assert_eq!(root.query_selector_all("b").unwrap().length(), 0, "no markup from the action's words");

    // Done, picked: the plan handed back has it.
    let status: HtmlSelectElement = item.query_selector("select").unwrap().unwrap().unchecked_into();
    status.set_value("done");
    status.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    assert_eq!(
        changed.borrow().last().and_then(|plan| plan.action(1)).map(|action| action.status),
        Some(ActionStatus::Done)
    );

    // Sent empty: nothing handed back, the words say why, and the field is marked.
    let before = changed.borrow().len();
    let submit: HtmlElement =
        root.query_selector(".pp-action-form button[type=submit]").unwrap().unwrap().unchecked_into();
    submit.click();
    until("the refusal said", || root.query_selector("[role=alert]").unwrap().is_some()).await;
    let alert = root.query_selector("[role=alert]").unwrap().unwrap();
    assert_eq!(alert.text_content().unwrap(), "Say what will be done.");
    let field = root.query_selector("textarea").unwrap().unwrap();
    assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(field.get_attribute("aria-describedby"), Some(alert.id()));
    assert_eq!(changed.borrow().len(), before);
}
