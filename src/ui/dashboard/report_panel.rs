//! "A report for the partnership board": the facilitator ticks the charts it holds and saves one
//! self-contained web page (`dashboard::board_report`), made by the page from the view shown.

use super::texts::use_dashboard_texts;
use crate::dashboard::{ChartId, DashboardChart};
use crate::i18n::{Arg, DashMsg as M};
use crate::ui::host::use_host;
use std::rc::Rc;
use yew::prelude::*;

/// The report's file name.
pub const REPORT_FILE: &str = "partnership-pulse-report.html";

/// Properties of [`ReportPanel`].
#[derive(Properties, PartialEq)]
pub struct ReportPanelProps {
    /// The view's charts, each offered ticked.
    pub charts: Rc<Vec<DashboardChart>>,
    /// Makes and saves the report with the charts ticked.
    pub on_make: Callback<Vec<ChartId>>,
}

/// The charts to tick and the button that saves the report.
#[function_component(ReportPanel)]
pub fn report_panel(props: &ReportPanelProps) -> Html {
    let host = use_host();
    let texts = use_dashboard_texts();
    // Charts the facilitator unticked (so a chart that appears later, say the waves', is in).
    let left_out = use_state(Vec::<ChartId>::new);
    let made = use_state(|| false);
    let make = {
        let (charts, left_out, on_make, made) =
            (props.charts.clone(), left_out.clone(), props.on_make.clone(), made.clone());
        Callback::from(move |_: MouseEvent| {
            let ticked = charts.iter().map(|chart| chart.id).filter(|id| !left_out.contains(id)).collect();
            on_make.emit(ticked);
            made.set(true);
        })
    };
    html! {
        <section class="pp-board-report" aria-labelledby={host.id("board-report-title")}>
            <h2 id={host.id("board-report-title")}>{ texts.get(M::BoardReport) }</h2>
            <p class="pp-hint">{ texts.get(M::BoardReportHint) }</p>
            <fieldset class="pp-fieldset">
                <legend>{ texts.get(M::ReportChartsLegend) }</legend>
                { for props.charts.iter().map(|chart| {
                    let id = chart.id;
                    let box_id = host.id(&format!("report-{}", id.slug()));
                    let toggle = {
                        let left_out = left_out.clone();
                        Callback::from(move |_: Event| {
                            let mut next = (*left_out).clone();
                            match next.iter().position(|held| *held == id) {
                                Some(at) => { next.remove(at); }
                                None => next.push(id),
                            }
                            left_out.set(next);
                        })
                    };
                    html! {
                        <div class="pp-option pp-compact">
                            <input type="checkbox" id={box_id.clone()} checked={!left_out.contains(&id)} onchange={toggle} />
                            <label for={box_id}>{ chart.title.clone() }</label>
                        </div>
                    }
                }) }
            </fieldset>
            <button type="button" class="pp-button" onclick={make}>{ texts.get(M::MakeReport) }</button>
            <p role="status">
                if *made {
                    { texts.format(M::ReportMade, &[("file", Arg::Text(REPORT_FILE))]) }
                }
            </p>
        </section>
    }
}
