//! Helpers shared by the native analytics tests: building responses tersely.
#![allow(dead_code)]

#[cfg(not(target_arch = "wasm32"))]
pub mod arbitrary;
#[cfg(not(target_arch = "wasm32"))]
pub mod fake_couch;
#[cfg(not(target_arch = "wasm32"))]
pub mod rust_crypto;
#[cfg(not(target_arch = "wasm32"))]
pub mod sealed_fixture;
#[cfg(not(target_arch = "wasm32"))]
pub mod workshop;

use pulse_core::response::{Answer, Response};
use pulse_core::sorted_map::SortedMap;
use pulse_core::survey::{builtin_survey, SurveyDefinition};

pub fn survey() -> SurveyDefinition {
    builtin_survey().expect("built-in survey loads")
}

/// A response to the built-in survey with Likert answers given as (item, value; 0 = don't know).
pub fn response(id: &str, group: &str, partner: Option<&str>, likert: &[(&str, u8)]) -> Response {
    Response {
        id: id.to_owned(),
        survey_id: "partnership-pulse".to_owned(),
        survey_version: 2,
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
    let rows: SortedMap<String, SortedMap<String, u8>> = ratings
        .iter()
        .map(|(partner, gain, contribution)| {
            let questions = [("gain".to_owned(), *gain), ("contribution".to_owned(), *contribution)];
            ((*partner).to_owned(), questions.into_iter().collect())
        })
        .collect();
    response.answers.insert("PV".into(), Answer::Matrix(rows));
    response
}

/// Adds trust-matrix ratings (PT): (partner, trust 1-5), 0 = don't know.
pub fn trusting(mut response: Response, ratings: &[(&str, u8)]) -> Response {
    let rows: SortedMap<String, SortedMap<String, u8>> = ratings
        .iter()
        .map(|(partner, trust)| ((*partner).to_owned(), SortedMap::from([("trust".to_owned(), *trust)])))
        .collect();
    response.answers.insert("PT".into(), Answer::Matrix(rows));
    response
}

/// Asserts two floats agree to 1e-6.
#[track_caller]
pub fn close(actual: f64, expected: f64) {
    assert!((actual - expected).abs() < 1e-6, "expected {expected}, got {actual}");
}

/// Seven respondents in two groups (university staff "U", people who use services or carers "S").
///
/// | id | group | partner | trust answers | trust score | inclusion | IX names | PV university (gain, contrib) |
/// |----|-------|---------|---------------|-------------|-----------|----------|------------------|
/// | u1 | U | university | 4 4 4 4 4 | 75 | all 4 → 75 | S | 5, 4 |
/// | u2 | U | university | 5 5 5 5 5 | 100 | all 4 → 75 | S, student | 4, 4 |
/// | u3 | U | university | 3 3 3 3 3 | 50 | all 4 → 75 | (none) | 5, 4 |
/// | u4 | U | university | 4 5 dk – 4 | (4+5+4)/3 = 4.333 → 83.333 | all 4 → 75 | skipped | – |
/// | c1 | S | carers-network | 2 2 2 2 2 | 25 | all 2 → 25 | U | 3, 4 |
/// | c2 | S | carers-network | 3 3 3 3 3 | 50 | all 2 → 25 | (none) | 2, 5 |
/// | c3 | S | (none given) | 1 1 1 – – | 3 of 5 answered → 0 | 3 3 3 dk dk dk → 50 | skipped | 3, dk |
pub fn seven() -> Vec<Response> {
    let uni = Some("university");
    let carers = Some("carers-network");
    let with = |trust: Vec<(&'static str, u8)>, inclusion: Vec<(&'static str, u8)>| {
        trust.into_iter().chain(inclusion).collect::<Vec<_>>()
    };
    vec![
        rating(
            naming(
                response("u1", "university", uni, &with(all(&TRUST, 4), all(&INCLUSION, 4))),
                &["service-user-carer"],
            ),
            &[("university", 5, 4)],
        ),
        rating(
            naming(
                response("u2", "university", uni, &with(all(&TRUST, 5), all(&INCLUSION, 4))),
                &["service-user-carer", "student"],
            ),
            &[("university", 4, 4)],
        ),
        rating(
            naming(response("u3", "university", uni, &with(all(&TRUST, 3), all(&INCLUSION, 4))), &[]),
            &[("university", 5, 4)],
        ),
        response("u4", "university", uni, &with(vec![("T1", 4), ("T2", 5), ("T3", 0), ("T5", 4)], all(&INCLUSION, 4))),
        rating(
            naming(
                response("c1", "service-user-carer", carers, &with(all(&TRUST, 2), all(&INCLUSION, 2))),
                &["university"],
            ),
            &[("university", 3, 4)],
        ),
        rating(
            naming(response("c2", "service-user-carer", carers, &with(all(&TRUST, 3), all(&INCLUSION, 2))), &[]),
            &[("university", 2, 5)],
        ),
        rating(
            response(
                "c3",
                "service-user-carer",
                None,
                &[("T1", 1), ("T2", 1), ("T3", 1), ("I1", 3), ("I2", 3), ("I3", 3), ("I4", 0), ("I5", 0), ("I6", 0)],
            ),
            &[("university", 3, 0)],
        ),
    ]
}
