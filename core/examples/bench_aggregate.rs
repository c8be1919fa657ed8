//! Benchmark (run on demand, never by the test command):
//! `cargo run -p partnership-pulse-core --release --example bench_aggregate [sizes...]`
//!
//! Generates synthetic responses to the built-in instrument, loads them into the response table
//! (validating each, as an import does) and times `analyse`, which computes everything the
//! dashboard shows: small-number protection of all responses, then the view. The dashboard makes
//! the protection once per change of the data and each further view (a filter, a slide) from it,
//! so that is timed too. Beside them, in the same run, the floor: one loop that reads every stored
//! answer once and counts it per group, partner and wave (`one_pass_tally`); issue 32's goal is
//! `analyse` within three times of it. Prints medians of several runs and the process's peak memory.

use pulse_core::analytics::{analyse, analyse_view, one_pass_tally, Filter, ProtectedTable, ResponseTable};
use pulse_core::response::Response;
use pulse_core::survey::builtin_survey;
use std::time::{Duration, Instant};

#[path = "../tests/support/synthetic.rs"]
mod synthetic;
use synthetic::{synthetic, Lcg};

fn peak_memory_mib() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| status.lines().find(|line| line.starts_with("VmHWM:")).map(str::to_owned))
        .and_then(|line| line.split_whitespace().nth(1).and_then(|kib| kib.parse::<u64>().ok()))
        .map_or_else(|| "n/a".to_owned(), |kib| format!("{:.0} MiB", kib as f64 / 1024.0))
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let survey = builtin_survey().expect("built-in survey loads");
    let sizes: Vec<usize> = std::env::args().skip(1).filter_map(|arg| arg.parse().ok()).collect();
    let sizes = if sizes.is_empty() { vec![10_000, 100_000, 1_000_000] } else { sizes };
    println!(
        "{:>10} {:>14} {:>16} {:>14} {:>14} {:>14} {:>9} {:>12}",
        "responses", "load (table)", "analyse median", "per 100k", "a view median", "one pass", "ratio", "peak memory"
    );
    for size in sizes {
        let mut random = Lcg(42);
        let mut table = ResponseTable::new(&survey).expect("table");
        // Generated in chunks so a million responses never sit in memory at once; only the
        // validating push into the table is timed.
        let mut load = Duration::ZERO;
        for chunk_start in (0..size).step_by(10_000) {
            let chunk: Vec<Response> = (chunk_start..size.min(chunk_start + 10_000))
                .map(|index| synthetic(&survey, index, &mut random))
                .collect();
            let started = Instant::now();
            for response in &chunk {
                table.push(&survey, response).expect("synthetic response fits");
            }
            load += started.elapsed();
        }
        let runs = std::env::var("BENCH_RUNS")
            .ok()
            .and_then(|runs| runs.parse().ok())
            .unwrap_or(if size >= 1_000_000 { 3 } else { 7 });
        let mut times = Vec::new();
        for _ in 0..runs {
            let started = Instant::now();
            let report = analyse(&table, &Filter::default(), survey.small_group_threshold);
            times.push(started.elapsed());
            std::hint::black_box(report);
        }
        let analyse_time = median(times);
        let protected = ProtectedTable::new(&table, survey.small_group_threshold);
        let mut views = Vec::new();
        for _ in 0..runs {
            let started = Instant::now();
            std::hint::black_box(analyse_view(&protected, &Filter::default()));
            views.push(started.elapsed());
        }
        let view_time = median(views);
        let mut floors = Vec::new();
        for _ in 0..runs {
            let started = Instant::now();
            std::hint::black_box(one_pass_tally(std::hint::black_box(&table)));
            floors.push(started.elapsed());
        }
        let floor_time = median(floors);
        let per_100k = analyse_time.as_secs_f64() * 1000.0 * 100_000.0 / size as f64;
        println!(
            "{:>10} {:>11.1} ms {:>13.1} ms {:>11.1} ms {:>11.1} ms {:>11.1} ms {:>8.1}× {:>12}",
            size,
            load.as_secs_f64() * 1000.0,
            analyse_time.as_secs_f64() * 1000.0,
            per_100k,
            view_time.as_secs_f64() * 1000.0,
            floor_time.as_secs_f64() * 1000.0,
            analyse_time.as_secs_f64() / floor_time.as_secs_f64(),
            peak_memory_mib()
        );
    }
}
