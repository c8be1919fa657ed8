//! What people said in their own words: the free-text answers of the responses in view, in an
//! order fixed for the survey (not the order they were given). A list is a figure like any other:
//! the answers of a question are listed only where protection allows the set of people who
//! answered it in view, and each is marked with the respondent's group only where it allows the
//! group's answerers in view. Nothing is listed when the view's responses are not shown.

use super::filter::Filter;
use super::protection::{Column, ProtectedTable, ViewGuard};

/// One answer to a free-text question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaidAnswer {
    /// The answer as given (shared with the response table: a view of 100,000 answers copies no text).
    pub text: std::rc::Rc<str>,
    /// The respondent's group (its position in the survey's groups, or past them for the groups
    /// combined by small-number protection), where protection allows the group's answerers.
    pub group: Option<usize>,
    /// Its key ([`answer_key`](super::answer_key)): how the facilitator's themes name it.
    pub key: u64,
}

/// The answers to one free-text question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaidList {
    /// The question's item id.
    pub item: String,
    /// Its answers, in the survey's fixed order (none when `withheld`).
    pub answers: Vec<SaidAnswer>,
    /// Whether answers were given but too few people are behind the list to show it.
    pub withheld: bool,
}

/// The free-text answers of the responses `filter` keeps, one list per free-text question of the
/// survey (empty lists included); `None` when the view's responses are not shown.
pub fn what_people_said(protected: &ProtectedTable, filter: &Filter) -> Option<Vec<SaidList>> {
    let table = &protected.table;
    let guard = ViewGuard::new(protected, filter);
    if !guard.shows(Column::People, &guard.view) {
        return None;
    }
    let groups = table.layout.groups.len();
    let items = table.layout.text_items.len();
    let list_shown: Vec<bool> = (0..items).map(|item| guard.shows(Column::Said(item as u16), &guard.view)).collect();
    let group_shown: Vec<bool> = (0..items * groups)
        .map(|at| guard.shows(Column::Said((at / groups) as u16), &guard.view.class(at % groups)))
        .collect();
    let in_view = guard.rows_in_view();
    /// A question's id, its answers, and whether it is withheld.
    type Listing = (String, Vec<SaidAnswer>, bool);
    let mut lists: Vec<Listing> =
        table.layout.text_items.iter().map(|item| (item.clone(), Vec::new(), false)).collect();
    // Every answer of the table in list order, sorted once per table: a view only picks its own.
    for (row, answer) in protected.answers_in_order() {
        let row = *row as usize;
        if !in_view(row) {
            continue;
        }
        let item = usize::from(answer.item);
        let Some((_, answers, withheld)) = lists.get_mut(item) else { continue };
        if !list_shown[item] {
            *withheld = true;
            continue;
        }
        let group = usize::from(table.group[row]);
        let shown = group_shown.get(item * groups + group).copied().unwrap_or(false);
        answers.push(SaidAnswer { text: answer.text.clone(), group: shown.then_some(group), key: answer.order });
    }
    Some(lists.into_iter().map(|(item, answers, withheld)| SaidList { item, answers, withheld }).collect())
}
