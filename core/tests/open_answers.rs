//! What people said: the free-text answers in view, natively, on a hand-made set of responses to
//! the built-in survey (k = 2: a list or a group's mark needs 3 people who answered). By hand:
//! - university: u1 "More joint teaching", u2 "   " (blank, not an answer), u3 "Fewer forms",
//!   u4 "Clearer roles" → 4 responses, 3 answers;
//! - student: s1 "Pay carers on time"; carers: c1 "Listen to carers", c2 "Shorter meetings" → 1 and
//!   2 responses, each 2 or fewer, so protection combines them into one group of 3 (shown);
//! - all seven in view: six answers; the university's three marked University, the other three
//!   "Other groups, combined";
//! - only the university in view: its three answers, marked; only two responses stored: nothing.

mod support;

use pulse_core::analytics::{answer_key, what_people_said, Filter, ProtectedTable, ResponseTable, SaidAnswer};
use pulse_core::response::{Answer, Response};
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
        said("u3", "university", Some("Fewer forms")),
        said("u4", "university", Some("Clearer roles")),
        said("s1", "student", Some("Pay carers on time")),
        said("c1", "service-user-carer", Some("Listen to carers")),
        said("c2", "service-user-carer", Some("Shorter meetings")),
    ]
}

/// The university staff's three answers, as listed with their group, in text order.
fn university_answers(university: usize) -> Vec<SaidAnswer> {
    [("u4", "Clearer roles"), ("u3", "Fewer forms"), ("u1", "More joint teaching")]
        .map(|(id, text)| SaidAnswer {
            key: answer_key("partnership-pulse", id),
            text: text.into(),
            group: Some(university),
        })
        .to_vec()
}

fn protected(responses: &[Response]) -> ProtectedTable {
    let survey = survey();
    ProtectedTable::new(&ResponseTable::from_responses(&survey, responses).unwrap(), 2)
}

fn by_text(mut answers: Vec<SaidAnswer>) -> Vec<SaidAnswer> {
    answers.sort_by(|a, b| a.text.cmp(&b.text));
    answers
}

#[test]
fn answers_in_view_are_listed_with_a_group_only_where_it_has_k_or_more() {
    let survey = survey();
    let university = survey.groups.iter().position(|group| group.id == "university").unwrap();
    let combined = survey.groups.len();
    let lists = what_people_said(&protected(&six()), &Filter::default()).unwrap();
    assert_eq!(lists.len(), 1, "the built-in survey has one free-text question");
    assert_eq!(lists[0].item, "O1");
    let answer = |id: &str, text: &str, group: usize| SaidAnswer {
        key: answer_key("partnership-pulse", id),
        text: text.into(),
        group: Some(group),
    };
    let mut expected = university_answers(university);
    expected.extend([
        answer("c1", "Listen to carers", combined),
        answer("s1", "Pay carers on time", combined),
        answer("c2", "Shorter meetings", combined),
    ]);
    assert_eq!(by_text(lists[0].answers.clone()), by_text(expected));

    let only_university = Filter { groups: vec!["university".into()], ..Filter::default() };
    let lists = what_people_said(&protected(&six()), &only_university).unwrap();
    assert_eq!(by_text(lists[0].answers.clone()), by_text(university_answers(university)));
}

/// Where a group has responses enough but too few of them answered, its answers are listed
/// without its name: u1 alone of the university answered, so "More joint teaching" is not marked
/// (that would say which of four people wrote it), and the combined row's mark, beside the whole
/// list, would single it out in the same way: so no answer is marked.
#[test]
fn a_group_with_too_few_answers_is_not_named_beside_them() {
    let mut responses = six();
    for response in responses.iter_mut().filter(|r| r.id == "u3" || r.id == "u4") {
        response.answers.remove("O1");
    }
    let lists = what_people_said(&protected(&responses), &Filter::default()).unwrap();
    assert_eq!(lists[0].answers.len(), 4);
    assert!(lists[0].answers.iter().all(|answer| answer.group.is_none()), "{:?}", lists[0].answers);
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
fn answers_of_a_wave_too_small_are_left_out_as_its_figures_are() {
    // Two waves: everyone in spring but c2 in autumn. Autumn's one response is left out; then
    // the student and the carer left in spring are 2 together, too few: left out too. Spring
    // lists the university's three answers, marked; autumn lists nothing.
    let mut responses = six();
    for response in responses.iter_mut() {
        response.wave = if response.id == "c2" { "autumn".into() } else { "spring".into() };
    }
    let survey = survey();
    let university = survey.groups.iter().position(|group| group.id == "university").unwrap();
    let spring = Filter { waves: vec!["spring".into()], ..Filter::default() };
    let lists = what_people_said(&protected(&responses), &spring).unwrap();
    assert_eq!(by_text(lists[0].answers.clone()), by_text(university_answers(university)));
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
