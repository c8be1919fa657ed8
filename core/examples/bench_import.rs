//! Benchmark of importing a response bundle natively: 100,000 synthetic responses written as a
//! response file, then read (`read_response_file`) and checked against the survey
//! (`merge_responses`), as the dashboard's import does. Run: `cargo run -p partnership-pulse-core --release --example bench_import`.

#[path = "../tests/support/synthetic.rs"]
mod synthetic;

use pulse_core::response::Response;
use pulse_core::survey::builtin_survey;
use pulse_core::transfer::ResponseFile;
use pulse_core::transfer::{merge_responses, read_response_file};
use std::time::Instant;
use synthetic::{synthetic, Lcg};

fn main() {
    let survey = builtin_survey().expect("built-in survey loads");
    let size = 100_000;
    let mut random = Lcg(42);
    let responses: Vec<Response> = (0..size).map(|index| synthetic(&survey, index, &mut random)).collect();
    let json = ResponseFile::new(responses).to_json().expect("generated responses serialise");
    // Median of five runs: the machines are noisy.
    let (mut reads, mut checks) = (Vec::new(), Vec::new());
    for _ in 0..5 {
        let started = Instant::now();
        let incoming = read_response_file(&json).expect("a response file");
        reads.push(started.elapsed());
        let started = Instant::now();
        let merge = merge_responses(&survey, &[], incoming);
        checks.push(started.elapsed());
        assert_eq!(merge.added.len(), size);
    }
    reads.sort();
    checks.sort();
    let (read, checked) = (reads[2], checks[2]);
    println!(
        "{size} responses ({:.1} MB), median of 5: read {:.0} ms, check and merge {:.0} ms, total {:.0} ms",
        json.len() as f64 / 1e6,
        read.as_secs_f64() * 1000.0,
        checked.as_secs_f64() * 1000.0,
        (read + checked).as_secs_f64() * 1000.0
    );
}
