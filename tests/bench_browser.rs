//! Benchmark in headless Chromium (run on demand by `bench/dashboard-browser.sh`, never by the
//! test command): generate synthetic responses, load them into the table, analyse, and draw every
//! dashboard chart, printing the median time of each step.
#![cfg(target_arch = "wasm32")]

#[path = "../core/tests/support/synthetic.rs"]
mod synthetic;

use partnership_pulse::analytics::{analyse, analyse_view, Filter, ProtectedTable, ResponseTable};
use partnership_pulse::dashboard::{dashboard_charts, DashboardView};
use partnership_pulse::response::Response;
use partnership_pulse::survey::builtin_survey;
use partnership_pulse::transfer::ResponseFile;
use partnership_pulse::transfer::{merge_responses, read_response_file};
use synthetic::{synthetic, Lcg};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn median(mut times: Vec<f64>) -> f64 {
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

#[wasm_bindgen_test]
#[ignore = "a benchmark: run with bench/dashboard-browser.sh"]
fn dashboard_for_100k_responses() {
    let survey = builtin_survey().unwrap();
    let size = 100_000;
    let mut random = Lcg(42);
    let responses: Vec<Response> = (0..size).map(|index| synthetic(&survey, index, &mut random)).collect();
    let json = ResponseFile::new(responses).to_json().unwrap();
    // Importing a bundle as the dashboard does: read the file, then check every response against
    // the survey and the (here: no) stored ones.
    let started = js_sys::Date::now();
    let parsed = read_response_file(&json).unwrap();
    let parse_ms = js_sys::Date::now() - started;
    let started = js_sys::Date::now();
    let merge = merge_responses(&survey, &[], parsed);
    let check_ms = js_sys::Date::now() - started;
    assert_eq!(merge.added.len(), size);
    let parsed = merge.added;
    let started = js_sys::Date::now();
    let table = ResponseTable::from_responses(&survey, &parsed).unwrap();
    let load_ms = js_sys::Date::now() - started;
    let waves: Vec<String> = table.waves().iter().map(|w| w.label.clone()).collect();
    let (mut analyse_times, mut chart_times) = (Vec::new(), Vec::new());
    for _ in 0..7 {
        let started = js_sys::Date::now();
        let report = analyse(&table, &Filter::default(), 3);
        analyse_times.push(js_sys::Date::now() - started);
        let started = js_sys::Date::now();
        let charts = dashboard_charts(
            &survey,
            &report,
            &waves,
            &DashboardView::default(),
            "en",
            &partnership_pulse::i18n::Texts::english(),
        );
        chart_times.push(js_sys::Date::now() - started);
        assert_eq!(charts.len(), 9, "eight charts and the trust map");
    }
    let (analyse_ms, charts_ms) = (median(analyse_times), median(chart_times));
    // The dashboard protects the responses once per change of the data, then analyses each view.
    let protected = ProtectedTable::new(&table, 3);
    let mut view_times = Vec::new();
    for _ in 0..7 {
        let started = js_sys::Date::now();
        std::hint::black_box(analyse_view(&protected, &Filter::default()));
        view_times.push(js_sys::Date::now() - started);
    }
    let view_ms = median(view_times);
    web_sys::console::log_1(
        &format!(
            "{size} responses in headless Chromium: import from a bundle: read {parse_ms:.0} ms ({:.1} MB) + check {check_ms:.0} ms = {:.0} ms; \
             load into table {load_ms:.0} ms, \
             analyse (median of 7, with protection) {analyse_ms:.0} ms, a further view {view_ms:.0} ms, draw all 9 charts with summaries and tables {charts_ms:.1} ms, \
             analyse + charts {:.0} ms",
            json.len() as f64 / 1e6,
            parse_ms + check_ms,
            analyse_ms + charts_ms
        )
        .into(),
    );
}

/// Seals `size` synthetic responses (as respondents' devices would, each its own) and times
/// opening them as the dashboard's sync does, a page of 5,000 at a time, the browser's event loop
/// let run between pages; done in rounds of 10,000 so the page never holds all of them twice.
/// Returns the milliseconds sealing and opening took.
async fn open_sealed(size: usize) -> (f64, f64) {
    use partnership_pulse::seal::{open_envelopes, seal_response, SealCrypto, WRAP_ITERATIONS};
    use partnership_pulse::web_crypto::WebCrypto;
    let survey = builtin_survey().unwrap();
    let crypto = WebCrypto::default();
    let (wrapped, key) = crypto.new_key("a benchmark's passphrase", WRAP_ITERATIONS).await.unwrap();
    let mut random = Lcg(7);
    let (mut seal_ms, mut open_ms) = (0.0, 0.0);
    for round in 0..size.div_ceil(10_000) {
        let count = (size - round * 10_000).min(10_000);
        let responses: Vec<Response> =
            (0..count).map(|index| synthetic(&survey, round * 10_000 + index, &mut random)).collect();
        let started = js_sys::Date::now();
        let mut sealed = Vec::with_capacity(count);
        for batch in responses.chunks(256) {
            let made =
                futures::future::join_all(batch.iter().map(|r| seal_response(&crypto, &wrapped.public_key, r))).await;
            sealed.extend(made.into_iter().map(Result::unwrap));
            partnership_pulse::ui::couch::sleep(0).await;
        }
        seal_ms += js_sys::Date::now() - started;
        let started = js_sys::Date::now();
        let mut opened = Vec::with_capacity(count);
        for page in sealed.chunks(5000) {
            let (some, none) = open_envelopes(&crypto, &key, page.to_vec()).await;
            assert!(none.is_empty());
            opened.extend(some);
            partnership_pulse::ui::couch::sleep(0).await;
        }
        open_ms += js_sys::Date::now() - started;
        assert_eq!(opened, responses);
    }
    (seal_ms, open_ms)
}

#[wasm_bindgen_test]
#[ignore = "a benchmark: run with bench/dashboard-browser.sh"]
async fn sealed_responses_opened() {
    for size in [10_000, 100_000] {
        let (seal_ms, open_ms) = open_sealed(size).await;
        console_log!(
            "{size} sealed responses in headless Chromium: sealed in {seal_ms:.0} ms, opened in {open_ms:.0} ms"
        );
    }
}
