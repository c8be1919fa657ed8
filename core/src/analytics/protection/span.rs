//! What a reader can work out from published sums: the span of the figures' sets of people.
//!
//! Every figure is a sum over a set of people (their answers, counted or averaged). A reader who
//! adds and subtracts figures learns the sum over any set in the *linear span* of the published
//! sets. People fall into *atoms* (everyone of one group class, partner and wave); every published
//! set is a union of atoms, so the span is a space of vectors over atoms. [`SafeSpan`] keeps that
//! space and refuses any addition after which it would hold the set of 1 to k people — or, for a
//! reader who knows one respondent's own answers (alone in an atom), 1 to k − 1 others.
//!
//! Arithmetic is exact, modulo the prime 2^61 − 1: the sets are 0/1 vectors of at most a few
//! hundred atoms, whose spans over the rationals and modulo so large a prime agree unless the
//! prime divides a determinant of the incidence matrix, which for these sizes it cannot be shown
//! to do and has never been seen to (the native tests compare with exact rational elimination).

/// The modulus: a Mersenne prime, so reduction is a shift and an add.
const P: u64 = (1 << 61) - 1;
/// Most subsets the search for a small set looks at before it gives up and calls the span unsafe
/// (only reached with thresholds far above the default, on data with very many small atoms).
const SEARCH_BUDGET: u32 = 400_000;

fn reduce(value: u128) -> u64 {
    let folded = (value & u128::from(P)) + (value >> 61);
    let folded = (folded & u128::from(P)) + (folded >> 61);
    let folded = folded as u64;
    if folded >= P {
        folded - P
    } else {
        folded
    }
}

fn mul(a: u64, b: u64) -> u64 {
    reduce(u128::from(a) * u128::from(b))
}

fn sub(a: u64, b: u64) -> u64 {
    if a >= b {
        a - b
    } else {
        a + P - b
    }
}

fn add(a: u64, b: u64) -> u64 {
    let sum = a + b;
    if sum >= P {
        sum - P
    } else {
        sum
    }
}

fn inverse(value: u64) -> u64 {
    // Fermat: value^(P−2).
    let (mut result, mut base, mut exponent) = (1u64, value, P - 2);
    while exponent > 0 {
        if exponent & 1 == 1 {
            result = mul(result, base);
        }
        base = mul(base, base);
        exponent >>= 1;
    }
    result
}

/// `row -= factor × other`, coordinate by coordinate.
fn subtract_multiple(row: &mut [u64], factor: u64, other: &[u64]) {
    for (value, &o) in row.iter_mut().zip(other) {
        if o != 0 {
            *value = sub(*value, mul(factor, o));
        }
    }
}

/// A span of published sets over atoms, kept safe: no set of 1 to k people in it.
#[derive(Clone, Debug)]
pub(crate) struct SafeSpan {
    /// People in each atom, in the span's own column order: atoms of more than k people first,
    /// then the small ones (from `small_from`).
    sizes: Vec<u32>,
    /// The span's column of each atom.
    column_of: Vec<usize>,
    small_from: usize,
    k: u32,
    /// Basis in reduced row echelon form; `pivots[i]` is the first non-zero column of `rows[i]`,
    /// where it is 1, and every other row is 0 there.
    rows: Vec<Vec<u64>>,
    pivots: Vec<usize>,
}

impl SafeSpan {
    /// An empty span over atoms of the given sizes (people with an answer; none of them 0).
    pub fn new(atom_sizes: &[u32], k: u32) -> SafeSpan {
        let mut order: Vec<usize> = (0..atom_sizes.len()).collect();
        order.sort_by_key(|&atom| (atom_sizes[atom] <= k, atom));
        let mut column_of = vec![0; atom_sizes.len()];
        for (column, &atom) in order.iter().enumerate() {
            column_of[atom] = column;
        }
        SafeSpan {
            sizes: order.iter().map(|&atom| atom_sizes[atom]).collect(),
            small_from: order.iter().take_while(|&&atom| atom_sizes[atom] > k).count(),
            column_of,
            k,
            rows: Vec::new(),
            pivots: Vec::new(),
        }
    }

    /// Whether some atom holds 1 to k people (if none, every span is safe).
    pub fn has_small_atoms(&self) -> bool {
        self.small_from < self.sizes.len()
    }

    fn vector(&self, atoms: impl Iterator<Item = usize>) -> Vec<u64> {
        let mut vector = vec![0u64; self.sizes.len()];
        for atom in atoms {
            vector[self.column_of[atom]] = 1;
        }
        vector
    }

    /// Reduces `vector` by the basis: what is left is zero exactly when it is in the span.
    fn reduced(&self, mut vector: Vec<u64>) -> Vec<u64> {
        for (row, &pivot) in self.rows.iter().zip(&self.pivots) {
            let factor = vector[pivot];
            if factor != 0 {
                subtract_multiple(&mut vector, factor, row);
            }
        }
        vector
    }

    /// Whether the set made of `atoms` is in the span (a reader can work its sum out).
    pub fn contains(&self, atoms: impl Iterator<Item = usize>) -> bool {
        self.reduced(self.vector(atoms)).iter().all(|&value| value == 0)
    }

    /// Adds the set made of `atoms` if the span stays safe; returns whether it is in the span now.
    pub fn try_add(&mut self, atoms: impl Iterator<Item = usize>) -> bool {
        let vector = self.reduced(self.vector(atoms));
        let Some(pivot) = vector.iter().position(|&value| value != 0) else {
            return true;
        };
        // A vector with a large atom can only ever be combined into sets holding that atom, so it
        // adds no small set: only vectors over small atoms are checked.
        if pivot >= self.small_from && !self.stays_safe_with(&vector, pivot) {
            return false;
        }
        self.insert(vector, pivot);
        true
    }

    /// Adds the set made of `atoms` whatever it does to safety (for checking a whole collection
    /// afterwards with [`SafeSpan::is_safe`]).
    pub fn add_unchecked(&mut self, atoms: impl Iterator<Item = usize>) {
        let vector = self.reduced(self.vector(atoms));
        if let Some(pivot) = vector.iter().position(|&value| value != 0) {
            self.insert(vector, pivot);
        }
    }

    /// Whether the span holds no set of 1 to k people (nor, for a reader alone in an atom, of 1
    /// to k − 1 others).
    pub fn is_safe(&self) -> bool {
        let small: Vec<(Vec<u64>, usize)> = self
            .rows
            .iter()
            .zip(&self.pivots)
            .filter(|(_, &pivot)| pivot >= self.small_from)
            .map(|(row, &pivot)| (row.clone(), pivot))
            .collect();
        self.small_part_is_safe(&small)
    }

    fn insert(&mut self, mut vector: Vec<u64>, pivot: usize) {
        let scale = inverse(vector[pivot]);
        for value in vector.iter_mut() {
            *value = mul(*value, scale);
        }
        for row in self.rows.iter_mut() {
            let factor = row[pivot];
            if factor != 0 {
                subtract_multiple(row, factor, &vector);
            }
        }
        self.rows.push(vector);
        self.pivots.push(pivot);
    }

    /// Whether the span's vectors over small atoms, with `vector` (reduced, first non-zero at
    /// `pivot`) added, hold no small set.
    fn stays_safe_with(&self, vector: &[u64], pivot: usize) -> bool {
        let scale = inverse(vector[pivot]);
        let new_row: Vec<u64> = vector.iter().map(|&value| mul(value, scale)).collect();
        let mut small: Vec<(Vec<u64>, usize)> = Vec::new();
        for (row, &row_pivot) in self.rows.iter().zip(&self.pivots) {
            if row_pivot >= self.small_from {
                let mut row = row.clone();
                let factor = row[pivot];
                if factor != 0 {
                    subtract_multiple(&mut row, factor, &new_row);
                }
                small.push((row, row_pivot));
            }
        }
        small.push((new_row, pivot));
        self.small_part_is_safe(&small)
    }

    /// `small`: a basis, in reduced echelon form, of the span's vectors that are zero on every
    /// large atom. Safe when no 0/1 combination is a set of 1 to k people, and, for each atom of
    /// one person (a reader who knows their own answers), no combination with any multiple of
    /// that atom is, elsewhere, a set of 1 to k − 1 others.
    fn small_part_is_safe(&self, small: &[(Vec<u64>, usize)]) -> bool {
        if small.is_empty() {
            return true;
        }
        if self.find_set(small, None, self.k) != Search::NotFound {
            return false;
        }
        let lone_atoms = (self.small_from..self.sizes.len()).filter(|&column| self.sizes[column] == 1);
        for lone in lone_atoms {
            if self.k >= 2 && self.find_set(small, Some(lone), self.k - 1) != Search::NotFound {
                return false;
            }
        }
        true
    }

    /// Looks for a vector in the span of `small` that is a set of 1 to `limit` people on every
    /// column but `free` (the reader's own atom, whose coefficient they can take away).
    fn find_set(&self, small: &[(Vec<u64>, usize)], free: Option<usize>, limit: u32) -> Search {
        let free_row = free.and_then(|column| small.iter().position(|(_, pivot)| *pivot == column));
        let others: Vec<&(Vec<u64>, usize)> =
            small.iter().enumerate().filter(|(at, _)| Some(*at) != free_row).map(|(_, row)| row).collect();
        let mut search = SetSearch {
            span: self,
            others: &others,
            free,
            free_row: free_row.map(|at| &small[at].0),
            limit,
            visited: 0,
        };
        let start = vec![0u64; self.sizes.len()];
        search.from(0, &start, 0, false)
    }

    /// Whether `vector` is a set of 1 to `limit` people on every column but `free`.
    fn is_small_set(&self, vector: &[u64], free: Option<usize>, limit: u32) -> bool {
        let mut people = 0u32;
        for (column, &value) in vector.iter().enumerate() {
            if Some(column) == free || value == 0 {
                continue;
            }
            if value != 1 {
                return false;
            }
            people += self.sizes[column];
            if people > limit {
                return false;
            }
        }
        people >= 1
    }
}

/// What a search for a small set found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Search {
    NotFound,
    Found,
    /// Too many subsets to look at: taken as found, so that the span is refused.
    GaveUp,
}

/// A depth-first walk over 0/1 combinations of the small basis, pruned by the people at the
/// rows' pivots (a row taken puts exactly its pivot's atom in the set).
struct SetSearch<'a> {
    span: &'a SafeSpan,
    others: &'a [&'a (Vec<u64>, usize)],
    free: Option<usize>,
    free_row: Option<&'a Vec<u64>>,
    limit: u32,
    visited: u32,
}

impl SetSearch<'_> {
    fn from(&mut self, next: usize, sum: &[u64], people: u32, taken: bool) -> Search {
        self.visited += 1;
        if self.visited > SEARCH_BUDGET {
            return Search::GaveUp;
        }
        if (taken || self.free_row.is_some()) && self.holds_set(sum) {
            return Search::Found;
        }
        for at in next..self.others.len() {
            let (row, pivot) = self.others[at];
            let people = people + self.span.sizes[*pivot];
            if people > self.limit {
                continue;
            }
            let added: Vec<u64> = sum.iter().zip(row).map(|(&a, &b)| add(a, b)).collect();
            match self.from(at + 1, &added, people, true) {
                Search::NotFound => {}
                found => return found,
            }
        }
        Search::NotFound
    }

    /// Whether `sum`, plus some multiple of the reader's own row if there is one, is a small set.
    fn holds_set(&self, sum: &[u64]) -> bool {
        let Some(free_row) = self.free_row else {
            return self.span.is_small_set(sum, self.free, self.limit);
        };
        // The multiple c is fixed by the first column (other than the reader's) where the row is
        // non-zero: there the result must be 0 or 1.
        let Some(column) = (0..free_row.len()).find(|&c| Some(c) != self.free && free_row[c] != 0) else {
            return self.span.is_small_set(sum, self.free, self.limit);
        };
        let inverse = inverse(free_row[column]);
        [0u64, 1].iter().any(|&target| {
            let multiple = mul(sub(target, sum[column]), inverse);
            let candidate: Vec<u64> = sum.iter().zip(free_row).map(|(&a, &b)| add(a, mul(multiple, b))).collect();
            self.span.is_small_set(&candidate, self.free, self.limit)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Group A is atoms 0 and 1 (5 and 2 people, waves 1 and 2), group B atoms 2 and 3 (6 and 6),
    /// k = 3. A's total with A's wave 1 would give its wave 2 (2 people) by subtraction; the
    /// totals of A, B and wave 1 together do not (a0 + a1, a2 + a3, a0 + a2 leave a1 undetermined).
    #[test]
    fn a_group_and_its_larger_wave_give_away_the_smaller_wave() {
        let mut span = SafeSpan::new(&[5, 2, 6, 6], 3);
        assert!(span.try_add([0, 1].into_iter()), "group A: 7 people");
        assert!(!span.try_add([0].into_iter()), "A in wave 1 leaves atom 1 (2 people) in the span");
        assert!(span.try_add([2, 3].into_iter()), "group B: 12 people");
        assert!(span.try_add([0, 2].into_iter()), "wave 1");
        assert!(!span.contains([1].into_iter()));
        assert!(span.try_add([1, 3].into_iter()), "wave 2 is the total minus wave 1: already there");
        assert!(!span.contains([1].into_iter()));
    }

    /// Atoms of 2, 4, 1 and 9 people, k = 3. The sets {0, 3} (11 people) and {2, 3} (10) differ
    /// by atom 0 minus atom 2: the one person of atom 2, knowing their own answers, learns the
    /// 2 people of atom 0. With 5 people in atom 2 the same pair gives nobody away.
    #[test]
    fn a_reader_alone_in_an_atom_cannot_subtract_themselves_to_learn_two_others() {
        let mut span = SafeSpan::new(&[2, 4, 1, 9], 3);
        assert!(span.try_add([0, 3].into_iter()));
        assert!(!span.try_add([2, 3].into_iter()));
        let mut larger = SafeSpan::new(&[2, 4, 5, 9], 3);
        assert!(larger.try_add([0, 3].into_iter()));
        assert!(larger.try_add([2, 3].into_iter()));
        assert!(!larger.contains([0].into_iter()));
    }

    /// Small atoms of 1, 1 and 2 people and one of 10, k = 3. Beside the total, {2, 3} would give
    /// atoms 0 and 1 (2 people) and {0, 1, 3} atom 2 (2 people); {0, 1, 2} (4 people) is fine.
    #[test]
    fn differences_of_two_or_three_small_atoms_are_found() {
        let mut span = SafeSpan::new(&[1, 1, 2, 10], 3);
        assert!(span.try_add([0, 1, 2, 3].into_iter()));
        assert!(!span.try_add([2, 3].into_iter()));
        assert!(!span.try_add([0, 1, 3].into_iter()));
        assert!(span.try_add([0, 1, 2].into_iter()));
        assert!(span.contains([3].into_iter()), "the total minus the small atoms: 10 people");
        assert!(span.is_safe());
    }

    #[test]
    fn arithmetic_modulo_the_prime() {
        assert_eq!(mul(P - 1, P - 1), 1);
        assert_eq!(mul(inverse(12345), 12345), 1);
        assert_eq!(sub(0, 1), P - 1);
        assert_eq!(add(P - 1, 1), 0);
    }

    #[test]
    fn an_unchecked_collection_is_judged_as_a_whole() {
        let mut span = SafeSpan::new(&[5, 2, 6], 3);
        span.add_unchecked([0, 1].into_iter());
        assert!(span.is_safe());
        span.add_unchecked([0].into_iter());
        assert!(!span.is_safe(), "atom 1 (2 people) is the difference");
    }
}
