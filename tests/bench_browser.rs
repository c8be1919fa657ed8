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

/// Seals `size` synthetic responses in batches (as respondents' devices would, one each), then
/// times opening them all as the dashboard does.
async fn open_sealed(size: usize) {
    use partnership_pulse::seal::{open_envelopes, seal_response, SealCrypto, WRAP_ITERATIONS};
    use partnership_pulse::web_crypto::WebCrypto;
    let survey = builtin_survey().unwrap();
    let crypto = WebCrypto::default();
    let (wrapped, key) = crypto.new_key("a benchmark's passphrase", WRAP_ITERATIONS).await.unwrap();
    let mut random = Lcg(7);
    let responses: Vec<Response> = (0..size).map(|index| synthetic(&survey, index, &mut random)).collect();
    let started = js_sys::Date::now();
    let mut sealed = Vec::with_capacity(size);
    for batch in responses.chunks(256) {
        let made = futures::future::join_all(batch.iter().map(|r| seal_response(&crypto, &wrapped.public_key, r))).await;
        sealed.extend(made.into_iter().map(Result::unwrap));
    }
    let seal_ms = js_sys::Date::now() - started;
    let started = js_sys::Date::now();
    let (opened, unopened) = open_envelopes(&crypto, &key, sealed).await;
    let open_ms = js_sys::Date::now() - started;
    assert_eq!((opened.len(), unopened.len()), (size, 0));
    assert_eq!(opened, responses);
    console_log!("{size} sealed responses in headless Chromium: sealed in {seal_ms:.0} ms, opened in {open_ms:.0} ms");
}

#[wasm_bindgen_test]
#[ignore = "a benchmark: run with bench/dashboard-browser.sh"]
async fn sealed_responses_opened() {
    open_sealed(10_000).await;
    open_sealed(100_000).await;
}
