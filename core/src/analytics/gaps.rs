//! Perception gaps: how far apart the groups shown see each indicator.

use super::indicators::IndicatorFigures;

/// A gap of this many points or more between group means is flagged.
pub const GAP_FLAG_POINTS: f64 = 15.0;

/// The spread of group means for one indicator.
#[derive(Clone, Debug, PartialEq)]
pub struct Gap {
    /// Indicator id.
    pub indicator: String,
    /// Group seeing the indicator most favourably, and its mean.
    pub highest: (String, f64),
    /// Group seeing it least favourably, and its mean.
    pub lowest: (String, f64),
    /// Highest mean minus lowest mean.
    pub points: f64,
    /// Whether the gap reaches [`GAP_FLAG_POINTS`].
    pub flagged: bool,
}

/// Gaps between the shown group means of each indicator; indicators with fewer than two groups
/// shown have no gap. Ties go to the group listed first in the survey.
pub(crate) fn perception_gaps(indicators: &[IndicatorFigures], groups: &[String]) -> Vec<Gap> {
    indicators
        .iter()
        .filter_map(|figures| {
            let shown: Vec<(&String, f64)> = figures
                .by_group
                .iter()
                .zip(groups)
                .filter_map(|(figure, group)| figure.shown().map(|summary| (group, summary.mean)))
                .collect();
            if shown.len() < 2 {
                return None;
            }
            let highest = shown.iter().copied().reduce(|best, next| if next.1 > best.1 { next } else { best })?;
            let lowest = shown.iter().copied().reduce(|best, next| if next.1 < best.1 { next } else { best })?;
            let points = highest.1 - lowest.1;
            Some(Gap {
                indicator: figures.indicator.clone(),
                highest: (highest.0.clone(), highest.1),
                lowest: (lowest.0.clone(), lowest.1),
                points,
                flagged: super::stats::at_least(points, GAP_FLAG_POINTS),
            })
        })
        .collect()
}
