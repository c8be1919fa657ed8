//! The count and share of each answer to each Likert item, for diverging stacked bars.

use super::protection::{Cell, Column, ViewGuard};
use super::suppression::Figure;
use super::table::{ResponseTable, DONT_KNOW_CODE, UNANSWERED};

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

    fn add(&mut self, code: u8) {
        match code {
            1..=5 => self.points[code as usize - 1] += 1,
            DONT_KNOW_CODE => self.dont_know += 1,
            _ => {}
        }
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
pub(crate) fn item_distributions(table: &ResponseTable, rows: &[usize], guard: &ViewGuard) -> Vec<ItemDistribution> {
    let layout = &table.layout;
    let groups = layout.groups.len();
    let width = layout.likert_items.len();
    // counts[item * groups + group]
    let mut counts = vec![AnswerCounts::default(); width * groups];
    for &row in rows {
        let group = table.group[row] as usize;
        for (column, &code) in table.likert_row(row).iter().enumerate() {
            if code != UNANSWERED {
                counts[column * groups + group].add(code);
            }
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
