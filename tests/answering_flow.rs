//! The respondent reducer natively: navigation, conditions, required group, review and submit.

use partnership_pulse::answering::*;
use partnership_pulse::response::Answer;
use partnership_pulse::survey::builtin_survey;
use std::rc::Rc;

fn fresh() -> RespondState {
    RespondState::new(Rc::new(builtin_survey().unwrap()))
}

fn answer(state: RespondState, item: &str, answer: Answer) -> RespondState {
    state.apply(RespondAction::Answer { item: item.into(), answer })
}

#[test]
fn start_opens_the_first_section_and_next_and_back_walk_the_sections() {
    let state = fresh().apply(RespondAction::Start);
    assert_eq!(state.step, Step::Section(0));
    assert_eq!(state.section_position(0), (1, 8));
    let state = answer(state, "group", Answer::Text("student".into())).apply(RespondAction::Next);
    assert_eq!(state.step, Step::Section(1));
    assert_eq!(state.draft.position, DraftPosition::Section(1), "the draft remembers where the person is");
    let state = state.apply(RespondAction::Back).apply(RespondAction::Back);
    assert_eq!(state.step, Step::Welcome);
}

#[test]
fn the_group_must_be_chosen_before_leaving_the_first_section() {
    let state = fresh().apply(RespondAction::Start).apply(RespondAction::Next);
    assert_eq!(state.step, Step::Section(0), "stays on the section");
    assert_eq!(state.problem, Some(FlowProblem::GroupRequired { item: "group".into() }));
    assert_eq!(state.focus_item.as_deref(), Some("group"), "focus goes to the question to fix");
    let state = answer(state, "group", Answer::Text("university".into()));
    assert_eq!(state.problem, None, "any action clears the problem");
    assert_eq!(state.apply(RespondAction::Next).step, Step::Section(1));
}

#[test]
fn after_the_last_section_comes_the_review_and_back_returns_to_the_last_section() {
    let mut state = answer(fresh().apply(RespondAction::Start), "group", Answer::Text("student".into()));
    for _ in 0..8 {
        state = state.apply(RespondAction::Next);
    }
    assert_eq!(state.step, Step::Review);
    assert_eq!(state.apply(RespondAction::Back).step, Step::Section(7));
}

#[test]
fn questions_shown_only_to_some_groups_follow_the_group_chosen() {
    let mut survey = builtin_survey().unwrap();
    // Only students see R2; the whole leadership section is for employers' senior managers only.
    survey.sections[6].items[1].shown_to = vec!["student".into()];
    for item in &mut survey.sections[5].items {
        item.shown_to = vec!["employer-strategic".into()];
    }
    let state = RespondState::new(Rc::new(survey));
    let student = answer(state.clone(), "group", Answer::Text("student".into()));
    let ids = |state: &RespondState, section| {
        visible_items(&state.survey, &state.draft.answers, section).iter().map(|i| i.id.clone()).collect::<Vec<_>>()
    };
    assert_eq!(ids(&student, 6), ["R1", "R2", "R3"]);
    assert!(!student.sections().contains(&5), "a section with nothing for this group is skipped");
    let manager = answer(state, "group", Answer::Text("employer-strategic".into()));
    assert_eq!(ids(&manager, 6), ["R1", "R3"]);
    assert!(manager.sections().contains(&5));
    // Walking forward from aims (4) as a student skips leadership (5).
    let walked = student.apply(RespondAction::GoTo { section: 4, item: None }).apply(RespondAction::Next);
    assert_eq!(walked.step, Step::Section(6));
}

#[test]
fn progress_counts_visible_questions_answered() {
    let state = fresh();
    assert_eq!(answered_count(&state.survey, &state.draft.answers), (0, 27));
    let state = answer(state, "T1", Answer::Scale(4));
    let state = answer(state, "O1", Answer::Text("   ".into()));
    assert_eq!(answered_count(&state.survey, &state.draft.answers), (1, 27), "blank text is not an answer");
    let state = state.apply(RespondAction::Clear { item: "T1".into() });
    assert_eq!(answered_count(&state.survey, &state.draft.answers), (0, 27));
}

#[test]
fn the_review_page_reaches_an_unanswered_question_and_focuses_it() {
    let state = fresh().apply(RespondAction::GoTo { section: 3, item: Some("V2".into()) });
    assert_eq!(state.step, Step::Section(3));
    assert_eq!(state.focus_item.as_deref(), Some("V2"));
}

#[test]
fn submitting_builds_a_response_of_visible_answers_with_group_and_partner_apart() {
    let mut survey = builtin_survey().unwrap();
    survey.wave = "2026 spring".into();
    survey.sections[1].items[4].shown_to = vec!["employer-strategic".into()]; // T5 for managers only
    let state = RespondState::new(Rc::new(survey));
    let state = answer(state, "group", Answer::Text("carers".replace("carers", "service-user-carer")));
    let state = answer(state, "partner", Answer::Text("prefer-not-to-say".into()));
    let state = answer(state, "T1", Answer::Scale(2));
    let state = answer(state, "T5", Answer::Scale(5)); // hidden for this group: left out
    let state = answer(state, "I1", Answer::Scale(0));
    let response = state.build_response("abc".into(), "2026-11-23".into()).unwrap();
    assert_eq!(response.group, "service-user-carer");
    assert_eq!(response.partner, None, "prefer not to say gives no partner");
    assert_eq!(response.wave, "2026 spring");
    assert_eq!((response.survey_id.as_str(), response.survey_version), ("partnership-pulse", 1));
    assert_eq!(response.submitted, "2026-11-23");
    let items: Vec<&str> = response.answers.keys().map(String::as_str).collect();
    assert_eq!(items, ["I1", "T1"]);
    let with_partner = answer(state, "partner", Answer::Text("council".into()));
    assert_eq!(
        with_partner.build_response("x".into(), "2026-11-23".into()).unwrap().partner.as_deref(),
        Some("council")
    );
}

#[test]
fn submitting_without_a_group_is_refused_and_leads_back_to_the_question() {
    let state = answer(fresh(), "T1", Answer::Scale(3));
    let problem = state.build_response("x".into(), "2026-11-23".into()).unwrap_err();
    assert_eq!(problem, FlowProblem::GroupRequired { item: "group".into() });
    let state = state.apply(RespondAction::Problem(problem));
    assert_eq!(state.step, Step::Section(0));
    assert_eq!(state.focus_item.as_deref(), Some("group"));
}

#[test]
fn after_submitting_the_draft_is_empty_and_restart_clears_the_thanks_screen() {
    let state = answer(fresh(), "group", Answer::Text("student".into()));
    let state = answer(state, "T1", Answer::Scale(5));
    let response = state.build_response("id1".into(), "2026-11-23".into()).unwrap();
    let state = state.apply(RespondAction::Submitted(response.clone()));
    assert_eq!(state.step, Step::Thanks);
    assert!(!state.draft.has_answers());
    assert_eq!(state.submitted, Some(response));
    let state = state.apply(RespondAction::Restart);
    assert_eq!((state.step, state.submitted.clone()), (Step::Welcome, None), "nothing of the last person remains");
}

#[test]
fn a_resumed_draft_continues_where_it_was_left_but_a_draft_of_another_version_is_ignored() {
    let state =
        answer(fresh(), "group", Answer::Text("student".into())).apply(RespondAction::GoTo { section: 2, item: None });
    let saved = state.draft.clone();
    let resumed = fresh().apply(RespondAction::Resume(saved.clone()));
    assert_eq!(resumed.step, Step::Welcome);
    assert_eq!(resumed.apply(RespondAction::Start).step, Step::Section(2));
    let mut old = saved;
    old.survey_version = 0;
    let ignored = fresh().apply(RespondAction::Resume(old));
    assert!(!ignored.draft.has_answers(), "answers to another version are never applied");
}

#[test]
fn a_draft_another_tab_left_is_taken_up_only_by_a_person_who_has_not_begun() {
    let theirs = answer(fresh(), "group", Answer::Text("student".into())).draft.clone();
    let untouched = fresh().apply(RespondAction::ResumeIfUntouched(theirs.clone()));
    assert_eq!(untouched.draft, theirs, "still on the welcome screen with nothing answered: Continue is offered");
    let begun = answer(fresh(), "group", Answer::Text("university".into()));
    let kept = begun.clone().apply(RespondAction::ResumeIfUntouched(theirs.clone()));
    assert_eq!(kept.draft, begun.draft, "this person's own answers are never replaced");
    let started = fresh().apply(RespondAction::Start).apply(RespondAction::ResumeIfUntouched(theirs));
    assert_eq!(started.step, Step::Section(0), "nor is a person who has started moved back");
}
