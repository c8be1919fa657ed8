//! "What people said" on presentation slides: the answers split into pages that fit one screen,
//! each a slide of its own, so the arrow keys reach every answer and none is hidden under the
//! slide's controls.

use std::ops::Range;

/// Most answers on one slide.
pub const ANSWERS_PER_SLIDE: usize = 4;
/// Most characters of answers on one slide (with each answer's group, about the lines of slide
/// type a 1280 × 720 screen holds under the question); a longer answer has a slide to itself.
pub const CHARACTERS_PER_SLIDE: usize = 360;

/// The answers (of these character counts, in order) on each slide; one empty slide when there
/// are none, which says so.
pub fn said_pages(lengths: &[usize]) -> Vec<Range<usize>> {
    let mut pages = Vec::new();
    let (mut start, mut characters) = (0, 0);
    for (at, &length) in lengths.iter().enumerate() {
        let full = at - start == ANSWERS_PER_SLIDE || characters + length > CHARACTERS_PER_SLIDE;
        if at > start && full {
            pages.push(start..at);
            (start, characters) = (at, 0);
        }
        characters += length;
    }
    if start < lengths.len() || pages.is_empty() {
        pages.push(start..lengths.len());
    }
    pages
}
