//! The sets of people a figure is about, as cells of the table of group class × partner × wave.

/// A box of the table: the group classes, partner slots (a partner's index, or the slot after
/// the last partner for "no partner given") and waves (the table's wave indices) it holds.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Cell {
    pub classes: u64,
    pub partners: u64,
    pub waves: Vec<u64>,
}

fn bit(index: usize) -> u64 {
    1u64 << index
}

fn all_bits(count: usize) -> u64 {
    if count >= 64 {
        u64::MAX
    } else {
        bit(count) - 1
    }
}

impl Cell {
    /// Everyone: `classes` group classes, `partner_slots` partner slots, `waves` waves.
    pub fn everyone(classes: usize, partner_slots: usize, waves: usize) -> Cell {
        let mut wave_bits = vec![u64::MAX; waves.div_ceil(64)];
        if !waves.is_multiple_of(64) {
            if let Some(last) = wave_bits.last_mut() {
                *last = all_bits(waves % 64);
            }
        }
        Cell { classes: all_bits(classes), partners: all_bits(partner_slots), waves: wave_bits }
    }

    /// Whether the cell holds the people of group class `class`, partner slot `partner`, wave
    /// `wave`.
    pub fn holds(&self, class: usize, partner: usize, wave: usize) -> bool {
        self.classes & bit(class) != 0
            && self.partners & bit(partner) != 0
            && self.waves.get(wave / 64).is_some_and(|bits| bits & bit(wave % 64) != 0)
    }

    /// The cell narrowed to one group class.
    pub fn class(&self, class: usize) -> Cell {
        Cell { classes: self.classes & bit(class), ..self.clone() }
    }

    /// The cell without one group class.
    pub fn classes_except(&self, class: usize) -> Cell {
        Cell { classes: self.classes & !bit(class), ..self.clone() }
    }

    /// The cell narrowed to one partner slot.
    pub fn partner(&self, slot: usize) -> Cell {
        Cell { partners: self.partners & bit(slot), ..self.clone() }
    }

    /// The cell narrowed to the partner slots of `slots`' set bits.
    pub fn partners_within(&self, slots: u64) -> Cell {
        Cell { partners: self.partners & slots, ..self.clone() }
    }

    /// The cell narrowed to one wave (a table wave index).
    pub fn wave(&self, wave: usize) -> Cell {
        let mut waves = vec![0u64; self.waves.len()];
        if let (Some(bits), Some(own)) = (waves.get_mut(wave / 64), self.waves.get(wave / 64)) {
            *bits = own & bit(wave % 64);
        }
        Cell { waves, ..self.clone() }
    }

    /// The cell narrowed to `classes`, `partners` and `waves` (each a set of bits).
    pub fn within(&self, classes: u64, partners: u64, waves: &[u64]) -> Cell {
        Cell {
            classes: self.classes & classes,
            partners: self.partners & partners,
            waves: self.waves.iter().zip(waves).map(|(own, other)| own & other).collect(),
        }
    }
}

/// The bits of the chosen positions among `count` (all of them when nothing is chosen).
pub(crate) fn chosen_bits(count: usize, chosen: impl Iterator<Item = usize>) -> Vec<u64> {
    let mut bits = vec![0u64; count.div_ceil(64).max(1)];
    let mut any = false;
    for index in chosen.filter(|&index| index < count) {
        bits[index / 64] |= bit(index % 64);
        any = true;
    }
    if any {
        bits
    } else {
        Cell::everyone(0, 0, count).waves
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn narrowing_keeps_only_what_both_hold() {
        let everyone = Cell::everyone(3, 4, 70);
        assert!(everyone.holds(2, 3, 69));
        assert!(!everyone.holds(3, 0, 0), "only classes 0-2");
        let narrowed = everyone.class(1).wave(65).partner(2);
        assert!(narrowed.holds(1, 2, 65));
        assert!(!narrowed.holds(1, 2, 1) && !narrowed.holds(0, 2, 65) && !narrowed.holds(1, 1, 65));
        assert!(everyone.classes_except(1).holds(0, 0, 0) && !everyone.classes_except(1).holds(1, 0, 0));
        assert_eq!(chosen_bits(3, [].into_iter()), vec![0b111]);
        assert_eq!(chosen_bits(3, [2].into_iter()), vec![0b100]);
    }
}
