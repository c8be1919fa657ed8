//! What every chart shares: the SVG document, named and described for assistive technology.

pub(crate) use super::plot::Canvas;

/// A drawn chart: SVG markup with `role="img"`, `<title>` and `<desc>`; all text escaped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartSvg {
    /// The SVG document.
    pub svg: String,
}

/// Draws with `draw` (plotters, on an SVG backend) on a `width × height` SVG named by `title` and
/// described by `description` (the chart's one-sentence summary).
pub(crate) fn draw_svg(
    width: u32,
    height: u32,
    title: &str,
    description: &str,
    draw: impl for<'a> FnOnce(&Canvas<'a>),
) -> ChartSvg {
    ChartSvg { svg: super::plot::draw_svg(width, height, title, description, draw) }
}
