//! Properties of the analysis that hold for any set of responses (proptest).

mod support;

use proptest::prelude::*;
use pulse_core::analytics::*;
use pulse_core::response::{Answer, Response};
use support::arbitrary::{self, Universe};
use support::survey;

const GROUPS: [&str; 7] =
    ["employer-strategic", "employer-practice", "university", "student", "service-user-carer", "voluntary", "other"];
const PARTNERS: [&str; 5] = ["council", "nhs-trust", "university", "voluntary-forum", "carers-network"];
const LIKERT: [&str; 22] = [
    "T1", "T2", "T3", "T4", "T5", "I1", "I2", "I3", "I4", "I5", "I6", "V1", "V2", "V3", "A1", "A2", "A3", "L1", "L2",
    "R1", "R2", "R3",
];
const WAVES: [(&str, &str); 2] = [("2026 spring", "2026-03-01"), ("2026 autumn", "2026-10-01")];

/// Every group and partner of the built-in survey, all its statements, two waves.
static UNIVERSE: Universe = Universe { groups: &GROUPS, partners: &PARTNERS, items: &LIKERT, waves: &WAVES };

fn responses() -> impl Strategy<Value = Vec<Response>> {
    arbitrary::responses(&UNIVERSE, 60)
}

fn analyse_all(responses: &[Response], threshold: u32) -> Report {
    let survey = survey();
    let table = ResponseTable::from_responses(&survey, responses).expect("generated responses fit");
    analyse(&table, &Filter::default(), threshold)
}

/// Every summary in the report, labelled by where it is.
fn summaries(report: &Report) -> Vec<(String, Option<Summary>)> {
    let mut all = Vec::new();
    let mut add = |label: String, figures: &[Figure<Summary>]| {
        for (index, figure) in figures.iter().enumerate() {
            all.push((format!("{label}[{index}]"), figure.shown().copied()));
        }
    };
    for figures in &report.indicators {
        add(format!("{} overall", figures.indicator), std::slice::from_ref(&figures.overall));
        add(format!("{} by group", figures.indicator), &figures.by_group);
        add(format!("{} by partner", figures.indicator), &figures.by_partner);
        add(format!("{} by wave", figures.indicator), &figures.by_wave);
    }
    for value in &report.value {
        add(format!("{} gain", value.partner), &value.gain_by_group);
        add(format!("{} contribution", value.partner), &value.contribution_by_group);
        add(format!("{} all", value.partner), &[value.all.gain, value.all.contribution]);
        add(format!("{} self/others", value.partner), &[value.self_view.gain, value.others_view.gain]);
    }
    all
}

/// The report reduced to numbers rounded to 1e-9, so that summing in another order
/// (which moves the last bits of a float) still compares equal.
fn fingerprint(report: &Report) -> Vec<String> {
    let round = |x: f64| format!("{:.9}", x);
    let mut lines: Vec<String> = summaries(report)
        .into_iter()
        .map(|(label, summary)| match summary {
            Some(s) => format!(
                "{label}: n={} mean={} median={} ci={:?}",
                s.n,
                round(s.mean),
                round(s.median),
                s.ci.map(|(a, b)| (round(a), round(b)))
            ),
            None => format!("{label}: hidden"),
        })
        .collect();
    lines.push(format!("{:?}", report.counts));
    lines.extend(report.items.iter().map(|item| format!("{item:?}")));
    lines.extend(report.gaps.iter().map(|gap| format!("{} {} {}", gap.indicator, round(gap.points), gap.flagged)));
    lines.extend(
        report
            .marginalisation
            .iter()
            .map(|g| format!("{} {:?} {} {}", g.group, g.named_by_others, g.low_inclusion, g.often_named)),
    );
    lines.extend(report.wave_changes.iter().map(|c| format!("{} {:?}", c.indicator, c.overall.map(round))));
    lines.extend(report.actions.iter().map(|a| format!("{:?}", a.trigger)));
    lines
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn every_figure_stays_within_0_to_100(responses in responses()) {
        let report = analyse_all(&responses, 0);
        for (label, summary) in summaries(&report) {
            if let Some(s) = summary {
                for value in [s.mean, s.median] {
                    prop_assert!((0.0..=100.0).contains(&value), "{label}: {value}");
                }
                if let Some((low, high)) = s.ci {
                    prop_assert!(0.0 <= low && low <= s.mean + 1e-9 && s.mean <= high + 1e-9 && high <= 100.0, "{label}: {low}..{high}");
                }
            }
        }
    }

    #[test]
    fn a_response_of_only_dont_know_changes_no_indicator_figure(responses in responses(), pick in any::<prop::sample::Index>()) {
        prop_assume!(!responses.is_empty());
        let template = &responses[pick.index(responses.len())];
        let mut dont_know = template.clone();
        dont_know.id = "all-dont-know".into();
        dont_know.answers = LIKERT.iter().map(|item| ((*item).to_owned(), Answer::Scale(0))).collect();
        // Threshold 0: small-number protection (which a new response can rightly change, by
        // making a group large enough) plays no part here.
        let before = analyse_all(&responses, 0);
        let mut more = responses.clone();
        more.push(dont_know);
        let after = analyse_all(&more, 0);
        // Indicator figures only: counts and answer distributions rightly include the new response.
        let indicator_lines = |report: &Report| {
            let survey = survey();
            fingerprint(report)
                .into_iter()
                .filter(|line| survey.indicators.iter().any(|indicator| line.starts_with(&format!("{} ", indicator.id))))
                .collect::<Vec<_>>()
        };
        prop_assert_eq!(indicator_lines(&before), indicator_lines(&after));
    }

    #[test]
    fn the_order_of_responses_changes_nothing(responses in responses(), seed in any::<u64>()) {
        let mut shuffled = responses.clone();
        // Fisher-Yates with a small LCG, so the shuffle is reproducible from the seed.
        let mut state = seed | 1;
        for i in (1..shuffled.len()).rev() {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            shuffled.swap(i, (state >> 33) as usize % (i + 1));
        }
        prop_assert_eq!(fingerprint(&analyse_all(&responses, 3)), fingerprint(&analyse_all(&shuffled, 3)));
    }
}
