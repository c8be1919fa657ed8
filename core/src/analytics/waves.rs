//! Change between consecutive waves, per indicator, overall and by group.

use super::histogram::Histograms;
use super::indicators::IndicatorFigures;
use super::protection::{Column, ViewGuard};

/// Change in one indicator from one wave to the next.
#[derive(Clone, Debug, PartialEq)]
pub struct WaveChange {
    /// Indicator id.
    pub indicator: String,
    /// Earlier wave label.
    pub from: String,
    /// Later wave label.
    pub to: String,
    /// Later mean minus earlier mean over everyone, when both are shown.
    pub overall: Option<f64>,
    /// The same by group, in the survey's group order; `None` where either wave's figure of the
    /// group is withheld.
    pub by_group: Vec<Option<f64>>,
}

/// Changes between each pair of consecutive waves; overall changes use the indicator figures'
/// `by_wave` summaries, so they agree with what is shown.
pub(crate) fn wave_changes(
    waves: (&[usize], &[usize]),
    indicators: &[IndicatorFigures],
    guard: &ViewGuard,
) -> Vec<WaveChange> {
    let (wave_position, wave_order) = waves;
    let (protected, table) = (guard.protected, &guard.protected.table);
    let waves = table.waves.len();
    if waves < 2 {
        return Vec::new();
    }
    let groups = table.layout.groups.len();
    let mut label_at = vec![""; waves];
    for (wave, info) in table.waves.iter().enumerate() {
        label_at[wave_position[wave]] = &info.label;
    }
    let atoms: Vec<usize> = protected.atoms_in(&guard.view).collect();
    let mut changes = Vec::new();
    for (index, figures) in indicators.iter().enumerate() {
        let counts = &protected.counts;
        let values = &counts.bins[index].values;
        let scores = counts.layout.scores[index]..counts.layout.scores[index] + values.len();
        let mut histograms = Histograms::new(waves * groups, values.len());
        for &atom in &atoms {
            let (class, _, wave) = protected.atom(atom);
            histograms.add_counts(wave_position[wave] * groups + class, &counts.of(atom)[scores.clone()]);
        }
        let column = Column::Indicator(index as u16);
        let means: Vec<Vec<Option<f64>>> = (0..waves)
            .map(|place| {
                (0..groups)
                    .map(|group| {
                        let cell = guard.view.class(group).wave(wave_order[place]);
                        let figure = histograms.figure(place * groups + group, values, guard.shows(column, &cell));
                        figure.shown().map(|summary| summary.mean)
                    })
                    .collect()
            })
            .collect();
        for step in 1..waves {
            let mean_of = |wave: usize| figures.by_wave[wave].shown().map(|summary| summary.mean);
            changes.push(WaveChange {
                indicator: figures.indicator.clone(),
                from: label_at[step - 1].to_owned(),
                to: label_at[step].to_owned(),
                overall: mean_of(step).zip(mean_of(step - 1)).map(|(later, earlier)| later - earlier),
                by_group: (0..groups).map(|group| Some(means[step][group]? - means[step - 1][group]?)).collect(),
            });
        }
    }
    changes
}
