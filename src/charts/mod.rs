//! Charts: pure functions from analytics results to accessible SVG strings, written directly (the
//! README, "Why not plotters", says why they are not drawn with plotters yet).
//! No Yew here; the dashboard puts the SVG in the page beside a summary and a data table.

mod bars;
mod diverging;
mod frame;
mod heatmap;
mod palette;
mod radar;
mod svg;
mod trend;

pub use bars::{format_score, grouped_bars, Bar, BarRow, GroupedBars};
pub use diverging::{diverging_bars, ItemAnswers, POINT_COLOURS};
pub use frame::ChartSvg;
pub use heatmap::heatmap;
pub use palette::{band_colour, series_colour, OKABE_ITO};
pub use radar::{radar, RadarSeries};
pub use svg::escape;
pub use trend::{trend, TrendLine};
