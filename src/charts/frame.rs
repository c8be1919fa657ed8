//! What every chart shares: the SVG with a title and description, and drawing errors.

use plotters::prelude::*;
use std::fmt;

/// A drawn chart: SVG markup whose text is escaped by plotters, with `<title>` and `<desc>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartSvg {
    /// The SVG document.
    pub svg: String,
}

/// A chart could not be drawn.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChartError {
    /// The drawing backend failed (for example, no way to measure text).
    Drawing(String),
}

impl fmt::Display for ChartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ChartError::Drawing(reason) => write!(f, "The chart could not be drawn: {reason}"),
        }
    }
}

impl<E: std::error::Error + Send + Sync> From<DrawingAreaErrorKind<E>> for ChartError {
    fn from(error: DrawingAreaErrorKind<E>) -> Self {
        ChartError::Drawing(error.to_string())
    }
}

/// Escapes text for SVG markup.
pub(crate) fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '&' => escaped.push_str("&amp;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            _ => escaped.push(c),
        }
    }
    escaped
}

/// Draws with `draw` on a `width × height` SVG, then names it for assistive technology:
/// `role="img"`, a `<title>` and a `<desc>` (the chart's one-sentence summary).
pub(crate) fn draw_svg(
    width: u32,
    height: u32,
    title: &str,
    description: &str,
    draw: impl FnOnce(&DrawingArea<SVGBackend, plotters::coord::Shift>) -> Result<(), ChartError>,
) -> Result<ChartSvg, ChartError> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        root.fill(&WHITE)?;
        draw(&root)?;
        root.present()?;
    }
    let opening_end = svg.find('>').map_or(0, |at| at + 1);
    let named = format!("<title>{}</title><desc>{}</desc>", escape(title), escape(description));
    svg.insert_str(opening_end, &named);
    // Scale with its container instead of overflowing a phone's width.
    svg = svg.replacen("<svg ", "<svg role=\"img\" preserveAspectRatio=\"xMinYMin meet\" ", 1);
    Ok(ChartSvg { svg })
}
