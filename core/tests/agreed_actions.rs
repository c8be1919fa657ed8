//! The workshop's agreed actions natively: recording, setting status and removing, each refusal
//! typed and leaving the plan as it was; keeping them on the device; and each action beside its
//! indicator's change in the next wave, withheld where the charts withhold it.

mod support;

use pollster::block_on;
use pulse_core::analytics::{analyse, Filter, ResponseTable};
use pulse_core::response::Response;
use pulse_core::store::{load_kept, save_kept, Collection, MemoryStore, RecordStore, StoreError};
use pulse_core::workshop::*;
use support::*;

fn new_action(what: &str, owners: &[&str]) -> NewAction {
    NewAction {
        what: what.into(),
        indicator: Some("trust".into()),
        owners: owners.iter().map(|id| (*id).to_owned()).collect(),
        ..NewAction::default()
    }
}

fn add(plan: &ActionPlan, action: NewAction) -> Result<ActionPlan, ActionError> {
    let change = PlanChange::Add { action, wave: "2026 spring".into(), today: "2026-03-20".into() };
    plan.apply(&change, &survey())
}

#[test]
fn an_action_is_recorded_with_its_owners_in_the_surveys_order_and_numbered_once() {
    let plan = ActionPlan::new("partnership-pulse");
    // Owners picked in any order are kept in the survey's partner order.
    let plan = add(&plan, new_action("  Joint induction for new staff ", &["university", "council"])).unwrap();
    let mut second = new_action("Send papers a week before meetings", &["carers-network"]);
    (second.indicator, second.due_by) = (Some("inclusion".into()), Some("2027-01-31".into()));
    let plan = add(&plan, second).unwrap();
    let first = plan.action(1).unwrap();
    assert_eq!(first.what, "Joint induction for new staff");
    assert_eq!(first.owners, ["council", "university"]);
    assert_eq!((first.due.clone(), first.status), (Due::NextWave, ActionStatus::NotStarted));
    assert_eq!((first.wave.as_str(), first.agreed_on.as_str()), ("2026 spring", "2026-03-20"));
    assert_eq!(plan.action(2).unwrap().due, Due::By("2027-01-31".into()));
    // A removed action's number is never given again.
    let plan = plan.apply(&PlanChange::Remove { id: 1 }, &survey()).unwrap();
    let plan = add(&plan, new_action("Shared newsletter", &["nhs-trust"])).unwrap();
    assert_eq!(plan.actions.iter().map(|action| action.id).collect::<Vec<_>>(), [2, 3]);
    let plan = plan.apply(&PlanChange::SetStatus { id: 3, status: ActionStatus::Done }, &survey()).unwrap();
    assert_eq!(plan.action(3).unwrap().status, ActionStatus::Done);
    assert_eq!(plan.agreed_in("2026 spring").count(), 2);
    assert_eq!(plan.agreed_in("2026 autumn").count(), 0);
}

#[test]
fn a_refused_change_says_why_and_leaves_the_plan_as_it_was() {
    let plan = add(&ActionPlan::new("partnership-pulse"), new_action("Joint induction", &["council"])).unwrap();
    let refused = |action: NewAction| add(&plan, action).unwrap_err();
    assert_eq!(refused(new_action("   ", &["council"])), ActionError::BlankWhat);
    assert_eq!(refused(new_action(&"x".repeat(301), &["council"])), ActionError::WhatTooLong { limit: 300 });
    assert_eq!(refused(new_action("Induction", &[])), ActionError::NoOwner);
    assert_eq!(refused(new_action("Induction", &["acme"])), ActionError::UnknownPartner { id: "acme".into() });
    let mut unknown = new_action("Induction", &["council"]);
    unknown.indicator = Some("happiness".into());
    assert_eq!(refused(unknown), ActionError::UnknownIndicator { id: "happiness".into() });
    for day in ["2027-02-30", "31/01/2027", ""] {
        let mut dated = new_action("Induction", &["council"]);
        dated.due_by = Some(day.into());
        assert_eq!(refused(dated), ActionError::NotADay, "{day:?}");
    }
    let missing = PlanChange::SetStatus { id: 9, status: ActionStatus::Done };
    assert_eq!(plan.apply(&missing, &survey()), Err(ActionError::NoSuchAction { id: 9 }));
    assert_eq!(plan.apply(&PlanChange::Remove { id: 9 }, &survey()), Err(ActionError::NoSuchAction { id: 9 }));
    // A full plan refuses one more.
    let mut full = plan.clone();
    full.actions = (0..MAX_ACTIONS).map(|_| plan.actions[0].clone()).collect();
    assert_eq!(add(&full, new_action("One more", &["council"])), Err(ActionError::TooMany { limit: 200 }));
}

#[test]
fn actions_are_kept_on_the_device_each_survey_its_own() {
    let store = MemoryStore::default();
    let empty: ActionPlan = block_on(load_kept(&store, "partnership-pulse")).unwrap();
    assert_eq!(empty, ActionPlan::new("partnership-pulse"));
    let plan = add(&empty, new_action("Joint induction", &["council", "university"])).unwrap();
    block_on(save_kept(&store, &plan)).unwrap();
    assert_eq!(block_on(load_kept::<ActionPlan, _>(&store, "partnership-pulse")).unwrap(), plan);
    assert_eq!(block_on(load_kept::<ActionPlan, _>(&store, "other")).unwrap(), ActionPlan::new("other"));
    // A full store refuses the write; what was kept stays.
    *store.fail_writes.borrow_mut() = Some(StoreError::Full);
    let more = add(&plan, new_action("Newsletter", &["council"])).unwrap();
    assert_eq!(block_on(save_kept(&store, &more)), Err(StoreError::Full));
    *store.fail_writes.borrow_mut() = None;
    assert_eq!(block_on(load_kept::<ActionPlan, _>(&store, "partnership-pulse")).unwrap(), plan);
    // Damaged: reported and moved aside, never overwritten unread.
    let damaged = pulse_core::store::Record::new("actions:partnership-pulse", "actions", "[1,".into());
    block_on(store.write(vec![pulse_core::store::Change::Put(Collection::Surveys, damaged)])).unwrap();
    assert!(block_on(load_kept::<ActionPlan, _>(&store, "partnership-pulse")).is_err());
    assert_eq!(block_on(store.group(Collection::KeptAside, "surveys")).unwrap().len(), 1);
}

/// `count` responses of one group in `wave`, every trust statement answered `value`.
fn wave_of(wave: &str, group: &str, count: usize, value: u8) -> Vec<Response> {
    (0..count)
        .map(|at| {
            let mut response =
                response(&format!("{}-{group}-{at}", wave.replace(' ', "-")), group, None, &all(&TRUST, value));
            response.wave = wave.into();
            // Waves are ordered by when their responses came in.
            response.submitted = if wave.ends_with("spring") { "2026-03-10" } else { "2026-10-12" }.into();
            response
        })
        .collect()
}

#[test]
fn the_next_wave_shows_each_action_beside_its_indicators_change() {
    // Spring: 5 university staff, every trust statement 3 ("neither"), trust 50. Autumn: 5 more,
    // every one 4, trust 75. So trust changed by 75 − 50 = +25 points from spring to autumn.
    let mut responses = wave_of("2026 spring", "university", 5, 3);
    responses.extend(wave_of("2026 autumn", "university", 5, 4));
    let table = ResponseTable::from_responses(&survey(), &responses).unwrap();
    let report = analyse(&table, &Filter::default(), 3);
    let plan = add(&ActionPlan::new("partnership-pulse"), new_action("Joint induction", &["council"])).unwrap();
    let mut no_indicator = new_action("Shared newsletter", &["council"]);
    no_indicator.indicator = None;
    let plan = add(&plan, no_indicator).unwrap();
    let mut later = plan.clone();
    later.actions[0].wave = "2026 autumn".into();
    let progress = action_progress(&plan, &report);
    let change = progress[0].change.expect("a later wave is in");
    assert_eq!((change.from.as_str(), change.to.as_str()), ("2026 spring", "2026 autumn"));
    close(change.overall.unwrap(), 25.0);
    assert_eq!(progress[1].change, None, "an action that answers no indicator has no change");
    assert_eq!(action_progress(&later, &report)[0].change, None, "agreed in the last wave: nothing later yet");

    // Autumn with only 3 responses (k = 3): its trust is withheld, and so is the change.
    let mut few = wave_of("2026 spring", "university", 5, 3);
    few.extend(wave_of("2026 autumn", "university", 3, 4));
    let table = ResponseTable::from_responses(&survey(), &few).unwrap();
    let report = analyse(&table, &Filter::default(), 3);
    let withheld = action_progress(&plan, &report)[0].change.expect("both waves have responses");
    assert_eq!(withheld.overall, None, "a wave of k or fewer gives no change");
}

/// The built-in survey with a last section asking whether action 1 and action 2 were carried out.
fn survey_asking_about_actions() -> pulse_core::survey::SurveyDefinition {
    use pulse_core::survey::{Item, ItemKind, LocalText, Section};
    let mut survey = survey();
    let item = |action: u32, words: &str| Item {
        id: format!("F{action}"),
        kind: ItemKind::FollowThrough { action },
        label: LocalText::new("en", words),
        help: None,
        shown_to: Vec::new(),
    };
    survey.sections.push(Section {
        id: "follow-through".into(),
        title: LocalText::new("en", "What we agreed last time"),
        intro: None,
        items: vec![item(1, "Joint induction"), item(2, "Shared newsletter")],
    });
    survey
}

#[test]
fn a_follow_through_question_is_read_written_checked_coded_and_counted_by_group() {
    use pulse_core::response::{Answer, ResponseChecker};
    use pulse_core::survey::{load_survey, survey_to_json, ItemKind};
    let survey = survey_asking_about_actions();
    // Written and read back as `"type": "follow_through", "action": 1`.
    let json = survey_to_json(&survey);
    assert!(json.contains(r#""type": "follow_through""#) && json.contains(r#""action": 1"#), "{json}");
    assert_eq!(load_survey(&json).unwrap(), survey);
    // Without its action, or an indicator averaging it: refused with why.
    let mut missing: serde_json::Value = serde_json::from_str(&json).unwrap();
    let last = missing["sections"].as_array().unwrap().len() - 1;
    missing["sections"][last]["items"][0].as_object_mut().unwrap().remove("action");
    let missing = missing.to_string();
    assert!(load_survey(&missing).unwrap_err()[0].to_string().contains("needs `action`"));
    let mut averaged = survey.clone();
    averaged.indicators[0].items.push("F1".into());
    assert!(load_survey(&survey_to_json(&averaged)).is_err(), "an indicator averages statements only");
    assert_eq!(survey.item("F2").unwrap().kind, ItemKind::FollowThrough { action: 2 });

    // Yes 3, partly 2, no 1, don't know 0; nothing else.
    let checker = ResponseChecker::new(&survey);
    let answering = |value: u8| {
        let mut response = response("r1", "student", None, &[]);
        response.answers.insert("F1".into(), Answer::Scale(value));
        response
    };
    for value in 0..=3 {
        assert!(checker.check(&survey, &answering(value)).is_ok(), "{value}");
    }
    assert!(checker.check(&survey, &answering(4)).is_err());
    // A response code carries it.
    let mut partly = answering(2);
    partly.id = "0123456789abcdef0123456789abcdef".into();
    let coded = pulse_core::transfer::encode_response(&survey, &partly).unwrap();
    assert_eq!(pulse_core::transfer::decode_response(&survey, &coded).unwrap().answers["F1"], Answer::Scale(2));

    // Counted by group under protection: 5 students (yes, yes, yes, partly, no) and 2 carers
    // (no, don't know). The students' 5 are shown (k + 1 = 4); the carers' 2 are pooled into
    // "Other groups, combined" with no other group, so left out of every figure: "everyone" is
    // the 5 students, yes 3, partly 1, no 1.
    let students = [3, 3, 3, 2, 1].iter().enumerate().map(|(at, value)| {
        let mut response = response(&format!("s{at}"), "student", None, &[]);
        response.answers.insert("F1".into(), Answer::Scale(*value));
        response
    });
    let carers = [1, 0].iter().enumerate().map(|(at, value)| {
        let mut response = response(&format!("c{at}"), "service-user-carer", None, &[]);
        response.answers.insert("F1".into(), Answer::Scale(*value));
        response
    });
    let responses: Vec<Response> = students.chain(carers).collect();
    let table = ResponseTable::from_responses(&survey, &responses).unwrap();
    let report = analyse(&table, &Filter::default(), 3);
    let asked = report.items.iter().find(|item| item.item == "F1").expect("counted like a statement");
    let student = report.groups.iter().position(|group| group == "student").unwrap();
    let counts = asked.by_group[student].shown().expect("five students are shown");
    assert_eq!((counts.points[2], counts.points[1], counts.points[0], counts.dont_know), (3, 1, 1, 0));
    let carer = report.groups.iter().position(|group| group == "service-user-carer").unwrap();
    assert!(asked.by_group[carer].shown().is_none(), "two carers are never shown");
    assert_eq!(
        asked.overall.shown(),
        Some(counts),
        "the left-out carers are in no figure, so everyone is the students"
    );
}

/// Five students' answers to action 1 (no, no, no, yes, don't know; nobody answers action 2),
/// analysed with k = 3.
fn five_students_on_action_one(survey: &pulse_core::survey::SurveyDefinition) -> pulse_core::analytics::Report {
    use pulse_core::response::Answer;
    let responses: Vec<Response> = [1, 1, 1, 3, 0]
        .iter()
        .enumerate()
        .map(|(at, value)| {
            let mut response = response(&format!("s{at}"), "student", None, &[]);
            response.answers.insert("F1".into(), Answer::Scale(*value));
            response
        })
        .collect();
    let table = ResponseTable::from_responses(survey, &responses).unwrap();
    analyse(&table, &Filter::default(), 3)
}

#[test]
fn the_dashboard_says_what_each_group_said_of_an_action_and_prompts_when_most_say_no() {
    use pulse_core::dashboard::action_rows;
    let survey = survey_asking_about_actions();
    // Five students on action 1: no, no, no, yes, don't know. Yes 1, partly 0, no 3, don't know 1:
    // of the 4 who said yes, partly or no, 3 said no, which is most (3 × 2 > 4): the prompt shows.
    // Action 2 is asked but no one answered it.
    let report = five_students_on_action_one(&survey);
    let mut plan = ActionPlan::new("partnership-pulse");
    for what in ["Joint induction", "Shared newsletter"] {
        let action = NewAction { what: what.into(), owners: vec!["council".into()], ..NewAction::default() };
        let change = PlanChange::Add { action, wave: String::new(), today: "2026-03-20".into() };
        plan = plan.apply(&change, &survey).unwrap();
    }
    let texts = pulse_core::i18n::Texts::english();
    let rows = action_rows(&plan, &report, &survey, "en", &texts);
    let said = rows[0].said.as_ref().expect("action 1 was asked about");
    assert_eq!(said.summary, "Asked whether it was carried out, 5 answered: yes 1, partly 0, no 3, don't know 1.");
    let by_group = said.by_group.as_ref().expect("the students may be shown");
    assert_eq!(by_group.columns, ["Group", "Yes", "Partly", "No", "Don't know"]);
    assert_eq!(by_group.rows, [("Student".to_owned(), vec!["1".into(), "0".into(), "3".into(), "1".into()])]);
    assert!(said.prompt.as_deref().is_some_and(|prompt| prompt.starts_with("Most say this was not carried out.")));
    let unanswered = rows[1].said.as_ref().expect("action 2 was asked about too");
    assert_eq!(unanswered.summary, "Asked whether it was carried out: fewer than 4 answers can be shown so far.");
    assert_eq!((unanswered.by_group.as_ref(), unanswered.prompt.as_ref()), (None, None));
}

#[test]
fn the_figures_file_holds_what_respondents_said_of_each_action() {
    use pulse_core::dashboard::{figures_csv, follow_through_tables};
    let survey = survey_asking_about_actions();
    // The same five students as above on action 1 (no, no, no, yes, don't know); nobody on 2.
    let report = five_students_on_action_one(&survey);
    let tables = follow_through_tables(&report, &survey, "en", &pulse_core::i18n::Texts::english());
    let csv = figures_csv(&tables);
    let blocks: Vec<&str> = csv.split("\r\n\r\n").filter(|block| !block.is_empty()).collect();
    assert_eq!(blocks.len(), 2, "one table per action asked about: {csv}");
    // Everyone 1 / 0 / 3 / 1, then the students (the only group, five of them: shown).
    assert!(blocks[0].starts_with("\"Was \"\"Joint induction\"\" carried out?"), "{}", blocks[0]);
    assert!(blocks[0].ends_with("Group,Yes,Partly,No,Don't know\r\nAll,1,0,3,1\r\nStudent,1,0,3,1"), "{}", blocks[0]);
    // Nobody answered action 2: everyone's cells say why, and no group is listed.
    assert!(
        blocks[1]
            .ends_with("Group,Yes,Partly,No,Don't know\r\nAll,fewer than 4,fewer than 4,fewer than 4,fewer than 4"),
        "{}",
        blocks[1]
    );
}
