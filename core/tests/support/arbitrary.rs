//! Random responses to the built-in survey for property tests, drawn from a chosen set of
//! groups, partners, statements and waves.

use proptest::prelude::*;
use pulse_core::response::{Answer, Response};
use pulse_core::sorted_map::SortedMap;

/// The ids random responses draw from (a subset keeps every combination of filters few).
pub struct Universe {
    pub groups: &'static [&'static str],
    pub partners: &'static [&'static str],
    pub items: &'static [&'static str],
    /// Wave label and its submission day.
    pub waves: &'static [(&'static str, &'static str)],
}

/// A random response: group, partner (or none), wave, Likert answers (absent, don't know or 1-5),
/// the groups named in IX (or skipped), and gain/contribution ratings (each maybe absent).
fn response(universe: &'static Universe) -> impl Strategy<Value = Response> {
    let ratings = (proptest::option::of(0u8..=5), proptest::option::of(0u8..=5));
    (
        0..universe.groups.len(),
        proptest::option::of(0..universe.partners.len()),
        0..universe.waves.len(),
        proptest::collection::vec(proptest::option::of(0u8..=5), universe.items.len()),
        proptest::option::of(0u64..1 << universe.groups.len()),
        proptest::collection::vec(ratings, universe.partners.len()),
    )
        .prop_map(move |(group, partner, wave, likert, named, matrix)| {
            let mut answers: SortedMap<String, Answer> = universe
                .items
                .iter()
                .zip(likert)
                .filter_map(|(item, value)| value.map(|v| ((*item).to_owned(), Answer::Scale(v))))
                .collect();
            if let Some(mask) = named {
                let chosen = (0..universe.groups.len())
                    .filter(|g| mask & (1 << g) != 0)
                    .map(|g| universe.groups[g].to_owned())
                    .collect();
                answers.insert("IX".into(), Answer::Choices(chosen));
            }
            let rows: SortedMap<String, SortedMap<String, u8>> = universe
                .partners
                .iter()
                .zip(matrix)
                .map(|(partner, (gain, contribution))| {
                    let ratings = [("gain", gain), ("contribution", contribution)]
                        .into_iter()
                        .filter_map(|(question, value)| value.map(|v| (question.to_owned(), v)))
                        .collect();
                    ((*partner).to_owned(), ratings)
                })
                .collect();
            answers.insert("PV".into(), Answer::Matrix(rows));
            let (wave, day) = universe.waves[wave];
            Response {
                id: String::new(),
                survey_id: "partnership-pulse".into(),
                survey_version: 2,
                wave: wave.into(),
                group: universe.groups[group].into(),
                partner: partner.map(|p| universe.partners[p].to_owned()),
                submitted: day.into(),
                answers,
            }
        })
}

/// Up to `most` random responses with distinct ids.
pub fn responses(universe: &'static Universe, most: usize) -> impl Strategy<Value = Vec<Response>> {
    proptest::collection::vec(response(universe), 0..most).prop_map(|mut responses| {
        for (index, response) in responses.iter_mut().enumerate() {
            response.id = format!("r{index}");
        }
        responses
    })
}
