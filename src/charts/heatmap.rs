//! Heatmap: a 0-100 figure for each row (rater group) and column (partner).

use super::bars::format_score;
use super::frame::{draw_svg, ChartSvg};
use super::plot::*;

const WIDTH: u32 = 760;
const LEFT: i32 = 220;
const TOP: i32 = 90;
const ROW: i32 = 34;

/// Shade of a 0-100 value: pale to dark blue (one hue, so it reads in grey too).
fn shade(value: f64) -> RGBColor {
    let t = (value / 100.0).clamp(0.0, 1.0);
    let mix = |pale: f64, dark: f64| (pale + (dark - pale) * t).round() as u8;
    RGBColor(mix(239.0, 8.0), mix(243.0, 69.0), mix(255.0, 148.0))
}

/// Draws the grid; every cell carries its number (or "hidden", see [`super::HIDDEN`]), never colour alone.
pub fn heatmap(
    title: &str,
    rows: &[&str],
    columns: &[&str],
    cells: &[Vec<Option<f64>>],
    description: &str,
) -> ChartSvg {
    let cell_width = ((WIDTH as i32 - LEFT - 10) / columns.len().max(1) as i32).max(40);
    let height = (TOP + ROW * rows.len() as i32 + 10) as u32;
    draw_svg(WIDTH, height, title, description, |root| {
        let text = font;
        for (column, label) in columns.iter().enumerate() {
            let x = LEFT + column as i32 * cell_width + cell_width / 2;
            for (line, words) in wrap(label, 16).iter().enumerate() {
                let y = TOP - 60 + line as i32 * 14;
                root.draw(&Text::new(words.clone(), (x, y), text(12).pos(Pos::new(HPos::Center, VPos::Center))));
            }
        }
        for (row, label) in rows.iter().enumerate() {
            let y = TOP + row as i32 * ROW;
            let short: String = label.chars().take(32).collect();
            root.draw(&Text::new(short, (LEFT - 8, y + ROW / 2), text(12).pos(Pos::new(HPos::Right, VPos::Center))));
            for (column, value) in cells.get(row).map(Vec::as_slice).unwrap_or_default().iter().enumerate() {
                let x = LEFT + column as i32 * cell_width;
                let (fill, caption, ink) = match value {
                    Some(value) => (shade(*value), format_score(*value), if *value > 55.0 { WHITE } else { BLACK }),
                    None => (RGBColor(0xee, 0xee, 0xee), "hidden".to_owned(), BLACK),
                };
                root.draw(&Rectangle::new([(x + 1, y + 1), (x + cell_width - 1, y + ROW - 1)], fill.filled()));
                let style = font(13).color(&ink).pos(Pos::new(HPos::Center, VPos::Center));
                root.draw(&Text::new(caption, (x + cell_width / 2, y + ROW / 2), style));
            }
        }
    })
}

/// Splits a label into lines of about `width` characters at spaces (at most three lines).
fn wrap(label: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in label.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines.truncate(3);
    lines
}
