//! Heatmap: a 0-100 figure for each row (rater group) and column (partner).

use super::frame::{draw_svg, ChartSvg};
use super::legend::wrap;
use super::plot::*;
use super::words::format_score;
use super::words::ChartWords;

const WIDTH: u32 = 760;
/// Line height of the labels.
const LINE: i32 = 14;
const LEFT: i32 = 220;
const ROW: i32 = 34;

/// Shade of a 0-100 value: pale to dark blue (one hue, so it reads in grey too).
pub fn shade(value: f64) -> RGBColor {
    let t = (value / 100.0).clamp(0.0, 1.0);
    let mix = |pale: f64, dark: f64| (pale + (dark - pale) * t).round() as u8;
    RGBColor(mix(239.0, 8.0), mix(243.0, 69.0), mix(255.0, 148.0))
}

/// Draws the grid; every cell carries its number (or says it is hidden), never colour alone.
/// Row and column labels are wrapped whole, never cut: the header and each row grow to hold them.
pub fn heatmap(
    title: &str,
    rows: &[&str],
    columns: &[&str],
    cells: &[Vec<Option<f64>>],
    description: &str,
    words: &ChartWords,
) -> ChartSvg {
    let cell_width = ((WIDTH as i32 - LEFT - 10) / columns.len().max(1) as i32).max(40);
    let column_lines: Vec<Vec<String>> = columns.iter().map(|label| wrap(label, 12, cell_width - 6)).collect();
    let header = LINE * column_lines.iter().map(Vec::len).max().unwrap_or(1) as i32 + 16;
    let row_lines: Vec<Vec<String>> = rows.iter().map(|label| wrap(label, 12, LEFT - 16)).collect();
    let row_heights: Vec<i32> = row_lines.iter().map(|lines| ROW.max(LINE * lines.len() as i32 + 8)).collect();
    let height = (header + row_heights.iter().sum::<i32>() + 10) as u32;
    draw_svg(WIDTH, height, title, description, |root| {
        let text = font;
        for (column, lines) in column_lines.iter().enumerate() {
            let x = LEFT + column as i32 * cell_width + cell_width / 2;
            // Bottom-aligned over the column.
            let first = header - 8 - LINE * lines.len() as i32 + LINE / 2;
            for (line, words) in lines.iter().enumerate() {
                let at = (x, first + line as i32 * LINE);
                root.draw(&Text::new(words.clone(), at, text(12).pos(Pos::new(HPos::Center, VPos::Center))));
            }
        }
        let mut y = header;
        for (row, lines) in row_lines.iter().enumerate() {
            let row_height = row_heights[row];
            let first = y + row_height / 2 - LINE * (lines.len() as i32 - 1) / 2;
            for (line, words) in lines.iter().enumerate() {
                let at = (LEFT - 8, first + line as i32 * LINE);
                root.draw(&Text::new(words.clone(), at, text(12).pos(Pos::new(HPos::Right, VPos::Center))));
            }
            for (column, value) in cells.get(row).map(Vec::as_slice).unwrap_or_default().iter().enumerate() {
                let x = LEFT + column as i32 * cell_width;
                let (fill, caption) = match value {
                    Some(value) => (shade(*value), format_score(*value)),
                    None => (RGBColor(0xee, 0xee, 0xee), words.hidden_cell.clone()),
                };
                let ink = super::palette::ink_on(fill);
                root.draw(&Rectangle::new([(x + 1, y + 1), (x + cell_width - 1, y + row_height - 1)], fill.filled()));
                let style = font(13).color(&ink).pos(Pos::new(HPos::Center, VPos::Center));
                root.draw(&Text::new(caption, (x + cell_width / 2, y + row_height / 2), style));
            }
            y += row_height;
        }
    })
}
