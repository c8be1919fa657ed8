//! What every chart shares: the SVG document, named and described for assistive technology.

use super::svg::Canvas;

/// A drawn chart: SVG markup with `role="img"`, `<title>` and `<desc>`; all text escaped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartSvg {
    /// The SVG document.
    pub svg: String,
}

/// Draws with `draw` on a `width × height` SVG named by `title` and described by `description`
/// (the chart's one-sentence summary). Drawing cannot fail: the charts only write markup.
pub(crate) fn draw_svg(
    width: u32,
    height: u32,
    title: &str,
    description: &str,
    draw: impl FnOnce(&Canvas),
) -> ChartSvg {
    let canvas = Canvas::new(width, height, title, description);
    draw(&canvas);
    ChartSvg { svg: canvas.finish() }
}
