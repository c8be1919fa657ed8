//! What every chart shares: the SVG document, named and described for assistive technology.

pub(crate) use super::plot::draw_svg;

/// A drawn chart: SVG markup with `role="img"`, `<title>` and `<desc>`; all text escaped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartSvg {
    /// The SVG document.
    pub svg: String,
}
