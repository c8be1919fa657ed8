//! Marginalisation by group: low inclusion, and being named by others as not getting enough say.
//!
//! Choices made here: "everyone else's" inclusion is the pooled mean of all selected
//! respondents outside the group; the named share's denominator is the respondents outside the
//! group who answered the "which groups do not get enough say" question (naming none counts as
//! an answer, skipping it does not). Both are figures about "everyone outside the group" and are
//! shown only where protection allows that set; a low-inclusion flag is only raised for a group
//! whose inclusion is itself shown.

use super::protection::{Column, ViewGuard};
use super::stats::Summary;
use super::suppression::Figure;

/// Inclusion this many points below everyone else's flags a group.
pub const LOW_INCLUSION_POINTS: f64 = 10.0;
/// A group named by this share (0-1) of other respondents or more is flagged.
pub const NAMED_SHARE_FLAG: f64 = 0.25;

/// How many of the other respondents named a group.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NamedShare {
    /// Respondents outside the group who named it.
    pub named: u32,
    /// Respondents outside the group who answered the question.
    pub answered: u32,
}

impl NamedShare {
    /// named / answered, 0-1.
    pub fn share(&self) -> f64 {
        f64::from(self.named) / f64::from(self.answered.max(1))
    }
}

/// One group's marginalisation figures.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupMarginalisation {
    /// Group id.
    pub group: String,
    /// The group's inclusion summary (the inclusion indicator's group figure).
    pub inclusion: Figure<Summary>,
    /// 100 minus the group's inclusion mean, when shown.
    pub marginalisation: Option<f64>,
    /// Mean inclusion of all selected respondents outside the group, where protection allows it.
    pub others_inclusion: Option<f64>,
    /// Share of other respondents who named the group.
    pub named_by_others: Figure<NamedShare>,
    /// Inclusion at least [`LOW_INCLUSION_POINTS`] below everyone else's.
    pub low_inclusion: bool,
    /// Named by at least [`NAMED_SHARE_FLAG`] of other respondents.
    pub often_named: bool,
}

impl GroupMarginalisation {
    /// Whether either flag is raised.
    pub fn flagged(&self) -> bool {
        self.low_inclusion || self.often_named
    }
}

/// Marginalisation of every group. `inclusion_by_group` is the inclusion indicator's group
/// figures; `inclusion` the indicator's index.
/// A survey group pooled into "Other groups, combined" has no figures of its own; the combined
/// row's "others" are everyone outside it.
pub(crate) fn marginalisation(
    inclusion_by_group: Option<&[Figure<Summary>]>,
    inclusion: Option<usize>,
    guard: &ViewGuard,
) -> Vec<GroupMarginalisation> {
    let protected = guard.protected;
    let layout = &protected.table.layout;
    let groups = layout.groups.len();
    let pooled = &protected.pooling.pooled_groups;
    let shape = &protected.counts.layout;
    // Per group: the sum and count of inclusion scores, to pool "everyone else" quickly; people
    // who answered "which groups do not get enough say", and who named each group.
    let (mut sums, mut counts) = (vec![0.0; groups], vec![0u32; groups]);
    let (mut answered_in, mut named_in) = (vec![0u32; groups], vec![0u32; groups * groups]);
    for atom in protected.atoms_in(&guard.view) {
        let (group, _, _) = protected.atom(atom);
        let atom_counts = protected.counts.of(atom);
        if let Some(index) = inclusion {
            let values = &protected.counts.bins[index].values;
            let bins = &atom_counts[shape.scores[index]..shape.scores[index] + values.len()];
            for (value, &count) in values.iter().zip(bins) {
                sums[group] += value * f64::from(count);
                counts[group] += count;
            }
        }
        answered_in[group] += atom_counts[shape.named];
        for (named, &count) in
            named_in[group * groups..(group + 1) * groups].iter_mut().zip(&atom_counts[shape.named + 1..])
        {
            *named += count;
        }
    }
    let (total_sum, total_count): (f64, u32) = (sums.iter().sum(), counts.iter().sum());
    let has_named_question = layout.named_groups_item.is_some();
    layout
        .groups
        .iter()
        .enumerate()
        .map(|(group, id)| {
            let own_row = !pooled.get(group).copied().unwrap_or(false);
            let others = guard.view.classes_except(group);
            let inclusion_figure = inclusion_by_group.map_or(Figure::Suppressed, |figures| figures[group]);
            let others_count = total_count - counts[group];
            let others_inclusion = inclusion
                .filter(|&index| own_row && others_count > 0 && guard.shows(Column::Indicator(index as u16), &others))
                .map(|_| (total_sum - sums[group]) / f64::from(others_count));
            let (mut named, mut answered) = (0u32, 0u32);
            for other in (0..groups).filter(|&other| other != group) {
                answered += answered_in[other];
                named += named_in[other * groups + group];
            }
            let named_by_others = Figure::when(
                has_named_question && own_row && answered > 0 && guard.shows(Column::Named, &others),
                NamedShare { named, answered },
            );
            let mean = inclusion_figure.shown().map(|summary| summary.mean);
            let low_inclusion =
                matches!((mean, others_inclusion), (Some(own), Some(others)) if super::stats::at_least(others - own, LOW_INCLUSION_POINTS));
            let often_named = named_by_others.shown().is_some_and(|share| share.share() >= NAMED_SHARE_FLAG);
            GroupMarginalisation {
                group: id.clone(),
                inclusion: inclusion_figure,
                marginalisation: mean.map(|own| 100.0 - own),
                others_inclusion,
                named_by_others,
                low_inclusion,
                often_named,
            }
        })
        .collect()
}
