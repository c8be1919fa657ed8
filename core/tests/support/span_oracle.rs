//! An attacker who adds and subtracts published figures, worked exactly over the rationals and
//! person by person: independent of the app's own check (which works modulo a prime, atom by
//! atom), so that each checks the other.
//!
//! A figure is a sum over a set of people. The attacker learns the sum over every set in the
//! linear span of the published sets; the sets in the span are found through the null space N of
//! the published vectors: 1_S is in the span exactly when the columns of N over S sum to zero.

/// An exact fraction, kept in lowest terms with a positive denominator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Ratio {
    numerator: i128,
    denominator: i128,
}

fn gcd(a: i128, b: i128) -> i128 {
    if b == 0 {
        a.abs()
    } else {
        gcd(b, a % b)
    }
}

impl Ratio {
    const ZERO: Ratio = Ratio { numerator: 0, denominator: 1 };

    fn new(numerator: i128, denominator: i128) -> Ratio {
        let divisor = gcd(numerator, denominator).max(1) * denominator.signum();
        Ratio { numerator: numerator / divisor, denominator: denominator / divisor }
    }
    fn int(value: i128) -> Ratio {
        Ratio { numerator: value, denominator: 1 }
    }
    fn is_zero(self) -> bool {
        self.numerator == 0
    }
    fn sub(self, other: Ratio) -> Ratio {
        Ratio::new(
            self.numerator * other.denominator - other.numerator * self.denominator,
            self.denominator * other.denominator,
        )
    }
    fn add(self, other: Ratio) -> Ratio {
        Ratio::new(
            self.numerator * other.denominator + other.numerator * self.denominator,
            self.denominator * other.denominator,
        )
    }
    fn mul(self, other: Ratio) -> Ratio {
        Ratio::new(self.numerator * other.numerator, self.denominator * other.denominator)
    }
    fn div(self, other: Ratio) -> Ratio {
        Ratio::new(self.numerator * other.denominator, self.denominator * other.numerator)
    }
}

/// What an attacker can work out from a collection of published sets of people.
pub struct Attacker {
    people: usize,
    /// Null-space basis: each vector over the people.
    null: Vec<Vec<Ratio>>,
}

impl Attacker {
    /// From published sets, each a list of people (0..people).
    pub fn new(people: usize, published: &[Vec<usize>]) -> Attacker {
        let mut rows: Vec<Vec<Ratio>> = published
            .iter()
            .map(|set| {
                let mut row = vec![Ratio::ZERO; people];
                for &person in set {
                    row[person] = Ratio::int(1);
                }
                row
            })
            .collect();
        // Reduced row echelon form.
        let mut pivots = Vec::new();
        let mut rank = 0;
        for column in 0..people {
            let Some(found) = (rank..rows.len()).find(|&r| !rows[r][column].is_zero()) else { continue };
            rows.swap(rank, found);
            let lead = rows[rank][column];
            for value in rows[rank].iter_mut() {
                *value = value.div(lead);
            }
            for other in 0..rows.len() {
                if other != rank && !rows[other][column].is_zero() {
                    let factor = rows[other][column];
                    let pivot_row = rows[rank].clone();
                    for (value, &pivot_value) in rows[other].iter_mut().zip(&pivot_row) {
                        *value = value.sub(factor.mul(pivot_value));
                    }
                }
            }
            pivots.push(column);
            rank += 1;
        }
        // One null vector per free column: 1 there, minus the pivot rows' entries at the pivots.
        let free: Vec<usize> = (0..people).filter(|c| !pivots.contains(c)).collect();
        let null = free
            .iter()
            .map(|&f| {
                let mut vector = vec![Ratio::ZERO; people];
                vector[f] = Ratio::int(1);
                for (row, &pivot) in pivots.iter().enumerate() {
                    vector[pivot] = Ratio::ZERO.sub(rows[row][f]);
                }
                vector
            })
            .collect();
        Attacker { people, null }
    }

    fn column_sum(&self, set: &[usize]) -> Vec<Ratio> {
        self.null.iter().map(|vector| set.iter().fold(Ratio::ZERO, |sum, &p| sum.add(vector[p]))).collect()
    }

    /// Whether the sum over `set` can be worked out.
    pub fn learns(&self, set: &[usize]) -> bool {
        self.column_sum(set).iter().all(|value| value.is_zero())
    }

    /// Whether `reader`, knowing their own answers, can work out the sum over `set` (which does
    /// not hold them): some multiple of their own column cancels the set's.
    pub fn learns_knowing(&self, reader: usize, set: &[usize]) -> bool {
        let sum = self.column_sum(set);
        let own: Vec<Ratio> = self.null.iter().map(|vector| vector[reader]).collect();
        let Some(at) = own.iter().position(|value| !value.is_zero()) else {
            return sum.iter().all(|value| value.is_zero());
        };
        let multiple = sum[at].div(own[at]);
        sum.iter().zip(&own).all(|(s, o)| s.sub(multiple.mul(*o)).is_zero())
    }

    /// The first set of 1 to `k` people among `among` it can work out, or, for a reader among
    /// them who knows their own answers, of 1 to k − 1 others.
    pub fn finds_few(&self, among: &[usize], k: usize) -> Option<String> {
        let mut found = None;
        subsets(among, k, &mut |set| {
            if found.is_none() && self.learns(set) {
                found = Some(format!("the {} people {set:?}", set.len()));
            }
        });
        for &reader in among {
            let others: Vec<usize> = among.iter().copied().filter(|&p| p != reader).collect();
            subsets(&others, k.saturating_sub(1), &mut |set| {
                if found.is_none() && self.learns_knowing(reader, set) {
                    found = Some(format!("{} others {set:?}, by reader {reader}", set.len()));
                }
            });
        }
        let _ = self.people;
        found
    }
}

/// Calls `visit` with every non-empty subset of `items` of at most `most` elements.
fn subsets(items: &[usize], most: usize, visit: &mut dyn FnMut(&[usize])) {
    fn walk(items: &[usize], start: usize, most: usize, current: &mut Vec<usize>, visit: &mut dyn FnMut(&[usize])) {
        if !current.is_empty() {
            visit(current);
        }
        if current.len() == most {
            return;
        }
        for at in start..items.len() {
            current.push(items[at]);
            walk(items, at + 1, most, current, visit);
            current.pop();
        }
    }
    walk(items, 0, most, &mut Vec::new(), visit);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_and_one_of_its_parts_give_the_other_part() {
        // People 0-4 in A; 0-2 in A's wave 1. A − wave 1 = {3, 4}.
        let attacker = Attacker::new(6, &[vec![0, 1, 2, 3, 4], vec![0, 1, 2]]);
        assert!(attacker.learns(&[3, 4]));
        assert!(!attacker.learns(&[3]));
        assert!(attacker.finds_few(&[0, 1, 2, 3, 4], 2).is_some());
        // A reader who is person 3 learns person 4 from {3, 4}.
        assert!(attacker.learns_knowing(3, &[4]));
    }
}
