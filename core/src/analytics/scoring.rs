//! One respondent's score for an indicator, from the codes of its items: the rule (a mean of the
//! answered points, mapped to 0-100, when at least half are answered) and every score it can give.

use super::codes::{DONT_KNOW_CODE, UNANSWERED};
use super::stats::insertion_sort_by;

/// Bin of a respondent without a score for an indicator.
pub(crate) const NO_SCORE: u16 = u16::MAX;

/// Maps a mean on the 1-5 scale to 0-100.
pub fn to_percent(mean_on_scale: f64) -> f64 {
    (mean_on_scale - 1.0) / 4.0 * 100.0
}

/// Whether `answered` of `items` is enough for a score: at least half.
#[inline(always)]
fn enough(answered: usize, items: usize) -> bool {
    items > 0 && answered > 0 && answered * 2 >= items
}

/// Sum and count of the scored answers among Likert codes ("don't know" is not an answer).
#[inline(always)]
fn sum_answered(codes: impl Iterator<Item = u8>) -> (usize, usize) {
    codes
        .filter(|&code| code != UNANSWERED && code != DONT_KNOW_CODE)
        .fold((0, 0), |(sum, answered), code| (sum + usize::from(code), answered + 1))
}

/// A respondent's 0-100 score from the Likert codes of an indicator's columns; `None` when
/// fewer than half of the items were answered.
pub fn respondent_score(codes: impl Iterator<Item = u8>, items: usize) -> Option<f64> {
    let (sum, answered) = sum_answered(codes);
    enough(answered, items).then(|| to_percent(sum as f64 / answered as f64))
}

/// Every score an indicator of `items` items can take, as ordered bins.
///
/// A score is a mean of `answered` answers of 1-5, so it is the fraction sum/answered; the bins
/// are the distinct such fractions in ascending order (under a hundred for six items).
#[derive(Clone, Debug)]
pub(crate) struct ScoreBins {
    /// Bin of (answered, sum), at `answered * (5 * items + 1) + sum`.
    bin_of: Vec<u16>,
    /// 0-100 score of each bin, ascending.
    pub values: Vec<f64>,
}

impl ScoreBins {
    pub fn new(items: usize) -> ScoreBins {
        let stride = 5 * items + 1;
        let mut fractions: Vec<(usize, usize)> = (1..=items)
            .filter(|&answered| enough(answered, items))
            .flat_map(|answered| (answered..=5 * answered).map(move |sum| (sum, answered)))
            .collect();
        // Compare sum1/answered1 with sum2/answered2 exactly, by cross-multiplying.
        insertion_sort_by(&mut fractions, |a, b| a.0 * b.1 < b.0 * a.1);
        let mut bin_of = vec![NO_SCORE; (items + 1) * stride];
        let mut values: Vec<f64> = Vec::new();
        let mut previous: Option<(usize, usize)> = None;
        for (sum, answered) in fractions {
            let same_as_previous = previous.is_some_and(|(s, a)| s * answered == sum * a);
            if !same_as_previous {
                values.push(to_percent(sum as f64 / answered as f64));
            }
            bin_of[answered * stride + sum] = (values.len() - 1) as u16;
            previous = Some((sum, answered));
        }
        ScoreBins { bin_of, values }
    }

    /// Where a respondent's score is counted, indexed by `answered * (5 * items + 1) + sum` (they
    /// gave `answered` points of 1-5 adding up to `sum`): `first` plus the score's bin, or
    /// `elsewhere` when that is too few answers for a score. A lookup and no branch per
    /// respondent.
    pub fn count_at(&self, first: usize, elsewhere: usize) -> Vec<u32> {
        let at = |bin: u16| (if bin == NO_SCORE { elsewhere } else { first + usize::from(bin) }) as u32;
        self.bin_of.iter().map(|&bin| at(bin)).collect()
    }
}
