//! Change across waves: one line per indicator, in greys (an indicator is a measure, and a hue
//! always means a group); each point carries its indicator's number, which tells the lines apart.

use super::frame::{draw_svg, ChartSvg};
use super::palette::MEASURE_GREYS;
use super::plot::*;
use super::words::format_score;
use super::words::ChartWords;

/// An indicator's overall mean in each wave (`None` where suppressed).
pub struct TrendLine<'a> {
    pub label: &'a str,
    pub values: Vec<Option<f64>>,
}

const WIDTH: u32 = 760;
const LEFT: i32 = 60;
const RIGHT: i32 = 600;
const TOP: i32 = 20;
const BOTTOM: i32 = 320;
const WAVE_INSET: i32 = 60;

/// The grey of indicator `index`'s line and markers.
fn measure_grey(index: usize) -> RGBColor {
    MEASURE_GREYS[index % MEASURE_GREYS.len()]
}

/// Draws the lines; each point is numbered with its indicator's legend number.
pub fn trend(title: &str, waves: &[&str], lines: &[TrendLine], description: &str, words: &ChartWords) -> ChartSvg {
    // One wave has no change to draw: markers for every indicator stacked on one spot would say
    // nothing, so the chart says why it is empty.
    if waves.len() < 2 {
        return draw_svg(WIDTH, 120, title, description, |root| {
            let style = font(16).pos(Pos::new(HPos::Center, VPos::Center));
            root.draw(&Text::new(words.one_wave.as_str(), (WIDTH as i32 / 2, 48), style));
            let style = font(14).pos(Pos::new(HPos::Center, VPos::Center));
            root.draw(&Text::new(words.second_wave.as_str(), (WIDTH as i32 / 2, 76), style));
        });
    }
    let x_of = |wave: usize| {
        if waves.len() <= 1 {
            (LEFT + RIGHT) / 2
        } else {
            // Inset from the axes, so that markers standing aside (up to three either way) keep
            // clear of the tick labels and the legend.
            let (first, last) = (LEFT + WAVE_INSET, RIGHT - WAVE_INSET);
            first + (last - first) * wave as i32 / (waves.len() as i32 - 1)
        }
    };
    let y_of = |value: f64| BOTTOM - ((BOTTOM - TOP) as f64 * value.clamp(0.0, 100.0) / 100.0).round() as i32;
    let height = (BOTTOM + 50) as u32;
    draw_svg(WIDTH, height, title, description, |root| {
        let text = font;
        for tick in [0.0, 25.0, 50.0, 75.0, 100.0] {
            let y = y_of(tick);
            root.draw(&PathElement::new(vec![(LEFT, y), (RIGHT, y)], RGBColor(0xd0, 0xd4, 0xd8).stroke_width(1)));
            root.draw(&Text::new(format_score(tick), (LEFT - 8, y), text(12).pos(Pos::new(HPos::Right, VPos::Center))));
        }
        for (index, wave) in waves.iter().enumerate() {
            let style = text(12).pos(Pos::new(HPos::Center, VPos::Center));
            root.draw(&Text::new(wave.to_string(), (x_of(index), BOTTOM + 18), style));
        }
        let points_of = |line: &TrendLine| -> Vec<(i32, i32)> {
            line.values.iter().enumerate().filter_map(|(wave, value)| value.map(|v| (x_of(wave), y_of(v)))).collect()
        };
        // Every line first, then every marker, so that no line covers another indicator's number.
        for (index, line) in lines.iter().enumerate() {
            let points = points_of(line);
            if points.len() > 1 {
                root.draw(&PathElement::new(points, measure_grey(index).stroke_width(3)));
            }
        }
        let mut placed: Vec<(i32, i32)> = Vec::new();
        for (index, line) in lines.iter().enumerate() {
            let colour = measure_grey(index);
            for corner in points_of(line) {
                // Indicators with the same figure in a wave share a point: their markers stand
                // side by side.
                let at = free_spot(corner, &placed, (1.0, 0.0), MARKER_SPACING);
                placed.push(at);
                root.numbered_marker(at, index + 1, colour);
            }
            let y = TOP + index as i32 * 24;
            root.numbered_marker((RIGHT + 30, y + 7), index + 1, colour);
            root.draw(&Text::new(
                line.label.to_string(),
                (RIGHT + 44, y + 7),
                text(12).pos(Pos::new(HPos::Left, VPos::Center)),
            ));
        }
    })
}
