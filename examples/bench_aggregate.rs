//! Benchmark (run on demand, never by the test command):
//! `cargo run --release --example bench_aggregate [sizes...]`
//!
//! Generates synthetic responses to the built-in instrument, loads them into the response table
//! (validating each, as an import does) and times `analyse`, which computes everything the
//! dashboard shows. Prints the median of several runs and the process's peak memory.

use partnership_pulse::analytics::{analyse, Filter, ResponseTable};
use partnership_pulse::response::{Answer, Response};
use partnership_pulse::survey::{builtin_survey, ItemKind, SurveyDefinition};
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

/// A small deterministic generator, so every run sees the same data.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, bound: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % bound
    }
}

/// A plausible response: groups lean differently, about 8% of answers skipped, 5% don't know.
fn synthetic(survey: &SurveyDefinition, index: usize, random: &mut Lcg) -> Response {
    let group = random.below(survey.groups.len() as u64) as usize;
    let mut answers = BTreeMap::new();
    for item in survey.items() {
        match &item.kind {
            ItemKind::Likert => {
                let roll = random.below(100);
                if roll < 8 {
                    continue;
                }
                let value = if roll < 13 { 0 } else { (1 + random.below(4) + (group as u64 % 2)).min(5) as u8 };
                answers.insert(item.id.clone(), Answer::Scale(value));
            }
            ItemKind::MultiChoice(_) => {
                let named = (0..survey.groups.len()).filter(|_| random.below(6) == 0);
                answers.insert(item.id.clone(), Answer::Choices(named.map(|g| survey.groups[g].id.clone()).collect()));
            }
            ItemKind::PartnerMatrix { questions } => {
                let rows = survey
                    .partners
                    .iter()
                    .map(|partner| {
                        let ratings = questions.iter().map(|q| (q.id.clone(), random.below(6) as u8)).collect();
                        (partner.id.clone(), ratings)
                    })
                    .collect();
                answers.insert(item.id.clone(), Answer::Matrix(rows));
            }
            _ => {}
        }
    }
    let wave = random.below(3) as usize;
    Response {
        id: format!("r{index:08}"),
        survey_id: survey.id.clone(),
        survey_version: survey.version,
        wave: ["2025 autumn", "2026 spring", "2026 autumn"][wave].to_owned(),
        group: survey.groups[group].id.clone(),
        partner: (random.below(5) > 0)
            .then(|| survey.partners[random.below(survey.partners.len() as u64) as usize].id.clone()),
        submitted: ["2025-10-01", "2026-03-01", "2026-10-01"][wave].to_owned(),
        answers,
    }
}

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
        "{:>10} {:>14} {:>16} {:>14} {:>12}",
        "responses", "load (table)", "analyse median", "per 100k", "peak memory"
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
        let per_100k = analyse_time.as_secs_f64() * 1000.0 * 100_000.0 / size as f64;
        println!(
            "{:>10} {:>11.1} ms {:>13.1} ms {:>11.1} ms {:>12}",
            size,
            load.as_secs_f64() * 1000.0,
            analyse_time.as_secs_f64() * 1000.0,
            per_100k,
            peak_memory_mib()
        );
    }
}
