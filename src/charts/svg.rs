//! A small SVG writer with the drawing vocabulary the charts use (rectangles, polylines, circles
//! and anchored text), shaped like the plotters API the charts were first written against.
//!
//! Why not plotters itself: measured on the dashboard bundle, plotters' drawing areas, backends
//! and DOM text measurement cost about 22 KB gzip, which took the dashboard over the 200 KB
//! budget; the charts only ever draw these four primitives at coordinates they compute.

use std::cell::RefCell;
use std::fmt::Write;

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RGBColor(pub u8, pub u8, pub u8);

pub const BLACK: RGBColor = RGBColor(0, 0, 0);
pub const WHITE: RGBColor = RGBColor(255, 255, 255);

/// How a shape is painted: filled, or stroked at a width.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ShapeStyle {
    colour: RGBColor,
    filled: bool,
    width: u32,
}

impl RGBColor {
    /// Paint the inside with this colour.
    pub fn filled(self) -> ShapeStyle {
        ShapeStyle { colour: self, filled: true, width: 0 }
    }

    /// Draw lines of `width` pixels in this colour.
    pub fn stroke_width(self, width: u32) -> ShapeStyle {
        ShapeStyle { colour: self, filled: false, width }
    }
}

/// Horizontal anchor of text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HPos {
    Left,
    Center,
    Right,
}

/// Vertical anchor of text (the charts always centre it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VPos {
    Center,
}

/// Where text hangs from its point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pos(HPos);

impl Pos {
    pub fn new(horizontal: HPos, _vertical: VPos) -> Pos {
        Pos(horizontal)
    }
}

/// Font size, colour and anchor of text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextStyle {
    size: i32,
    colour: RGBColor,
    anchor: HPos,
}

impl TextStyle {
    pub fn color(self, colour: &RGBColor) -> TextStyle {
        TextStyle { colour: *colour, ..self }
    }

    pub fn pos(self, pos: Pos) -> TextStyle {
        TextStyle { anchor: pos.0, ..self }
    }
}

/// `("sans-serif", 12).into_font()`: every chart uses the page's sans-serif at some size.
pub trait IntoFont {
    fn into_font(self) -> TextStyle;
}

impl IntoFont for (&str, i32) {
    fn into_font(self) -> TextStyle {
        TextStyle { size: self.1, colour: BLACK, anchor: HPos::Left }
    }
}

/// Something that can be drawn.
pub trait Element {
    fn write_to(&self, out: &mut String);
}

fn colour(out: &mut String, colour: RGBColor) {
    let _ = write!(out, "#{:02x}{:02x}{:02x}", colour.0, colour.1, colour.2);
}

/// Escapes text for SVG markup: survey text is always shown as text.
pub fn escape(text: &str) -> String {
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

/// A filled rectangle between two corners.
pub struct Rectangle([(i32, i32); 2], ShapeStyle);

impl Rectangle {
    pub fn new(corners: [(i32, i32); 2], style: ShapeStyle) -> Rectangle {
        Rectangle(corners, style)
    }
}

impl Element for Rectangle {
    fn write_to(&self, out: &mut String) {
        let [(x0, y0), (x1, y1)] = self.0;
        let (x, y, w, h) = (x0.min(x1), y0.min(y1), (x1 - x0).abs(), (y1 - y0).abs());
        let _ = write!(out, "<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" fill=\"");
        colour(out, self.1.colour);
        out.push_str("\"/>");
    }
}

/// A polyline through points.
pub struct PathElement(Vec<(i32, i32)>, ShapeStyle);

impl PathElement {
    pub fn new(points: Vec<(i32, i32)>, style: ShapeStyle) -> PathElement {
        PathElement(points, style)
    }
}

impl Element for PathElement {
    fn write_to(&self, out: &mut String) {
        out.push_str("<polyline fill=\"none\" stroke=\"");
        colour(out, self.1.colour);
        let _ = write!(out, "\" stroke-width=\"{}\" points=\"", self.1.width.max(1));
        for (index, (x, y)) in self.0.iter().enumerate() {
            let _ = write!(out, "{}{x},{y}", if index == 0 { "" } else { " " });
        }
        out.push_str("\"/>");
    }
}

/// A filled circle.
pub struct Circle((i32, i32), i32, ShapeStyle);

impl Circle {
    pub fn new(centre: (i32, i32), radius: i32, style: ShapeStyle) -> Circle {
        Circle(centre, radius, style)
    }
}

impl Element for Circle {
    fn write_to(&self, out: &mut String) {
        let ((x, y), r) = (self.0, self.1);
        let _ = write!(out, "<circle cx=\"{x}\" cy=\"{y}\" r=\"{r}\" fill=\"");
        colour(out, self.2.colour);
        out.push_str("\"/>");
    }
}

/// Text anchored at a point, vertically centred on it.
pub struct Text(String, (i32, i32), TextStyle);

impl Text {
    pub fn new(text: impl Into<String>, at: (i32, i32), style: TextStyle) -> Text {
        Text(text.into(), at, style)
    }
}

impl Element for Text {
    fn write_to(&self, out: &mut String) {
        let ((x, y), style) = (self.1, self.2);
        let anchor = match style.anchor {
            HPos::Left => "start",
            HPos::Center => "middle",
            HPos::Right => "end",
        };
        let _ = write!(
            out,
            "<text x=\"{x}\" y=\"{y}\" font-family=\"sans-serif\" font-size=\"{}\" text-anchor=\"{anchor}\" dominant-baseline=\"central\" fill=\"",
            style.size
        );
        colour(out, style.colour);
        out.push_str("\">");
        out.push_str(&escape(&self.0));
        out.push_str("</text>");
    }
}

/// The drawing surface: elements are appended in order, later ones on top.
pub struct Canvas {
    out: RefCell<String>,
}

impl Canvas {
    /// Draws one element.
    pub fn draw(&self, element: &impl Element) {
        element.write_to(&mut self.out.borrow_mut());
    }

    /// A filled circle with `number` in white on it: the mark that ties a point to its legend
    /// entry without relying on colour.
    pub fn numbered_marker(&self, centre: (i32, i32), number: usize, fill: RGBColor) {
        self.draw(&Circle::new(centre, 8, fill.filled()));
        let style = ("sans-serif", 11).into_font().color(&WHITE).pos(Pos::new(HPos::Center, VPos::Center));
        self.draw(&Text::new(number.to_string(), centre, style));
    }

    /// A white canvas of `width × height`, with `<title>` and `<desc>` first.
    pub(crate) fn new(width: u32, height: u32, title: &str, description: &str) -> Canvas {
        let mut out = String::with_capacity(8 * 1024);
        let _ = write!(
            out,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" preserveAspectRatio=\"xMinYMin meet\"><title>{}</title><desc>{}</desc><rect width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>",
            escape(title),
            escape(description)
        );
        Canvas { out: RefCell::new(out) }
    }

    /// The finished SVG document.
    pub(crate) fn finish(self) -> String {
        let mut out = self.out.into_inner();
        out.push_str("</svg>");
        out
    }
}
