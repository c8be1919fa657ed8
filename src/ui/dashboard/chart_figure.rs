//! A chart in the page: its SVG, a one-sentence summary, and a data table for screen readers.

use crate::charts::ChartSvg;
use yew::prelude::*;

/// Properties of [`ChartFigure`].
#[derive(Properties, PartialEq)]
pub struct ChartFigureProps {
    /// Heading of the chart.
    pub title: AttrValue,
    /// The drawn chart, or why it could not be drawn.
    pub chart: Result<ChartSvg, AttrValue>,
    /// One plain-language sentence saying what the chart shows.
    pub summary: AttrValue,
    /// The figures as a table.
    pub table: Html,
}

/// A figure: heading, summary, the SVG, and the table of its figures.
#[function_component(ChartFigure)]
pub fn chart_figure(props: &ChartFigureProps) -> Html {
    let holder = use_node_ref();
    {
        // The SVG is plotters' output, whose text plotters escapes, so survey text stays text.
        let holder = holder.clone();
        let svg = props.chart.as_ref().map(|chart| chart.svg.clone()).unwrap_or_default();
        use_effect_with(svg, move |svg| {
            if let Some(element) = holder.cast::<web_sys::Element>() {
                element.set_inner_html(svg);
            }
        });
    }
    html! {
        <figure class="pp-figure">
            <figcaption>
                <h2>{ props.title.clone() }</h2>
                <p class="pp-summary">{ props.summary.clone() }</p>
            </figcaption>
            if let Err(reason) = &props.chart {
                <p class="pp-notice">{ reason.clone() }</p>
            }
            <div class="pp-chart" ref={holder}></div>
            <details class="pp-data">
                <summary>{ "Figures as a table" }</summary>
                { props.table.clone() }
            </details>
        </figure>
    }
}
