//! Descriptive statistics: mean, median, t-based confidence interval, bands, Cronbach's alpha.

/// Where a 0-100 figure falls, after the Wilder Collaboration Factors Inventory.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Band {
    /// 75-100: a strength to keep.
    Strength,
    /// 50 up to 75: borderline, worth discussing.
    Borderline,
    /// Below 50: a concern to act on.
    Concern,
}

impl Band {
    /// The band of a 0-100 mean.
    pub fn of(mean: f64) -> Band {
        if mean >= 75.0 {
            Band::Strength
        } else if mean >= 50.0 {
            Band::Borderline
        } else {
            Band::Concern
        }
    }
}

/// n, mean, median, spread and 95% confidence interval of a set of 0-100 scores.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Summary {
    /// Number of scores.
    pub n: u32,
    /// Arithmetic mean.
    pub mean: f64,
    /// Median (mean of the two middle scores when n is even).
    pub median: f64,
    /// Sample standard deviation (n - 1 denominator); `None` when n < 2.
    pub sd: Option<f64>,
    /// 95% confidence interval of the mean from the t-distribution, clipped to 0-100;
    /// `None` when n < 2.
    pub ci: Option<(f64, f64)>,
    /// Band of the mean.
    pub band: Band,
}

/// Two-sided 95% critical values of Student's t for 1 to 30 degrees of freedom.
const T_975: [f64; 30] = [
    12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281, 2.2010, 2.1788, 2.1604, 2.1448,
    2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860, 2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484,
    2.0452, 2.0423,
];

/// The 97.5th percentile of Student's t with `df` degrees of freedom (df >= 1).
///
/// Exact table values up to 30; beyond, the Cornish-Fisher expansion around the normal
/// quantile, which agrees with the table at 30 to four decimals and only gets closer.
pub fn t_975(df: u32) -> f64 {
    if df == 0 {
        return f64::NAN;
    }
    if let Some(value) = T_975.get(df as usize - 1) {
        return *value;
    }
    let z: f64 = 1.959_963_984_540_054;
    let n = f64::from(df);
    let g1 = (z.powi(3) + z) / 4.0;
    let g2 = (5.0 * z.powi(5) + 16.0 * z.powi(3) + 3.0 * z) / 96.0;
    let g3 = (3.0 * z.powi(7) + 19.0 * z.powi(5) + 17.0 * z.powi(3) - 15.0 * z) / 384.0;
    let g4 = (79.0 * z.powi(9) + 776.0 * z.powi(7) + 1482.0 * z.powi(5) - 1920.0 * z.powi(3) - 945.0 * z) / 92160.0;
    z + g1 / n + g2 / n.powi(2) + g3 / n.powi(3) + g4 / n.powi(4)
}

/// Median of `values`, reordering them; `None` when empty.
pub fn median(values: &mut [f64]) -> Option<f64> {
    let n = values.len();
    if n == 0 {
        return None;
    }
    let (lower, upper_middle, _) = values.select_nth_unstable_by(n / 2, f64::total_cmp);
    let upper_middle = *upper_middle;
    if n % 2 == 1 {
        return Some(upper_middle);
    }
    let lower_middle = lower.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    Some((lower_middle + upper_middle) / 2.0)
}

/// Summary of 0-100 scores, reordering them; `None` when empty.
pub fn summarise(scores: &mut [f64]) -> Option<Summary> {
    let n = scores.len();
    let median = median(scores)?;
    let mean = scores.iter().sum::<f64>() / n as f64;
    let (sd, ci) = if n >= 2 {
        let variance = scores.iter().map(|score| (score - mean).powi(2)).sum::<f64>() / (n - 1) as f64;
        let sd = variance.sqrt();
        let half_width = t_975(n as u32 - 1) * sd / (n as f64).sqrt();
        (Some(sd), Some(((mean - half_width).max(0.0), (mean + half_width).min(100.0))))
    } else {
        (None, None)
    };
    Some(Summary { n: n as u32, mean, median, sd, ci, band: Band::of(mean) })
}

/// Cronbach's alpha of complete answers: `rows` holds `items` values per respondent.
///
/// alpha = k / (k - 1) * (1 - sum of item variances / variance of the totals).
/// `None` when there are fewer than two items or two rows, or the totals do not vary.
pub fn cronbach_alpha(rows: &[f64], items: usize) -> Option<f64> {
    if items < 2 || rows.len() < 2 * items {
        return None;
    }
    let n = (rows.len() / items) as f64;
    let variance = |values: &mut dyn Iterator<Item = f64>| {
        let (mut sum, mut sum_sq) = (0.0, 0.0);
        for value in values {
            sum += value;
            sum_sq += value * value;
        }
        (sum_sq - sum * sum / n) / (n - 1.0)
    };
    let item_variances: f64 =
        (0..items).map(|item| variance(&mut rows.iter().skip(item).step_by(items).copied())).sum();
    let total_variance = variance(&mut rows.chunks_exact(items).map(|row| row.iter().sum::<f64>()));
    if total_variance <= f64::EPSILON {
        return None;
    }
    let k = items as f64;
    Some(k / (k - 1.0) * (1.0 - item_variances / total_variance))
}
