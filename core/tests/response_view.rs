//! Responses read straight from their JSON as views (the dashboard's start) count exactly as
//! the same JSON read as a `Response` does; JSON no release writes (keys repeated or out of
//! order) is left to the `Response` reading, whose maps take the last of a repeated key.

mod support;
#[path = "support/synthetic.rs"]
mod synthetic;

use pollster::block_on;
use pulse_core::analytics::{analyse, Filter, ResponseTable};
use pulse_core::response::{Answer, AnswerView, Response, ResponseView, Text};
use pulse_core::services::DeviceResponses;
use pulse_core::sorted_map::SortedMap;
use pulse_core::store::{add_packed, response_record, MemoryStore, Record};
use support::survey;
use synthetic::{synthetic, Lcg};

/// A stored response's JSON, with `answers` written as given.
fn json_with_answers(id: &str, answers: &str) -> String {
    format!(
        r#"{{"id":"{id}","survey_id":"partnership-pulse","survey_version":2,"wave":"","group":"student","submitted":"2026-11-01","answers":{answers}}}"#
    )
}

#[test]
fn every_synthetic_response_reads_as_the_view_of_its_response() {
    let survey = survey();
    let mut random = Lcg(11);
    for index in 0..300 {
        let response = synthetic(&survey, index, &mut random);
        let json = serde_json::to_string(&response).unwrap();
        assert_eq!(ResponseView::from_json(&json), Some(response.view()), "{json}");
    }
}

/// The answers a map would hold after reading `pairs` in order (the last of a key counting).
fn as_a_map(pairs: &[(&str, Answer)]) -> SortedMap<String, Answer> {
    let mut answers = SortedMap::new();
    for (item, answer) in pairs {
        answers.insert((*item).to_owned(), answer.clone());
    }
    answers
}

fn matrix(rows: &[(&str, &[(&str, u8)])]) -> Answer {
    Answer::Matrix(
        rows.iter()
            .map(|(partner, ratings)| {
                (
                    (*partner).to_owned(),
                    ratings.iter().map(|(question, value)| ((*question).to_owned(), *value)).collect(),
                )
            })
            .collect(),
    )
}

#[test]
fn keys_repeated_or_out_of_order_are_left_to_the_response_reading() {
    let cases: [(&str, SortedMap<String, Answer>); 5] = [
        (r#"{"T2":3,"T1":4}"#, as_a_map(&[("T2", Answer::Scale(3)), ("T1", Answer::Scale(4))])),
        (r#"{"T1":3,"T2":5,"T1":4}"#, as_a_map(&[("T2", Answer::Scale(5)), ("T1", Answer::Scale(4))])),
        (
            r#"{"PV":{"nhs-trust":{"gain":3},"council":{"gain":4}}}"#,
            as_a_map(&[("PV", matrix(&[("council", &[("gain", 4)]), ("nhs-trust", &[("gain", 3)])]))]),
        ),
        // A repeated partner: its last ratings replace the earlier ones whole, as a map's insert does.
        (
            r#"{"PV":{"council":{"gain":3},"council":{"contribution":4}}}"#,
            as_a_map(&[("PV", matrix(&[("council", &[("contribution", 4)])]))]),
        ),
        (
            r#"{"PV":{"council":{"gain":3,"contribution":4,"gain":1}}}"#,
            as_a_map(&[("PV", matrix(&[("council", &[("contribution", 4), ("gain", 1)])]))]),
        ),
    ];
    for (answers, expected) in cases {
        let json = json_with_answers("r1", answers);
        let response: Response = serde_json::from_str(&json).unwrap();
        assert_eq!(response.answers, expected, "{answers}");
        assert_eq!(ResponseView::from_json(&json), None, "{answers}");
    }
    // What neither reads: an unknown field, a scale point past 255, a float.
    for json in [
        json_with_answers("r1", r#"{"T1":3}"#).replace(r#""wave":"","#, r#""wave":"","name":"Ann","#),
        json_with_answers("r1", r#"{"T1":300}"#),
        json_with_answers("r1", r#"{"T1":3.0}"#),
    ] {
        assert_eq!(ResponseView::from_json(&json), None, "{json}");
        assert!(serde_json::from_str::<Response>(&json).is_err(), "{json}");
    }
}

#[test]
fn a_partner_with_no_ratings_and_an_escaped_text_read_as_in_a_response() {
    let json = json_with_answers("r1", r#"{"O1":"say \"more\"","PV":{"council":{}}}"#);
    let view = ResponseView::from_json(&json).expect("a response");
    let response: Response = serde_json::from_str(&json).unwrap();
    assert_eq!(view, response.view());
    assert_eq!(view.answers[0].1, AnswerView::Text(Text("say \"more\"".to_owned().into())));
    assert_eq!(view.answers[1].1, AnswerView::Matrix(vec![("council".into(), Vec::new())]));
}

#[test]
fn the_dashboard_s_start_counts_views_and_long_read_responses_as_an_import_does() {
    let survey = survey();
    let mut random = Lcg(5);
    let mut responses: Vec<Response> = (0..40).map(|index| synthetic(&survey, index, &mut random)).collect();
    let mut records: Vec<Record> = responses.iter().map(|r| response_record(r).unwrap()).collect();
    // Written by hand, as no release writes them: out of order (read the long way, counted); a
    // repeated item (the last answer counts); an unknown partner given no ratings (refused).
    let by_hand =
        [("h1", r#"{"T2":2,"T1":5,"O1":"fine"}"#), ("h2", r#"{"T1":1,"T1":4}"#), ("h3", r#"{"PV":{"bank":{}}}"#)];
    for (id, answers) in by_hand {
        let json = json_with_answers(id, answers);
        records.push(Record::new(id, "partnership-pulse", json.clone()));
        responses.push(serde_json::from_str(&json).unwrap());
    }
    let store = MemoryStore::default();
    block_on(add_packed(&store, &survey.id, records, Vec::new())).unwrap();
    let device = block_on(DeviceResponses::load(&store, &survey));
    let loaded = device.table.as_ref().unwrap();
    assert_eq!(loaded.len(), 42, "every response but h3");
    assert_eq!(device.refused.len(), 1);
    let counted: Vec<&Response> = responses.iter().filter(|r| r.id != "h3").collect();
    let expected = ResponseTable::from_responses(&survey, counted).unwrap();
    assert_eq!(analyse(loaded, &Filter::default(), 0), analyse(&expected, &Filter::default(), 0));
}
