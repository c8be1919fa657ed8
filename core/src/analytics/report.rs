//! Everything the dashboard shows of one view, summed from the counts of the atoms it holds.

use super::actions::{action_prompts, ActionPrompt};
use super::filter::Filter;
use super::gaps::{perception_gaps, Gap};
use super::indicators::{indicator_figures, IndicatorFigures};
use super::items::{item_distributions, ItemDistribution};
use super::marginalisation::{marginalisation, GroupMarginalisation};
use super::partner_trust::{trust_map, TrustMap};
use super::protection::{Cell, Column, Pooling, ProtectedTable, ViewGuard};
use super::suppression::Figure;
use super::table::ResponseTable;
use super::value::{partner_value, PartnerValue};
use super::waves::{wave_changes, WaveChange};

/// How many responses each figure rests on.
#[derive(Clone, Debug, PartialEq)]
pub struct Counts {
    /// All selected responses.
    pub total: Figure<u32>,
    /// By group, in the survey's group order.
    pub by_group: Vec<Figure<u32>>,
    /// By partner, in the survey's partner order (respondents who gave none are not shown).
    pub by_partner: Vec<Figure<u32>>,
    /// By wave, in wave order: label and count.
    pub by_wave: Vec<(String, Figure<u32>)>,
}

/// The analysis of one survey's responses under one filter.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// The small-number threshold k used.
    pub threshold: u32,
    /// The fewest people behind any figure shown: k + 1, so that each of them learns about at
    /// least k others (what the dashboard's words call the smallest group shown).
    pub shown_from: u32,
    /// Group ids of every by-group figure, in order: the survey's groups, then
    /// [`POOLED_GROUP_ID`](super::POOLED_GROUP_ID) when small groups are pooled.
    pub groups: Vec<String>,
    /// What small-number protection pooled or left out (the same for every filter).
    pub pooling: Pooling,
    /// Per group of `groups`: whether the view's filter keeps it (with no group filter, all).
    pub groups_in_view: Vec<bool>,
    /// Per partner, in the survey's order: whether its respondents' figures can be shown on their
    /// own in the unfiltered view (the same for every filter, so a filter never takes another
    /// filter's choices away).
    pub partners_shown: Vec<bool>,
    /// Response counts.
    pub counts: Counts,
    /// Figures per indicator, in the survey's indicator order.
    pub indicators: Vec<IndicatorFigures>,
    /// Answer distributions per Likert item, in the order asked.
    pub items: Vec<ItemDistribution>,
    /// Perception gaps between groups, per indicator that has two or more groups shown.
    pub gaps: Vec<Gap>,
    /// Marginalisation per group (empty when the survey has no `inclusion` indicator and no
    /// "which groups do not get enough say" question).
    pub marginalisation: Vec<GroupMarginalisation>,
    /// Value per partner (empty when the survey has no gain/contribution matrix).
    pub value: Vec<PartnerValue>,
    /// Trust between partner organisations (none when the survey has no trust matrix).
    pub trust_map: Option<TrustMap>,
    /// Changes between consecutive waves.
    pub wave_changes: Vec<WaveChange>,
    /// Practical prompts for concerns, gaps and marginalised groups.
    pub actions: Vec<ActionPrompt>,
}

/// Id of the indicator whose complement is marginalisation.
pub const INCLUSION_INDICATOR: &str = "inclusion";

/// Analyses the rows of `table` that pass `filter`, under small-number protection with
/// threshold `threshold`: see the `protection` module for
/// the rule that keeps every combination of figures about more than k people.
pub fn analyse(table: &ResponseTable, filter: &Filter, threshold: u32) -> Report {
    analyse_view(&ProtectedTable::new(table, threshold), filter)
}

/// Analyses one view (the rows that pass `filter`) of responses already protected: protection
/// is decided on all responses, never on the filtered ones, so that every view a reader can
/// compare is judged by the same span, and it is made once however many views are drawn.
pub fn analyse_view(protected: &ProtectedTable, filter: &Filter) -> Report {
    let (table, pooling, threshold) = (&protected.table, protected.pooling.clone(), protected.threshold);
    let layout = &table.layout;
    let wave_order: Vec<usize> = {
        let ordered = table.waves();
        ordered.iter().map(|info| table.waves.iter().position(|wave| wave == *info).unwrap_or(0)).collect()
    };

    let mut wave_position = vec![0; table.waves.len()];
    for (position, &wave) in wave_order.iter().enumerate() {
        wave_position[wave] = position;
    }
    let guard = ViewGuard::new(protected, filter);
    let view = &guard.view;
    let count = |cell: &Cell| Figure::when(guard.shows(Column::People, cell), protected.people(Column::People, cell));
    let counts = Counts {
        total: count(view),
        by_group: (0..layout.groups.len()).map(|class| count(&view.class(class))).collect(),
        by_partner: (0..layout.partners.len()).map(|partner| count(&view.partner(partner))).collect(),
        by_wave: wave_order.iter().map(|&wave| (table.waves[wave].label.clone(), count(&view.wave(wave)))).collect(),
    };

    let indicators = indicator_figures((&wave_position, &wave_order), &guard);
    let gaps = perception_gaps(&indicators, &layout.groups);
    let inclusion = layout.indicators.iter().position(|(id, _)| id == INCLUSION_INDICATOR);
    let groups_marginalisation = if inclusion.is_some() || layout.named_groups_item.is_some() {
        marginalisation(inclusion.map(|index| indicators[index].by_group.as_slice()), inclusion, &guard)
    } else {
        Vec::new()
    };
    let changes = wave_changes((&wave_position, &wave_order), &indicators, &guard);
    let trust = trust_map(&guard);
    let actions = action_prompts(&indicators, &gaps, &groups_marginalisation, trust.as_ref());
    let everyone = protected.everyone();
    let partners_shown =
        (0..layout.partners.len()).map(|partner| protected.shows(Column::People, &everyone.partner(partner))).collect();
    let groups_in_view =
        layout.groups.iter().map(|id| filter.groups.is_empty() || filter.groups.contains(id)).collect();
    Report {
        threshold,
        shown_from: threshold + 1,
        partners_shown,
        groups_in_view,
        groups: layout.groups.clone(),
        pooling,
        counts,
        items: item_distributions(&guard),
        value: partner_value(&guard),
        trust_map: trust,
        indicators,
        gaps,
        marginalisation: groups_marginalisation,
        wave_changes: changes,
        actions,
    }
}

impl Report {
    /// The report with only the groups its view's filter keeps, for charts and tables: a group
    /// filtered out is not "hidden to protect a small group", it is not in the view.
    pub fn in_view_only(&self) -> Report {
        let keep = |index: usize| self.groups_in_view.get(index).copied().unwrap_or(true);
        fn kept<T: Clone>(items: &[T], keep: &dyn Fn(usize) -> bool) -> Vec<T> {
            items.iter().enumerate().filter(|(index, _)| keep(*index)).map(|(_, item)| item.clone()).collect()
        }
        let mut report = self.clone();
        report.groups = kept(&self.groups, &keep);
        report.groups_in_view = vec![true; report.groups.len()];
        report.counts.by_group = kept(&self.counts.by_group, &keep);
        report.marginalisation = kept(&self.marginalisation, &keep);
        for figures in &mut report.indicators {
            figures.by_group = kept(&figures.by_group, &keep);
        }
        for item in &mut report.items {
            item.by_group = kept(&item.by_group, &keep);
        }
        for value in &mut report.value {
            value.gain_by_group = kept(&value.gain_by_group, &keep);
            value.contribution_by_group = kept(&value.contribution_by_group, &keep);
        }
        for change in &mut report.wave_changes {
            change.by_group = kept(&change.by_group, &keep);
        }
        report
    }
}
