//! Small-number suppression, primary and secondary.
//!
//! Primary: a cell (group, partner, wave, or group × partner) with fewer than k respondents shows
//! no figures. Secondary: a reader who sees the total and every other cell of a breakdown could
//! recover a hidden cell by subtraction, so whenever a breakdown hides a cell with 1..k-1
//! respondents, further cells are hidden, smallest first, until the hidden cells together hold
//! at least k respondents. What subtraction then recovers is the pooled figure of k or more
//! people, never a small group's. Categories that are never shown (respondents who gave no
//! partner) count as hidden cells. The total is hidden when it is itself under k.

/// A figure that is either shown or withheld because too few people are behind it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Figure<T> {
    /// Enough respondents: the figure.
    Shown(T),
    /// Fewer than the threshold (or hidden to protect such a cell): no figure at all,
    /// not even the count.
    Suppressed,
}

impl<T> Figure<T> {
    /// The figure when shown.
    pub fn shown(&self) -> Option<&T> {
        match self {
            Figure::Shown(value) => Some(value),
            Figure::Suppressed => None,
        }
    }

    /// Whether the figure is withheld.
    pub fn is_suppressed(&self) -> bool {
        matches!(self, Figure::Suppressed)
    }
}

/// Which cells of one breakdown to hide, given each cell's count and whether it is ever shown.
///
/// `counts[i]` is the number of respondents behind cell i; `never_shown[i]` marks categories the
/// report never displays but whose respondents are inside the total (may be shorter than counts).
pub fn hidden_cells(counts: &[u32], never_shown: &[bool], threshold: u32) -> Vec<bool> {
    let never = |cell: usize| never_shown.get(cell).copied().unwrap_or(false);
    let mut hidden: Vec<bool> = counts.iter().enumerate().map(|(cell, &n)| never(cell) || n < threshold).collect();
    let sensitive = counts.iter().zip(&hidden).any(|(&n, &hide)| hide && n > 0 && n < threshold);
    if !sensitive {
        return hidden;
    }
    let mut hidden_total: u64 = counts.iter().zip(&hidden).filter(|(_, &hide)| hide).map(|(&n, _)| u64::from(n)).sum();
    while hidden_total < u64::from(threshold) {
        let next = (0..counts.len()).filter(|&cell| !hidden[cell]).min_by_key(|&cell| (counts[cell], cell));
        match next {
            Some(cell) => {
                hidden[cell] = true;
                hidden_total += u64::from(counts[cell]);
            }
            None => break,
        }
    }
    hidden
}

/// Applies [`hidden_cells`] to figures computed for every cell.
pub fn suppress<T>(cells: Vec<(u32, T)>, never_shown: &[bool], threshold: u32) -> Vec<Figure<T>> {
    let counts: Vec<u32> = cells.iter().map(|(n, _)| *n).collect();
    let hidden = hidden_cells(&counts, never_shown, threshold);
    cells
        .into_iter()
        .zip(hidden)
        .map(|((_, value), hide)| if hide { Figure::Suppressed } else { Figure::Shown(value) })
        .collect()
}
