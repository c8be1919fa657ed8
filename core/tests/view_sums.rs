//! A view's figures are summed from per-atom counts made once per change of the data; here they
//! are checked against the same figures worked out straight from the responses the view's filter
//! keeps, for every single-group, single-partner and single-wave filter and some combinations.

#[path = "support/synthetic.rs"]
mod synthetic;

use pulse_core::analytics::{analyse_view, respondent_score, Filter, ProtectedTable, ResponseTable};
use pulse_core::response::{scale_code, Answer, Response};
use pulse_core::survey::{builtin_survey, SurveyDefinition};
use synthetic::{synthetic, Lcg};

fn kept(filter: &Filter, response: &Response) -> bool {
    let chosen = |list: &[String], value: &str| list.is_empty() || list.iter().any(|id| id == value);
    chosen(&filter.groups, &response.group)
        && chosen(&filter.waves, &response.wave)
        && match &response.partner {
            Some(partner) => chosen(&filter.partners, partner),
            None => filter.partners.is_empty(),
        }
}

/// 3,000 responses over 6 groups, 5 partners and 3 waves: no group, partner or wave is small,
/// so protection keeps every response and each filter's figures are all shown.
fn three_thousand(survey: &SurveyDefinition) -> Vec<Response> {
    let mut random = Lcg(7);
    (0..3000).map(|index| synthetic(survey, index, &mut random)).collect()
}

#[test]
fn every_view_sums_to_what_its_responses_give() {
    let survey = builtin_survey().expect("built-in survey");
    assert_every_view_sums(&survey, &three_thousand(&survey));
}

#[test]
fn an_item_in_two_indicators_is_counted_once() {
    // Items are counted apart from their indicators' alpha counts when one is in two indicators
    // (the alpha counts would give its answers twice): the built-in survey with an indicator
    // made of an item of each of the first two.
    let plain = builtin_survey().expect("built-in survey");
    let mut survey = plain.clone();
    let mut both = survey.indicators[0].clone();
    both.id = "both".to_owned();
    both.items = vec![survey.indicators[0].items[0].clone(), survey.indicators[1].items[0].clone()];
    survey.indicators.push(both);
    let responses = three_thousand(&plain);
    assert_every_view_sums(&survey, &responses);
    let alpha = |survey: &SurveyDefinition| {
        let table = ResponseTable::from_responses(survey, &responses).expect("fits");
        let report = analyse_view(&ProtectedTable::new(&table, survey.small_group_threshold), &Filter::default());
        report.indicators.iter().map(|indicator| indicator.alpha).collect::<Vec<_>>()
    };
    let (shared, alone) = (alpha(&survey), alpha(&plain));
    assert_eq!(shared[..alone.len()], alone[..], "the first indicators' alphas are as without the shared item");
    assert!(shared[alone.len()].is_some(), "the new indicator has an alpha");
}

fn assert_every_view_sums(survey: &SurveyDefinition, responses: &[Response]) {
    let table = ResponseTable::from_responses(survey, responses).expect("fits");
    let protected = ProtectedTable::new(&table, survey.small_group_threshold);
    assert_eq!(protected.len(), 3000, "nothing pooled or left out");
    let ids = |list: &[&str]| list.iter().map(|id| (*id).to_owned()).collect::<Vec<_>>();
    let mut filters = vec![Filter::default()];
    filters.extend(survey.groups.iter().map(|group| Filter { groups: vec![group.id.clone()], ..Filter::default() }));
    filters.extend(
        survey.partners.iter().map(|partner| Filter { partners: vec![partner.id.clone()], ..Filter::default() }),
    );
    filters.push(Filter { waves: ids(&["2026 spring"]), ..Filter::default() });
    filters.push(Filter {
        groups: ids(&["student", "voluntary"]),
        partners: ids(&["council", "university"]),
        waves: ids(&["2025 autumn", "2026 autumn"]),
    });
    for filter in &filters {
        let report = analyse_view(&protected, filter);
        let in_view: Vec<&Response> = responses.iter().filter(|response| kept(filter, response)).collect();
        assert_eq!(report.counts.total.shown().copied(), Some(in_view.len() as u32), "{filter:?}");
        for (index, indicator) in survey.indicators.iter().enumerate() {
            let scores: Vec<f64> = in_view
                .iter()
                .filter_map(|response| {
                    let codes = indicator.items.iter().map(|id| match response.answers.get(id) {
                        Some(Answer::Scale(value)) => scale_code(Some(*value)),
                        _ => scale_code(None),
                    });
                    respondent_score(codes, indicator.items.len())
                })
                .collect();
            let overall = report.indicators[index].overall.shown().expect("shown");
            let mean = scores.iter().sum::<f64>() / scores.len() as f64;
            assert_eq!(overall.n as usize, scores.len(), "{} {filter:?}", indicator.id);
            assert!((overall.mean - mean).abs() < 1e-9, "{} {filter:?}: {} against {mean}", indicator.id, overall.mean);
        }
        for distribution in &report.items {
            let counts = distribution.overall.shown().expect("shown");
            let given = |wanted: u8| {
                in_view
                    .iter()
                    .filter(|response| response.answers.get(&distribution.item) == Some(&Answer::Scale(wanted)))
                    .count() as u32
            };
            assert_eq!(counts.dont_know, given(0), "{} {filter:?}", distribution.item);
            assert_eq!(
                counts.points.to_vec(),
                (1..=5).map(given).collect::<Vec<_>>(),
                "{} {filter:?}",
                distribution.item
            );
        }
    }
}
