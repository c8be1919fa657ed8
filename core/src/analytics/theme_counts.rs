//! How many answers in view each of the facilitator's themes holds, in all and by group. A theme's
//! count is a figure of the people who answered the question in that cell, shown exactly where
//! protection shows that cell's answers (so a total minus the shown groups never gives a small
//! group's count: that difference would itself be a set the protection refused).

use super::filter::Filter;
use super::protection::{Column, ProtectedTable, ViewGuard};
use super::suppression::Figure;
use crate::fast_hash::FastMap;
use crate::themes::{answer_key_of, Theme};

/// One theme's counts.
#[derive(Clone, Debug, PartialEq)]
pub struct ThemeCount {
    /// The theme's name.
    pub name: String,
    /// Answers in view in the theme.
    pub total: Figure<u32>,
    /// By group, in the report's group order (the survey's, then the combined groups).
    pub by_group: Vec<Figure<u32>>,
}

/// The counts of `themes` (of free-text question `item`) among the responses `filter` keeps;
/// `None` when the question's answers in view are not shown (no answer is listed then either) or
/// `item` is not a free-text question of the survey.
pub fn theme_counts(
    protected: &ProtectedTable,
    filter: &Filter,
    item: &str,
    themes: &[Theme],
) -> Option<Vec<ThemeCount>> {
    let table = &protected.table;
    let question = table.layout.text_items.iter().position(|known| known == item)?;
    let guard = ViewGuard::new(protected, filter);
    let column = Column::Said(question as u16);
    if !guard.shows(Column::People, &guard.view) || !guard.shows(column, &guard.view) {
        return None;
    }
    let in_view = guard.rows_in_view();
    let groups = table.layout.groups.len();
    // Which themes hold each answer key.
    let mut holding: FastMap<u64, Vec<usize>> = FastMap::default();
    for (index, theme) in themes.iter().enumerate() {
        for key in &theme.answers {
            if let Some(key) = answer_key_of(key) {
                holding.entry(key).or_default().push(index);
            }
        }
    }
    let mut counts = vec![0u32; themes.len() * groups];
    for row in (0..table.len()).filter(|&row| in_view(row)) {
        let group = usize::from(table.group[row]);
        for answer in table.texts[row].iter().filter(|answer| usize::from(answer.item) == question) {
            for &theme in holding.get(&answer.order).map_or(&[][..], Vec::as_slice) {
                counts[theme * groups + group] += 1;
            }
        }
    }
    Some(
        themes
            .iter()
            .enumerate()
            .map(|(index, theme)| {
                let cells = &counts[index * groups..(index + 1) * groups];
                let total: u32 = cells.iter().sum();
                ThemeCount {
                    name: theme.name.clone(),
                    total: Figure::Shown(total),
                    by_group: cells
                        .iter()
                        .enumerate()
                        .map(|(group, &n)| Figure::when(guard.shows(column, &guard.view.class(group)), n))
                        .collect(),
                }
            })
            .collect(),
    )
}
