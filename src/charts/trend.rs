//! Change across waves: one line per indicator.

use super::bars::format_score;
use super::frame::{draw_svg, ChartSvg};
use super::palette::series_colour;
use super::svg::*;

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

/// Draws the lines; each point is numbered with its indicator's legend number.
pub fn trend(waves: &[&str], lines: &[TrendLine], description: &str) -> ChartSvg {
    let x_of = |wave: usize| {
        if waves.len() <= 1 {
            (LEFT + RIGHT) / 2
        } else {
            LEFT + (RIGHT - LEFT) * wave as i32 / (waves.len() as i32 - 1)
        }
    };
    let y_of = |value: f64| BOTTOM - ((BOTTOM - TOP) as f64 * value.clamp(0.0, 100.0) / 100.0).round() as i32;
    let height = (BOTTOM + 50) as u32;
    draw_svg(WIDTH, height, "Change across waves", description, |root| {
        let text = |size: i32| ("sans-serif", size).into_font().color(&BLACK);
        for tick in [0.0, 25.0, 50.0, 75.0, 100.0] {
            let y = y_of(tick);
            root.draw(&PathElement::new(vec![(LEFT, y), (RIGHT, y)], RGBColor(0xd0, 0xd4, 0xd8).stroke_width(1)));
            root.draw(&Text::new(format_score(tick), (LEFT - 8, y), text(12).pos(Pos::new(HPos::Right, VPos::Center))));
        }
        for (index, wave) in waves.iter().enumerate() {
            let style = text(12).pos(Pos::new(HPos::Center, VPos::Center));
            root.draw(&Text::new(wave.to_string(), (x_of(index), BOTTOM + 18), style));
        }
        for (index, line) in lines.iter().enumerate() {
            let colour = series_colour(index);
            let points: Vec<(i32, i32)> = line
                .values
                .iter()
                .enumerate()
                .filter_map(|(wave, value)| value.map(|v| (x_of(wave), y_of(v))))
                .collect();
            if points.len() > 1 {
                root.draw(&PathElement::new(points.clone(), colour.stroke_width(3)));
            }
            for corner in &points {
                root.numbered_marker(*corner, index + 1, colour);
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
