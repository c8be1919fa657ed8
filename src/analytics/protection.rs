//! Small-number protection that holds across every view the dashboard can show.
//!
//! A reader who can choose filters (waves, groups, partners) and compare the figures of two views
//! learns the figures of their difference. Hiding small cells view by view cannot stop that, so
//! protection works on the data before any filter, and every figure is then built from whole
//! *blocks*: the respondents of one stakeholder group, one partner organisation of their own and
//! one wave. Whatever views are combined, what can be told apart is a union of blocks, and every
//! block holds no one or at least k people. The rule, applied once to all of a survey's responses:
//!
//! 1. Groups with fewer than k responses are pooled into one row, "Other groups, combined"; when
//!    the pooled responses still number fewer than k, they are left out (step 3).
//! 2. A partner organisation with 1 to k−1 respondents in some group and wave is not shown as a
//!    partner: its respondents count as "no partner given" (a category never shown on its own).
//! 3. A block (group or pool, partner or none, wave) still holding 1 to k−1 responses is left out
//!    of every figure, totals included.
//! 4. Within a block, a question answered by 1 to k−1 of its people (a statement, an indicator
//!    score, the partner ratings of one partner, the trust given one partner, the "who does not get enough say" question) is
//!    treated as unanswered by them, so no figure rests on fewer than k answers of a block.
//!
//! No figure is then about fewer than k people, and large groups are never hidden to protect a
//! small one (which the earlier view-by-view rule did, while any filter showed them again).

use super::fast_hash::FastMap;
use super::indicators::respondent_score;
use super::table::{ResponseTable, NO_PARTNER, UNANSWERED};

/// Id of the row that pools the groups with fewer than k responses.
pub const POOLED_GROUP_ID: &str = "other-groups-combined";

/// What protection did to a survey's responses, for the dashboard to explain.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pooling {
    /// Per survey group: its responses are counted in "Other groups, combined" (or left out).
    pub pooled_groups: Vec<bool>,
    /// Whether the "Other groups, combined" row exists (its responses reach k).
    pub combined_row: bool,
    /// Per partner: its respondents are counted as "no partner given".
    pub pooled_partners: Vec<bool>,
    /// Whether some responses are left out of every figure (step 3).
    pub responses_left_out: bool,
    /// Whether some answers to some questions are left out (step 4).
    pub answers_left_out: bool,
}

fn is_small(count: u32, k: u32) -> bool {
    count > 0 && count < k
}

/// A survey's responses under small-number protection with threshold k: what every figure of
/// every view is computed from. It depends on the responses only, never on a filter, so the
/// dashboard makes it once per change of the data and analyses each view from it.
#[derive(Clone, Debug)]
pub struct ProtectedTable {
    pub(crate) table: ResponseTable,
    pub(crate) pooling: Pooling,
    pub(crate) threshold: u32,
}

impl ProtectedTable {
    /// Protects `table` with threshold `threshold` (a threshold below 1 is taken as 1).
    pub fn new(table: &ResponseTable, threshold: u32) -> ProtectedTable {
        let threshold = threshold.max(1);
        let (table, pooling) = protect(table, threshold);
        ProtectedTable { table, pooling, threshold }
    }

    /// The threshold k it protects.
    pub fn threshold(&self) -> u32 {
        self.threshold
    }
}

/// The protected copy of `table` that every figure is computed from, and what was pooled.
fn protect(table: &ResponseTable, k: u32) -> (ResponseTable, Pooling) {
    let groups = table.layout.groups.len();
    let partners = table.layout.partners.len();
    let mut group_sizes = vec![0u32; groups];
    for &group in &table.group {
        group_sizes[usize::from(group)] += 1;
    }
    // Step 1: the class of each group (its own, or the pool at index `groups`).
    let pooled_groups: Vec<bool> = group_sizes.iter().map(|&n| is_small(n, k)).collect();
    let class_of = |group: u8| if pooled_groups[usize::from(group)] { groups } else { usize::from(group) };
    // Step 2: partners small in some (class, wave).
    let mut partner_cells: FastMap<(usize, u16, u16), u32> = FastMap::default();
    for row in 0..table.len() {
        if table.partner[row] != NO_PARTNER {
            *partner_cells.entry((class_of(table.group[row]), table.partner[row], table.wave[row])).or_default() += 1;
        }
    }
    let mut pooled_partners = vec![false; partners];
    for (&(_, partner, _), &n) in &partner_cells {
        if is_small(n, k) {
            pooled_partners[usize::from(partner)] = true;
        }
    }
    let partner_of = |partner: u16| {
        if partner == NO_PARTNER || pooled_partners[usize::from(partner)] {
            NO_PARTNER
        } else {
            partner
        }
    };
    // Step 3: blocks, and the rows of blocks under k left out.
    let mut block_index: FastMap<(usize, u16, u16), usize> = FastMap::default();
    let mut block_sizes: Vec<u32> = Vec::new();
    let row_blocks: Vec<usize> = (0..table.len())
        .map(|row| {
            let key = (class_of(table.group[row]), partner_of(table.partner[row]), table.wave[row]);
            let next = block_sizes.len();
            let block = *block_index.entry(key).or_insert(next);
            if block == next {
                block_sizes.push(0);
            }
            block_sizes[block] += 1;
            block
        })
        .collect();
    let kept: Vec<usize> = (0..table.len()).filter(|&row| block_sizes[row_blocks[row]] >= k).collect();
    let combined_row = kept.iter().any(|&row| pooled_groups[usize::from(table.group[row])]);
    let mut group_ids = table.layout.groups.clone();
    if combined_row {
        group_ids.push(POOLED_GROUP_ID.to_owned());
    }
    let mut protected = table.subset(&kept, group_ids);
    let pooled_mask: u64 = pooled_groups.iter().enumerate().filter(|(_, &p)| p).fold(0, |mask, (g, _)| mask | 1 << g);
    for (at, &row) in kept.iter().enumerate() {
        protected.group[at] = class_of(table.group[row]) as u8;
        protected.partner[at] = partner_of(table.partner[row]);
        if combined_row && protected.named[at] & pooled_mask != 0 {
            protected.named[at] |= 1 << groups;
        }
    }
    let block_of: Vec<usize> = kept.iter().map(|&row| row_blocks[row]).collect();
    let answers_left_out = protect_answers(&mut protected, &block_of, block_sizes.len(), k);
    let pooling = Pooling {
        pooled_groups,
        combined_row,
        pooled_partners,
        responses_left_out: kept.len() < table.len(),
        answers_left_out,
    };
    (protected, pooling)
}

/// Per block and per column (`width` of them), how many rows answered at all and how many gave
/// a scored answer (1-5), counted in one pass over `codes` (row-major, `width` per row).
fn answer_counts(codes: &[u8], width: usize, block_of: &[usize], blocks: usize) -> (Vec<u32>, Vec<u32>) {
    let (mut answered, mut scored) = (vec![0u32; blocks * width], vec![0u32; blocks * width]);
    for (row, &block) in block_of.iter().enumerate() {
        for (column, &code) in codes[row * width..(row + 1) * width].iter().enumerate() {
            if code != UNANSWERED {
                answered[block * width + column] += 1;
                scored[block * width + column] += u32::from((1..=5).contains(&code));
            }
        }
    }
    (answered, scored)
}

/// Blanks every answer of a (block, column) whose answers or scored answers number 1 to k − 1.
/// Returns whether anything was blanked.
fn blank_small(codes: &mut [u8], width: usize, block_of: &[usize], blocks: usize, k: u32) -> bool {
    let (answered, scored) = answer_counts(codes, width, block_of, blocks);
    let small: Vec<bool> = answered.iter().zip(&scored).map(|(&a, &s)| is_small(a, k) || is_small(s, k)).collect();
    if !small.contains(&true) {
        return false;
    }
    let mut changed = false;
    for (row, &block) in block_of.iter().enumerate() {
        for (column, code) in codes[row * width..(row + 1) * width].iter_mut().enumerate() {
            if small[block * width + column] && *code != UNANSWERED {
                *code = UNANSWERED;
                changed = true;
            }
        }
    }
    changed
}

/// Step 4, repeated until nothing changes (leaving out an indicator's answers can make one of
/// its statements small in a block). Each round counts in one pass and rewrites only when some
/// count is small, so large data, where nothing is small, costs a pass per kind of answer.
/// Returns whether any answer was left out.
fn protect_answers(table: &mut ResponseTable, block_of: &[usize], blocks: usize, k: u32) -> bool {
    let width = table.layout.likert_items.len();
    let indicators: Vec<Vec<usize>> = table.layout.indicators.iter().map(|(_, columns)| columns.clone()).collect();
    let mut changed_any = false;
    loop {
        let mut changed = blank_small(&mut table.likert, width, block_of, blocks, k);
        // Who has a score for each indicator, counted per block in one pass.
        let has_score = |likert: &[u8], row: usize, columns: &[usize]| {
            respondent_score(columns.iter().map(|&c| likert[row * width + c]), columns.len()).is_some()
        };
        let mut scored = vec![0u32; blocks * indicators.len()];
        for (row, &block) in block_of.iter().enumerate() {
            for (index, columns) in indicators.iter().enumerate() {
                scored[block * indicators.len() + index] += u32::from(has_score(&table.likert, row, columns));
            }
        }
        if scored.iter().any(|&n| is_small(n, k)) {
            for (row, &block) in block_of.iter().enumerate() {
                for (index, columns) in indicators.iter().enumerate() {
                    if is_small(scored[block * indicators.len() + index], k) && has_score(&table.likert, row, columns) {
                        for &column in columns {
                            table.likert[row * width + column] = UNANSWERED;
                        }
                        changed = true;
                    }
                }
            }
        }
        changed_any |= changed;
        if !changed {
            break;
        }
    }
    let slots = table.layout.partners.len() * 2;
    if slots > 0 {
        changed_any |= blank_small(&mut table.matrix, slots, block_of, blocks, k);
    }
    let trust_width = table.layout.trust_width();
    if trust_width > 0 {
        changed_any |= blank_small(&mut table.trust, trust_width, block_of, blocks, k);
    }
    let mut answered = vec![0u32; blocks];
    for (row, &block) in block_of.iter().enumerate() {
        answered[block] += u32::from(table.named(row, 0).0);
    }
    if answered.iter().any(|&n| is_small(n, k)) {
        for (row, &block) in block_of.iter().enumerate() {
            if is_small(answered[block], k) && table.named[row] != 0 {
                table.named[row] = 0;
                changed_any = true;
            }
        }
    }
    changed_any
}
