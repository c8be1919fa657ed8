//! The small integers the response table keeps answers as, and what each means: every part of the
//! analysis reads answers through these.

/// Code of an unanswered item in the table.
pub(crate) const UNANSWERED: u8 = 0;
/// Code of "don't know" in the table (answers use 0 for it; the table keeps 0 for "absent").
pub(crate) use crate::response::DONT_KNOW_CODE;
/// Codes a Likert answer is stored as: unanswered, points 1-5, "don't know".
pub(crate) const CODES: usize = 7;
/// Ratings of a matrix or trust answer (1-5).
pub(crate) const RATINGS: usize = 5;

/// Bin of a matrix code (rating - 1), or `None` for unanswered (0) and "don't know" (6).
pub(crate) fn rated(code: u8) -> Option<usize> {
    let (bin, counted) = rating_of(code);
    counted.then_some(bin)
}

/// A rating's bin (1-5 as 0-4; any other code gives a number far past them, to be added with
/// wrapping), and whether `code` is a rating at all: what counting the atoms reads for every
/// rating of every response, without a branch.
#[inline(always)]
pub(crate) fn rating_of(code: u8) -> (usize, bool) {
    let bin = usize::from(code).wrapping_sub(1);
    (bin, bin < usize::from(DONT_KNOW_CODE - 1))
}
