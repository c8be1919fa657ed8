//! What people said in their own words: the free-text answers of the responses in view, in an
//! order fixed for the survey (not the order they were given), each marked with the respondent's
//! group only where that group has at least k responses in view. Nothing is listed when the view
//! itself has fewer than k responses, as no figure would be.

use super::filter::Filter;
use super::protection::ProtectedTable;

/// One answer to a free-text question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaidAnswer {
    /// The answer as given.
    pub text: String,
    /// The respondent's group (its position in the survey's groups, or past them for the groups
    /// combined by small-number protection), when that group has k or more responses in view.
    pub group: Option<usize>,
    /// Its key ([`answer_key`](super::answer_key)): how the facilitator's themes name it.
    pub key: u64,
}

/// The answers to one free-text question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaidList {
    /// The question's item id.
    pub item: String,
    /// Its answers, in the survey's fixed order.
    pub answers: Vec<SaidAnswer>,
}

/// The free-text answers of the responses `filter` keeps, one list per free-text question of the
/// survey (empty lists included); `None` when fewer than k responses are in view.
pub fn what_people_said(protected: &ProtectedTable, filter: &Filter) -> Option<Vec<SaidList>> {
    let table = &protected.table;
    let rows = filter.rows(table);
    if (rows.len() as u32) < protected.threshold {
        return None;
    }
    let mut in_group = vec![0u32; table.layout.groups.len()];
    for &row in &rows {
        if let Some(count) = in_group.get_mut(usize::from(table.group[row])) {
            *count += 1;
        }
    }
    let mut lists: Vec<(String, Vec<(u64, SaidAnswer)>)> =
        table.layout.text_items.iter().map(|item| (item.clone(), Vec::new())).collect();
    for &row in &rows {
        let group = usize::from(table.group[row]);
        let shown = in_group.get(group).is_some_and(|&count| count >= protected.threshold);
        for answer in &table.texts[row] {
            if let Some((_, answers)) = lists.get_mut(usize::from(answer.item)) {
                let said = SaidAnswer { text: answer.text.clone(), group: shown.then_some(group), key: answer.order };
                answers.push((answer.order, said));
            }
        }
    }
    Some(
        lists
            .into_iter()
            .map(|(item, mut answers)| {
                answers.sort_unstable_by(|a, b| (a.0, &a.1.text).cmp(&(b.0, &b.1.text)));
                SaidList { item, answers: answers.into_iter().map(|(_, said)| said).collect() }
            })
            .collect(),
    )
}
