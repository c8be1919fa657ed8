//! Value for each partner: how much others (and its own people) think it gains and contributes.
//!
//! Each rating of the partner matrix (1 Nothing .. 5 A great deal) maps to 0-100 on its own.
//! Self view: raters who belong to that partner; others' view: every other rater, including
//! those who gave no partner. Reciprocity = contribution mean − gain mean over all raters:
//! positive means the partner is seen to give more than it gets.

use super::codes::RATINGS;
use super::histogram::Histograms;
use super::protection::{Column, ViewGuard};
use super::stats::Summary;
use super::suppression::Figure;

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

/// 0-100 value of each rating 1-5.
const RATING_VALUES: [f64; 5] = [0.0, 25.0, 50.0, 75.0, 100.0];

/// Value figures for every partner; empty when the survey has no gain/contribution matrix.
pub(crate) fn partner_value(guard: &ViewGuard) -> Vec<PartnerValue> {
    let protected = guard.protected;
    let layout = &protected.table.layout;
    if layout.gain_question.is_none() && layout.contribution_question.is_none() {
        return Vec::new();
    }
    let (groups, partners) = (layout.groups.len(), layout.partners.len());
    // Cells per partner: all raters, each rater group, then self and others.
    let cells = groups + 3;
    let (all, self_cell) = (0, groups + 1);
    let mut gains = Histograms::new(partners * cells, RATING_VALUES.len());
    let mut contributions = Histograms::new(partners * cells, RATING_VALUES.len());
    let from = protected.counts.layout.matrix;
    for atom in protected.atoms_in(&guard.view) {
        let (group, own_partner, _) = protected.atom(atom);
        let ratings = &protected.counts.of(atom)[from..from + partners * 2 * RATINGS];
        for (partner, ratings) in ratings.chunks_exact(2 * RATINGS).enumerate() {
            let base = partner * cells;
            let view = if own_partner == partner { self_cell } else { self_cell + 1 };
            let (gain, contribution) = ratings.split_at(RATINGS);
            for (histograms, counts) in [(&mut gains, gain), (&mut contributions, contribution)] {
                histograms.add_counts(base + all, counts);
                histograms.add_counts(base + 1 + group, counts);
                histograms.add_counts(base + view, counts);
            }
        }
    }
    layout
        .partners
        .iter()
        .enumerate()
        .map(|(partner, id)| {
            let base = partner * cells;
            let view = &guard.view;
            // The table keeps gain in slot 0 and contribution in slot 1.
            let column = |asked: Option<usize>, question: u8| {
                asked.map(|_| Column::Matrix { partner: partner as u16, question })
            };
            let (gain_column, contribution_column) =
                (column(layout.gain_question, 0), column(layout.contribution_question, 1));
            let shows = |column: Option<Column>, cell: &super::protection::Cell| {
                column.is_some_and(|column| guard.shows(column, cell))
            };
            let overall =
                |histograms: &Histograms, column| histograms.figure(base + all, &RATING_VALUES, shows(column, view));
            let by_group = |histograms: &Histograms, column| {
                (0..groups)
                    .map(|group| histograms.figure(base + 1 + group, &RATING_VALUES, shows(column, &view.class(group))))
                    .collect::<Vec<_>>()
            };
            // Self: raters who belong to the partner; others: every other slot, "none" included.
            let (own, others) = (view.partner(partner), view.partners_within(!(1u64 << partner)));
            let views = |histograms: &Histograms, column| {
                [
                    histograms.figure(base + self_cell, &RATING_VALUES, shows(column, &own)),
                    histograms.figure(base + self_cell + 1, &RATING_VALUES, shows(column, &others)),
                ]
            };
            let (gains, contributions) = (&gains, &contributions);
            let gain_views = views(gains, gain_column);
            let contribution_views = views(contributions, contribution_column);
            let all_view =
                View { gain: overall(gains, gain_column), contribution: overall(contributions, contribution_column) };
            let reciprocity = match (all_view.gain.shown(), all_view.contribution.shown()) {
                (Some(gain), Some(contribution)) => Some(contribution.mean - gain.mean),
                _ => None,
            };
            PartnerValue {
                partner: id.clone(),
                reciprocity,
                gain_by_group: by_group(gains, gain_column),
                contribution_by_group: by_group(contributions, contribution_column),
                self_view: View { gain: gain_views[0], contribution: contribution_views[0] },
                others_view: View { gain: gain_views[1], contribution: contribution_views[1] },
                all: all_view,
            }
        })
        .collect()
}
