//! A chart in the page: heading, summary, the SVG, action prompts, exports and its data table.

use super::texts::use_dashboard_texts;
use crate::dashboard::{DashboardChart, DataTable};
use crate::i18n::{Arg, DashMsg as M, Texts};
use crate::ui::platform;
use yew::prelude::*;

/// The id (before the host's prefix) of the heading of the chart of `slug`: what "On this page"
/// and the slides lead to.
pub(super) fn chart_heading_id(slug: &str) -> String {
    format!("chart-{slug}")
}

/// The chart's slug of a heading id made by [`chart_heading_id`]; `None` for any other section.
pub(super) fn chart_of_heading(id: &str) -> Option<&str> {
    id.strip_prefix("chart-")
}

/// Properties of [`ChartFigure`].
#[derive(Properties, PartialEq)]
pub struct ChartFigureProps {
    pub chart: DashboardChart,
    /// Heading level: 2 on the dashboard, 1 on a presentation slide.
    #[prop_or(2)]
    pub level: u8,
    /// Show the export buttons and the data table (not on slides).
    #[prop_or(true)]
    pub details: bool,
}

/// A chart's figures as an accessible table, scrollable by keyboard when wider than the screen.
pub(super) fn data_table(table: &DataTable) -> Html {
    html! {
        <div class="pp-table-wrap" tabindex="0" role="region" aria-label={table.caption.clone()}>
            <table class="pp-table">
                <caption>{ table.caption.clone() }</caption>
                <thead><tr>{ for table.columns.iter().map(|c| html! { <th scope="col">{ c.clone() }</th> }) }</tr></thead>
                <tbody>
                    { for table.rows.iter().map(|(heading, cells)| html! {
                        <tr>
                            <th scope="row">{ heading.clone() }</th>
                            { for cells.iter().map(|c| html! { <td>{ c.clone() }</td> }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

/// The chart's action prompts, each with its source in plain words.
fn action_list(chart: &DashboardChart, texts: &Texts<M>) -> Html {
    html! {
        <ul>
            { for chart.actions.iter().map(|action| html! {
                <li>{ texts.get(crate::dashboard::advice_words(action.advice).0) }<span class="pp-source">{ texts.format(M::BasedOn, &[("source", Arg::Text(&texts.get(crate::dashboard::advice_words(action.advice).1)))]) }</span></li>
            }) }
        </ul>
    }
}

/// A drawing wider than its box (on a phone it keeps a size its text can be read at) scrolls
/// sideways in it: the box is then a named region in the Tab order, so the keyboard can scroll it
/// too; otherwise it is neither.
fn mark_scrollable(element: &web_sys::Element, title: &str) {
    let scrolls = element.scroll_width() > element.client_width();
    if scrolls == element.has_attribute("tabindex") {
        return;
    }
    if scrolls {
        let _ = element.set_attribute("tabindex", "0");
        let _ = element.set_attribute("role", "region");
        let _ = element.set_attribute("aria-label", title);
    } else {
        for name in ["tabindex", "role", "aria-label"] {
            let _ = element.remove_attribute(name);
        }
    }
}

/// Marks the box scrollable or not whenever it or its drawing changes size (a new drawing, a
/// phone turned, a zoom), until dropped. A `ResizeObserver` is told after the browser has laid
/// the page out, so reading the sizes costs nothing; read straight after drawing, they made the
/// browser lay the page out once more for every change of filter (6–7 ms at 100,000 responses).
struct ScrollWatch {
    observer: web_sys::ResizeObserver,
    _changed: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

impl ScrollWatch {
    fn new(element: web_sys::Element, title: String) -> Option<ScrollWatch> {
        use wasm_bindgen::JsCast;
        let watched = element.clone();
        let changed = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || mark_scrollable(&watched, &title));
        let observer = web_sys::ResizeObserver::new(changed.as_ref().unchecked_ref()).ok()?;
        observer.observe(&element);
        if let Some(drawing) = element.first_element_child() {
            observer.observe(&drawing);
        }
        Some(ScrollWatch { observer, _changed: changed })
    }
}

impl Drop for ScrollWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// One chart with everything that goes with it.
#[function_component(ChartFigure)]
pub fn chart_figure(props: &ChartFigureProps) -> Html {
    let host = crate::ui::host::use_host();
    let texts = use_dashboard_texts();
    let chart = &props.chart;
    let holder = use_node_ref();
    {
        // The chart backend escapes every text it draws, so survey text inside the SVG stays text.
        let holder = holder.clone();
        // A slide shows the drawing made for a wide screen where there is one.
        let drawing = if props.level == 1 { chart.slide.as_ref().unwrap_or(&chart.svg) } else { &chart.svg };
        // The scrolling box's name, apart from its section's (the chart's title).
        let title = texts.format(M::ChartDrawingScrolls, &[("chart", Arg::Text(&chart.title))]);
        use_effect_with(drawing.svg.clone(), move |svg| {
            let watch = holder.cast::<web_sys::Element>().and_then(|element| {
                element.set_inner_html(svg);
                ScrollWatch::new(element, title)
            });
            move || drop(watch)
        });
    }
    let slug = chart.id.slug();
    let svg = chart.svg.svg.clone();
    let export_svg = {
        let svg = svg.clone();
        Callback::from(move |_: MouseEvent| {
            platform::download(&format!("partnership-pulse-{slug}.svg"), "image/svg+xml", &svg);
        })
    };
    let export_png = {
        let title = chart.title.clone();
        Callback::from(move |_: MouseEvent| {
            platform::download_svg_as_png(&svg, &title, &format!("partnership-pulse-{slug}.png"))
        })
    };
    let heading_id = host.id(&chart_heading_id(slug));
    let heading = match props.level {
        1 => html! { <h1 id={heading_id.clone()} tabindex="-1">{ chart.title.clone() }</h1> },
        _ => html! { <h2 id={heading_id.clone()}>{ chart.title.clone() }</h2> },
    };
    html! {
        <section class="pp-figure" aria-labelledby={heading_id}>
            { heading }
            <p class="pp-summary">{ chart.summary.clone() }</p>
            <div class="pp-chart" ref={holder}></div>
            if !chart.actions.is_empty() {
                if props.level == 1 {
                    // On a slide the prompts wait behind their heading, leaving the screen to
                    // the chart until the facilitator opens them.
                    <details class="pp-prompts">
                        <summary><h2>{ texts.format(M::WhatCouldBeDoneCount, &[("count", chart.actions.len().into())]) }</h2></summary>
                        { action_list(chart, &texts) }
                    </details>
                } else {
                    <div class="pp-prompts">
                        <h3>{ texts.get(M::WhatCouldBeDone) }</h3>
                        { action_list(chart, &texts) }
                    </div>
                }
            }
            if props.details {
                <div class="pp-exports">
                    <button type="button" class="pp-link" onclick={export_svg} aria-label={texts.format(M::DownloadSvgOf, &[("chart", Arg::Text(&chart.title))])}>{ texts.get(M::DownloadSvg) }</button>
                    <button type="button" class="pp-link" onclick={export_png} aria-label={texts.format(M::DownloadPngOf, &[("chart", Arg::Text(&chart.title))])}>{ texts.get(M::DownloadPng) }</button>
                </div>
                { data_table(&chart.table) }
                if !chart.more_tables.is_empty() {
                    <details class="pp-more-figures">
                        <summary>{ texts.get(M::MoreFigures) }</summary>
                        { for chart.more_tables.iter().map(data_table) }
                    </details>
                }
            }
        </section>
    }
}
