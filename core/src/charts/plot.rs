//! Drawing with plotters: the SVG backend (`svg_backend`) writes each chart into a `String`
//! (text escaped by the backend), and the charts draw rectangles, polylines, circles and anchored text at coordinates
//! they compute — plotters' drawing area and elements, without its chart builder, whose axes and
//! automatic labels would need text measured in the browser.

use super::frame::ChartSvg;
use super::svg_backend::{push_escaped, SvgBackend};
use plotters::coord::Shift;
use plotters::element::{Drawable, PointCollection};
use plotters::prelude::DrawingArea;
pub use plotters::prelude::{Circle, Color, IntoFont, PathElement, RGBColor, Rectangle, Text, TextStyle, BLACK, WHITE};
pub use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::fmt::Write as _;

/// The page's sans-serif at `px` pixels, in black, vertically centred on its point.
pub fn font(px: i32) -> TextStyle<'static> {
    ("sans-serif", f64::from(px)).into_font().color(&BLACK).pos(Pos::new(HPos::Left, VPos::Center))
}

/// The drawing surface: elements are drawn in order, later ones on top.
pub struct Canvas<'a> {
    area: DrawingArea<SvgBackend<'a>, Shift>,
}

impl<'a> Canvas<'a> {
    /// Draws one element. Writing SVG into a string cannot fail, so there is nothing to report.
    pub fn draw<'e, E>(&self, element: &'e E)
    where
        &'e E: PointCollection<'e, (i32, i32)>,
        E: Drawable<SvgBackend<'a>>,
    {
        let _ = self.area.draw(element);
    }

    /// A filled circle with `number` in white on it: the mark that ties a point to its legend
    /// entry without relying on colour.
    pub fn numbered_marker(&self, centre: (i32, i32), number: usize, fill: RGBColor) {
        self.numbered_marker_sized(centre, number, fill, 8);
    }

    /// A numbered marker of `radius` pixels (8 on the page, larger on a slide), its number in
    /// proportion.
    pub fn numbered_marker_sized(&self, centre: (i32, i32), number: usize, fill: RGBColor, radius: i32) {
        self.draw(&Circle::new(centre, radius, fill.filled()));
        let ink = super::palette::ink_on(fill);
        let style = font(radius * 11 / 8).color(&ink).pos(Pos::new(HPos::Center, VPos::Center));
        self.draw(&Text::new(number.to_string(), centre, style));
    }
}

/// Distance between the centres of two page-sized numbered markers (radius 8) that just clear.
pub const MARKER_SPACING: i32 = 17;

/// The spot nearest `wanted` for a numbered marker that covers none of `placed`: `wanted` itself,
/// else one `spacing` (the markers' diameter and a little) after another to either side along
/// `aside` (a unit vector), so that markers of series with the same value stay readable.
pub fn free_spot(wanted: (i32, i32), placed: &[(i32, i32)], aside: (f64, f64), spacing: i32) -> (i32, i32) {
    let clear = |(x, y): (i32, i32)| placed.iter().all(|&(px, py)| (px - x).pow(2) + (py - y).pow(2) >= spacing.pow(2));
    (0..16)
        .map(|step: i32| {
            // 0, +1, -1, +2, -2, … spacings aside.
            let distance = f64::from(spacing * ((step + 1) / 2) * if step % 2 == 1 { 1 } else { -1 });
            (wanted.0 + (aside.0 * distance).round() as i32, wanted.1 + (aside.1 * distance).round() as i32)
        })
        .find(|&spot| clear(spot))
        .unwrap_or(wanted)
}

/// Escapes text for SVG markup (what the board report writes around its charts).
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    push_escaped(&mut escaped, text);
    escaped
}

/// A white `width × height` SVG named by `title` and described by `description` (the chart's
/// one-sentence summary: `role="img"`, `<title>` and `<desc>` first, scaling to its container's
/// width), drawn on by `draw`.
pub(crate) fn draw_svg(
    width: u32,
    height: u32,
    title: &str,
    description: &str,
    draw: impl for<'a> FnOnce(&Canvas<'a>),
) -> ChartSvg {
    let mut svg = String::with_capacity(16 * 1024);
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\" preserveAspectRatio=\"xMinYMin meet\"><title>"
    );
    push_escaped(&mut svg, title);
    svg.push_str("</title><desc>");
    push_escaped(&mut svg, description);
    svg.push_str("</desc>");
    let area =
        plotters::prelude::IntoDrawingArea::into_drawing_area(SvgBackend::after_opening(&mut svg, (width, height)));
    let _ = area.fill(&WHITE);
    let canvas = Canvas { area };
    draw(&canvas);
    let _ = canvas.area.present();
    drop(canvas);
    ChartSvg { svg }
}

/// Sine and cosine by Taylor series after reducing to [-π, π]: accurate to far below a pixel,
/// and much smaller in wasm than the libm routines `f64::sin_cos` pulls in.
pub fn sin_cos(angle: f64) -> (f64, f64) {
    use std::f64::consts::{PI, TAU};
    let mut x = angle % TAU;
    if x > PI {
        x -= TAU;
    } else if x < -PI {
        x += TAU;
    }
    let (mut sin, mut cos) = (0.0, 0.0);
    let (mut sin_term, mut cos_term) = (x, 1.0);
    for n in 0..12 {
        sin += sin_term;
        cos += cos_term;
        let k = f64::from(2 * n + 2);
        sin_term *= -x * x / (k * (k + 1.0));
        cos_term *= -x * x / ((k - 1.0) * k);
    }
    (sin, cos)
}
