//! plotters' drawing backend for the charts: SVG markup into a `String`, as plotters' own SVG backend
//! writes it, with every number written as an integer. plotters-svg writes a colour's opacity and
//! a font's size with `f64`'s `Display`, the only float formatting the dashboard would link
//! (about 11 KB of wasm); the charts only use opaque colours and whole-pixel fonts.

use plotters::prelude::DrawingBackend;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind, FontStyle, FontTransform,
};
use std::convert::Infallible;
use std::fmt::Write as _;

/// Writing into a `String` cannot fail.
type Drawn = Result<(), DrawingErrorKind<Infallible>>;

/// The drawing of an SVG document of `width × height` pixels, written into `out` after the
/// `<svg>` its caller opened (`plot::draw_svg`, with the chart's name and description).
pub struct SvgBackend<'a> {
    out: &'a mut String,
    size: (u32, u32),
    closed: bool,
}

impl<'a> SvgBackend<'a> {
    /// Draws into `out`, where an `<svg>` is open (closed by `present`).
    pub fn after_opening(out: &'a mut String, size: (u32, u32)) -> Self {
        SvgBackend { out, size, closed: false }
    }

    fn open(&mut self, tag: &str) {
        self.out.push('<');
        self.out.push_str(tag);
    }

    fn attr(&mut self, name: &str, value: &str) {
        self.out.push(' ');
        self.out.push_str(name);
        self.out.push_str("=\"");
        push_escaped(self.out, value);
        self.out.push('"');
    }

    fn number(&mut self, name: &str, value: i64) {
        let _ = write!(self.out, " {name}=\"{value}\"");
    }

    fn colour(&mut self, name: &str, colour: BackendColor) {
        let (r, g, b) = colour.rgb;
        let _ = write!(self.out, " {name}=\"#{r:02X}{g:02X}{b:02X}\"");
    }

    fn opacity(&mut self, colour: BackendColor) {
        self.out.push_str(" opacity=\"");
        push_fraction(self.out, colour.alpha);
        self.out.push('"');
    }

    /// `fill` and `stroke`: the colour fills the shape, or only outlines it.
    fn paint(&mut self, colour: BackendColor, fill: bool) {
        if fill {
            self.colour("fill", colour);
            self.attr("stroke", "none");
        } else {
            self.attr("fill", "none");
            self.colour("stroke", colour);
        }
    }

    fn points(&mut self, path: impl IntoIterator<Item = BackendCoord>) {
        self.out.push_str(" points=\"");
        for (x, y) in path {
            let _ = write!(self.out, "{x},{y} ");
        }
        self.out.push('"');
    }

    fn close(&mut self) {
        self.out.push_str("/>\n");
    }
}

/// Text for an attribute or an element: markup characters as entities, so text stays text.
pub(super) fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            other => out.push(other),
        }
    }
}

/// A fraction between 0 and 1 in thousandths, as `Display` writes it for such a value (`1`,
/// `0.5`, `0.125`), without float formatting.
fn push_fraction(out: &mut String, fraction: f64) {
    let thousandths = (fraction.clamp(0.0, 1.0) * 1000.0).round() as u32;
    if thousandths == 1000 {
        out.push('1');
        return;
    }
    if thousandths == 0 {
        out.push('0');
        return;
    }
    let mut digits =
        [b'0' + (thousandths / 100) as u8, b'0' + (thousandths / 10 % 10) as u8, b'0' + (thousandths % 10) as u8];
    let mut length = 3;
    while digits[length - 1] == b'0' {
        length -= 1;
    }
    out.push_str("0.");
    for digit in &mut digits[..length] {
        out.push(char::from(*digit));
    }
}

impl DrawingBackend for SvgBackend<'_> {
    type ErrorType = Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        if !self.closed {
            self.out.push_str("</svg>\n");
            self.closed = true;
        }
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, colour: BackendColor) -> Drawn {
        if colour.alpha == 0.0 {
            return Ok(());
        }
        self.open("rect");
        self.number("x", point.0.into());
        self.number("y", point.1.into());
        self.out.push_str(" width=\"1\" height=\"1\" stroke=\"none\"");
        self.opacity(colour);
        self.colour("fill", colour);
        self.close();
        Ok(())
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Drawn {
        let colour = style.color();
        if colour.alpha == 0.0 {
            return Ok(());
        }
        self.open("line");
        self.opacity(colour);
        self.colour("stroke", colour);
        self.number("stroke-width", style.stroke_width().into());
        self.number("x1", from.0.into());
        self.number("y1", from.1.into());
        self.number("x2", to.0.into());
        self.number("y2", to.1.into());
        self.close();
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        let colour = style.color();
        if colour.alpha == 0.0 {
            return Ok(());
        }
        self.open("rect");
        self.number("x", upper_left.0.into());
        self.number("y", upper_left.1.into());
        self.number("width", i64::from(bottom_right.0) - i64::from(upper_left.0));
        self.number("height", i64::from(bottom_right.1) - i64::from(upper_left.1));
        self.opacity(colour);
        self.paint(colour, fill);
        self.close();
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Drawn {
        let colour = style.color();
        if colour.alpha == 0.0 {
            return Ok(());
        }
        self.open("polyline");
        self.attr("fill", "none");
        self.opacity(colour);
        self.colour("stroke", colour);
        self.number("stroke-width", style.stroke_width().into());
        self.points(path);
        self.close();
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Drawn {
        let colour = style.color();
        if colour.alpha == 0.0 {
            return Ok(());
        }
        self.open("polygon");
        self.opacity(colour);
        self.colour("fill", colour);
        self.points(path);
        self.close();
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(&mut self, centre: BackendCoord, radius: u32, style: &S, fill: bool) -> Drawn {
        let colour = style.color();
        if colour.alpha == 0.0 {
            return Ok(());
        }
        self.open("circle");
        self.number("cx", centre.0.into());
        self.number("cy", centre.1.into());
        self.number("r", radius.into());
        self.opacity(colour);
        self.paint(colour, fill);
        self.number("stroke-width", style.stroke_width().into());
        self.close();
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, style: &S, (x, y): BackendCoord) -> Drawn {
        let colour = style.color();
        if colour.alpha == 0.0 {
            return Ok(());
        }
        let anchor = style.anchor();
        self.open("text");
        self.number("x", x.into());
        self.number("y", y.into());
        self.attr(
            "dy",
            match anchor.v_pos {
                VPos::Top => "0.76em",
                VPos::Center => "0.5ex",
                VPos::Bottom => "-0.5ex",
            },
        );
        self.attr(
            "text-anchor",
            match anchor.h_pos {
                HPos::Left => "start",
                HPos::Right => "end",
                HPos::Center => "middle",
            },
        );
        self.attr("font-family", style.family().as_str());
        // The charts' fonts are whole pixels (`plot::font`).
        self.number("font-size", style.size().round() as i64);
        self.opacity(colour);
        self.colour("fill", colour);
        match style.style() {
            FontStyle::Normal => {}
            FontStyle::Bold => self.attr("font-weight", "bold"),
            other => self.attr("font-style", other.as_str()),
        }
        let turn = match style.transform() {
            FontTransform::Rotate90 => 90,
            FontTransform::Rotate180 => 180,
            FontTransform::Rotate270 => 270,
            FontTransform::None => 0,
        };
        if turn != 0 {
            let _ = write!(self.out, " transform=\"rotate({turn}, {x}, {y})\"");
        }
        self.out.push_str(">\n");
        push_escaped(self.out, text);
        self.out.push_str("\n</text>\n");
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::push_fraction;

    #[test]
    fn a_fraction_is_written_as_display_writes_it() {
        for (fraction, written) in
            [(1.0, "1"), (0.0, "0"), (0.5, "0.5"), (0.125, "0.125"), (0.25, "0.25"), (0.07, "0.07")]
        {
            let mut out = String::new();
            push_fraction(&mut out, fraction);
            assert_eq!(out, written);
            assert_eq!(out, format!("{fraction}"));
        }
    }
}
