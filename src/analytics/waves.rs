//! Change between consecutive waves, per indicator, overall and by group.

use super::stats::summarise;
use super::suppression::{suppress, Figure};
use super::table::ResponseTable;

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
    /// The same by group, in the survey's group order; `None` where either wave is suppressed.
    pub by_group: Vec<Option<f64>>,
}

/// Changes between each pair of consecutive waves in `wave_order`. `overall_by_wave` is the
/// indicator figures' `by_wave`, so overall changes use the same (suppressed) figures shown.
pub(crate) fn wave_changes(
    table: &ResponseTable,
    rows: &[usize],
    scores: &[f64],
    wave_order: &[usize],
    overall_by_wave: &[Vec<Figure<super::stats::Summary>>],
    threshold: u32,
) -> Vec<WaveChange> {
    let layout = &table.layout;
    let width = layout.indicators.len();
    let groups = layout.groups.len();
    if wave_order.len() < 2 {
        return Vec::new();
    }
    let mut position = vec![0; table.waves.len()];
    for (at, &wave) in wave_order.iter().enumerate() {
        position[wave] = at;
    }
    let mut changes = Vec::new();
    for (index, (indicator, _)) in layout.indicators.iter().enumerate() {
        // Group means per wave; each wave's group cells are suppressed under k.
        let mut buckets: Vec<Vec<f64>> = vec![Vec::new(); wave_order.len() * groups];
        for (at, &row) in rows.iter().enumerate() {
            let score = scores[at * width + index];
            if !score.is_nan() {
                buckets[position[table.wave[row] as usize] * groups + table.group[row] as usize].push(score);
            }
        }
        // Each wave's group cells form a breakdown, suppressed like any other.
        let means: Vec<Option<f64>> = buckets
            .chunks_mut(groups)
            .flat_map(|wave_cells| {
                let cells = wave_cells
                    .iter_mut()
                    .map(|bucket| (bucket.len() as u32, summarise(bucket).map(|summary| summary.mean)))
                    .collect();
                suppress(cells, &[], threshold).into_iter().map(|figure| figure.shown().copied().flatten())
            })
            .collect();
        for step in 1..wave_order.len() {
            let mean_of = |wave: usize| overall_by_wave[index][wave].shown().map(|summary| summary.mean);
            let overall = mean_of(step).zip(mean_of(step - 1)).map(|(later, earlier)| later - earlier);
            let by_group = (0..groups)
                .map(|group| {
                    let later = means[step * groups + group]?;
                    let earlier = means[(step - 1) * groups + group]?;
                    Some(later - earlier)
                })
                .collect();
            changes.push(WaveChange {
                indicator: indicator.clone(),
                from: table.waves[wave_order[step - 1]].label.clone(),
                to: table.waves[wave_order[step]].label.clone(),
                overall,
                by_group,
            });
        }
    }
    changes
}
