//! Legends laid out before drawing: entries flow left to right and wrap to a new line when the next
//! would not fit, and a label wider than the chart wraps at its spaces. Text widths are estimated
//! (the charts are drawn natively too, without a browser to measure), generously enough for the
//! widest common sans-serif faces, so that no label runs into another or off the chart.

use super::plot::*;

/// Legend text size on the page; everything else in a legend is in proportion to its text size.
const PX: i32 = 12;

/// Estimated width of `text` at `px` pixels: per character, by how wide such characters are in
/// DejaVu Sans (wider than Arial or Helvetica, so the estimate errs on the roomy side).
pub fn text_width(text: &str, px: i32) -> i32 {
    let ems: f64 = text
        .chars()
        .map(|c| match c {
            'i' | 'j' | 'l' | 'I' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' | '(' | ')' => 0.34,
            ' ' => 0.32,
            'f' | 't' | 'r' => 0.42,
            'm' | 'w' | 'M' | 'W' | '–' | '—' => 0.92,
            c if c.is_ascii_uppercase() => 0.74,
            c if c.is_ascii_digit() => 0.64,
            _ => 0.62,
        })
        .sum();
    (ems * f64::from(px)).ceil() as i32
}

/// `text` broken at spaces into lines no wider than `width` at `px` (a single word wider than
/// that keeps a line of its own).
pub fn wrap(text: &str, px: i32, width: i32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split(' ').filter(|word| !word.is_empty()) {
        match lines.last_mut() {
            Some(line) if text_width(&format!("{line} {word}"), px) <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// Where each entry of a legend goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegendLayout {
    /// Each entry's top-left corner and its label's lines.
    pub entries: Vec<((i32, i32), Vec<String>)>,
    /// The height the legend takes from its top.
    pub height: i32,
    /// Text size; a swatch is a square of `px + 2`, so a marker's centre is `px / 2 + 1` in.
    pub px: i32,
}

/// Lays out `labels` from `top`, between `left` and `right`, in the page's legend text size.
pub fn legend_layout(labels: &[&str], left: i32, right: i32, top: i32) -> LegendLayout {
    legend_layout_sized(labels, PX, left, right, top)
}

/// Lays out `labels` in `px` text (line heights, swatches and gaps in proportion to it).
pub fn legend_layout_sized(labels: &[&str], px: i32, left: i32, right: i32, top: i32) -> LegendLayout {
    let (line, wrapped_line, swatch, gap) = (px * 22 / 12, px * 16 / 12, px * 20 / 12, px * 2);
    let (mut x, mut y, mut line_height) = (left, top, 0);
    let mut entries = Vec::with_capacity(labels.len());
    for label in labels {
        let lines = wrap(label, px, right - left - swatch);
        let width = swatch + lines.iter().map(|line| text_width(line, px)).max().unwrap_or(0);
        if x > left && x + width > right {
            x = left;
            y += line_height;
            line_height = 0;
        }
        line_height = line_height.max(line + wrapped_line * (lines.len() as i32 - 1));
        entries.push(((x, y), lines));
        x += width + gap;
    }
    LegendLayout { entries, height: if labels.is_empty() { 0 } else { y + line_height - top }, px }
}

impl LegendLayout {
    /// Draws each entry: its swatch by `swatch` (given the entry's index and top-left corner, a
    /// square of `px + 2` there), then its label.
    pub fn draw(&self, root: &Canvas, swatch: impl Fn(&Canvas, usize, (i32, i32))) {
        let (swatch_room, wrapped_line) = (self.px * 20 / 12, self.px * 16 / 12);
        for (index, ((x, y), lines)) in self.entries.iter().enumerate() {
            swatch(root, index, (*x, *y));
            for (line_index, line) in lines.iter().enumerate() {
                let at = (x + swatch_room, y + self.px / 2 + 1 + wrapped_line * line_index as i32);
                root.draw(&Text::new(line.clone(), at, font(self.px)));
            }
        }
    }

    /// The centre of entry `(x, y)`'s swatch, where a numbered marker goes.
    pub fn marker_centre(&self, (x, y): (i32, i32)) -> (i32, i32) {
        (x + self.px / 2 + 1, y + self.px / 2 + 1)
    }
}
