//! What every chart shares: the SVG with a title and description, and drawing errors.

use super::svg::Canvas;
use std::fmt;

/// A drawn chart: SVG markup with `role="img"`, `<title>` and `<desc>`; all text escaped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartSvg {
    /// The SVG document.
    pub svg: String,
}

/// A chart could not be drawn.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChartError {
    /// Nothing to draw the chart from.
    NoData(String),
}

impl fmt::Display for ChartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ChartError::NoData(reason) => write!(f, "The chart could not be drawn: {reason}"),
        }
    }
}

/// Draws with `draw` on a `width × height` SVG named by `title` and described by `description`
/// (the chart's one-sentence summary), for assistive technology.
pub(crate) fn draw_svg(
    width: u32,
    height: u32,
    title: &str,
    description: &str,
    draw: impl FnOnce(&Canvas) -> Result<(), ChartError>,
) -> Result<ChartSvg, ChartError> {
    let canvas = Canvas::new(width, height, title, description);
    draw(&canvas)?;
    Ok(ChartSvg { svg: canvas.finish() })
}
