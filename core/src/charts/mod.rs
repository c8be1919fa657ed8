//! Charts: pure functions from analytics results to accessible SVG strings, drawn with plotters
//! into SVG (docs/figures.md, "How charts are drawn").
//! No Yew here; the dashboard puts the SVG in the page beside a summary and a data table.

mod bar_panels;
mod bars;
mod diverging;
mod frame;
mod heatmap;
mod legend;
mod network;
mod palette;
mod plot;
mod radar;
mod svg_backend;
mod trend;
mod words;

pub use bar_panels::bar_panels;
pub use bars::{grouped_bars, Bar, BarRow, GroupedBars, Series};
pub use diverging::{diverging_bars, ItemAnswers, POINT_COLOURS};
pub use frame::ChartSvg;
pub use heatmap::{heatmap, shade as heatmap_shade};
pub use legend::{legend_layout, legend_layout_sized, text_width, wrap, LegendLayout};
pub use network::{network, network_slide, NetworkLink, NetworkNode};
pub use palette::{band_colour, contrast, ink_on, series_colour, INK_DARK, INK_LIGHT, MEASURE_GREYS, OKABE_ITO};
pub use plot::escape;

/// What a withheld figure says, wherever it would be (a table cell, a bar, a chart's key): one
/// wording, true whether the figure is about fewer than k people or would give such a figure away.
pub const HIDDEN: &str = "hidden to protect a small group";
pub use radar::{radar, radar_slide, RadarSeries};
pub use trend::{trend, TrendLine};
pub use words::{format_score, ChartWords};
