//! Respondent indicator scores and their summaries overall and by group, partner and wave.

use super::histogram::Histograms;
use super::protection::{Cell, Column, ViewGuard};
use super::stats::{AlphaAccumulator, Summary};
use super::suppression::Figure;

/// Smallest number of complete answers for which Cronbach's alpha is reported.
pub const ALPHA_MIN_N: usize = 10;
/// An indicator's figures for the selected responses.
#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorFigures {
    /// Indicator id.
    pub indicator: String,
    /// All selected respondents with a score.
    pub overall: Figure<Summary>,
    /// By stakeholder group, in the survey's group order.
    pub by_group: Vec<Figure<Summary>>,
    /// By partner organisation, in the survey's partner order.
    pub by_partner: Vec<Figure<Summary>>,
    /// By wave, in wave order (see [`ResponseTable::waves`]).
    pub by_wave: Vec<Figure<Summary>>,
    /// Cronbach's alpha over respondents who answered every item, when at least
    /// [`ALPHA_MIN_N`] did.
    pub alpha: Option<f64>,
}

/// Figures of every indicator, summed from the counts of the atoms in the view. `waves.0[w]`
/// is the place of table wave `w` in wave order; `waves.1[place]` the table wave at that place.
pub(crate) fn indicator_figures(waves: (&[usize], &[usize]), guard: &ViewGuard) -> Vec<IndicatorFigures> {
    let (wave_position, wave_order) = waves;
    let protected = guard.protected;
    let layout = &protected.table.layout;
    let (groups, partners) = (layout.groups.len(), layout.partners.len());
    // Cells: overall, then groups, then partners plus "no partner", then waves.
    let group_cells = 1..1 + groups;
    let partner_cells = group_cells.end..group_cells.end + partners + 1;
    let wave_cells = partner_cells.end..partner_cells.end + wave_order.len();
    let view = &guard.view;
    let atoms: Vec<usize> = protected.atoms_in(view).collect();
    let counts = &protected.counts;
    layout
        .indicators
        .iter()
        .enumerate()
        .map(|(index, (id, columns))| {
            let values = &counts.bins[index].values;
            let scores = counts.layout.scores[index]..counts.layout.scores[index] + values.len();
            let column = Column::Indicator(index as u16);
            let mut histograms = Histograms::new(wave_cells.end, values.len());
            let mut alpha = AlphaAccumulator::new(columns.len());
            for &atom in &atoms {
                let (class, slot, wave) = protected.atom(atom);
                let bins = &counts.of(atom)[scores.clone()];
                histograms.add_counts(0, bins);
                histograms.add_counts(group_cells.start + class, bins);
                histograms.add_counts(partner_cells.start + slot, bins);
                histograms.add_counts(wave_cells.start + wave_position[wave], bins);
                alpha.add_counts(counts.alpha_of(atom, index, columns.len()));
            }
            let figure = |at: usize, cell: Cell| histograms.figure(at, values, guard.shows(column, &cell));
            IndicatorFigures {
                indicator: id.clone(),
                overall: figure(0, view.clone()),
                by_group: (0..groups).map(|group| figure(group_cells.start + group, view.class(group))).collect(),
                by_partner: (0..partners)
                    .map(|partner| figure(partner_cells.start + partner, view.partner(partner)))
                    .collect(),
                by_wave: wave_order
                    .iter()
                    .enumerate()
                    .map(|(place, &wave)| figure(wave_cells.start + place, view.wave(wave)))
                    .collect(),
                alpha: if alpha.n() < ALPHA_MIN_N as u64 { None } else { alpha.alpha() },
            }
        })
        .collect()
}
