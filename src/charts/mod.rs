//! Charts: pure functions from analytics results to accessible SVG, drawn with plotters.
//! No Yew here; the dashboard puts the SVG in the page beside a summary and a data table.

mod frame;
mod overview;
mod palette;

pub use frame::{ChartError, ChartSvg};
pub use overview::{format_score, indicator_overview, OverviewInput};
pub use palette::{band_colour, series_colour, OKABE_ITO};
