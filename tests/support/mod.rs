//! Helpers shared by the native analytics tests: building responses tersely.
#![allow(dead_code)]

use partnership_pulse::response::{Answer, Response};
use partnership_pulse::survey::{builtin_survey, SurveyDefinition};
use std::collections::BTreeMap;

pub fn survey() -> SurveyDefinition {
    builtin_survey().expect("built-in survey loads")
}

/// A response to the built-in survey with Likert answers given as (item, value; 0 = don't know).
pub fn response(id: &str, group: &str, partner: Option<&str>, likert: &[(&str, u8)]) -> Response {
    Response {
        id: id.to_owned(),
        survey_id: "partnership-pulse".to_owned(),
        survey_version: 1,
        wave: String::new(),
        group: group.to_owned(),
        partner: partner.map(str::to_owned),
        submitted: "2026-11-01".to_owned(),
        answers: likert.iter().map(|(item, value)| ((*item).to_owned(), Answer::Scale(*value))).collect(),
    }
}

/// The same value for every item listed.
pub fn all(items: &[&'static str], value: u8) -> Vec<(&'static str, u8)> {
    items.iter().map(|item| (*item, value)).collect()
}

pub const TRUST: [&str; 5] = ["T1", "T2", "T3", "T4", "T5"];
pub const INCLUSION: [&str; 6] = ["I1", "I2", "I3", "I4", "I5", "I6"];

/// Adds the "which groups do not get enough say" answer.
pub fn naming(mut response: Response, groups: &[&str]) -> Response {
    response.answers.insert("IX".into(), Answer::Choices(groups.iter().map(|g| (*g).to_owned()).collect()));
    response
}

/// Adds partner-matrix ratings: (partner, gain, contribution), 0 = don't know.
pub fn rating(mut response: Response, ratings: &[(&str, u8, u8)]) -> Response {
    let rows: BTreeMap<String, BTreeMap<String, u8>> = ratings
        .iter()
        .map(|(partner, gain, contribution)| {
            let questions = [("gain".to_owned(), *gain), ("contribution".to_owned(), *contribution)];
            ((*partner).to_owned(), questions.into_iter().collect())
        })
        .collect();
    response.answers.insert("PV".into(), Answer::Matrix(rows));
    response
}

/// Asserts two floats agree to 1e-6.
#[track_caller]
pub fn close(actual: f64, expected: f64) {
    assert!((actual - expected).abs() < 1e-6, "expected {expected}, got {actual}");
}
