//! What people said: the free-text answers in view, natively, on a hand-made set of responses to
//! the built-in survey (k = 3). Worked out by hand:
//! - university: u1 "More joint teaching", u2 "   " (blank, not an answer), u3 none → 3 responses;
//! - student: s1 "Pay carers on time"; carers: c1 "Listen to carers", c2 "Shorter meetings" → 1 and
//!   2 responses, each under 3, so protection combines them into one group of 3 (shown);
//! - all six in view: four answers; university's is marked University (3 ≥ 3), the other three
//!   "Other groups, combined" (3 ≥ 3);
//! - only the university in view: one answer, marked; only two responses stored: nothing.

mod support;

use partnership_pulse::analytics::{answer_key, what_people_said, Filter, ProtectedTable, ResponseTable, SaidAnswer};
use partnership_pulse::response::{Answer, Response};
use support::{response, survey};

fn said(id: &str, group: &str, text: Option<&str>) -> Response {
    let mut answered = response(id, group, None, &[("T1", 4)]);
    if let Some(text) = text {
        answered.answers.insert("O1".to_owned(), Answer::Text(text.to_owned()));
    }
    answered
}

fn six() -> Vec<Response> {
    vec![
        said("u1", "university", Some("More joint teaching")),
        said("u2", "university", Some("   ")),
        said("u3", "university", None),
        said("s1", "student", Some("Pay carers on time")),
        said("c1", "service-user-carer", Some("Listen to carers")),
        said("c2", "service-user-carer", Some("Shorter meetings")),
    ]
}

/// The university staff member u1's answer, as listed with their group.
fn joint_teaching(university: usize) -> SaidAnswer {
    SaidAnswer {
        key: answer_key("partnership-pulse", "u1"),
        text: "More joint teaching".into(),
        group: Some(university),
    }
}

fn protected(responses: &[Response]) -> ProtectedTable {
    let survey = survey();
    ProtectedTable::new(&ResponseTable::from_responses(&survey, responses).unwrap(), survey.small_group_threshold)
}

#[test]
fn answers_in_view_are_listed_with_a_group_only_where_it_has_k_or_more() {
    let survey = survey();
    let university = survey.groups.iter().position(|group| group.id == "university").unwrap();
    let combined = survey.groups.len();
    let lists = what_people_said(&protected(&six()), &Filter::default()).unwrap();
    assert_eq!(lists.len(), 1, "the built-in survey has one free-text question");
    assert_eq!(lists[0].item, "O1");
    let mut answers = lists[0].answers.clone();
    answers.sort_by(|a, b| a.text.cmp(&b.text));
    assert_eq!(
        answers,
        vec![
            SaidAnswer {
                key: answer_key("partnership-pulse", "c1"),
                text: "Listen to carers".into(),
                group: Some(combined)
            },
            SaidAnswer {
                key: answer_key("partnership-pulse", "u1"),
                text: "More joint teaching".into(),
                group: Some(university)
            },
            SaidAnswer {
                key: answer_key("partnership-pulse", "s1"),
                text: "Pay carers on time".into(),
                group: Some(combined)
            },
            SaidAnswer {
                key: answer_key("partnership-pulse", "c2"),
                text: "Shorter meetings".into(),
                group: Some(combined)
            },
        ]
    );

    let only_university = Filter { groups: vec!["university".into()], ..Filter::default() };
    let lists = what_people_said(&protected(&six()), &only_university).unwrap();
    assert_eq!(lists[0].answers, vec![joint_teaching(university)]);
}

#[test]
fn an_answer_key_is_the_fnv_1a_hash_of_survey_and_response_ids() {
    // FNV-1a 64 over the bytes "s", 0, "r": offset basis 0xcbf29ce484222325, each byte XORed in
    // and multiplied by the prime 0x100000001b3 (mod 2^64) — worked out once and fixed here, as
    // stored themes name answers by it.
    assert_eq!(answer_key("s", "r"), 0x81bd8b195c76cfdc);
    assert_ne!(answer_key("s", "r"), answer_key("s\u{0}r", ""), "the separator keeps the ids apart");
}

#[test]
fn nothing_is_listed_when_fewer_than_k_are_in_view() {
    let two = &six()[..2];
    assert_eq!(what_people_said(&protected(two), &Filter::default()), None);
}

#[test]
fn answers_of_a_group_too_small_in_a_wave_are_left_out_as_its_figures_are() {
    // Two waves: the university's three all in spring; the combined three split 2 spring, 1
    // autumn. Protection leaves out every group-and-wave cell under 3, so in spring only the
    // university's answer is listed, and nothing at all in autumn.
    let mut responses = six();
    for response in responses.iter_mut() {
        response.wave = if response.id == "c2" { "autumn".into() } else { "spring".into() };
    }
    let survey = survey();
    let university = survey.groups.iter().position(|group| group.id == "university").unwrap();
    let spring = Filter { waves: vec!["spring".into()], ..Filter::default() };
    let lists = what_people_said(&protected(&responses), &spring).unwrap();
    assert_eq!(lists[0].answers, vec![joint_teaching(university)]);
    let autumn = Filter { waves: vec!["autumn".into()], ..Filter::default() };
    assert_eq!(what_people_said(&protected(&responses), &autumn), None);
}

#[test]
fn the_order_is_fixed_for_the_survey_not_the_order_of_submission() {
    let forward = what_people_said(&protected(&six()), &Filter::default()).unwrap();
    let mut reversed_input = six();
    reversed_input.reverse();
    let backward = what_people_said(&protected(&reversed_input), &Filter::default()).unwrap();
    assert_eq!(forward, backward);
}
