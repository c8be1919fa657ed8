//! Value for each partner: how much others (and its own people) think it gains and contributes.
//!
//! Each rating of the partner matrix (1 Nothing .. 5 A great deal) maps to 0-100 on its own.
//! Self view: raters who belong to that partner; others' view: every other rater, including
//! those who gave no partner. Reciprocity = contribution mean − gain mean over all raters:
//! positive means the partner is seen to give more than it gets.

use super::indicators::to_percent;
use super::stats::{summarise, Summary};
use super::suppression::{suppress, Figure};
use super::table::{ResponseTable, DONT_KNOW_CODE, UNANSWERED};

/// Gain and contribution as seen by one set of raters.
#[derive(Clone, Debug, PartialEq)]
pub struct View {
    /// How much the partner is seen to gain, 0-100.
    pub gain: Figure<Summary>,
    /// How much the partner is seen to contribute, 0-100.
    pub contribution: Figure<Summary>,
}

/// Value figures for one partner organisation.
#[derive(Clone, Debug, PartialEq)]
pub struct PartnerValue {
    /// Partner id.
    pub partner: String,
    /// All raters' view.
    pub all: View,
    /// Contribution mean minus gain mean, when both are shown.
    pub reciprocity: Option<f64>,
    /// Gain by rater group, in the survey's group order (a heatmap row).
    pub gain_by_group: Vec<Figure<Summary>>,
    /// Contribution by rater group.
    pub contribution_by_group: Vec<Figure<Summary>>,
    /// Raters who belong to the partner.
    pub self_view: View,
    /// Raters who do not.
    pub others_view: View,
}

fn rated(code: u8) -> Option<f64> {
    (code != UNANSWERED && code != DONT_KNOW_CODE).then(|| to_percent(f64::from(code)))
}

fn shown_if(n: usize, summary: Option<Summary>, threshold: u32) -> Figure<Summary> {
    match summary {
        Some(summary) if n as u32 >= threshold => Figure::Shown(summary),
        _ => Figure::Suppressed,
    }
}

/// Splits `ratings` (category, score) into summaries per category, suppressed as a breakdown.
fn split(ratings: &[(usize, f64)], categories: usize, threshold: u32) -> Vec<Figure<Summary>> {
    let mut buckets: Vec<Vec<f64>> = vec![Vec::new(); categories];
    for &(category, score) in ratings {
        buckets[category].push(score);
    }
    let cells = buckets.into_iter().map(|mut bucket| (bucket.len() as u32, summarise(&mut bucket))).collect();
    suppress(cells, &[], threshold)
        .into_iter()
        .map(|figure| match figure {
            Figure::Shown(Some(summary)) => Figure::Shown(summary),
            _ => Figure::Suppressed,
        })
        .collect()
}

/// Value figures for every partner; empty when the survey has no gain/contribution matrix.
pub(crate) fn partner_value(table: &ResponseTable, rows: &[usize], threshold: u32) -> Vec<PartnerValue> {
    let layout = &table.layout;
    if layout.gain_question.is_none() && layout.contribution_question.is_none() {
        return Vec::new();
    }
    let groups = layout.groups.len();
    layout
        .partners
        .iter()
        .enumerate()
        .map(|(partner, id)| {
            // (rater group, is the rater's own partner, score)
            let (mut gains, mut contributions) = (Vec::new(), Vec::new());
            for &row in rows {
                let (gain, contribution) = table.matrix_cell(row, partner);
                let own = table.partner[row] as usize == partner;
                let group = table.group[row] as usize;
                if let Some(score) = rated(gain) {
                    gains.push((group, own, score));
                }
                if let Some(score) = rated(contribution) {
                    contributions.push((group, own, score));
                }
            }
            let all = |ratings: &[(usize, bool, f64)]| {
                let mut scores: Vec<f64> = ratings.iter().map(|r| r.2).collect();
                shown_if(scores.len(), summarise(&mut scores), threshold)
            };
            let by_group = |ratings: &[(usize, bool, f64)]| {
                split(&ratings.iter().map(|r| (r.0, r.2)).collect::<Vec<_>>(), groups, threshold)
            };
            // Category 0 = self, 1 = others; suppressed together so neither is recoverable.
            let by_self = |ratings: &[(usize, bool, f64)]| {
                split(&ratings.iter().map(|r| (usize::from(!r.1), r.2)).collect::<Vec<_>>(), 2, threshold)
            };
            let gain_views = by_self(&gains);
            let contribution_views = by_self(&contributions);
            let all_view = View { gain: all(&gains), contribution: all(&contributions) };
            let reciprocity = match (all_view.gain.shown(), all_view.contribution.shown()) {
                (Some(gain), Some(contribution)) => Some(contribution.mean - gain.mean),
                _ => None,
            };
            PartnerValue {
                partner: id.clone(),
                reciprocity,
                gain_by_group: by_group(&gains),
                contribution_by_group: by_group(&contributions),
                self_view: View { gain: gain_views[0], contribution: contribution_views[0] },
                others_view: View { gain: gain_views[1], contribution: contribution_views[1] },
                all: all_view,
            }
        })
        .collect()
}
