//! The floor the analysis is measured against (issue 32: `analyse` within three times of it).

use super::table::ResponseTable;

/// Codes a stored answer can take: unanswered, 1-5, "don't know".
const CODES: usize = 7;

/// The least work any analysis of `table` does: every stored answer read once and counted per
/// stakeholder group, partner and wave, in one loop. Returns the counts' checksum so the work
/// cannot be optimised away. Only `bench_aggregate` calls it; the app never does.
#[doc(hidden)]
pub fn one_pass_tally(table: &ResponseTable) -> u64 {
    let layout = &table.layout;
    let partners = layout.partners.len();
    let matrix_width = if layout.matrix_item.is_some() { partners * 2 } else { 0 };
    let width = (layout.likert_items.len() + matrix_width + layout.trust_width()) * CODES + 1;
    let mut by_group = vec![0u32; layout.groups.len() * width];
    let mut by_partner = vec![0u32; partners + 1];
    let mut by_wave = vec![0u32; table.waves.len()];
    // The columns as plain slices, once, as the analysis reads them.
    let (likert, likert_width) = (&table.likert[..], layout.likert_items.len());
    let (trust, trust_width) = (&table.trust[..], layout.trust_width());
    let matrix = &table.matrix[..];
    for row in 0..table.len() {
        let (group, partner, wave) = table.cell_of(row);
        by_partner[usize::from(partner).min(partners)] += 1;
        by_wave[usize::from(wave)] += 1;
        let counts = &mut by_group[usize::from(group) * width..(usize::from(group) + 1) * width];
        let answers = likert[row * likert_width..(row + 1) * likert_width]
            .iter()
            .chain(&matrix[row * matrix_width..(row + 1) * matrix_width])
            .chain(&trust[row * trust_width..(row + 1) * trust_width]);
        for (position, &code) in answers.enumerate() {
            counts[position * CODES + usize::from(code)] += 1;
        }
        counts[width - 1] += table.named[row].count_ones();
    }
    let all = by_group.iter().chain(&by_partner).chain(&by_wave);
    all.enumerate().fold(0u64, |sum, (index, &count)| sum.wrapping_add((index as u64 + 1) * u64::from(count)))
}
