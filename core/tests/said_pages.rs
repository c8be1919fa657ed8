//! "What people said" split into slides: every answer on exactly one, in order, none over the limits.

use pulse_core::dashboard::{said_pages, ANSWERS_PER_SLIDE, CHARACTERS_PER_SLIDE};

#[test]
fn twenty_two_short_answers_make_five_slides_of_four_then_two() {
    // 22 answers of 40 characters: four a slide (160 characters, under 360): 4 × 5 + 2.
    let pages = said_pages(&[40; 22]);
    assert_eq!(pages, vec![0..4, 4..8, 8..12, 12..16, 16..20, 20..22]);
}

#[test]
fn long_answers_fill_a_slide_by_characters_and_a_very_long_one_stands_alone() {
    // 150 + 150 = 300 fit; a third would make 450 (over 360): two a slide. The 1,000-character
    // answer is over the limit on its own, so it has a slide to itself; then 10 + 10.
    let pages = said_pages(&[150, 150, 150, 1000, 10, 10]);
    assert_eq!(pages, vec![0..2, 2..3, 3..4, 4..6]);
}

#[test]
fn no_answers_still_make_one_slide_that_says_so() {
    assert_eq!(said_pages(&[]), vec![0..0]);
}

#[test]
fn every_answer_is_on_exactly_one_slide_within_the_limits() {
    let lengths: Vec<usize> = (0..97).map(|n| (n * 37) % 300 + 1).collect();
    let pages = said_pages(&lengths);
    let mut next = 0;
    for page in &pages {
        assert_eq!(page.start, next, "in order, nothing skipped");
        assert!(!page.is_empty());
        assert!(page.len() <= ANSWERS_PER_SLIDE);
        let characters: usize = lengths[page.clone()].iter().sum();
        assert!(characters <= CHARACTERS_PER_SLIDE || page.len() == 1, "{page:?}: {characters}");
        next = page.end;
    }
    assert_eq!(next, lengths.len());
}
