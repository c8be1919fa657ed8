//! The facilitator's dashboard: a bundle of its own, so that respondents' phones never download
//! the analysis and charts. Natively, it prints the headline figures of a response file.

#[cfg(target_arch = "wasm32")]
fn main() {
    use partnership_pulse::embed::Mode;
    partnership_pulse::ui::host::mount_page::<partnership_pulse::ui::dashboard::DashboardApp>(|options| {
        if !options.mode.is_dashboard() {
            options.mode = Mode::Dashboard;
        }
    });
}

/// Mounts a dashboard instance in a host page's element, configured by its `data-*` attributes
/// (called by `embed.js`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount(element: web_sys::Element) {
    partnership_pulse::ui::host::mount_instance::<partnership_pulse::ui::dashboard::DashboardApp>(element);
}

/// `dashboard <responses.json>`: the overall mean and band of each indicator of the built-in
/// survey, with the small-number rule applied, from a response file.
#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use partnership_pulse::analytics::{analyse, Figure, Filter, ResponseTable};
    use partnership_pulse::survey::builtin_survey;
    use partnership_pulse::transfer::ResponseFile;
    use std::process::ExitCode;
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("Usage: dashboard <responses.json> (a Partnership Pulse response file)");
        return ExitCode::FAILURE;
    };
    let outcome = (|| -> Result<(), String> {
        let survey = builtin_survey().map_err(|errors| errors[0].to_string())?;
        let text = std::fs::read_to_string(&path).map_err(|error| error.to_string())?;
        let file: ResponseFile = serde_json::from_str(&text).map_err(|error| error.to_string())?;
        let table = ResponseTable::from_responses(&survey, &file.responses).map_err(|error| error.to_string())?;
        let report = analyse(&table, &Filter::default(), survey.small_group_threshold);
        for (indicator, figures) in survey.indicators.iter().zip(&report.indicators) {
            match figures.overall {
                Figure::Shown(summary) => {
                    println!("{:<12} n={:<6} mean={:>5.1} {:?}", indicator.id, summary.n, summary.mean, summary.band)
                }
                Figure::Suppressed => println!("{:<12} fewer than {} responses", indicator.id, report.shown_from),
            }
        }
        Ok(())
    })();
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(reason) => {
            eprintln!("{path}: {reason}");
            ExitCode::FAILURE
        }
    }
}
