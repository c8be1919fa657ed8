//! The attacker of docs/design.md, played over random data: someone who sees every figure of
//! every view the dashboard offers (every combination of wave, group and partner filters), and
//! of the states before and after responses arrive, and who knows one respondent's answers —
//! their own. Whatever they add and subtract, they must learn nothing about 1 to k people, nor,
//! knowing their own answers, about 1 to k − 1 others.
//!
//! Each shown figure's set of people is worked out here from the responses, independently of
//! the app (and checked against the figure's own count); the sets are then handed to an exact
//! rational attacker (`support/span_oracle.rs`), one kind of answer at a time.

#[path = "support/span_oracle.rs"]
mod span_oracle;
mod support;

use proptest::prelude::*;
use pulse_core::analytics::*;
use pulse_core::response::{scale_code, Answer, Response};
use pulse_core::sorted_map::SortedMap;
use span_oracle::Attacker;
use std::collections::BTreeMap;
use support::arbitrary::{self, Universe};
use support::survey;

const GROUPS: [&str; 3] = ["university", "service-user-carer", "voluntary"];
const PARTNERS: [&str; 2] = ["council", "university"];
const ITEMS: [&str; 5] = ["T1", "T2", "T3", "T4", "T5"];
const WAVES: [(&str, &str); 2] = [("2026 spring", "2026-03-01"), ("2026 autumn", "2026-10-01")];

/// The built-in survey's partners, in its order (figures by partner follow it).
const PARTNERS_OF_SURVEY: [&str; 5] = ["council", "nhs-trust", "university", "voluntary-forum", "carers-network"];

static UNIVERSE: Universe = Universe { groups: &GROUPS, partners: &PARTNERS, items: &ITEMS, waves: &WAVES };

/// Who a report's figures can be about: the responses protection kept, with their group class.
struct Model<'a> {
    responses: &'a [Response],
    /// Per response: its class id in the report's groups, or `None` when left out.
    class: Vec<Option<String>>,
}

impl<'a> Model<'a> {
    /// The responses `rows` of which `report`'s state was made.
    fn new(responses: &'a [Response], rows: usize, report: &Report) -> Model<'a> {
        let survey = survey();
        let left_out_waves: Vec<&String> = report.pooling.small_waves_left_out.iter().map(|(wave, _)| wave).collect();
        let class = responses
            .iter()
            .enumerate()
            .map(|(at, response)| {
                if at >= rows {
                    return None;
                }
                let group = survey.groups.iter().position(|g| g.id == response.group)?;
                if left_out_waves.contains(&&response.wave) {
                    return None;
                }
                if report.pooling.groups_left_out[group] {
                    None
                } else if report.pooling.pooled_groups[group] {
                    report.pooling.combined_row.then(|| POOLED_GROUP_ID.to_owned())
                } else {
                    Some(response.group.clone())
                }
            })
            .collect();
        Model { responses, class }
    }

    /// The people a filter keeps.
    fn in_view(&self, filter: &Filter) -> Vec<usize> {
        (0..self.responses.len())
            .filter(|&at| {
                let response = &self.responses[at];
                let Some(class) = &self.class[at] else { return false };
                (filter.groups.is_empty() || filter.groups.contains(class))
                    && (filter.waves.is_empty() || filter.waves.contains(&response.wave))
                    && (filter.partners.is_empty()
                        || response.partner.as_ref().is_some_and(|p| filter.partners.contains(p)))
            })
            .collect()
    }
}

fn likert(response: &Response, item: &str) -> u8 {
    match response.answers.get(item) {
        Some(Answer::Scale(value)) => scale_code(Some(*value)),
        _ => 0,
    }
}

fn has_trust_score(response: &Response) -> bool {
    respondent_score(ITEMS.iter().map(|item| likert(response, item)), ITEMS.len()).is_some()
}

fn rated(response: &Response, partner: &str, question: &str) -> bool {
    match response.answers.get("PV") {
        Some(Answer::Matrix(rows)) => {
            rows.get(partner).and_then(|r| r.get(question)).is_some_and(|v| (1..=5).contains(v))
        }
        _ => false,
    }
}

/// Which people of a view a figure is about.
#[derive(Clone, Default)]
struct Cell {
    class: Option<String>,
    partner: Option<String>,
    not_partner: Option<String>,
    wave: Option<String>,
}

/// Which answer a figure is a sum of.
#[derive(Clone)]
enum Column {
    People,
    TrustScore,
    Answered(String),
    Gain(String),
}

fn holds(model: &Model, person: usize, cell: &Cell, column: &Column) -> bool {
    let response = &model.responses[person];
    let in_cell = cell.class.as_ref().is_none_or(|class| model.class[person].as_ref() == Some(class))
        && cell.partner.as_ref().is_none_or(|partner| response.partner.as_ref() == Some(partner))
        && cell.not_partner.as_ref().is_none_or(|partner| response.partner.as_ref() != Some(partner))
        && cell.wave.as_ref().is_none_or(|wave| &response.wave == wave);
    in_cell
        && match column {
            Column::People => true,
            Column::TrustScore => has_trust_score(response),
            Column::Answered(item) => likert(response, item) != 0,
            Column::Gain(partner) => rated(response, partner, "gain"),
        }
}

/// Every shown figure of one view: (the kind of answer, its set of people, the count it shows).
fn figures(report: &Report, model: &Model, filter: &Filter) -> Vec<(String, Vec<usize>, u32)> {
    let view = model.in_view(filter);
    let mut out = Vec::new();
    let mut add = |kind: &str, column: &Column, cell: Cell, shown: Option<u32>| {
        if let Some(n) = shown {
            out.push((kind.to_owned(), view.iter().copied().filter(|&p| holds(model, p, &cell, column)).collect(), n));
        }
    };
    let class = |g: usize| Cell { class: Some(report.groups[g].clone()), ..Cell::default() };
    let partner = |p: usize| Cell { partner: Some(PARTNERS_OF_SURVEY[p].to_owned()), ..Cell::default() };
    let waves: Vec<String> = report.counts.by_wave.iter().map(|(w, _)| w.clone()).collect();
    let wave = |w: usize| Cell { wave: Some(waves[w].clone()), ..Cell::default() };
    let everyone = Cell::default;
    let n = |figure: &Figure<Summary>| figure.shown().map(|s| s.n);

    add("people", &Column::People, everyone(), report.counts.total.shown().copied());
    for (g, figure) in report.counts.by_group.iter().enumerate() {
        add("people", &Column::People, class(g), figure.shown().copied());
    }
    for (p, figure) in report.counts.by_partner.iter().enumerate() {
        add("people", &Column::People, partner(p), figure.shown().copied());
    }
    for (w, (_, figure)) in report.counts.by_wave.iter().enumerate() {
        add("people", &Column::People, wave(w), figure.shown().copied());
    }
    let trust = report.indicators.iter().find(|f| f.indicator == "trust").unwrap();
    add("trust", &Column::TrustScore, everyone(), n(&trust.overall));
    for (g, figure) in trust.by_group.iter().enumerate() {
        add("trust", &Column::TrustScore, class(g), n(figure));
    }
    for (p, figure) in trust.by_partner.iter().enumerate() {
        add("trust", &Column::TrustScore, partner(p), n(figure));
    }
    for (w, figure) in trust.by_wave.iter().enumerate() {
        add("trust", &Column::TrustScore, wave(w), n(figure));
    }
    for item in report.items.iter().filter(|item| ITEMS.contains(&item.item.as_str())) {
        let column = Column::Answered(item.item.clone());
        let kind = format!("{} answered", item.item);
        add(&kind, &column, everyone(), item.overall.shown().map(|c| c.total()));
        for (g, figure) in item.by_group.iter().enumerate() {
            add(&kind, &column, class(g), figure.shown().map(|c| c.total()));
        }
    }
    for value in &report.value {
        let column = Column::Gain(value.partner.clone());
        let kind = format!("gain of {}", value.partner);
        add(&kind, &column, everyone(), n(&value.all.gain));
        add(&kind, &column, Cell { partner: Some(value.partner.clone()), ..Cell::default() }, n(&value.self_view.gain));
        add(
            &kind,
            &column,
            Cell { not_partner: Some(value.partner.clone()), ..Cell::default() },
            n(&value.others_view.gain),
        );
        for (g, figure) in value.gain_by_group.iter().enumerate() {
            add(&kind, &column, class(g), n(figure));
        }
    }
    out
}

/// Every subset of `options` as a filter list (the empty list means all).
fn subsets(options: &[String]) -> Vec<Vec<String>> {
    (0..1u32 << options.len())
        .map(|mask| (0..options.len()).filter(|i| mask & (1 << i) != 0).map(|i| options[i].clone()).collect())
        .collect()
}

/// The sets of every shown figure of every view of one protected state, by kind of answer,
/// checking each figure's count against its set.
fn published(
    protected: &ProtectedTable,
    responses: &[Response],
    rows: usize,
) -> Result<BTreeMap<String, Vec<Vec<usize>>>, String> {
    let everything = analyse_view(protected, &Filter::default());
    let model = Model::new(responses, rows, &everything);
    let groups: Vec<String> = everything.groups.clone();
    let partners: Vec<String> = PARTNERS.iter().map(|p| (*p).to_owned()).collect();
    let waves: Vec<String> = WAVES.iter().map(|(w, _)| (*w).to_owned()).collect();
    let mut sets: BTreeMap<String, Vec<Vec<usize>>> = BTreeMap::new();
    for wave_list in subsets(&waves) {
        for group_list in subsets(&groups) {
            for partner_list in subsets(&partners) {
                let filter = Filter { waves: wave_list.clone(), groups: group_list.clone(), partners: partner_list };
                let report = analyse_view(protected, &filter);
                for (kind, set, n) in figures(&report, &model, &filter) {
                    if set.len() as u32 != n {
                        return Err(format!("{kind} in {filter:?}: shows {n}, the model finds {set:?}"));
                    }
                    sets.entry(kind).or_default().push(set);
                }
            }
        }
    }
    Ok(sets)
}

fn check(sets: &BTreeMap<String, Vec<Vec<usize>>>, people: usize, k: u32) -> Result<(), String> {
    for (kind, published) in sets {
        let attacker = Attacker::new(people, published);
        let mut everyone: Vec<usize> = published.iter().flatten().copied().collect();
        everyone.sort_unstable();
        everyone.dedup();
        if let Some(found) = attacker.finds_few(&everyone, k as usize) {
            return Err(format!("{kind}: the figures give away {found}"));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, failure_persistence: None, ..ProptestConfig::default() })]

    /// Every figure of every view, together: no set of 1 to k people can be worked out.
    #[test]
    fn no_combination_of_views_gives_away_k_or_fewer(responses in arbitrary::responses(&UNIVERSE, 24), k in 2u32..4) {
        let survey = survey();
        let table = ResponseTable::from_responses(&survey, &responses).unwrap();
        let protected = ProtectedTable::new(&table, k);
        let sets = published(&protected, &responses, responses.len()).map_err(TestCaseError::fail)?;
        check(&sets, responses.len(), k).map_err(TestCaseError::fail)?;
    }

    /// Responses arrive one at a time, as at a workshop; a state is shown only when the app says
    /// it may follow the one shown before. Every figure of both states, together: nothing about
    /// 1 to k people.
    #[test]
    fn no_pair_of_states_shown_one_after_the_other_gives_away_k_or_fewer(
        responses in arbitrary::responses(&UNIVERSE, 16),
        k in 2u32..4,
    ) {
        states_one_after_the_other(&responses, k).map_err(TestCaseError::fail)?;
    }
}

/// Shows the responses' states as they arrive one at a time, each only when the app says it may
/// follow the one shown before; an error names what every figure of two states together gives away.
fn states_one_after_the_other(responses: &[Response], k: u32) -> Result<(), String> {
    let survey = survey();
    let table = ResponseTable::from_responses(&survey, responses).unwrap();
    let mut shown = ProtectedTable::of_rows(&table, &[], k);
    let mut shown_rows = 0;
    let mut shown_sets = BTreeMap::new();
    for arrived in 1..=responses.len() {
        let rows: Vec<usize> = (0..arrived).collect();
        let next = ProtectedTable::of_rows(&table, &rows, k);
        if !next.may_follow(&shown) {
            continue;
        }
        // The earlier state's figures are about the rows it was made of: the same people.
        let next_sets = published(&next, responses, arrived)?;
        let mut sets = shown_sets.clone();
        for (kind, more) in &next_sets {
            sets.entry(kind.clone()).or_insert_with(Vec::new).extend(more.iter().cloned());
        }
        check(&sets, responses.len(), k).map_err(|why| format!("the first {shown_rows} then {arrived}: {why}"))?;
        shown = next;
        shown_rows = arrived;
        shown_sets = next_sets;
    }
    Ok(())
}

/// A case the property found (session 21): nine responses, k = 3, the ninth the only one naming
/// a partner; after the first eight, the ninth arrives.
#[test]
fn the_ninth_response_with_the_only_partner_named_gives_no_one_away() {
    let matrix = |ratings: &[(&str, &str, u8)]| {
        let mut rows: SortedMap<String, SortedMap<String, u8>> =
            PARTNERS.iter().map(|p| ((*p).to_owned(), SortedMap::new())).collect();
        for (partner, question, value) in ratings {
            rows.get_mut(*partner).unwrap().insert((*question).to_owned(), *value);
        }
        Answer::Matrix(rows)
    };
    let response = |n: usize,
                    wave: usize,
                    group: &str,
                    partner: Option<&str>,
                    mut answers: SortedMap<String, Answer>,
                    pv: &[(&str, &str, u8)]| {
        answers.insert("PV".to_owned(), matrix(pv));
        Response {
            id: format!("r{n}"),
            survey_id: "partnership-pulse".to_owned(),
            survey_version: 2,
            wave: WAVES[wave].0.to_owned(),
            group: group.to_owned(),
            partner: partner.map(str::to_owned),
            submitted: WAVES[wave].1.to_owned(),
            answers,
        }
    };
    let scales = |pairs: &[(&str, u8)]| {
        pairs.iter().map(|(item, value)| ((*item).to_owned(), Answer::Scale(*value))).collect::<SortedMap<_, _>>()
    };
    let none = SortedMap::new;
    let mut r8 = scales(&[("T1", 4), ("T2", 0), ("T3", 0)]);
    r8.insert("IX".to_owned(), Answer::Choices(vec!["service-user-carer".to_owned()]));
    let responses = vec![
        response(0, 1, "voluntary", None, none(), &[]),
        response(1, 1, "university", None, none(), &[]),
        response(2, 0, "service-user-carer", None, none(), &[]),
        response(3, 1, "service-user-carer", None, none(), &[]),
        response(4, 0, "service-user-carer", None, none(), &[]),
        response(5, 1, "university", None, none(), &[("university", "gain", 2)]),
        response(
            6,
            0,
            "service-user-carer",
            None,
            scales(&[("T1", 0), ("T2", 1), ("T4", 3), ("T5", 2)]),
            &[("council", "gain", 0)],
        ),
        response(
            7,
            1,
            "university",
            None,
            scales(&[("T3", 0)]),
            &[("council", "gain", 5), ("university", "contribution", 3)],
        ),
        response(8, 0, "university", Some("university"), r8, &[("council", "contribution", 0)]),
    ];
    assert_eq!(states_one_after_the_other(&responses, 3), Ok(()));
}
