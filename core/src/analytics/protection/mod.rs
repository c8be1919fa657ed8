//! Small-number protection: what every figure, in every view and at every moment, may show.
//!
//! The reader to protect against sees everything the dashboard shows and knows one respondent's
//! answers, their own. A figure is a sum over a set of people; a reader who adds and subtracts
//! figures — of one view, of two views, of the states before and after a response arrives —
//! learns the sum over any set in the linear span of the figures' sets. The rule: **no set of 1
//! to k people is in that span** (so anyone in a set learns about k others or more), and for a
//! reader alone in a cell, no set of 1 to k − 1 others once their own answers are taken away.
//!
//! How it is kept, decided once per state of the data (never per view):
//! 1. Groups with fewer than k + 1 responses are pooled into "Other groups, combined"; when the
//!    pool too has fewer than k + 1, its responses are left out of every figure. A wave with
//!    fewer than k + 1 responses is left out until it has more.
//! 2. The people fall into *atoms*: one group class, one partner organisation of their own (or
//!    none given) and one wave. For each kind of answer (each statement, indicator score, partner
//!    rating, free-text question, and the respondents themselves) the atoms are sized by how many
//!    of their people gave that answer.
//! 3. Candidate cells are offered in the order the room needs them: everyone; each group, each
//!    wave; each partner; each group in each wave; then the pairs and triples that filters make.
//!    A cell joins the span only if the span stays safe ([`span::SafeSpan`]); so a big group is
//!    never hidden to protect a small one unless subtraction would really give the small one away.
//! 4. A figure is shown when its set has k + 1 or more people and is in the span: any view, any
//!    combination of filters, the same test.
//! 5. A new state of the data is shown only when the span of the state before and the state after
//!    together is safe ([`ProtectedTable::may_follow`]); otherwise the new responses wait.

mod cells;
mod span;

use super::atom_counts::AtomCounts;
use super::codes::{rated, CODES, RATINGS, UNANSWERED};
use super::filter::Filter;
use super::scoring::respondent_score;
use super::table::{ResponseTable, NO_PARTNER};
use crate::fast_hash::FastMap;
pub(crate) use cells::Cell;
use span::SafeSpan;
use std::rc::Rc;

/// Id of the row that pools the groups with fewer than k + 1 responses.
pub const POOLED_GROUP_ID: &str = "other-groups-combined";

/// What protection did to a survey's responses, for the dashboard to explain.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pooling {
    /// Per survey group: its responses are counted in "Other groups, combined" (or left out).
    pub pooled_groups: Vec<bool>,
    /// Whether the "Other groups, combined" row exists (its responses reach k + 1).
    pub combined_row: bool,
    /// Per survey group: its responses are left out (too few even combined): in no figure.
    pub groups_left_out: Vec<bool>,
    /// Responses of groups too small to show even when combined: in no figure.
    pub small_groups_left_out: u32,
    /// Waves with fewer than k + 1 responses (label, responses): in no figure until they grow.
    pub small_waves_left_out: Vec<(String, u32)>,
}

impl Pooling {
    /// Responses in no figure at all.
    pub fn responses_left_out(&self) -> u32 {
        self.small_groups_left_out + self.small_waves_left_out.iter().map(|(_, n)| n).sum::<u32>()
    }
}

/// One kind of answer: the people with it form the sets its figures are about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Column {
    /// The respondents themselves (counts).
    People,
    /// Gave any answer to a statement ("don't know" included).
    Answered(u16),
    /// Gave a point of the scale (1-5) to a statement.
    Scored(u16),
    /// Has a score for an indicator.
    Indicator(u16),
    /// Rated a partner on one question of the partner matrix.
    Matrix { partner: u16, question: u8 },
    /// Rated a partner on the trust matrix.
    Trust(u16),
    /// Answered "which groups do not get enough say".
    Named,
    /// Answered a free-text question.
    Said(u16),
}

/// One column's protection: the people with the answer in each atom, and the span of cells
/// its figures may be about (none needed when no atom is small).
#[derive(Debug)]
struct ColumnGuard {
    sizes: Vec<u32>,
    /// `None` when every atom is empty or has more than k people: then every cell is safe.
    span: Option<SafeSpan>,
    /// The span's index of each atom (atoms with no one are not in it).
    span_index: Vec<Option<usize>>,
    /// The candidate cells that joined the span.
    accepted: Vec<Cell>,
}

/// A survey's responses under small-number protection with threshold k: what every figure of
/// every view is computed from. It depends on the responses only, never on a filter, so the
/// dashboard makes it once per change of the data and analyses each view from it.
#[derive(Clone, Debug)]
pub struct ProtectedTable {
    /// The kept responses, groups replaced by their class (pooled groups by the combined row).
    pub(crate) table: ResponseTable,
    pub(crate) pooling: Pooling,
    pub(crate) threshold: u32,
    /// The rows of the source table this state was made from (ascending), kept or not.
    considered: Vec<usize>,
    /// Per kept row: its place in the table the protection was made from.
    source_rows: Vec<usize>,
    /// Per kept row: its survey group (before pooling).
    survey_group: Vec<u8>,
    /// Per table wave: whether its responses are kept.
    kept_waves: Vec<bool>,
    /// Per class (the table's group positions): the survey groups it holds, as bits.
    class_groups: Vec<u64>,
    /// Per kept row: its atom.
    atom_of_row: Vec<u32>,
    /// Per atom: class, partner slot, wave.
    atoms: Vec<(u8, u16, u16)>,
    /// Per atom, the counts every figure is summed from.
    pub(crate) counts: AtomCounts,
    /// The free-text answers in the order "What people said" lists them, sorted on first use.
    answers_in_order: std::cell::OnceCell<Vec<(u32, super::table::TextAnswer)>>,
    columns: FastMap<Column, Rc<ColumnGuard>>,
}

/// The slot of a partner code: its index, or the slot after the last partner for none.
fn partner_slot(partner: u16, partners: usize) -> usize {
    if partner == NO_PARTNER {
        partners
    } else {
        usize::from(partner)
    }
}

/// A candidate cell: one group class, partner slot or wave, or a pair or all three (`None`: all).
type CandidateKey = (Option<u8>, Option<u16>, Option<u16>);

fn is_small(count: u32, k: u32) -> bool {
    count > 0 && count <= k
}

impl ProtectedTable {
    /// Protects `table` with threshold `threshold` (0 shows every figure: for tests only; a
    /// survey's threshold is never below 3).
    pub fn new(table: &ResponseTable, threshold: u32) -> ProtectedTable {
        ProtectedTable::of_rows(table, &(0..table.len()).collect::<Vec<_>>(), threshold)
    }

    /// Protects the rows `rows` (ascending) of `table`: the responses shown so far, in a live view.
    pub fn of_rows(table: &ResponseTable, rows: &[usize], threshold: u32) -> ProtectedTable {
        let k = threshold;
        let groups = table.layout.groups.len();
        let Settled {
            kept,
            mut pooled_groups,
            combined_row,
            wave_sizes,
            small_waves,
            small_groups_left_out,
            groups_left_out,
        } = settle(table, rows, k);
        let mut group_ids = table.layout.groups.clone();
        // A pooled group has no class of its own (it is in the combined row, if any), and a group
        // left out has none at all: its people are in no figure of this state. (Left out in one
        // round, it has no one in the next, so it is no longer among the pooled at the end.)
        let in_no_class = |group: usize| pooled_groups[group] || groups_left_out[group];
        let mut class_groups: Vec<u64> =
            (0..groups).map(|group| if in_no_class(group) { 0 } else { 1u64 << group }).collect();
        if combined_row {
            group_ids.push(POOLED_GROUP_ID.to_owned());
            class_groups
                .push(pooled_groups.iter().enumerate().filter(|(_, &p)| p).fold(0u64, |bits, (g, _)| bits | 1u64 << g));
        }
        for (pooled, left_out) in pooled_groups.iter_mut().zip(&groups_left_out) {
            *pooled |= *left_out;
        }
        let mut protected = table.subset(&kept, group_ids);
        let survey_group = protected.group.clone();
        let kept_waves = wave_sizes.iter().map(|&n| n > k).collect();
        let pooled_bits = class_groups.get(groups).copied().unwrap_or(0);
        let pooled = &pooled_groups[..];
        for (group, named) in protected.group.iter_mut().zip(protected.named.iter_mut()) {
            if pooled[usize::from(*group)] {
                *group = groups as u8;
            }
            if combined_row && *named & pooled_bits != 0 {
                *named |= 1 << groups;
            }
        }
        let pooling = Pooling {
            small_groups_left_out,
            groups_left_out: groups_left_out.clone(),
            small_waves_left_out: table
                .waves
                .iter()
                .zip(&small_waves)
                .filter(|(_, &n)| n > 0)
                .map(|(wave, &n)| (wave.label.clone(), n))
                .collect(),
            pooled_groups,
            combined_row,
        };
        let mut protected = ProtectedTable {
            table: protected,
            pooling,
            threshold: k,
            considered: rows.to_vec(),
            source_rows: kept,
            survey_group,
            kept_waves,
            class_groups,
            atom_of_row: Vec::new(),
            atoms: Vec::new(),
            counts: AtomCounts::default(),
            answers_in_order: std::cell::OnceCell::new(),
            columns: FastMap::default(),
        };
        protected.guard_columns();
        protected
    }

    /// The rows of the source table this state was made from, kept in the figures or not.
    pub fn rows_considered(&self) -> &[usize] {
        &self.considered
    }

    /// The threshold k it protects: every figure is about k + 1 people or more.
    pub fn threshold(&self) -> u32 {
        self.threshold
    }

    /// How many responses the figures are made from (the rest are left out, see [`Pooling`]).
    pub fn len(&self) -> usize {
        self.table.len()
    }

    /// Whether no response is in the figures.
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    fn partner_slots(&self) -> usize {
        self.table.layout.partners.len() + 1
    }

    /// The cell of everyone.
    pub(crate) fn everyone(&self) -> Cell {
        Cell::everyone(self.table.layout.groups.len(), self.partner_slots(), self.table.waves.len())
    }

    /// Sorts the rows into atoms and protects every column.
    fn guard_columns(&mut self) {
        let table = &self.table;
        let (atom_of_row, atoms) = number_atoms(table);
        self.atom_of_row = atom_of_row;
        self.atoms = atoms;
        self.counts = AtomCounts::new(table, &self.atom_of_row, self.atoms.len());
        let candidates = self.candidates();
        // Which atoms each candidate holds, found once for every column.
        let candidate_atoms: Vec<Vec<usize>> = candidates.iter().map(|cell| self.atoms_in(cell).collect()).collect();
        let mut by_sizes: FastMap<(Vec<Cell>, Vec<u32>), Rc<ColumnGuard>> = FastMap::default();
        let mut guards = Vec::new();
        for (column, sizes) in self.column_sizes() {
            let first = self.shown_first(column, &sizes);
            let guard = by_sizes
                .entry((first, sizes))
                .or_insert_with_key(|(first, sizes)| {
                    let first_atoms: Vec<Vec<usize>> = first.iter().map(|cell| self.atoms_in(cell).collect()).collect();
                    let offered: Vec<(&Cell, &[usize])> = first
                        .iter()
                        .zip(&first_atoms)
                        .chain(candidates.iter().zip(&candidate_atoms))
                        .map(|(cell, atoms)| (cell, atoms.as_slice()))
                        .collect();
                    Rc::new(guard_column(sizes.clone(), &offered, self.threshold))
                })
                .clone();
            guards.push((column, guard));
        }
        self.columns.extend(guards);
    }

    /// The cells the unfiltered view shows of a column that are not among the usual first ones
    /// (everyone, each group, each wave), offered before them: for "which groups do not get
    /// enough say", everyone outside each group that has respondents; for the trust in one
    /// organisation, its trust received, each organisation's link to it, and its own members.
    fn shown_first(&self, column: Column, sizes: &[u32]) -> Vec<Cell> {
        let everyone = self.everyone();
        let partners = self.table.layout.partners.len();
        let answered = |cell: &Cell| -> u32 { self.atoms_in(cell).map(|atom| sizes[atom]).sum() };
        let by_size = |cells: Vec<Cell>| {
            let mut sized: Vec<(u32, Cell)> = cells.into_iter().map(|cell| (answered(&cell), cell)).collect();
            sized.retain(|(n, _)| *n > 0);
            sized.sort_by_key(|(n, _)| std::cmp::Reverse(*n));
            sized.into_iter().map(|(_, cell)| cell).collect::<Vec<Cell>>()
        };
        match column {
            Column::Named => {
                let classes = self.table.layout.groups.len();
                let with_members: Vec<Cell> = (0..classes)
                    .filter(|&class| self.atoms_in(&everyone.class(class)).next().is_some())
                    .map(|class| everyone.classes_except(class))
                    .collect();
                by_size(with_members)
            }
            Column::Trust(rated) => {
                let rated = usize::from(rated);
                let raters_from = (0..partners)
                    .filter(|&from| from != rated && answered(&everyone.partner(from)) > self.threshold)
                    .fold(0u64, |bits, from| bits | 1 << from);
                let mut cells = vec![everyone.partners_within(raters_from)];
                cells.extend(by_size((0..partners).filter(|&p| p != rated).map(|p| everyone.partner(p)).collect()));
                cells.push(everyone.partner(rated));
                cells
            }
            _ => Vec::new(),
        }
    }

    /// The cells a span may be built from, in the order they are offered: what the unfiltered
    /// view shows first, then what filters add.
    fn candidates(&self) -> Vec<Cell> {
        let everyone = self.everyone();
        // People per atom (each atom's first count), then per candidate from the atoms.
        let in_atom: Vec<u32> = (0..self.atoms.len()).map(|atom| self.counts.of(atom)[0]).collect();
        let mut people: FastMap<CandidateKey, u32> = FastMap::default();
        for (&(class, partner, wave), &n) in self.atoms.iter().zip(&in_atom) {
            for key in [
                (Some(class), None, None),
                (None, None, Some(wave)),
                (None, Some(partner), None),
                (Some(class), None, Some(wave)),
                (Some(class), Some(partner), None),
                (None, Some(partner), Some(wave)),
                (Some(class), Some(partner), Some(wave)),
            ] {
                *people.entry(key).or_default() += n;
            }
        }
        let mut levels: Vec<Vec<(CandidateKey, u32)>> = vec![Vec::new(); 6];
        for (&key, &n) in &people {
            let level = match key {
                (Some(_), None, None) | (None, None, Some(_)) => 0,
                (None, Some(_), None) => 1,
                (Some(_), None, Some(_)) => 2,
                (Some(_), Some(_), None) | (None, Some(_), Some(_)) => 3,
                _ => 4,
            };
            levels[level].push((key, n));
        }
        let mut cells = vec![everyone.clone()];
        for mut level in levels {
            // Larger cells first; ties in a fixed order, so the same data always gives the same span.
            level.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            for ((class, partner, wave), _) in level {
                let mut cell = everyone.clone();
                if let Some(class) = class {
                    cell = cell.class(usize::from(class));
                }
                if let Some(partner) = partner {
                    cell = cell.partner(usize::from(partner));
                }
                if let Some(wave) = wave {
                    cell = cell.wave(usize::from(wave));
                }
                cells.push(cell);
            }
        }
        cells
    }

    /// Every column of the survey.
    fn columns_of_survey(&self) -> Vec<Column> {
        let layout = &self.table.layout;
        let count = |n: usize| 0..n as u16;
        let questions: u16 = if layout.matrix_item.is_some() { 2 } else { 0 };
        std::iter::once(Column::People)
            .chain(count(layout.likert_items.len()).map(Column::Answered))
            .chain(count(layout.likert_items.len()).map(Column::Scored))
            .chain(count(layout.indicators.len()).map(Column::Indicator))
            .chain(count(layout.partners.len()).flat_map(move |partner| {
                (0..questions).map(move |question| Column::Matrix { partner, question: question as u8 })
            }))
            .chain(count(layout.trust_width()).map(Column::Trust))
            .chain(layout.named_groups_item.as_ref().map(|_| Column::Named))
            .chain(count(layout.text_items.len()).map(Column::Said))
            .collect()
    }

    /// Every column of the survey with the people in each atom who gave that answer, from the
    /// atoms' counts.
    fn column_sizes(&self) -> Vec<(Column, Vec<u32>)> {
        let shape = &self.counts.layout;
        let bins = &self.counts.bins;
        let sum = |counts: &[u32], from: usize, width: usize| counts[from..from + width].iter().sum::<u32>();
        let size = |column: Column, counts: &[u32]| match column {
            Column::People => counts[0],
            Column::Answered(item) => sum(counts, shape.items + usize::from(item) * CODES + 1, CODES - 1),
            Column::Scored(item) => sum(counts, shape.items + usize::from(item) * CODES + 1, RATINGS),
            Column::Indicator(index) => {
                let index = usize::from(index);
                sum(counts, shape.scores[index], bins[index].values.len())
            }
            Column::Matrix { partner, question } => {
                sum(counts, shape.matrix + (usize::from(partner) * 2 + usize::from(question)) * RATINGS, RATINGS)
            }
            Column::Trust(partner) => sum(counts, shape.trust + usize::from(partner) * RATINGS, RATINGS),
            Column::Named => counts[shape.named],
            Column::Said(item) => counts[shape.said + usize::from(item)],
        };
        self.columns_of_survey()
            .into_iter()
            .map(|column| (column, (0..self.atoms.len()).map(|atom| size(column, self.counts.of(atom))).collect()))
            .collect()
    }

    fn guard(&self, column: Column) -> Option<&ColumnGuard> {
        self.columns.get(&column).map(|guard| guard.as_ref())
    }

    /// How many people of `cell` gave the answer of `column`.
    pub(crate) fn people(&self, column: Column, cell: &Cell) -> u32 {
        let Some(guard) = self.guard(column) else { return 0 };
        self.atoms_in(cell).map(|atom| guard.sizes[atom]).sum()
    }

    /// The atoms `cell` holds.
    pub(crate) fn atoms_in<'a>(&'a self, cell: &'a Cell) -> impl Iterator<Item = usize> + 'a {
        self.atoms
            .iter()
            .enumerate()
            .filter(move |(_, &(class, partner, wave))| {
                cell.holds(usize::from(class), usize::from(partner), usize::from(wave))
            })
            .map(|(atom, _)| atom)
    }

    /// How many atoms the kept rows fall into.
    pub(crate) fn atom_count(&self) -> usize {
        self.atoms.len()
    }

    /// The atom of kept row `row`.
    pub(crate) fn atom_of_row(&self, row: usize) -> usize {
        self.atom_of_row[row] as usize
    }

    /// Every free-text answer, in list order (see [`ResponseTable::answers_in_order`]), made once.
    pub(crate) fn answers_in_order(&self) -> &[(u32, super::table::TextAnswer)] {
        self.answers_in_order.get_or_init(|| self.table.answers_in_order())
    }

    /// Atom `atom`'s group class, partner slot and wave.
    pub(crate) fn atom(&self, atom: usize) -> (usize, usize, usize) {
        let (class, slot, wave) = self.atoms[atom];
        (usize::from(class), usize::from(slot), usize::from(wave))
    }

    /// Whether a figure of `column` about the people of `cell` may be shown.
    pub(crate) fn shows(&self, column: Column, cell: &Cell) -> bool {
        let Some(guard) = self.guard(column) else { return false };
        let atoms: Vec<usize> = self.atoms_in(cell).filter(|&atom| guard.sizes[atom] > 0).collect();
        let people: u32 = atoms.iter().map(|&atom| guard.sizes[atom]).sum();
        if people <= self.threshold {
            return false;
        }
        match &guard.span {
            None => true,
            Some(span) => span.contains(atoms.iter().filter_map(|&atom| guard.span_index[atom])),
        }
    }

    /// Whether this state may be shown after `earlier` (both protections of rows of the same
    /// table): whether a reader who saw both learns about no fewer than k people, for every
    /// column. Where the two states' spans are made of the same cells over atoms that are all
    /// large, that is whether each atom grew by 0 or more than k people; otherwise the two spans
    /// are put together over atoms split into "shown before" and "new", and checked whole.
    pub fn may_follow(&self, earlier: &ProtectedTable) -> bool {
        if earlier.is_empty() {
            return true;
        }
        let k = self.threshold;
        // The rows shown before, ascending (protection keeps rows in the order it was given them).
        let before = |row: usize| earlier.source_rows.binary_search(&row).is_ok();
        for (column, guard) in &self.columns {
            let Some(old_guard) = earlier.columns.get(column) else { continue };
            let same_classes =
                self.class_groups == earlier.class_groups && self.table.waves.len() == earlier.table.waves.len();
            if guard.span.is_none() && old_guard.span.is_none() && same_classes {
                let mut grown = vec![0u32; self.atoms.len()];
                for (row, &atom) in self.atom_of_row.iter().enumerate() {
                    if !before(self.source_rows[row]) && self.has_answer(*column, row) {
                        grown[atom as usize] += 1;
                    }
                }
                if grown.iter().any(|&n| is_small(n, k)) {
                    return false;
                }
                continue;
            }
            if !self.follows_in_column(earlier, *column, &before) {
                return false;
            }
        }
        true
    }

    /// Whether row `row` (of the kept rows) gave the answer of `column`.
    fn has_answer(&self, column: Column, row: usize) -> bool {
        let table = &self.table;
        match column {
            Column::People => true,
            Column::Answered(c) => table.likert_row(row)[usize::from(c)] != UNANSWERED,
            Column::Scored(c) => (1..=5).contains(&table.likert_row(row)[usize::from(c)]),
            Column::Indicator(i) => {
                let (_, items) = &table.layout.indicators[usize::from(i)];
                let codes = table.likert_row(row);
                respondent_score(items.iter().map(|&c| codes[c]), items.len()).is_some()
            }
            Column::Matrix { partner, question } => {
                let (first, second) = table.matrix_cell(row, usize::from(partner));
                rated(if question == 0 { first } else { second }).is_some()
            }
            Column::Trust(p) => rated(table.trust_row(row)[usize::from(p)]).is_some(),
            Column::Named => table.named(row, 0).0,
            Column::Said(item) => table.texts[row].iter().any(|answer| answer.item == item),
        }
    }

    /// The whole check of one column across two states: atoms are (survey group, partner slot,
    /// wave, shown before or new); each state's accepted cells are sets of them.
    fn follows_in_column(&self, earlier: &ProtectedTable, column: Column, before: &dyn Fn(usize) -> bool) -> bool {
        // Fine atoms keyed by survey group (not class: classes may differ between the states).
        let mut fine: FastMap<(u8, u16, u16, bool), usize> = FastMap::default();
        let mut sizes: Vec<u32> = Vec::new();
        let mut fine_of = |key: (u8, u16, u16, bool), answered: bool| {
            let next = sizes.len();
            let at = *fine.entry(key).or_insert(next);
            if at == next {
                sizes.push(0);
            }
            sizes[at] += u32::from(answered);
        };
        let partners = self.table.layout.partners.len();
        let key_of = |state: &ProtectedTable, row: usize, new: bool| {
            let partner = partner_slot(state.table.partner[row], partners) as u16;
            (state.survey_group[row], partner, state.table.wave[row], new)
        };
        for row in 0..earlier.len() {
            fine_of(key_of(earlier, row, false), earlier.has_answer(column, row));
        }
        for (row, &source) in self.source_rows.iter().enumerate() {
            let new = !before(source);
            // A response shown before is counted once, from the earlier state.
            fine_of(key_of(self, row, new), new && self.has_answer(column, row));
        }
        let keys: Vec<(u8, u16, u16, bool)> = {
            let mut keys = vec![(0, 0, 0, false); sizes.len()];
            for (&key, &at) in &fine {
                keys[at] = key;
            }
            keys
        };
        let present: Vec<usize> = (0..sizes.len()).filter(|&at| sizes[at] > 0).collect();
        let mut span_index = vec![None; sizes.len()];
        for (index, &at) in present.iter().enumerate() {
            span_index[at] = Some(index);
        }
        let mut span = SafeSpan::new(&present.iter().map(|&at| sizes[at]).collect::<Vec<_>>(), self.threshold);
        if !span.has_small_atoms() {
            return true;
        }
        // Each state's cells, as the fine atoms they hold: the earlier state's only the atoms
        // it showed, the later state's the atoms it shows (kept, before or new).
        for (state, is_later) in [(earlier, false), (self, true)] {
            let Some(guard) = state.columns.get(&column) else { continue };
            for cell in &guard.accepted {
                let members = keys.iter().enumerate().filter(|(at, &(group, partner, wave, new))| {
                    if !is_later && new {
                        return false;
                    }
                    span_index[*at].is_some()
                        && state.kept_waves.get(usize::from(wave)).copied().unwrap_or(false)
                        && state
                            .class_of_group(group)
                            .is_some_and(|class| cell.holds(class, usize::from(partner), usize::from(wave)))
                });
                span.add_unchecked(members.filter_map(|(at, _)| span_index[at]).collect::<Vec<_>>().into_iter());
            }
        }
        span.is_safe()
    }

    fn class_of_group(&self, group: u8) -> Option<usize> {
        self.class_groups.iter().position(|&bits| bits & (1 << group) != 0)
    }
}

/// Which rows stay in the figures and how groups are pooled: what [`settle`] decides.
struct Settled {
    kept: Vec<usize>,
    pooled_groups: Vec<bool>,
    combined_row: bool,
    wave_sizes: Vec<u32>,
    small_waves: Vec<u32>,
    small_groups_left_out: u32,
    groups_left_out: Vec<bool>,
}

/// Small waves are left out, then small groups pooled (or left out), until neither changes the
/// other: leaving a pool out can make a wave small, and the reverse. Every decision is about a
/// group and a wave, never a row, so it is made on the people per (group, wave) — one pass over
/// the rows to count them, and one more to keep the rows only if any are left out.
fn settle(table: &ResponseTable, rows: &[usize], k: u32) -> Settled {
    let (groups, waves) = (table.layout.groups.len(), table.waves.len());
    let (group_of, wave_of) = (&table.group[..], &table.wave[..]);
    let cell = |row: usize| usize::from(group_of[row]) * waves + usize::from(wave_of[row]);
    let mut people = vec![0u32; groups * waves];
    for &row in rows {
        people[cell(row)] += 1;
    }
    let mut small_waves = vec![0u32; waves];
    let (mut small_groups_left_out, mut groups_left_out) = (0u32, vec![false; groups]);
    let mut any_left_out = false;
    loop {
        let group_sizes: Vec<u32> =
            (0..groups).map(|group| people[group * waves..(group + 1) * waves].iter().sum()).collect();
        let pooled_groups: Vec<bool> = group_sizes.iter().map(|&n| is_small(n, k)).collect();
        let pooled_total: u32 = group_sizes.iter().zip(&pooled_groups).filter(|(_, &p)| p).map(|(n, _)| n).sum();
        let combined_row = pooled_total > k;
        let mut wave_sizes = vec![0u32; waves];
        for group in (0..groups).filter(|&group| !pooled_groups[group] || combined_row) {
            for (size, n) in wave_sizes.iter_mut().zip(&people[group * waves..(group + 1) * waves]) {
                *size += n;
            }
        }
        let mut changed = false;
        for group in 0..groups {
            let keep_group = !pooled_groups[group] || combined_row;
            for wave in 0..waves {
                let n = &mut people[group * waves + wave];
                if *n == 0 {
                    continue;
                }
                if !keep_group {
                    small_groups_left_out += *n;
                    groups_left_out[group] = true;
                } else if is_small(wave_sizes[wave], k) {
                    small_waves[wave] += *n;
                } else {
                    continue;
                }
                *n = 0;
                changed = true;
            }
        }
        any_left_out |= changed;
        if !changed {
            let kept = if any_left_out {
                rows.iter().copied().filter(|&row| people[cell(row)] > 0).collect()
            } else {
                rows.to_vec()
            };
            return Settled {
                kept,
                pooled_groups,
                combined_row,
                wave_sizes,
                small_waves,
                small_groups_left_out,
                groups_left_out,
            };
        }
    }
}

/// Every row's atom, numbered in order of first appearance, and each atom's (class, partner slot,
/// wave).
fn number_atoms(table: &ResponseTable) -> (Vec<u32>, Vec<(u8, u16, u16)>) {
    let partners = table.layout.partners.len();
    let (group, partner, wave) = (&table.group[..], &table.partner[..], &table.wave[..]);
    let mut atom_index: FastMap<(u8, u16, u16), u32> = FastMap::default();
    let mut atoms = Vec::new();
    let atom_of_row = (0..group.len())
        .map(|row| {
            let key = (group[row], partner_slot(partner[row], partners) as u16, wave[row]);
            *atom_index.entry(key).or_insert_with(|| {
                atoms.push(key);
                (atoms.len() - 1) as u32
            })
        })
        .collect();
    (atom_of_row, atoms)
}

/// Builds one column's span from the candidate cells (each with the atoms it holds), in order.
fn guard_column(sizes: Vec<u32>, candidates: &[(&Cell, &[usize])], k: u32) -> ColumnGuard {
    let present: Vec<usize> = (0..sizes.len()).filter(|&atom| sizes[atom] > 0).collect();
    let mut span_index = vec![None; sizes.len()];
    for (index, &atom) in present.iter().enumerate() {
        span_index[atom] = Some(index);
    }
    let mut span = SafeSpan::new(&present.iter().map(|&atom| sizes[atom]).collect::<Vec<_>>(), k);
    let mut accepted = Vec::new();
    for &(cell, atoms) in candidates {
        let held: Vec<usize> = atoms.iter().copied().filter(|&atom| sizes[atom] > 0).collect();
        let people: u32 = held.iter().map(|&atom| sizes[atom]).sum();
        if people <= k {
            continue;
        }
        if !span.has_small_atoms() || span.try_add(held.iter().filter_map(|&atom| span_index[atom])) {
            accepted.push(cell.clone());
        }
    }
    let span = span.has_small_atoms().then_some(span);
    ColumnGuard { sizes, span, span_index, accepted }
}

/// One view of a protected table: the cell its filter selects, and the test every figure of it
/// passes before it is shown.
pub(crate) struct ViewGuard<'a> {
    pub protected: &'a ProtectedTable,
    /// Everyone the view's filter keeps.
    pub view: Cell,
}

impl<'a> ViewGuard<'a> {
    /// The view of `protected` that `filter` selects.
    pub fn new(protected: &'a ProtectedTable, filter: &Filter) -> ViewGuard<'a> {
        let table = &protected.table;
        let layout = &table.layout;
        let position = |all: &[String], id: &String| all.iter().position(|known| known == id);
        let classes =
            cells::chosen_bits(layout.groups.len(), filter.groups.iter().filter_map(|id| position(&layout.groups, id)));
        let partners = if filter.partners.is_empty() {
            u64::MAX
        } else {
            cells::chosen_bits(
                layout.partners.len(),
                filter.partners.iter().filter_map(|id| position(&layout.partners, id)),
            )[0]
        };
        let labels: Vec<String> = table.waves.iter().map(|wave| wave.label.clone()).collect();
        let waves = cells::chosen_bits(labels.len(), filter.waves.iter().filter_map(|label| position(&labels, label)));
        // A list that names nothing known selects no one, as `Filter::rows` does.
        let nothing =
            |chosen: &[String], known: &[String]| !chosen.is_empty() && chosen.iter().all(|id| !known.contains(id));
        let mut view = protected.everyone().within(classes[0], partners, &waves);
        if nothing(&filter.groups, &layout.groups)
            || nothing(&filter.partners, &layout.partners)
            || nothing(&filter.waves, &labels)
        {
            view = view.within(0, 0, &[]);
        }
        ViewGuard { protected, view }
    }

    /// Whether a figure of `column` about the people of `cell` may be shown.
    pub fn shows(&self, column: Column, cell: &Cell) -> bool {
        self.protected.shows(column, cell)
    }

    /// Per row of the protected table, whether the view holds it (its atom is in the view): how
    /// a view that reads rows (free-text answers) selects them, as the figures select atoms.
    pub fn rows_in_view(&self) -> impl Fn(usize) -> bool + '_ {
        let mut in_view = vec![false; self.protected.atom_count()];
        for atom in self.protected.atoms_in(&self.view) {
            in_view[atom] = true;
        }
        move |row| in_view[self.protected.atom_of_row(row)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::response::Response;
    use crate::sorted_map::SortedMap;
    use crate::survey::builtin_survey;

    #[test]
    fn atoms_are_numbered_in_order_of_first_appearance() {
        // Rows in (group, partner, wave): student/none/a, student/none/a, voluntary/council/b,
        // student/none/b, voluntary/council/b: atoms 0, 0, 1, 2, 1, in order of first appearance.
        let survey = builtin_survey().expect("built-in survey");
        let response = |id: &str, group: &str, partner: Option<&str>, wave: &str| Response {
            id: id.into(),
            survey_id: survey.id.clone(),
            survey_version: survey.version,
            wave: wave.into(),
            group: group.into(),
            partner: partner.map(str::to_owned),
            submitted: "2026-11-23".into(),
            answers: SortedMap::new(),
        };
        let responses = [
            response("r-0001", "student", None, "a"),
            response("r-0002", "student", None, "a"),
            response("r-0003", "voluntary", Some("council"), "b"),
            response("r-0004", "student", None, "b"),
            response("r-0005", "voluntary", Some("council"), "b"),
        ];
        let table = ResponseTable::from_responses(&survey, &responses).expect("fits");
        let (atom_of_row, atoms) = number_atoms(&table);
        assert_eq!(atom_of_row, vec![0, 0, 1, 2, 1]);
        assert_eq!(atoms.len(), 3);
    }

    /// A repeatable stream of numbers below a bound (a linear congruential generator from `seed`).
    fn below_from(mut seed: u64) -> impl FnMut(usize) -> usize {
        move |bound| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((seed >> 33) % bound as u64) as usize
        }
    }

    /// What `settle` decides, worked out row by row as it was before it counted cells; last, how
    /// many rounds left someone out.
    fn settle_row_by_row(
        table: &ResponseTable,
        rows: &[usize],
        k: u32,
    ) -> (Vec<usize>, Vec<bool>, bool, Vec<u32>, u32, u32) {
        let groups = table.layout.groups.len();
        let mut kept = rows.to_vec();
        let (mut pooled_groups, mut combined_row);
        let mut small_waves = vec![0u32; table.waves.len()];
        let (mut small_groups_left_out, mut rounds) = (0u32, 0u32);
        loop {
            let mut group_sizes = vec![0u32; groups];
            for &row in &kept {
                group_sizes[usize::from(table.group[row])] += 1;
            }
            pooled_groups = group_sizes.iter().map(|&n| is_small(n, k)).collect::<Vec<bool>>();
            let pooled_total: u32 = group_sizes.iter().zip(&pooled_groups).filter(|(_, &p)| p).map(|(n, _)| n).sum();
            combined_row = pooled_total > k;
            let mut wave_sizes = vec![0u32; table.waves.len()];
            for &row in &kept {
                if !pooled_groups[usize::from(table.group[row])] || combined_row {
                    wave_sizes[usize::from(table.wave[row])] += 1;
                }
            }
            let before = kept.len();
            kept.retain(|&row| {
                let wave = usize::from(table.wave[row]);
                let keep_group = !pooled_groups[usize::from(table.group[row])] || combined_row;
                if !keep_group {
                    small_groups_left_out += 1;
                } else if is_small(wave_sizes[wave], k) {
                    small_waves[wave] += 1;
                }
                keep_group && !is_small(wave_sizes[wave], k)
            });
            if kept.len() == before {
                return (kept, pooled_groups, combined_row, small_waves, small_groups_left_out, rounds);
            }
            rounds += 1;
        }
    }

    #[test]
    fn settling_by_cells_keeps_and_pools_what_settling_row_by_row_does() {
        // 1,000 random tables of 4-30 responses over the built-in survey's groups (the first ones
        // commoner) and three waves (the last rarer), k = 3: small waves and groups are common,
        // and some need a second round (a pool left out making a wave small, or a wave left out
        // making a group small).
        let survey = builtin_survey().expect("built-in survey");
        let mut below = below_from(11);
        let mut second_rounds = 0;
        for table_number in 0..1000 {
            let size = 4 + below(27);
            let responses: Vec<Response> = (0..size)
                .map(|index| Response {
                    id: format!("r-{table_number}-{index}"),
                    survey_id: survey.id.clone(),
                    survey_version: survey.version,
                    wave: ["a", "a", "a", "b", "b", "c"][below(6)].into(),
                    group: survey.groups[below(survey.groups.len()).min(below(survey.groups.len()))].id.clone(),
                    partner: None,
                    submitted: "2026-12-07".into(),
                    answers: SortedMap::new(),
                })
                .collect();
            let table = ResponseTable::from_responses(&survey, &responses).expect("fits");
            let rows: Vec<usize> = (0..table.len()).filter(|_| below(8) > 0).collect();
            let settled = settle(&table, &rows, 3);
            let (kept, pooled, combined, small_waves, groups_out, rounds) = settle_row_by_row(&table, &rows, 3);
            assert_eq!(settled.kept, kept, "table {table_number}");
            assert_eq!(settled.pooled_groups, pooled, "table {table_number}");
            assert_eq!(settled.combined_row, combined, "table {table_number}");
            assert_eq!(settled.small_waves, small_waves, "table {table_number}");
            assert_eq!(settled.small_groups_left_out, groups_out, "table {table_number}");
            let left_out = rows.len() - kept.len();
            let said = groups_out as usize + small_waves.iter().sum::<u32>() as usize;
            assert_eq!(said, left_out, "every row left out is said once, table {table_number}");
            second_rounds += usize::from(rounds > 1);
        }
        assert!(second_rounds >= 10, "tables that needed a second round: {second_rounds}");
    }

    #[test]
    fn who_gave_an_answer_is_counted_alike_row_by_row_and_atom_by_atom() {
        // "Who gave this answer" is said twice: per row (`has_answer`, for a live view's states)
        // and per atom (the counts the column sizes are summed from). Over 400 varied responses
        // (answers skipped, "don't know", indicators half answered, matrices, groups named, free
        // text), every column's size in every atom is the number of its rows that gave it.
        use crate::response::Answer;
        use crate::survey::ItemKind;
        let survey = builtin_survey().expect("built-in survey");
        let mut below = below_from(7);
        let mut responses = Vec::new();
        for index in 0..400 {
            let mut answers = SortedMap::new();
            for item in survey.items() {
                let answer = match &item.kind {
                    ItemKind::Likert => Answer::Scale(below(6) as u8),
                    ItemKind::FollowThrough { .. } => Answer::Scale(below(4) as u8),
                    ItemKind::MultiChoice(_) => Answer::Choices(
                        survey.groups.iter().filter(|_| below(4) == 0).map(|group| group.id.clone()).collect(),
                    ),
                    ItemKind::PartnerMatrix { questions, .. } => Answer::Matrix(
                        survey
                            .partners
                            .iter()
                            .map(|partner| {
                                let ratings = questions.iter().map(|q| (q.id.clone(), below(6) as u8)).collect();
                                (partner.id.clone(), ratings)
                            })
                            .collect(),
                    ),
                    ItemKind::FreeText { .. } => Answer::Text(format!("idea {index}")),
                    _ => continue,
                };
                if below(6) > 0 {
                    answers.insert(item.id.clone(), answer);
                }
            }
            responses.push(Response {
                id: format!("r{index:04}"),
                survey_id: survey.id.clone(),
                survey_version: survey.version,
                wave: ["a", "b"][below(2)].into(),
                group: survey.groups[below(3)].id.clone(),
                partner: (below(3) > 0).then(|| survey.partners[below(survey.partners.len())].id.clone()),
                submitted: "2026-11-23".into(),
                answers,
            });
        }
        let table = ResponseTable::from_responses(&survey, &responses).expect("fits");
        let protected = ProtectedTable::new(&table, 3);
        let columns = protected.column_sizes();
        assert!(columns.len() > 30, "every kind of column: {}", columns.len());
        for (column, sizes) in columns {
            let mut by_atom = vec![0u32; protected.atoms.len()];
            for row in 0..protected.len() {
                if protected.has_answer(column, row) {
                    by_atom[protected.atom_of_row[row] as usize] += 1;
                }
            }
            assert_eq!(sizes, by_atom, "{column:?}");
        }
    }
}
