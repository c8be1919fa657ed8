//! The differencing attacker, played over random data and every filter the dashboard offers:
//! whatever two views a reader compares, and whatever shown figures of one view they subtract,
//! what they learn is about no one or about k or more people.
//!
//! For every pair of filters where one selects a subset of the other (by wave, group — the
//! combined row included — and partner), every figure shown in both rests on a count n; the
//! difference n(wider) − n(narrower) is the number of people whose answers the subtraction
//! reveals, and it must be 0 or at least k. Within one view, the total minus the groups (or
//! partners) shown must likewise be 0 or at least k.

mod support;

use proptest::prelude::*;
use pulse_core::analytics::*;
use pulse_core::response::Response;
use std::collections::BTreeMap;
use support::arbitrary::{self, Universe};
use support::survey;

const GROUPS: [&str; 4] = ["employer-strategic", "university", "service-user-carer", "voluntary"];
const PARTNERS: [&str; 2] = ["council", "university"];
const ITEMS: [&str; 11] = ["T1", "T2", "T3", "T4", "T5", "I1", "I2", "I3", "I4", "I5", "I6"];
const WAVES: [(&str, &str); 2] = [("2026 spring", "2026-03-01"), ("2026 autumn", "2026-10-01")];

/// Four groups, two partners, the trust and inclusion statements, two waves: few enough that
/// every combination of filters can be tried.
static UNIVERSE: Universe = Universe { groups: &GROUPS, partners: &PARTNERS, items: &ITEMS, waves: &WAVES };

fn responses() -> impl Strategy<Value = Vec<Response>> {
    arbitrary::responses(&UNIVERSE, 36)
}

/// Every shown figure of a report with the number of people it rests on, keyed by what it is.
fn figure_sizes(report: &Report) -> BTreeMap<String, u32> {
    let mut sizes = BTreeMap::new();
    let mut add = |key: String, n: Option<u32>| {
        if let Some(n) = n {
            sizes.insert(key, n);
        }
    };
    let summary = |figure: &Figure<Summary>| figure.shown().map(|s| s.n);
    add("count".into(), report.counts.total.shown().copied());
    for (g, figure) in report.counts.by_group.iter().enumerate() {
        add(format!("count group {}", report.groups[g]), figure.shown().copied());
    }
    for (p, figure) in report.counts.by_partner.iter().enumerate() {
        add(format!("count partner {p}"), figure.shown().copied());
    }
    for (wave, figure) in &report.counts.by_wave {
        add(format!("count wave {wave}"), figure.shown().copied());
    }
    for figures in &report.indicators {
        let id = &figures.indicator;
        add(format!("{id} overall"), summary(&figures.overall));
        for (g, figure) in figures.by_group.iter().enumerate() {
            add(format!("{id} group {}", report.groups[g]), summary(figure));
        }
        for (p, figure) in figures.by_partner.iter().enumerate() {
            add(format!("{id} partner {p}"), summary(figure));
        }
        for (w, figure) in figures.by_wave.iter().enumerate() {
            add(format!("{id} wave {w}"), summary(figure));
        }
    }
    for item in &report.items {
        add(format!("{} answers", item.item), item.overall.shown().map(|c| c.total()));
        add(format!("{} scored", item.item), item.overall.shown().map(|c| c.scored()));
        for (g, figure) in item.by_group.iter().enumerate() {
            add(format!("{} answers group {}", item.item, report.groups[g]), figure.shown().map(|c| c.total()));
            add(format!("{} scored group {}", item.item, report.groups[g]), figure.shown().map(|c| c.scored()));
        }
    }
    for group in &report.marginalisation {
        add(format!("inclusion of {}", group.group), summary(&group.inclusion));
        add(format!("named-by-others of {}", group.group), group.named_by_others.shown().map(|s| s.answered));
    }
    for value in &report.value {
        let p = &value.partner;
        for (view, figures) in [("all", &value.all), ("self", &value.self_view), ("others", &value.others_view)] {
            add(format!("gain of {p} {view}"), summary(&figures.gain));
            add(format!("contribution of {p} {view}"), summary(&figures.contribution));
        }
        for (g, figure) in value.gain_by_group.iter().enumerate() {
            add(format!("gain of {p} by {}", report.groups[g]), summary(figure));
        }
        for (g, figure) in value.contribution_by_group.iter().enumerate() {
            add(format!("contribution of {p} by {}", report.groups[g]), summary(figure));
        }
    }
    sizes
}

/// Every subset of `options` as the dashboard's filter lists it (the empty list means all).
fn subsets(options: &[String]) -> Vec<Vec<String>> {
    (0..1u32 << options.len())
        .map(|mask| (0..options.len()).filter(|i| mask & (1 << i) != 0).map(|i| options[i].clone()).collect())
        .collect()
}

/// Whether a filter list selects at least what `narrower` selects. The empty list (all) selects
/// everything, including respondents who gave no partner, whom no explicit partner list selects.
fn covers(wider: &[String], narrower: &[String]) -> bool {
    wider.is_empty() || (!narrower.is_empty() && narrower.iter().all(|chosen| wider.contains(chosen)))
}

fn reveals_few(difference: u32, k: u32) -> bool {
    difference > 0 && difference < k
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn no_pair_of_views_reveals_fewer_than_k_people(responses in responses(), k in 2u32..5) {
        let survey = survey();
        let table = ResponseTable::from_responses(&survey, &responses).unwrap();
        let everything = analyse(&table, &Filter::default(), k);
        let groups: Vec<String> = GROUPS.iter().map(|g| (*g).to_owned())
            .chain(everything.groups.iter().filter(|g| *g == POOLED_GROUP_ID).cloned())
            .collect();
        let partners: Vec<String> = PARTNERS.iter().map(|p| (*p).to_owned()).collect();
        let waves: Vec<String> = WAVES.iter().map(|(w, _)| (*w).to_owned()).collect();
        let mut views = Vec::new();
        for wave_list in subsets(&waves) {
            for group_list in subsets(&groups) {
                for partner_list in subsets(&partners) {
                    let filter = Filter { waves: wave_list.clone(), groups: group_list.clone(), partners: partner_list };
                    let report = analyse(&table, &filter, k);
                    // Within one view: the total minus what its breakdowns show.
                    let sizes = figure_sizes(&report);
                    if let Some(total) = sizes.get("count") {
                        let by_group: u32 = report.counts.by_group.iter().filter_map(|f| f.shown().copied()).sum();
                        let by_partner: u32 = report.counts.by_partner.iter().filter_map(|f| f.shown().copied()).sum();
                        prop_assert!(!reveals_few(total - by_group, k), "{filter:?}: total {total} − groups {by_group}");
                        prop_assert!(!reveals_few(total - by_partner, k), "{filter:?}: total {total} − partners {by_partner}");
                    }
                    views.push((filter, sizes));
                }
            }
        }
        for (wider, wide_sizes) in &views {
            for (narrower, narrow_sizes) in &views {
                let nested = covers(&wider.waves, &narrower.waves)
                    && covers(&wider.groups, &narrower.groups)
                    && covers(&wider.partners, &narrower.partners);
                if !nested {
                    continue;
                }
                for (key, &wide) in wide_sizes {
                    if let Some(&narrow) = narrow_sizes.get(key) {
                        prop_assert!(
                            !reveals_few(wide - narrow, k),
                            "{key}: {wide} in {wider:?} − {narrow} in {narrower:?} reveals {} people (k = {k})",
                            wide - narrow
                        );
                    }
                }
            }
        }
    }
}

/// The 39-person case the issue reported, reduced: a voluntary-sector group of 2 among 37 others.
/// Ticking every group but theirs must not drop the count by 2.
#[test]
fn ticking_every_group_but_a_group_of_two_does_not_reveal_it() {
    let survey = survey();
    let mut responses = Vec::new();
    for (group, count) in
        [("employer-strategic", 12), ("university", 10), ("student", 10), ("service-user-carer", 5), ("voluntary", 2)]
    {
        for index in 0..count {
            let mut response =
                support::response(&format!("{group}-{index}"), group, None, &support::all(&support::TRUST, 3));
            response.wave = "2026".into();
            responses.push(response);
        }
    }
    let table = ResponseTable::from_responses(&survey, &responses).unwrap();
    let all = analyse(&table, &Filter::default(), 3);
    let but_voluntary = Filter {
        groups: ["employer-strategic", "university", "student", "service-user-carer"].map(String::from).to_vec(),
        ..Filter::default()
    };
    let without = analyse(&table, &but_voluntary, 3);
    assert_eq!(all.counts.total, Figure::Shown(37), "the two are left out of every figure");
    assert_eq!(without.counts.total, Figure::Shown(37));
    // People who use services (5), the group the earlier rule hid to protect the two, are shown.
    assert_eq!(all.counts.by_group[4], Figure::Shown(5));
}
