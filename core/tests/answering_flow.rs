//! The respondent reducer natively: navigation, conditions, required group, review and submit.

use pulse_core::answering::*;
use pulse_core::i18n::{Catalogue, Texts};
use pulse_core::response::Answer;
use pulse_core::survey::builtin_survey;
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
    assert_eq!(state.section_position(0), (1, 9));
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
    // The device's draft read arriving after the person began (an empty one here) leaves the
    // problem and the focus as they are.
    let found = state.draft.clone();
    let state = state.apply(RespondAction::ResumeIfUntouched(found));
    assert_eq!(state.problem, Some(FlowProblem::GroupRequired { item: "group".into() }));
    assert_eq!(state.focus_item.as_deref(), Some("group"));
    let state = answer(state, "group", Answer::Text("university".into()));
    assert_eq!(state.problem, None, "anything the person does clears the problem");
    assert_eq!(state.apply(RespondAction::Next).step, Step::Section(1));
}

#[test]
fn after_the_last_section_comes_the_review_and_back_returns_to_the_last_section() {
    let mut state = answer(fresh().apply(RespondAction::Start), "group", Answer::Text("student".into()));
    for _ in 0..9 {
        state = state.apply(RespondAction::Next);
    }
    assert_eq!(state.step, Step::Review);
    assert_eq!(state.apply(RespondAction::Back).step, Step::Section(8));
}

#[test]
fn questions_shown_only_to_some_groups_follow_the_group_chosen() {
    let mut survey = builtin_survey().unwrap();
    // Only students see R2; the whole leadership section (6) is for employers' senior managers only.
    survey.sections[7].items[1].shown_to = vec!["student".into()];
    for item in &mut survey.sections[6].items {
        item.shown_to = vec!["employer-strategic".into()];
    }
    let state = RespondState::new(Rc::new(survey));
    let student = answer(state.clone(), "group", Answer::Text("student".into()));
    let ids = |state: &RespondState, section| {
        visible_items(&state.survey, &state.draft.answers, section).iter().map(|i| i.id.clone()).collect::<Vec<_>>()
    };
    assert_eq!(ids(&student, 7), ["R1", "R2", "R3"]);
    assert!(!student.sections().contains(&6), "a section with nothing for this group is skipped");
    let manager = answer(state, "group", Answer::Text("employer-strategic".into()));
    assert_eq!(ids(&manager, 7), ["R1", "R3"]);
    assert!(manager.sections().contains(&6));
    // Walking forward from aims (5) as a student skips leadership (6).
    let walked = student.apply(RespondAction::GoTo { section: 5, item: None }).apply(RespondAction::Next);
    assert_eq!(walked.step, Step::Section(7));
}

#[test]
fn progress_counts_visible_questions_answered() {
    let state = fresh();
    assert_eq!(answered_count(&state.survey, &state.draft.answers), (0, 28));
    assert_eq!(state.survey.question_count(), 28, "the welcome screen and set-up say the same");
    let state = answer(state, "T1", Answer::Scale(4));
    let state = answer(state, "O1", Answer::Text("   ".into()));
    assert_eq!(answered_count(&state.survey, &state.draft.answers), (1, 28), "blank text is not an answer");
    let state = state.apply(RespondAction::Clear { item: "T1".into() });
    assert_eq!(answered_count(&state.survey, &state.draft.answers), (0, 28));
}

#[test]
fn a_change_made_from_the_review_page_returns_to_it() {
    let mut state = answer(fresh().apply(RespondAction::Start), "group", Answer::Text("student".into()));
    for _ in 0..9 {
        state = state.apply(RespondAction::Next);
    }
    assert_eq!(state.step, Step::Review);
    let changing = state.apply(RespondAction::GoTo { section: 4, item: Some("V2".into()) });
    assert!(changing.from_review, "the section offers Back to review");
    let changed = answer(changing, "V2", Answer::Scale(4));
    assert!(changed.from_review, "answering keeps the way back");
    let back = changed.apply(RespondAction::ReturnToReview);
    assert_eq!((back.step, back.from_review), (Step::Review, false));
    assert_eq!(back.draft.answers.get("V2"), Some(&Answer::Scale(4)));
    // Walking the sections from the start offers no way back to a review never seen.
    let walking = fresh().apply(RespondAction::Start);
    assert!(!walking.from_review);
    assert_eq!(walking.clone().apply(RespondAction::ReturnToReview), walking);
}

#[test]
fn the_review_page_reaches_an_unanswered_question_and_focuses_it() {
    let state = fresh().apply(RespondAction::GoTo { section: 4, item: Some("V2".into()) });
    assert_eq!(state.step, Step::Section(4));
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
    assert_eq!((response.survey_id.as_str(), response.survey_version), ("partnership-pulse", 2));
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

#[test]
fn the_review_reads_a_matrix_partner_by_partner_on_its_own_scale() {
    use pulse_core::answering::answer_text;
    use pulse_core::sorted_map::SortedMap;
    let survey = builtin_survey().unwrap();
    let rating = |pairs: &[(&str, u8)]| pairs.iter().map(|(q, v)| ((*q).to_owned(), *v)).collect::<SortedMap<_, _>>();
    // PV: gain 4 (A lot) and contribution 0 (don't know) for the council; the university's gain only.
    let value = Answer::Matrix(SortedMap::from([
        ("council".to_owned(), rating(&[("gain", 4), ("contribution", 0)])),
        ("university".to_owned(), rating(&[("gain", 2)])),
    ]));
    assert_eq!(
        answer_text(&survey, survey.item("PV").unwrap(), Some(&value), "en", &Texts::english()),
        "2 of 5 partners rated (How much does this partner gain from the partnership? / How much does this partner \
         contribute?). City Council adult and children's services: A lot / Don't know; The university: A little / –"
    );
    // PT, one question on the trust scale: no question list.
    let trust = Answer::Matrix(SortedMap::from([("nhs-trust".to_owned(), rating(&[("trust", 4)]))]));
    assert_eq!(
        answer_text(&survey, survey.item("PT").unwrap(), Some(&trust), "en", &Texts::english()),
        "1 of 5 partners rated. Community health NHS trust: Mostly"
    );
    // The same answers read in Welsh: the survey's words from the instrument's Welsh, the app's
    // from locales/cy.json (numbers take the singular noun in Welsh: "5 partner").
    let welsh = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/cy.json")).unwrap();
    let welsh = Texts::translated(Rc::new(Catalogue::read(&welsh, "cy").unwrap()));
    assert_eq!(
        answer_text(&survey, survey.item("PV").unwrap(), Some(&value), "cy", &welsh),
        "2 o 5 partner wedi'u graddio (Faint mae'r partner hwn yn ei ennill o'r bartneriaeth? / Faint mae'r partner \
         hwn yn ei gyfrannu?). Gwasanaethau oedolion a phlant Cyngor y Ddinas: Llawer / Ddim yn gwybod; Y brifysgol: \
         Ychydig / –"
    );
}

fn one_at_a_time() -> RespondState {
    RespondState::with_layout(Rc::new(builtin_survey().unwrap()), Layout::OneAtATime)
}

#[test]
fn one_question_a_screen_and_a_matrix_one_partner_a_screen() {
    let survey = builtin_survey().unwrap();
    let none = Default::default();
    // About you: group, partner (2 screens). Trust: T1-T5 (5). Trust between partners: PT for each
    // of the 5 partners (5). Value: V1-V3, then PV for each of the 5 partners (3 + 5 = 8).
    let counts: Vec<usize> = [0, 1, 2, 4].iter().map(|&s| section_screens(&survey, &none, s).len()).collect();
    assert_eq!(counts, [2, 5, 5, 8]);
    let value = section_screens(&survey, &none, 4);
    assert_eq!(value[2], Screen { item: "V3".into(), partner: None });
    assert_eq!(value[3], Screen { item: "PV".into(), partner: Some(0) });
    assert_eq!(value[7], Screen { item: "PV".into(), partner: Some(4) });
}

#[test]
fn next_and_back_walk_screens_then_sections() {
    let state = answer(one_at_a_time().apply(RespondAction::Start), "group", Answer::Text("student".into()));
    assert_eq!((state.step, state.screen_position()), (Step::Section(0), Some((0, 2))));
    let state = state.apply(RespondAction::Next);
    assert_eq!((state.step, state.screen_position()), (Step::Section(0), Some((1, 2))), "the partner question");
    let state = state.apply(RespondAction::Next);
    assert_eq!((state.step, state.screen_position()), (Step::Section(1), Some((0, 5))), "Trust starts at T1");
    let state = state.apply(RespondAction::Back);
    assert_eq!(
        (state.step, state.screen_position()),
        (Step::Section(0), Some((1, 2))),
        "back arrives at the last question"
    );
    // The whole-section layout has no screens.
    let whole = state.apply(RespondAction::SetLayout(Layout::WholeSection));
    assert_eq!(whole.screen_position(), None);
    assert_eq!(whole.apply(RespondAction::Next).step, Step::Section(1), "Next leaves the section at once");
}

#[test]
fn one_at_a_time_the_group_question_holds_until_answered() {
    let state = one_at_a_time().apply(RespondAction::Start).apply(RespondAction::Next);
    assert_eq!(state.screen_position(), Some((0, 2)), "stays on the group question");
    assert_eq!(state.problem, Some(FlowProblem::GroupRequired { item: "group".into() }));
    // Reaching the partner question from the review and pressing Next leads back to the group.
    let from_partner = one_at_a_time().apply(RespondAction::GoTo { section: 0, item: Some("partner".into()) });
    assert_eq!(from_partner.screen_position(), Some((1, 2)));
    let held = from_partner.apply(RespondAction::Next);
    assert_eq!((held.step, held.screen_position()), (Step::Section(0), Some((0, 2))));
    assert_eq!(held.focus_item.as_deref(), Some("group"));
}

#[test]
fn the_review_leads_to_the_screen_of_the_question_and_restart_keeps_the_layout() {
    let state = one_at_a_time().apply(RespondAction::GoTo { section: 4, item: Some("PV".into()) });
    assert_eq!(state.screen_position(), Some((3, 8)), "PV's first partner follows V1-V3");
    assert_eq!(state.apply(RespondAction::Restart).layout, Layout::OneAtATime);
}
