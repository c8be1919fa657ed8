//! Respondent indicator scores and their summaries overall and by group, partner and wave.

use super::histogram::Histograms;
use super::protection::{Cell, Column, ViewGuard};
use super::stats::{AlphaAccumulator, Summary};
use super::suppression::Figure;
use super::table::{DONT_KNOW_CODE, UNANSWERED};

/// Smallest number of complete answers for which Cronbach's alpha is reported.
pub const ALPHA_MIN_N: usize = 10;
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
        super::stats::insertion_sort_by(&mut fractions, |a, b| a.0 * b.1 < b.0 * a.1);
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
