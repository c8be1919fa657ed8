//! Counts of binned scores for many cells at once, turned into suppressed summaries.

use super::stats::{summarise_counts, Summary};
use super::suppression::{suppress, Figure};
use std::ops::Range;

/// One histogram per cell over the same bins, stored flat (`cells × bins`).
pub(crate) struct Histograms {
    bins: usize,
    counts: Vec<u32>,
}

impl Histograms {
    /// `cells` empty histograms of `bins` bins.
    pub fn new(cells: usize, bins: usize) -> Histograms {
        Histograms { bins, counts: vec![0; cells * bins] }
    }

    /// Counts one score in bin `bin` of cell `cell`.
    #[inline]
    pub fn add(&mut self, cell: usize, bin: usize) {
        self.counts[cell * self.bins + bin] += 1;
    }

    fn cell(&self, cell: usize) -> &[u32] {
        &self.counts[cell * self.bins..(cell + 1) * self.bins]
    }

    /// One cell's summary, hidden under `threshold` (no breakdown to protect).
    pub fn summary(&self, cell: usize, values: &[f64], threshold: u32) -> Figure<Summary> {
        match summarise_counts(values, self.cell(cell)) {
            Some(summary) if summary.n >= threshold => Figure::Shown(summary),
            _ => Figure::Suppressed,
        }
    }

    /// Summaries of the cells of one breakdown, with primary and secondary suppression.
    pub fn breakdown(
        &self,
        cells: Range<usize>,
        values: &[f64],
        never_shown: &[bool],
        threshold: u32,
    ) -> Vec<Figure<Summary>> {
        let summaries = cells
            .map(|cell| {
                let summary = summarise_counts(values, self.cell(cell));
                (summary.map_or(0, |s| s.n), summary)
            })
            .collect();
        suppress(summaries, never_shown, threshold)
            .into_iter()
            .map(|figure| match figure {
                Figure::Shown(Some(summary)) => Figure::Shown(summary),
                _ => Figure::Suppressed,
            })
            .collect()
    }
}
