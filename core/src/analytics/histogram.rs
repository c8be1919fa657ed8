//! Counts of binned scores for many cells at once, turned into summaries where protection allows.

use super::stats::{summarise_counts, Summary};
use super::suppression::Figure;

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

    /// Adds the counts `counts` (one per bin) to cell `cell`.
    pub fn add_counts(&mut self, cell: usize, counts: &[u32]) {
        for (count, &more) in self.counts[cell * self.bins..(cell + 1) * self.bins].iter_mut().zip(counts) {
            *count += more;
        }
    }

    fn cell(&self, cell: usize) -> &[u32] {
        &self.counts[cell * self.bins..(cell + 1) * self.bins]
    }

    /// One cell's summary when `shown` (protection allows it) and it holds any score.
    pub fn figure(&self, cell: usize, values: &[f64], shown: bool) -> Figure<Summary> {
        match summarise_counts(values, self.cell(cell)) {
            Some(summary) if shown => Figure::Shown(summary),
            _ => Figure::Suppressed,
        }
    }
}
