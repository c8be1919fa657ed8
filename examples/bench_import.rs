//! Benchmark of importing a response bundle natively: 100,000 synthetic responses written as a
//! response file, then read (`read_response_file`) and checked against the survey
//! (`merge_responses`), as the dashboard's import does. Run: `cargo run --release --example bench_import`.

#[path = "../tests/support/synthetic.rs"]
mod synthetic;

use partnership_pulse::response::Response;
use partnership_pulse::store::ResponseFile;
use partnership_pulse::survey::builtin_survey;
use partnership_pulse::transfer::{merge_responses, read_response_file};
use std::time::Instant;
use synthetic::{synthetic, Lcg};

fn main() {
    let survey = builtin_survey().expect("built-in survey loads");
    let size = 100_000;
    let mut random = Lcg(42);
    let responses: Vec<Response> = (0..size).map(|index| synthetic(&survey, index, &mut random)).collect();
    let json = ResponseFile::new(responses).to_json();
    let started = Instant::now();
    let _: serde::de::IgnoredAny = serde_json::from_str(&json).unwrap();
    println!("scan only {:.0} ms", started.elapsed().as_secs_f64() * 1000.0);
    let started = Instant::now();
    let _: ResponseFile = serde_json::from_str(&json).unwrap();
    println!("parse only {:.0} ms", started.elapsed().as_secs_f64() * 1000.0);
    let started = Instant::now();
    let incoming = read_response_file(&json).expect("a response file");
    let read = started.elapsed();
    let started = Instant::now();
    let merge = merge_responses(&survey, &[], incoming);
    let checked = started.elapsed();
    assert_eq!(merge.added.len(), size);
    println!(
        "{size} responses ({:.1} MB): read {:.0} ms, check and merge {:.0} ms, total {:.0} ms",
        json.len() as f64 / 1e6,
        read.as_secs_f64() * 1000.0,
        checked.as_secs_f64() * 1000.0,
        (read + checked).as_secs_f64() * 1000.0
    );
}
