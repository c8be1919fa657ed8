//! The trust map with hand-worked fixtures: links between organisations, trust received and
//! given, own ratings kept apart, mutual trust, the least trusted links, and small numbers.

mod support;

use pulse_core::analytics::*;
use pulse_core::dashboard::advice_words;
use pulse_core::i18n::Texts;
use pulse_core::response::Response;
use support::*;

/// Partner positions in the built-in survey's partner order.
const COUNCIL: usize = 0;
const NHS: usize = 1;
const UNIVERSITY: usize = 2;
const VOLUNTARY: usize = 3;
const CARERS: usize = 4;

/// Three members of `partner` in `group`, giving the trust ratings of each column to the partner
/// named (one rating per member, in order; 0 = don't know, none = skipped).
fn members(prefix: &str, group: &str, partner: Option<&str>, ratings: &[(&str, [Option<u8>; 3])]) -> Vec<Response> {
    (0..3)
        .map(|member| {
            let given: Vec<(&str, u8)> =
                ratings.iter().filter_map(|(rated, values)| values[member].map(|value| (*rated, value))).collect();
            trusting(response(&format!("{prefix}{member}"), group, partner, &[]), &given)
        })
        .collect()
}

/// The fixture (k = 2, so three people are enough for a figure), each block three people of one
/// group and organisation:
///
/// | raters (group)            | council | nhs-trust | university | carers-network |
/// |---------------------------|---------|-----------|------------|----------------|
/// | council (university)      | 5 5 4 (own) | 5 4 4 | 2 2 3      |                |
/// | nhs-trust (employer-practice) | 4 4 5 |         | 3 3 3      |                |
/// | university (university)   | 1 2 2   | 4 4 4     |            |                |
/// | voluntary-forum (voluntary) | 5 5 5 |           | 4 4 4      | 2 2 –          |
/// | no partner given (student) | 1 1 1  |           |            |                |
///
/// A rating r is worth (r − 1) × 25. Links (from → to): council → nhs (4+3+3) × 25 / 3 = 83.33;
/// council → university (1+1+2) × 25 / 3 = 33.33; nhs → council 10 × 25 / 3 = 83.33;
/// nhs → university 6 × 25 / 3 = 50; university → council 2 × 25 / 3 = 16.67;
/// university → nhs 9 × 25 / 3 = 75; voluntary → council 12 × 25 / 3 = 100;
/// voluntary → university 9 × 25 / 3 = 75. Voluntary → carers has two ratings, too few: no such
/// link is listed. The students gave no partner,
/// so their ratings of the council count nowhere.
fn fixture() -> Vec<Response> {
    let all = |value| [Some(value); 3];
    [
        members(
            "c",
            "university",
            Some("council"),
            &[
                ("council", [Some(5), Some(5), Some(4)]),
                ("nhs-trust", [Some(5), Some(4), Some(4)]),
                ("university", [Some(2), Some(2), Some(3)]),
            ],
        ),
        members(
            "n",
            "employer-practice",
            Some("nhs-trust"),
            &[("council", [Some(4), Some(4), Some(5)]), ("university", all(3))],
        ),
        members(
            "u",
            "university",
            Some("university"),
            &[("council", [Some(1), Some(2), Some(2)]), ("nhs-trust", all(4))],
        ),
        members(
            "v",
            "voluntary",
            Some("voluntary-forum"),
            &[("council", all(5)), ("university", all(4)), ("carers-network", [Some(2), Some(2), None])],
        ),
        members("s", "student", None, &[("council", all(1))]),
    ]
    .concat()
}

fn map_of(responses: &[Response], filter: &Filter) -> TrustMap {
    let survey = survey();
    let table = ResponseTable::from_responses(&survey, responses).expect("fixture responses fit the survey");
    analyse(&table, filter, 2).trust_map.expect("the built-in survey has a trust matrix")
}

#[track_caller]
fn shown(figure: &Figure<TrustFigure>, mean: f64, raters: u32) {
    let figure = figure.shown().unwrap_or_else(|| panic!("expected {mean} from {raters} raters, got nothing"));
    close(figure.mean, mean);
    assert_eq!(figure.raters, raters);
}

#[test]
fn links_carry_the_mean_trust_members_of_one_organisation_give_another() {
    let map = map_of(&fixture(), &Filter::default());
    let pairs: Vec<(usize, usize)> = map.links.iter().map(|link| (link.from, link.to)).collect();
    assert_eq!(
        pairs,
        [
            (COUNCIL, NHS),
            (COUNCIL, UNIVERSITY),
            (NHS, COUNCIL),
            (NHS, UNIVERSITY),
            (UNIVERSITY, COUNCIL),
            (UNIVERSITY, NHS),
            (VOLUNTARY, COUNCIL),
            (VOLUNTARY, UNIVERSITY)
        ],
        "no self-link, no link from people who gave no partner, none under k"
    );
    let expected = [250.0 / 3.0, 100.0 / 3.0, 250.0 / 3.0, 50.0, 50.0 / 3.0, 75.0, 100.0, 75.0];
    for (link, mean) in map.links.iter().zip(expected) {
        shown(&link.trust, mean, 3);
    }
}

#[test]
fn each_organisation_has_trust_received_given_and_its_own_apart() {
    let map = map_of(&fixture(), &Filter::default());
    let council = &map.organisations[COUNCIL];
    // Received: nhs 10 + university 2 + voluntary 12 = 24 steps from 9 raters → 24 × 25 / 9.
    // The students' three ratings of 1 and the council's own 5 5 4 are not in it.
    shown(&council.received, 24.0 * 25.0 / 9.0, 9);
    // Given: 3 raters gave 6 ratings: nhs 10 + university 4 = 14 steps → 14 × 25 / 6 = 58.33.
    shown(&council.given, 14.0 * 25.0 / 6.0, 3);
    // Own: 5 5 4 → 11 steps → 11 × 25 / 3 = 91.67.
    shown(&council.own, 11.0 * 25.0 / 3.0, 3);
    // nhs-trust received: council 10 + university 9 = 19 steps from 6 → 79.17; given 10 + 6 = 16
    // steps over 6 ratings → 66.67.
    shown(&map.organisations[NHS].received, 19.0 * 25.0 / 6.0, 6);
    shown(&map.organisations[NHS].given, 16.0 * 25.0 / 6.0, 3);
    // university received: council 4 + nhs 6 + voluntary 9 = 19 steps from 9 → 52.78.
    shown(&map.organisations[UNIVERSITY].received, 19.0 * 25.0 / 9.0, 9);
    // voluntary-forum gave council 12 + university 9 and carers-network 2 ratings: its trust
    // given minus its two shown links would give those two ratings away, so it is withheld.
    assert!(map.organisations[VOLUNTARY].given.is_suppressed());
    assert!(map.organisations[VOLUNTARY].received.is_suppressed());
    // carers-network: rated twice only (too few), and it has no members.
    let carers = &map.organisations[CARERS];
    assert!(carers.received.is_suppressed() && carers.given.is_suppressed() && carers.own.is_suppressed());
}

#[test]
fn mutual_trust_and_the_least_trusted_links_raise_the_trust_prompts() {
    let responses = fixture();
    let map = map_of(&responses, &Filter::default());
    // Pairs with both links shown: council–nhs (83.33 both ways: mutual), council–university
    // (33.33, 16.67) and nhs–university (50, 75): 1 of 3.
    assert_eq!(map.mutual, MutualTrust { pairs: 3, mutual: 1 });
    // Lowest first: university → council 16.67, council → university 33.33, nhs → university 50.
    let least: Vec<(usize, usize)> =
        map.least_trusted.iter().map(|&at| (map.links[at].from, map.links[at].to)).collect();
    assert_eq!(least, [(UNIVERSITY, COUNCIL), (COUNCIL, UNIVERSITY), (NHS, UNIVERSITY)]);
    let table = ResponseTable::from_responses(&survey(), &responses).unwrap();
    let triggers: Vec<Trigger> =
        analyse(&table, &Filter::default(), 2).actions.into_iter().map(|a| a.trigger).collect();
    // 16.67 is in the concern band; 1 mutual pair of 3 is fewer than half.
    assert!(triggers.contains(&Trigger::LowTrust) && triggers.contains(&Trigger::FewMutualTrust), "{triggers:?}");
}

#[test]
fn trusting_links_raise_no_trust_prompt() {
    // The council and the nhs-trust only, rating each other 5 4 4 → 10 × 25 / 3 = 83.33 both ways:
    // no link below 50, and the one pair is mutual.
    let responses = [
        members("c", "university", Some("council"), &[("nhs-trust", [Some(5), Some(4), Some(4)])]),
        members("n", "employer-practice", Some("nhs-trust"), &[("council", [Some(5), Some(4), Some(4)])]),
    ]
    .concat();
    let map = map_of(&responses, &Filter::default());
    assert_eq!(map.mutual, MutualTrust { pairs: 1, mutual: 1 });
    let table = ResponseTable::from_responses(&survey(), &responses).unwrap();
    let report = analyse(&table, &Filter::default(), 2);
    assert!(!report.actions.iter().any(|a| matches!(a.trigger, Trigger::LowTrust | Trigger::FewMutualTrust)));
}

#[test]
fn a_filter_keeps_only_the_links_of_the_responses_it_selects() {
    let filter = Filter { groups: vec!["university".into()], ..Filter::default() };
    // University-group raters only: the council's and the university's members.
    let map = map_of(&fixture(), &filter);
    let pairs: Vec<(usize, usize)> = map.links.iter().map(|link| (link.from, link.to)).collect();
    assert_eq!(pairs, [(COUNCIL, NHS), (COUNCIL, UNIVERSITY), (UNIVERSITY, COUNCIL), (UNIVERSITY, NHS)]);
    // Council received from the university only now: 2 steps from 3 → 16.67.
    shown(&map.organisations[COUNCIL].received, 50.0 / 3.0, 3);
}

#[test]
fn a_survey_without_a_trust_matrix_has_no_trust_map() {
    let mut survey = survey();
    survey.sections.retain(|section| section.id != "trust_between");
    let table = ResponseTable::from_responses(&survey, &[]).unwrap();
    assert_eq!(analyse(&table, &Filter::default(), 2).trust_map, None);
}

#[test]
fn the_dashboard_shows_the_map_with_its_summary_tables_and_prompts() {
    use pulse_core::dashboard::{dashboard_charts, ChartId, DashboardView};
    let survey = survey();
    let table = ResponseTable::from_responses(&survey, &fixture()).unwrap();
    let report = analyse(&table, &Filter::default(), 2);
    let charts = dashboard_charts(&survey, &report, &[], &DashboardView::default(), "en", &Texts::english());
    let chart = charts.iter().find(|chart| chart.id == ChartId::TrustMap).expect("a trust map");
    assert_eq!(
        chart.summary,
        "1 of 3 pairs of organisations trust each other both ways (75 or more each way); \
         the lowest trust is from The university in City Council adult and children's services (17 of 100)."
    );
    // One row per link, as worked out in the fixture.
    let rows: Vec<(String, Vec<String>)> = chart.table.rows.clone();
    assert_eq!(rows.len(), 8);
    assert_eq!(
        rows[0],
        (
            "City Council adult and children's services trusting Community health NHS trust".to_owned(),
            vec!["83".to_owned(), "3".to_owned()]
        )
    );
    assert_eq!(rows[4].1, ["17", "3"]);
    // Organisations: received, raters, given, raters, own, raters.
    let council = &chart.more_tables[0].rows[0];
    assert_eq!(council.1, ["67", "9", "58", "3", "92", "3"]);
    let carers = &chart.more_tables[0].rows[4];
    let hidden = "hidden to protect a small group";
    assert_eq!(carers.1, [hidden, "", hidden, "", hidden, ""]);
    assert!(chart.actions.iter().any(|a| a.trigger == Trigger::LowTrust
        && advice_words(a.advice).1.english().text().starts_with("Quality in Practice")));
    // The SVG: an arrow number for each shown link, and every node named.
    let svg = &chart.svg.svg;
    let texts: Vec<&str> = svg
        .split("<text")
        .skip(1)
        .filter_map(|text| text.split_once('>').and_then(|(_, rest)| rest.split_once("</text>")).map(|(t, _)| t.trim()))
        .collect();
    assert_eq!(texts.iter().filter(|t| **t == "83").count(), 2, "council ↔ nhs-trust: {texts:?}");
    assert!(texts.contains(&"17") && texts.contains(&"trusted by others: 67"), "{texts:?}");
    // Each link: its curve and its arrowhead; plus nothing else drawn as a polyline.
    assert_eq!(svg.matches("<polyline").count(), 16, "a curve and an arrowhead per link");
}
