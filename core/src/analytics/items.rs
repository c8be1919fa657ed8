//! The count and share of each answer to each Likert item, for diverging stacked bars.

use super::codes::{CODES, DONT_KNOW_CODE};
use super::protection::{Cell, Column, ViewGuard};
use super::suppression::Figure;

/// How often each answer was given to one item.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AnswerCounts {
    /// Count of scale points 1 (strongly disagree) to 5 (strongly agree).
    pub points: [u32; 5],
    /// Count of "don't know / not applicable".
    pub dont_know: u32,
}

impl AnswerCounts {
    /// Respondents who answered, including "don't know".
    pub fn total(&self) -> u32 {
        self.points.iter().sum::<u32>() + self.dont_know
    }

    /// Respondents who gave a scale point.
    pub fn scored(&self) -> u32 {
        self.points.iter().sum()
    }

    /// Share (0-1) of scale point `point` (1-5) among scored answers; 0 when none.
    pub fn share(&self, point: usize) -> f64 {
        let scored = self.scored();
        if scored == 0 || !(1..=5).contains(&point) {
            return 0.0;
        }
        f64::from(self.points[point - 1]) / f64::from(scored)
    }

    /// Share (0-1) of "don't know" among all answers; 0 when none.
    pub fn dont_know_share(&self) -> f64 {
        let total = self.total();
        if total == 0 {
            0.0
        } else {
            f64::from(self.dont_know) / f64::from(total)
        }
    }

    /// Adds the people who gave each code (`codes[code]`: unanswered, 1-5, "don't know").
    fn add(&mut self, codes: &[u32]) {
        for (point, &count) in self.points.iter_mut().zip(&codes[1..=5]) {
            *point += count;
        }
        self.dont_know += codes[usize::from(DONT_KNOW_CODE)];
    }
}

/// The answers to one Likert item.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemDistribution {
    /// Item id.
    pub item: String,
    /// All selected respondents who answered it.
    pub overall: Figure<AnswerCounts>,
    /// By stakeholder group, in the survey's group order.
    pub by_group: Vec<Figure<AnswerCounts>>,
}

/// Distributions of every Likert item over the selected rows. A distribution shows both who
/// answered and who gave a point of the scale, so both sets must be allowed.
pub(crate) fn item_distributions(guard: &ViewGuard) -> Vec<ItemDistribution> {
    let protected = guard.protected;
    let layout = &protected.table.layout;
    let groups = layout.groups.len();
    let width = layout.likert_items.len();
    let from = protected.counts.layout.items;
    // counts[item * groups + group]
    let mut counts = vec![AnswerCounts::default(); width * groups];
    for atom in protected.atoms_in(&guard.view) {
        let (group, _, _) = protected.atom(atom);
        let codes = &protected.counts.of(atom)[from..from + width * CODES];
        for (column, codes) in codes.chunks_exact(CODES).enumerate() {
            counts[column * groups + group].add(codes);
        }
    }
    let figure = |column: usize, cell: Cell, counts: AnswerCounts| {
        let answered = guard.shows(Column::Answered(column as u16), &cell);
        let scored = counts.scored() == 0 || guard.shows(Column::Scored(column as u16), &cell);
        Figure::when(answered && scored && counts.total() > 0, counts)
    };
    layout
        .likert_items
        .iter()
        .enumerate()
        .map(|(column, item)| {
            let cells = &counts[column * groups..(column + 1) * groups];
            let mut overall = AnswerCounts::default();
            for cell in cells {
                for point in 0..5 {
                    overall.points[point] += cell.points[point];
                }
                overall.dont_know += cell.dont_know;
            }
            ItemDistribution {
                item: item.clone(),
                overall: figure(column, guard.view.clone(), overall),
                by_group: cells
                    .iter()
                    .enumerate()
                    .map(|(group, &n)| figure(column, guard.view.class(group), n))
                    .collect(),
            }
        })
        .collect()
}
