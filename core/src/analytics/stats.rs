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

/// Lowest mean in the strength band.
pub const STRENGTH_FROM: f64 = 75.0;
/// Lowest mean in the borderline band (below it: concern).
pub const BORDERLINE_FROM: f64 = 50.0;

/// Whether a figure worked out in floating point reaches `bound`: means summed in another order
/// differ in their last bits, and a figure exactly on a flag's bound (a gap of 15 points, a mean
/// of 75) must be flagged the same whatever order the responses came in.
pub fn at_least(value: f64, bound: f64) -> bool {
    value >= bound - 1e-9
}

impl Band {
    /// The band of a 0-100 mean.
    pub fn of(mean: f64) -> Band {
        if at_least(mean, STRENGTH_FROM) {
            Band::Strength
        } else if at_least(mean, BORDERLINE_FROM) {
            Band::Borderline
        } else {
            Band::Concern
        }
    }

    /// The band's name in a sentence or table.
    pub fn label(self) -> &'static str {
        match self {
            Band::Strength => "strength",
            Band::Borderline => "borderline",
            Band::Concern => "concern",
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
    /// Whether the interval reached past 0 or 100 and was cut there (the page says so).
    pub ci_cut: bool,
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

/// Summary of scores given as a histogram: `counts[i]` respondents scored `values[i]`, with
/// `values` in ascending order; `None` when the counts are all zero.
///
/// Respondent scores take few distinct values (a mean of at most a handful of 1-5 answers), so
/// the analysis counts them into bins instead of collecting and sorting every score: the median
/// is found by walking the cumulative counts.
pub fn summarise_counts(values: &[f64], counts: &[u32]) -> Option<Summary> {
    let n: u64 = counts.iter().map(|&count| u64::from(count)).sum();
    if n == 0 {
        return None;
    }
    let weighted = || values.iter().zip(counts).filter(|(_, &count)| count > 0);
    let mean = weighted().map(|(value, &count)| value * f64::from(count)).sum::<f64>() / n as f64;
    // The 0-based ranks of the middle score(s): equal when n is odd.
    let (lower_rank, upper_rank) = ((n - 1) / 2, n / 2);
    let (mut lower, mut upper, mut seen) = (None, None, 0u64);
    for (value, &count) in weighted() {
        seen += u64::from(count);
        if lower.is_none() && seen > lower_rank {
            lower = Some(*value);
        }
        if seen > upper_rank {
            upper = Some(*value);
            break;
        }
    }
    let median = (lower? + upper?) / 2.0;
    let (sd, ci, ci_cut) = if n >= 2 {
        let squares: f64 = weighted().map(|(value, &count)| (value - mean).powi(2) * f64::from(count)).sum();
        let sd = (squares / (n - 1) as f64).sqrt();
        let half_width = t_975(u32::try_from(n - 1).unwrap_or(u32::MAX)) * sd / (n as f64).sqrt();
        let (low, high) = (mean - half_width, mean + half_width);
        (Some(sd), Some((low.max(0.0), high.min(100.0))), low < 0.0 || high > 100.0)
    } else {
        (None, None, false)
    };
    Some(Summary { n: n as u32, mean, median, sd, ci, ci_cut, band: Band::of(mean) })
}

/// Running sums for Cronbach's alpha over complete answers, one respondent at a time.
///
/// alpha = k / (k - 1) * (1 - sum of item variances / variance of the totals).
pub struct AlphaAccumulator {
    n: u64,
    // Answers are whole points 1-5, so every sum is a whole number: kept as integers (exact,
    // and cheaper to add), turned into floats once for alpha.
    item_sums: Vec<u64>,
    item_squares: Vec<u64>,
    total_sum: u64,
    total_squares: u64,
}

impl AlphaAccumulator {
    /// Sums for an indicator of `items` items.
    pub fn new(items: usize) -> AlphaAccumulator {
        AlphaAccumulator {
            n: 0,
            item_sums: vec![0; items],
            item_squares: vec![0; items],
            total_sum: 0,
            total_squares: 0,
        }
    }

    /// Adds one respondent's answers (points of the scale, 1-5) to every item.
    pub fn add(&mut self, answers: impl Iterator<Item = u8>) {
        let mut total = 0u64;
        for ((value, sum), square) in answers.zip(&mut self.item_sums).zip(&mut self.item_squares) {
            let value = u64::from(value);
            *sum += value;
            *square += value * value;
            total += value;
        }
        self.total_sum += total;
        self.total_squares += total * total;
        self.n += 1;
    }

    /// Adds a group of respondents given as counts (`atom_counts::AlphaCounts`): per item, how
    /// many gave each point 1-5; then per total of points (from 0), how many had it. The sums are
    /// whole numbers, so they are those of adding each respondent.
    pub(crate) fn add_counts(&mut self, counts: &[u32]) {
        use super::codes::RATINGS;
        let items = self.item_sums.len();
        let (by_item, by_total) = counts.split_at(items * RATINGS);
        for (item, (sum, square)) in self.item_sums.iter_mut().zip(&mut self.item_squares).enumerate() {
            for (point, &n) in (1u64..).zip(&by_item[item * RATINGS..(item + 1) * RATINGS]) {
                *sum += point * u64::from(n);
                *square += point * point * u64::from(n);
            }
        }
        for (total, &n) in (0u64..).zip(by_total) {
            self.n += u64::from(n);
            self.total_sum += total * u64::from(n);
            self.total_squares += total * total * u64::from(n);
        }
    }

    /// Respondents added so far.
    pub fn n(&self) -> u64 {
        self.n
    }

    /// Alpha; `None` with fewer than two items or two respondents, or when totals do not vary.
    pub fn alpha(&self) -> Option<f64> {
        let items = self.item_sums.len();
        if items < 2 || self.n < 2 {
            return None;
        }
        let n = self.n as f64;
        let variance = |sum: u64, squares: u64| (squares as f64 - sum as f64 * sum as f64 / n) / (n - 1.0);
        let item_variances: f64 =
            self.item_sums.iter().zip(&self.item_squares).map(|(&sum, &squares)| variance(sum, squares)).sum();
        let total_variance = variance(self.total_sum, self.total_squares);
        if total_variance <= f64::EPSILON {
            return None;
        }
        let k = items as f64;
        Some(k / (k - 1.0) * (1.0 - item_variances / total_variance))
    }
}

/// Sorts a short slice (score bins, waves) by insertion: a few hundred bytes of wasm instead of
/// the kilobytes each instance of the standard library's sorts costs. Quadratic, so only for
/// slices of at most a few hundred items.
pub(crate) fn insertion_sort_by<T>(items: &mut [T], mut before: impl FnMut(&T, &T) -> bool) {
    for end in 1..items.len() {
        let mut at = end;
        while at > 0 && before(&items[at], &items[at - 1]) {
            items.swap(at, at - 1);
            at -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn insertion_sort_orders_and_keeps_equal_items_in_place() {
        let mut items = [(3, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        super::insertion_sort_by(&mut items, |a, b| a.0 < b.0);
        assert_eq!(items, [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'c'), (3, 'a')]);
    }
}
