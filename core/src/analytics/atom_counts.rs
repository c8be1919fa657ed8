//! Per atom — the people of one group class, partner slot and wave — every count a view's
//! figures are summed from, made in one pass over the responses when their protection is made.
//!
//! A filter selects whole atoms (it keeps groups, partners and waves), and so does every cell a
//! figure is about; so a view (a filter, a slide) adds up a few hundred atoms' counts instead of
//! reading every response again. Each count is a whole number, so a figure summed from atoms is
//! the figure summed from rows.

use super::codes::{rating_of, CODES, RATINGS};
use super::scoring::ScoreBins;
use super::table::{Layout, ResponseTable, NAMED_ANSWERED, NO_PARTNER};

/// Per Likert code, its points (low 16 bits) and 1 << 16 when it counts (points 1-5; not
/// unanswered or "don't know"): summed over an indicator's answers, the sum and how many counted.
/// (An indicator of fewer than 13,000 items cannot carry the low half into the high.)
const SCORED: [u32; 8] = [0, 0x1_0001, 0x1_0002, 0x1_0003, 0x1_0004, 0x1_0005, 0, 0];

/// Where each kind of count sits among an atom's counts.
#[derive(Clone, Debug, Default)]
pub(crate) struct CountsLayout {
    /// Per indicator, the first of its score bins.
    pub scores: Vec<usize>,
    /// Likert answers: `items + item * CODES + code`.
    pub items: usize,
    /// Matrix ratings: `matrix + (partner * 2 + question) * RATINGS + rating - 1`.
    pub matrix: usize,
    /// Trust ratings given: `trust + rated partner * RATINGS + rating - 1`.
    pub trust: usize,
    /// People who rated the trust in another organisation than their own.
    pub givers: usize,
    /// People who answered "which groups do not get enough say"; then, per class, who named it.
    pub named: usize,
    /// Per free-text item, people who answered it.
    pub said: usize,
    /// Where a respondent without an indicator score is counted: read by nothing.
    pub discard: usize,
    /// Counts per atom.
    pub width: usize,
    /// Per indicator, the first of its alpha counts ([`AlphaCounts`]).
    pub alpha: Vec<usize>,
}

/// What Cronbach's alpha is made from, over the people who answered every item of an indicator,
/// as counts: per item, how many gave each point (1-5); then per total of points, how many had
/// it. The sums alpha needs (`AlphaAccumulator::add_counts`) follow from them exactly, and a
/// count is one addition per answer where the sums were two and a multiplication.
pub(crate) struct AlphaCounts;

impl AlphaCounts {
    /// How many counts an indicator of `items` items has.
    pub fn width(items: usize) -> usize {
        // Each item's points 1-5, then every total from 0 to the highest, 5 × items.
        items * RATINGS + (RATINGS * items + 1)
    }

    /// Adds one person's points (each 1-5: `codes` at `columns`, adding up to `total`).
    #[inline(always)]
    fn add(counts: &mut [u32], codes: &[u8], columns: &[usize], total: usize) {
        for (item, &column) in columns.iter().enumerate() {
            counts[item * RATINGS + usize::from(codes[column]) - 1] += 1;
        }
        counts[columns.len() * RATINGS + total] += 1;
    }
}

/// Every atom's counts (none before a protection has sorted its rows).
#[derive(Clone, Debug, Default)]
pub(crate) struct AtomCounts {
    pub layout: CountsLayout,
    /// Per indicator, the score each bin stands for.
    pub bins: Vec<ScoreBins>,
    counts: Vec<u32>,
}

impl AtomCounts {
    /// Counts the rows of `table`, row `r` in atom `atom_of_row[r]` of `atoms`.
    pub fn new(table: &ResponseTable, atom_of_row: &[u32], atoms: usize) -> AtomCounts {
        let layout = &table.layout;
        let bins: Vec<ScoreBins> = layout.indicators.iter().map(|(_, columns)| ScoreBins::new(columns.len())).collect();
        let shape = counts_layout(table, &bins);
        let mut counts = vec![0u32; atoms * shape.width];
        let partners = layout.partners.len();
        let matrix_width = if layout.matrix_item.is_some() { partners * 2 } else { 0 };
        let class_bits = if layout.groups.len() >= 64 { u64::MAX >> 1 } else { (1u64 << layout.groups.len()) - 1 };
        let passes = IndicatorPass::all(layout, &bins, &shape);
        // When each item is in one indicator at most, the indicator loop counts its items' codes
        // too, and the alpha counts per item are found after the loop from the items' (less the
        // incomplete answers'); else the items are counted apart.
        let mut indicators_of = vec![0u8; layout.likert_items.len()];
        for pass in &passes {
            for &column in pass.columns {
                indicators_of[column] = indicators_of[column].saturating_add(1);
            }
        }
        let own_items = indicators_of.iter().all(|&n| n <= 1);
        let loose_columns: Vec<usize> =
            (0..layout.likert_items.len()).filter(|&column| !own_items || indicators_of[column] == 0).collect();
        // The columns as plain slices, once: the size-optimised build would otherwise reach
        // through the table (and its shared columns) for every row.
        let (likert, likert_width) = (&table.likert[..], layout.likert_items.len());
        let (trust, trust_width) = (&table.trust[..], layout.trust_width());
        let (matrix, partner, named_rows, texts) =
            (&table.matrix[..], &table.partner[..], &table.named[..], &table.texts[..]);
        for (row, &atom) in atom_of_row.iter().enumerate() {
            let atom = atom as usize;
            let counts = &mut counts[atom * shape.width..(atom + 1) * shape.width];
            let codes = &likert[row * likert_width..(row + 1) * likert_width];
            for pass in &passes {
                // One addition per answer, no branch: the loop every response and indicator
                // goes through (written out: the size-optimised build inlines little). With
                // items of their own, each answer's code is counted in the same loop.
                let mut scored = 0u32;
                if own_items {
                    for &column in pass.columns {
                        let code = codes[column];
                        scored += SCORED[usize::from(code & 7)];
                        counts[shape.items + column * CODES + usize::from(code)] += 1;
                    }
                } else {
                    for &column in pass.columns {
                        scored += SCORED[usize::from(codes[column] & 7)];
                    }
                }
                let (sum, points) = ((scored & 0xffff) as usize, (scored >> 16) as usize);
                counts[pass.score_at[points * pass.stride + sum] as usize] += 1;
                let complete = points == pass.columns.len();
                if complete && own_items {
                    counts[pass.alpha_at + pass.columns.len() * RATINGS + sum] += 1;
                } else if complete {
                    AlphaCounts::add(&mut counts[pass.alpha_at..], codes, pass.columns, sum);
                } else if own_items {
                    // An incomplete answer's points, taken from its items' after the loop to
                    // leave the complete answers' (alpha is made from those alone).
                    for (item, &column) in pass.columns.iter().enumerate() {
                        let (rating, counted) = rating_of(codes[column]);
                        let at = (pass.alpha_at + item * RATINGS).wrapping_add(rating);
                        counts[at_if(counted, at, shape.discard)] += 1;
                    }
                }
            }
            for &column in &loose_columns {
                counts[shape.items + column * CODES + usize::from(codes[column])] += 1;
            }
            // A rating is counted at its place, anything else ("don't know", unanswered) at the
            // discarded count, chosen by arithmetic: which it is, is as good as random.
            for (slot, &code) in matrix[row * matrix_width..(row + 1) * matrix_width].iter().enumerate() {
                let (rating, counted) = rating_of(code);
                counts[at_if(counted, (shape.matrix + slot * RATINGS).wrapping_add(rating), shape.discard)] += 1;
            }
            let from = partner[row];
            let mut gave = false;
            for (to, &code) in trust[row * trust_width..(row + 1) * trust_width].iter().enumerate() {
                let (rating, counted) = rating_of(code);
                counts[at_if(counted, (shape.trust + to * RATINGS).wrapping_add(rating), shape.discard)] += 1;
                gave |= counted && (from == NO_PARTNER || to != usize::from(from));
            }
            counts[shape.givers] += u32::from(gave);
            if named_rows[row] & NAMED_ANSWERED != 0 {
                counts[shape.named] += 1;
                // Only the classes named (a few bits of the mask), not every class.
                let mut named = named_rows[row] & class_bits;
                while named != 0 {
                    counts[shape.named + 1 + named.trailing_zeros() as usize] += 1;
                    named &= named - 1;
                }
            }
            // A row's text answers are each of a different item (answers are kept by item id);
            // most rows have none.
            for answer in &texts[row] {
                counts[shape.said + usize::from(answer.item)] += 1;
            }
            counts[0] += 1;
        }
        if own_items {
            // Per item, the complete answers' points: everyone's less the incomplete answers'.
            for atom in counts.chunks_exact_mut(shape.width) {
                for pass in &passes {
                    for (item, &column) in pass.columns.iter().enumerate() {
                        for point in 0..RATINGS {
                            let at = pass.alpha_at + item * RATINGS + point;
                            atom[at] = atom[shape.items + column * CODES + 1 + point] - atom[at];
                        }
                    }
                }
            }
        }
        AtomCounts { layout: shape, bins, counts }
    }

    /// Atom `atom`'s counts (people first, then as [`CountsLayout`] says).
    #[inline(always)]
    pub fn of(&self, atom: usize) -> &[u32] {
        &self.counts[atom * self.layout.width..(atom + 1) * self.layout.width]
    }

    /// Atom `atom`'s alpha counts of indicator `indicator` ([`AlphaCounts`]).
    pub fn alpha_of(&self, atom: usize, indicator: usize, items: usize) -> &[u32] {
        let start = atom * self.layout.width + self.layout.alpha[indicator];
        &self.counts[start..start + AlphaCounts::width(items)]
    }
}

/// `at` when `counted`, else `otherwise`, without a branch.
#[inline(always)]
fn at_if(counted: bool, at: usize, otherwise: usize) -> usize {
    otherwise.wrapping_add(usize::from(counted).wrapping_mul(at.wrapping_sub(otherwise)))
}

/// One indicator as the counting loop reads it: its columns, where each score is counted and
/// where its alpha counts start, looked up once rather than per response.
struct IndicatorPass<'a> {
    columns: &'a [usize],
    /// [`ScoreBins::count_at`] of the indicator, and its stride (`5 * items + 1`). A boxed
    /// slice, not a `Vec`: the size-optimised build calls `Vec`'s indexing as a function, once
    /// per response and indicator.
    score_at: Box<[u32]>,
    stride: usize,
    alpha_at: usize,
}

impl<'a> IndicatorPass<'a> {
    fn all(layout: &'a Layout, bins: &[ScoreBins], shape: &CountsLayout) -> Vec<IndicatorPass<'a>> {
        (layout.indicators.iter().zip(bins).enumerate())
            .map(|(index, ((_, columns), bins))| IndicatorPass {
                columns,
                score_at: bins.count_at(shape.scores[index], shape.discard).into_boxed_slice(),
                stride: 5 * columns.len() + 1,
                alpha_at: shape.alpha[index],
            })
            .collect()
    }
}

fn counts_layout(table: &ResponseTable, bins: &[ScoreBins]) -> CountsLayout {
    let layout = &table.layout;
    let mut at = 1;
    let mut take = |width: usize| {
        at += width;
        at - width
    };
    let scores = bins.iter().map(|bins| take(bins.values.len())).collect();
    let items = take(layout.likert_items.len() * CODES);
    let matrix = take(if layout.matrix_item.is_some() { layout.partners.len() * 2 * RATINGS } else { 0 });
    let trust = take(layout.trust_width() * RATINGS);
    let givers = take(1);
    let named = take(1 + layout.groups.len());
    let said = take(layout.text_items.len());
    let discard = take(1);
    let alpha = layout.indicators.iter().map(|(_, columns)| take(AlphaCounts::width(columns.len()))).collect();
    CountsLayout { scores, items, matrix, trust, givers, named, said, discard, alpha, width: at }
}
