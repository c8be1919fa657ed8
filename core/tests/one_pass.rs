//! The one-pass floor `bench_aggregate` measures `analyse` against counts every stored answer once.

mod support;

use pulse_core::analytics::{one_pass_tally, ResponseTable};
use pulse_core::response::Response;
use support::{response, survey};

fn tally(responses: &[Response]) -> u64 {
    one_pass_tally(&ResponseTable::from_responses(&survey(), responses).expect("fits"))
}

#[test]
fn every_stored_answer_counts_once() {
    let one = tally(&[response("r-0001", "student", None, &[("T1", 4)])]);
    // The same answers twice: every count doubles, and so does the weighted sum of them.
    let twice = [response("r-0001", "student", None, &[("T1", 4)]), response("r-0002", "student", None, &[("T1", 4)])];
    assert_eq!(tally(&twice), 2 * one);
    // T1 is the first Likert column: 5 instead of 4 moves one count from position 4 to 5 of the
    // group's first seven, so the sum weighted by position + 1 grows by exactly 1.
    assert_eq!(tally(&[response("r-0001", "student", None, &[("T1", 5)])]), one + 1);
}
