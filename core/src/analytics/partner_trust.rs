//! Trust between partner organisations: who trusts whom (the trust map).
//!
//! Each rating of the trust matrix (1 Not at all .. 5 Completely) maps to 0-100 on its own
//! (0, 25, 50, 75, 100). Only raters who named their own partner organisation take part (and
//! not those whose organisation small-number protection counts as "no partner given"):
//! - a link A → B is the mean trust that members of A give B;
//! - a rating of one's own organisation is kept apart, as that organisation's `own` figure, and
//!   counts in no link, nor in trust received or given;
//! - trust received by B: every rating B gets from members of the other organisations whose
//!   link to B is listed (rated by more than k of their members: fewer are as if unrated);
//!   trust given by A: every rating members of A give other organisations;
//! - mutual trust: among pairs of organisations whose two links are both shown, how many have
//!   both at [`MUTUAL_TRUST_FROM`] or above;
//! - least trusted: the shown links with the lowest means, lowest first, at most
//!   [`LEAST_TRUSTED_LISTED`].
//!
//! Small numbers: a link A → B is a figure of the ratings of B by the members of A; trust
//! received by B is one of the ratings of B by the members of every other organisation; each is
//! shown only where protection allows its set of raters. Trust given by A sums A's ratings of
//! several organisations, so it is shown only where each of those links is.

use super::codes::RATINGS;
use super::protection::{Column, ViewGuard};
use super::suppression::Figure;

/// Links at or above this (on 0-100) count as trust; both links of a pair for mutual trust.
pub const MUTUAL_TRUST_FROM: f64 = 75.0;
/// How many of the lowest links are listed as the least trusted.
pub const LEAST_TRUSTED_LISTED: usize = 3;

/// A mean trust (0-100) and how many raters it rests on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TrustFigure {
    /// Mean trust, 0-100.
    pub mean: f64,
    /// Raters behind it.
    pub raters: u32,
}

/// How far members of one organisation trust another.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TrustLink {
    /// Index of the raters' organisation in the survey's partners.
    pub from: usize,
    /// Index of the organisation they rated.
    pub to: usize,
    /// The mean trust, or withheld.
    pub trust: Figure<TrustFigure>,
}

/// One organisation's trust figures.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OrganisationTrust {
    /// Trust it receives from members of other organisations.
    pub received: Figure<TrustFigure>,
    /// Trust its members give other organisations.
    pub given: Figure<TrustFigure>,
    /// Trust its own members have in it (kept out of the links).
    pub own: Figure<TrustFigure>,
}

/// Pairs of organisations whose two links are shown, and how many of them trust both ways.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MutualTrust {
    /// Pairs with both links shown.
    pub pairs: u32,
    /// Of them, pairs with both links at [`MUTUAL_TRUST_FROM`] or above.
    pub mutual: u32,
}

/// The trust map of one view of the responses.
#[derive(Clone, Debug, PartialEq)]
pub struct TrustMap {
    /// Every ordered pair of different organisations rated by more than k raters, by rater then
    /// rated organisation (pairs rated by fewer are absent; their figure may still be withheld).
    pub links: Vec<TrustLink>,
    /// Per organisation, in the survey's partner order.
    pub organisations: Vec<OrganisationTrust>,
    /// Mutual trust among pairs.
    pub mutual: MutualTrust,
    /// Positions in `links` of the least trusted shown links, lowest first.
    pub least_trusted: Vec<usize>,
}

/// Ratings behind one figure: raters, ratings and the sum of their steps (0-4).
#[derive(Clone, Copy, Default)]
struct Tally {
    raters: u32,
    ratings: u32,
    steps: u64,
}

impl Tally {
    fn figure(self, shown: bool) -> Figure<TrustFigure> {
        if shown && self.ratings > 0 {
            let mean = self.steps as f64 * 25.0 / f64::from(self.ratings);
            Figure::Shown(TrustFigure { mean, raters: self.raters })
        } else {
            Figure::Suppressed
        }
    }

    fn add(&mut self, other: Tally) {
        self.ratings += other.ratings;
        self.steps += other.steps;
    }
}

/// The trust map of `rows`; none when the survey has no trust matrix.
pub(crate) fn trust_map(guard: &ViewGuard) -> Option<TrustMap> {
    let protected = guard.protected;
    let layout = &protected.table.layout;
    layout.trust_item.as_ref()?;
    let partners = layout.partners.len();
    let pair = |from: usize, to: usize| from * partners + to;
    let mut pairs = vec![Tally::default(); partners * partners];
    let mut givers = vec![0u32; partners];
    let shape = &protected.counts.layout;
    for atom in protected.atoms_in(&guard.view) {
        let (_, from, _) = protected.atom(atom);
        if from == partners {
            continue; // the slot of those who gave no partner
        }
        let counts = protected.counts.of(atom);
        let given = &counts[shape.trust..shape.trust + partners * RATINGS];
        for (to, ratings) in given.chunks_exact(RATINGS).enumerate() {
            let tally = &mut pairs[pair(from, to)];
            for (step, &count) in ratings.iter().enumerate() {
                tally.raters += count;
                tally.ratings += count;
                tally.steps += step as u64 * u64::from(count);
            }
        }
        givers[from] += counts[shape.givers];
    }
    let view = &guard.view;
    // The ratings of `to` by the members of `from`.
    let link_shown = |from: usize, to: usize| guard.shows(Column::Trust(to as u16), &view.partner(from));
    let links: Vec<TrustLink> = (0..partners)
        .flat_map(|from| (0..partners).map(move |to| (from, to)))
        // A pair rated by k or fewer is as if unrated: even its existence is not shown.
        .filter(|&(from, to)| from != to && pairs[pair(from, to)].raters > guard.protected.threshold)
        .map(|(from, to)| TrustLink { from, to, trust: pairs[pair(from, to)].figure(link_shown(from, to)) })
        .collect();
    let organisations = (0..partners)
        .map(|organisation| {
            let mut received = Tally::default();
            let mut given = Tally { raters: givers[organisation], ..Tally::default() };
            let mut each_link_given_shown = true;
            let mut received_from = 0u64;
            for other in (0..partners).filter(|&other| other != organisation) {
                let into = pairs[pair(other, organisation)];
                if into.raters > guard.protected.threshold {
                    received.raters += into.raters;
                    received.add(into);
                    received_from |= 1 << other;
                }
                let out = pairs[pair(organisation, other)];
                given.add(out);
                each_link_given_shown &= out.raters == 0 || link_shown(organisation, other);
            }
            let received_shown = guard.shows(Column::Trust(organisation as u16), &view.partners_within(received_from));
            OrganisationTrust {
                received: received.figure(received_shown),
                given: given.figure(each_link_given_shown && given.ratings > 0),
                own: pairs[pair(organisation, organisation)].figure(link_shown(organisation, organisation)),
            }
        })
        .collect();
    // Each pair's shown mean, by pair index, for mutual trust.
    let mut shown = vec![None; partners * partners];
    for link in &links {
        shown[pair(link.from, link.to)] = link.trust.shown().map(|trust| trust.mean);
    }
    let mut mutual = MutualTrust::default();
    for a in 0..partners {
        for b in a + 1..partners {
            if let (Some(ab), Some(ba)) = (shown[pair(a, b)], shown[pair(b, a)]) {
                mutual.pairs += 1;
                mutual.mutual += u32::from(
                    super::stats::at_least(ab, MUTUAL_TRUST_FROM) && super::stats::at_least(ba, MUTUAL_TRUST_FROM),
                );
            }
        }
    }
    // The lowest few shown links in one pass; of equal means, the one listed first comes first.
    let mut least: Vec<(f64, usize)> = Vec::with_capacity(LEAST_TRUSTED_LISTED + 1);
    for (position, link) in links.iter().enumerate() {
        let Some(trust) = link.trust.shown() else { continue };
        let at = least.iter().position(|&(mean, _)| trust.mean < mean).unwrap_or(least.len());
        least.insert(at, (trust.mean, position));
        least.truncate(LEAST_TRUSTED_LISTED);
    }
    let least_trusted = least.into_iter().map(|(_, position)| position).collect();
    Some(TrustMap { links, organisations, mutual, least_trusted })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::response::{Answer, Response};
    use crate::sorted_map::SortedMap;

    fn rater(id: &str, partner: &str, rated: &str, trust: u8) -> Response {
        let rows = SortedMap::from([(rated.to_owned(), SortedMap::from([("trust".to_owned(), trust)]))]);
        Response {
            id: id.to_owned(),
            survey_id: "partnership-pulse".to_owned(),
            survey_version: 2,
            wave: String::new(),
            group: "student".to_owned(),
            partner: Some(partner.to_owned()),
            submitted: "2026-11-25".to_owned(),
            answers: SortedMap::from([("PT".to_owned(), Answer::Matrix(rows))]),
        }
    }

    /// Council's three raters of the NHS trust (k = 2) make a link; the university's one rater is
    /// too few for one, and is left out of the NHS trust's trust received too (else received
    /// minus the council's link would give that one rating back).
    #[test]
    fn a_rating_too_few_for_a_link_is_in_no_trust_figure() {
        let survey = crate::survey::builtin_survey().unwrap();
        let responses = [
            rater("c1", "council", "nhs-trust", 5),
            rater("c2", "council", "nhs-trust", 4),
            rater("c3", "council", "nhs-trust", 4),
            rater("u1", "university", "nhs-trust", 1),
        ];
        let table = crate::analytics::ResponseTable::from_responses(&survey, &responses).unwrap();
        let protected = crate::analytics::ProtectedTable::new(&table, 2);
        let guard = ViewGuard::new(&protected, &crate::analytics::Filter::default());
        let map = trust_map(&guard).unwrap();
        assert_eq!(map.links.len(), 1, "the university's one rating is too few to list a link");
        // The council's link and nhs-trust's trust received: 4 + 3 + 3 = 10 steps from 3 raters.
        let council = TrustFigure { mean: 250.0 / 3.0, raters: 3 };
        assert_eq!(map.links[0].trust, Figure::Shown(council));
        assert_eq!(map.organisations[1].received, Figure::Shown(council));
        assert!(map.organisations[2].given.is_suppressed(), "one university rater");
        assert_eq!(map.least_trusted, vec![0]);
    }
}
