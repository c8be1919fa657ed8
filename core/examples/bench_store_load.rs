//! Benchmark (run on demand): the dashboard's start from the memory store natively, 100,000
//! responses stored loose (one record each, as before packs) and packed, and where the time goes
//! (unpacking; then, as the start does, reading each JSON as a view into the table; and, as an
//! import does, parsing each into a `Response` and adding that).
//! `cargo run -p partnership-pulse-core --release --example bench_store_load`

use pollster::block_on;
use pulse_core::services::DeviceResponses;
use pulse_core::store::{add_packed, add_responses, response_record, MemoryStore};
use pulse_core::survey::builtin_survey;
use std::time::Instant;

#[path = "../tests/support/synthetic.rs"]
mod synthetic;
use synthetic::{synthetic, Lcg};

fn main() {
    let survey = builtin_survey().expect("built-in survey loads");
    let mut random = Lcg(7);
    let responses: Vec<_> = (0..100_000).map(|index| synthetic(&survey, index, &mut random)).collect();
    let loose = MemoryStore::default();
    block_on(add_responses(&loose, &responses)).unwrap();
    let packed = MemoryStore::default();
    let records = responses.iter().map(|r| response_record(r).unwrap()).collect();
    block_on(add_packed(&packed, &survey.id, records, Vec::new())).unwrap();
    for (name, store) in [("packed", &packed), ("loose, then packed", &loose), ("packed again", &loose)] {
        let started = Instant::now();
        let device = block_on(DeviceResponses::load(store, &survey));
        println!("{name}: {} responses in {:?}", device.table.as_ref().map_or(0, |t| t.len()), started.elapsed());
        pieces(store, &survey);
    }
}

/// Times the start's three steps on their own.
fn pieces(store: &MemoryStore, survey: &pulse_core::survey::SurveyDefinition) {
    let started = Instant::now();
    let mut records = Vec::new();
    block_on(pulse_core::store::response_records_in_batches(store, &survey.id, &mut |batch| records.extend(batch)))
        .unwrap();
    println!("  unpacked {} records in {:?}", records.len(), started.elapsed());
    let started = Instant::now();
    let mut table = pulse_core::analytics::ResponseTable::new(survey).unwrap();
    for record in &records {
        if let Some(view) = pulse_core::response::ResponseView::from_json(&record.value) {
            let _ = table.push_view(survey, &view);
        }
    }
    println!("  read as views into a table of {} in {:?}", table.len(), started.elapsed());
    let started = Instant::now();
    let parsed: Vec<_> = records.iter().filter_map(|r| pulse_core::store::response_of(r, &survey.id)).collect();
    println!("  parsed {} in {:?}", parsed.len(), started.elapsed());
    let started = Instant::now();
    let mut table = pulse_core::analytics::ResponseTable::new(survey).unwrap();
    for r in &parsed {
        let _ = table.push(survey, r);
    }
    println!("  table of {} in {:?}", table.len(), started.elapsed());
}
