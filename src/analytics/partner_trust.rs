//! Trust between partner organisations: who trusts whom (the trust map).
//!
//! Each rating of the trust matrix (1 Not at all .. 5 Completely) maps to 0-100 on its own
//! (0, 25, 50, 75, 100). Only raters who named their own partner organisation take part (and
//! not those whose organisation small-number protection counts as "no partner given"):
//! - a link A → B is the mean trust that members of A give B;
//! - a rating of one's own organisation is kept apart, as that organisation's `own` figure, and
//!   counts in no link, nor in trust received or given;
//! - trust received by B: every rating B gets from members of other organisations; trust given
//!   by A: every rating members of A give other organisations;
//! - mutual trust: among pairs of organisations whose two links are both shown, how many have
//!   both at [`MUTUAL_TRUST_FROM`] or above;
//! - least trusted: the shown links with the lowest means, lowest first, at most
//!   [`LEAST_TRUSTED_LISTED`].
//!
//! Small numbers: every figure rests on raters and is withheld under k. The links out of one
//! organisation (its trust given) and into one (its trust received) are each a breakdown of a
//! shown total, so each gets secondary suppression: a withheld link can never be recovered by
//! subtracting the others from the total.

use super::suppression::{hidden_cells, Figure};
use super::table::{ResponseTable, NO_PARTNER};
use super::value::rated;

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
    /// Every ordered pair of different organisations that some rater rated, by rater then rated
    /// organisation (pairs nobody rated are absent).
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
    fn figure(self, threshold: u32) -> Figure<TrustFigure> {
        if self.raters >= threshold && self.ratings > 0 {
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
pub(crate) fn trust_map(table: &ResponseTable, rows: &[usize], threshold: u32) -> Option<TrustMap> {
    table.layout.trust_item.as_ref()?;
    let partners = table.layout.partners.len();
    let pair = |from: usize, to: usize| from * partners + to;
    let mut pairs = vec![Tally::default(); partners * partners];
    let mut givers = vec![0u32; partners];
    for &row in rows {
        if table.partner[row] == NO_PARTNER {
            continue;
        }
        let from = usize::from(table.partner[row]);
        let mut gave = false;
        for (to, &code) in table.trust_row(row).iter().enumerate() {
            if let Some(step) = rated(code) {
                let tally = &mut pairs[pair(from, to)];
                tally.raters += 1;
                tally.ratings += 1;
                tally.steps += step as u64;
                gave |= to != from;
            }
        }
        givers[from] += u32::from(gave);
    }
    // Secondary suppression over each organisation's links out (row) and in (column).
    let mut hidden = vec![false; partners * partners];
    for organisation in 0..partners {
        let others: Vec<usize> = (0..partners).filter(|&other| other != organisation).collect();
        for links in [
            others.iter().map(|&to| pair(organisation, to)).collect::<Vec<_>>(),
            others.iter().map(|&from| pair(from, organisation)).collect(),
        ] {
            let counts: Vec<u32> = links.iter().map(|&at| pairs[at].raters).collect();
            for (&at, hide) in links.iter().zip(hidden_cells(&counts, &[], threshold)) {
                hidden[at] |= hide;
            }
        }
    }
    let links: Vec<TrustLink> = (0..partners)
        .flat_map(|from| (0..partners).map(move |to| (from, to)))
        .filter(|&(from, to)| from != to && pairs[pair(from, to)].raters > 0)
        .map(|(from, to)| {
            let at = pair(from, to);
            let trust = if hidden[at] { Figure::Suppressed } else { pairs[at].figure(threshold) };
            TrustLink { from, to, trust }
        })
        .collect();
    let organisations = (0..partners)
        .map(|organisation| {
            let mut received = Tally::default();
            let mut given = Tally { raters: givers[organisation], ..Tally::default() };
            for other in (0..partners).filter(|&other| other != organisation) {
                let into = pairs[pair(other, organisation)];
                received.raters += into.raters;
                received.add(into);
                given.add(pairs[pair(organisation, other)]);
            }
            OrganisationTrust {
                received: received.figure(threshold),
                given: given.figure(threshold),
                own: pairs[pair(organisation, organisation)].figure(threshold),
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
    use std::collections::BTreeMap;

    fn rater(id: &str, partner: &str, rated: &str, trust: u8) -> Response {
        let rows = BTreeMap::from([(rated.to_owned(), BTreeMap::from([("trust".to_owned(), trust)]))]);
        Response {
            id: id.to_owned(),
            survey_id: "partnership-pulse".to_owned(),
            survey_version: 2,
            wave: String::new(),
            group: "student".to_owned(),
            partner: Some(partner.to_owned()),
            submitted: "2026-11-25".to_owned(),
            answers: BTreeMap::from([("PT".to_owned(), Answer::Matrix(rows))]),
        }
    }

    /// Without protection (which would leave the lone rating out first), a link under k is
    /// withheld, and so is the smallest other link into the same organisation, so that its trust
    /// received (shown: 4 raters) minus the shown links cannot give the lone rating back.
    #[test]
    fn a_link_under_k_is_withheld_with_another_so_subtraction_recovers_nothing() {
        let survey = crate::survey::builtin_survey().unwrap();
        let responses = [
            rater("c1", "council", "nhs-trust", 5),
            rater("c2", "council", "nhs-trust", 4),
            rater("c3", "council", "nhs-trust", 4),
            rater("u1", "university", "nhs-trust", 1),
        ];
        let table = ResponseTable::from_responses(&survey, &responses).unwrap();
        let map = trust_map(&table, &[0, 1, 2, 3], 3).unwrap();
        assert_eq!(map.links.len(), 2);
        assert!(map.links.iter().all(|link| link.trust.is_suppressed()), "{:?}", map.links);
        // nhs-trust received 4 + 3 + 3 + 0 = 10 steps from 4 raters → 62.5.
        assert_eq!(map.organisations[1].received, Figure::Shown(TrustFigure { mean: 62.5, raters: 4 }));
        assert!(map.organisations[2].given.is_suppressed(), "one university rater");
        assert_eq!(map.least_trusted, Vec::<usize>::new());
    }
}
