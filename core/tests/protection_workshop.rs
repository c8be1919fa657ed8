//! What a realistic workshop's facilitator sees under small-number protection (k = 3): the
//! unfiltered view, the one a projector shows first, must show every group, wave, partner and
//! trust link that the rule allows for the people behind it, and account for every response it
//! leaves out. The fixture is `support/workshop.rs`; the README gives these figures.

mod support;

use pulse_core::analytics::*;
use pulse_core::dashboard::{privacy_notes, HeldBack};
use pulse_core::i18n::Texts;
use pulse_core::response::Response;
use support::{survey, workshop};

const K: u32 = 3;

fn report() -> (Vec<Response>, Report) {
    let responses = workshop::responses();
    let table = ResponseTable::from_responses(&survey(), &responses).unwrap();
    (responses.clone(), analyse(&table, &Filter::default(), K))
}

/// Raters of `to` among the members of `from` (given their own organisation).
fn raters(responses: &[Response], from: &str, to: &str) -> usize {
    responses
        .iter()
        .filter(|r| r.partner.as_deref() == Some(from))
        .filter(|r| match r.answers.get("PT") {
            Some(pulse_core::response::Answer::Matrix(rows)) => {
                rows.get(to).and_then(|q| q.get("trust")).is_some_and(|v| (1..=5).contains(v))
            }
            _ => false,
        })
        .count()
}

#[test]
fn the_unfiltered_view_shows_what_the_rule_allows_and_accounts_for_the_rest() {
    let (responses, report) = report();
    let survey = survey();
    assert_eq!(responses.len(), 46);
    // 44 of 46 responses in the overall figures (the two "other" respondents are a group of 2,
    // and no other group is small enough to be combined with them): 95.7%.
    assert_eq!(report.counts.total, Figure::Shown(44));
    // Every group of 4 or more (k + 1) has its figures: the six that are not "other".
    for (g, group) in survey.groups.iter().enumerate() {
        let people = responses.iter().filter(|r| r.group == group.id).count();
        let shown = report.counts.by_group[g].shown().is_some();
        assert_eq!(shown, people > K as usize, "{}: {people} people", group.id);
        let trust = report.indicators.iter().find(|f| f.indicator == "trust").unwrap();
        assert_eq!(trust.by_group[g].shown().is_some(), shown, "trust of {}", group.id);
    }
    // Both waves, and the change between them, for every indicator.
    assert!(report.counts.by_wave.iter().all(|(_, n)| n.shown().is_some()), "{:?}", report.counts.by_wave);
    assert_eq!(report.wave_changes.len(), survey.indicators.len());
    assert!(report.wave_changes.iter().all(|change| change.overall.is_some()));
    // Every partner organisation: value for each partner, and trust received on the map.
    assert!(report.value.iter().all(|value| value.all.gain.shown().is_some() && value.reciprocity.is_some()));
    let map = report.trust_map.as_ref().unwrap();
    assert!(map.organisations.iter().all(|organisation| organisation.received.shown().is_some()));
    // Every link rated by 4 or more members of one organisation is shown.
    let mut links = 0;
    for from in workshop::PARTNERS {
        for to in workshop::PARTNERS.iter().filter(|&&to| to != from) {
            if raters(&responses, from, to) > K as usize {
                links += 1;
                let (f, t) = (position(from), position(to));
                let link = map.links.iter().find(|l| l.from == f && l.to == t).expect("listed");
                assert!(link.trust.shown().is_some(), "{from} → {to}");
            }
        }
    }
    assert!(links >= 6, "the fixture has links worth showing: {links}");
    // The counts panel accounts for the two left out, in words.
    let notes = privacy_notes(&survey, &report, HeldBack::default(), "en", &Texts::english()).join(" ");
    assert!(notes.contains("2 responses are in no figure: 2 in Other, fewer than 4 even together."), "{notes}");
}

fn position(partner: &str) -> usize {
    workshop::PARTNERS.iter().position(|p| *p == partner).unwrap()
}

/// The README's before/after table: printed by `cargo test --test protection_workshop -- --nocapture`.
#[test]
fn print_the_figures_for_the_readme() {
    let (responses, report) = report();
    let map = report.trust_map.as_ref().unwrap();
    let links_rated = workshop::PARTNERS
        .iter()
        .flat_map(|from| workshop::PARTNERS.iter().map(move |to| (from, to)))
        .filter(|(from, to)| from != to && raters(&responses, from, to) > K as usize)
        .count();
    let links_shown = map.links.iter().filter(|l| l.trust.shown().is_some()).count();
    let partners_on_map = map.organisations.iter().filter(|o| o.received.shown().is_some()).count();
    let groups_shown = report.counts.by_group.iter().filter(|n| n.shown().is_some()).count();
    println!(
        "responses in figures {} of {}; groups shown {groups_shown}; partners on the trust map {partners_on_map} of 5; \
         links shown {links_shown} of {links_rated} rated by 4 or more",
        report.counts.total.shown().copied().unwrap_or(0),
        responses.len()
    );
    assert!(links_shown >= links_rated);
}
