//! How many answers in view each of the facilitator's themes holds, in all and by group: a count
//! under k is withheld, and so are further cells of a theme's breakdown (secondary suppression),
//! so that its total minus the shown groups never gives a small group's count.

use super::fast_hash::FastMap;
use super::filter::Filter;
use super::protection::ProtectedTable;
use super::suppression::{suppress, Figure};
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
/// `None` when fewer than k responses are in view (no answer is listed then either) or `item` is
/// not a free-text question of the survey.
pub fn theme_counts(
    protected: &ProtectedTable,
    filter: &Filter,
    item: &str,
    themes: &[Theme],
) -> Option<Vec<ThemeCount>> {
    let table = &protected.table;
    let k = protected.threshold;
    let question = table.layout.text_items.iter().position(|known| known == item)?;
    let rows = filter.rows(table);
    if (rows.len() as u32) < k {
        return None;
    }
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
    for &row in &rows {
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
                    total: if total >= k { Figure::Shown(total) } else { Figure::Suppressed },
                    by_group: suppress(cells.iter().map(|&n| (n, n)).collect(), &[], k),
                }
            })
            .collect(),
    )
}
