//! Radar: the six indicators for each group, one outline per group.

use super::frame::{draw_svg, ChartSvg};
use super::legend::legend_layout;
use super::palette::series_colour;
use super::plot::*;

/// A group's outline: its label and one mean per axis (`None` where suppressed).
pub struct RadarSeries<'a> {
    pub label: &'a str,
    /// The number (from 1) its markers and legend entry carry, which also picks its colour: a
    /// group's number in the survey, the same in every chart.
    pub number: usize,
    pub values: Vec<Option<f64>>,
}

const SIZE: u32 = 560;
const CENTRE: (i32, i32) = (280, 270);
const RADIUS: f64 = 190.0;

fn point(axis: usize, axes: usize, value: f64) -> (i32, i32) {
    let angle = std::f64::consts::TAU * axis as f64 / axes as f64 - std::f64::consts::FRAC_PI_2;
    let distance = RADIUS * value.clamp(0.0, 100.0) / 100.0;
    let (sin, cos) = sin_cos(angle);
    (CENTRE.0 + (distance * cos).round() as i32, CENTRE.1 + (distance * sin).round() as i32)
}

/// Which way a marker at `corner` steps aside: across its axis, perpendicular to the line from
/// the centre (sideways at the centre itself).
fn across_axis(corner: (i32, i32)) -> (f64, f64) {
    let (dx, dy) = (corner.0 - CENTRE.0, corner.1 - CENTRE.1);
    let length = f64::from(dx * dx + dy * dy).sqrt();
    if length < 1.0 {
        (1.0, 0.0)
    } else {
        (-f64::from(dy) / length, f64::from(dx) / length)
    }
}

/// Draws the radar; each group's outline carries its number at every corner, matching the legend,
/// so colour is never the only cue.
pub fn radar(axes: &[&str], series: &[RadarSeries], description: &str) -> ChartSvg {
    let legend_top = SIZE as i32 - 10;
    let names: Vec<&str> = series.iter().map(|group| group.label).collect();
    let legend = legend_layout(&names, 10, SIZE as i32 - 10, legend_top);
    let height = (legend_top + legend.height + 10) as u32;
    draw_svg(SIZE, height, "Indicators by group (radar)", description, |root| {
        let text = font;
        let grid = RGBColor(0xb0, 0xb6, 0xbc);
        for ring in [25.0, 50.0, 75.0, 100.0] {
            let mut outline: Vec<(i32, i32)> = (0..axes.len()).map(|axis| point(axis, axes.len(), ring)).collect();
            outline.push(point(0, axes.len(), ring));
            root.draw(&PathElement::new(outline, grid.stroke_width(1)));
        }
        for (axis, label) in axes.iter().enumerate() {
            root.draw(&PathElement::new(vec![CENTRE, point(axis, axes.len(), 100.0)], grid.stroke_width(1)));
            let (x, y) = point(axis, axes.len(), 112.0);
            let anchor = if x < CENTRE.0 - 5 {
                HPos::Right
            } else if x > CENTRE.0 + 5 {
                HPos::Left
            } else {
                HPos::Center
            };
            root.draw(&Text::new(label.to_string(), (x, y), text(13).pos(Pos::new(anchor, VPos::Center))));
        }
        // Where numbered markers already are: a group's marker that would cover another's moves
        // aside along the ring, so every group's number stays readable.
        let mut placed: Vec<(i32, i32)> = Vec::new();
        let corners_of = |group: &RadarSeries| -> Vec<(i32, i32)> {
            group
                .values
                .iter()
                .enumerate()
                .filter_map(|(axis, value)| value.map(|v| point(axis, axes.len(), v)))
                .collect()
        };
        // Every outline first, then every marker, so that no outline covers another group's number.
        let colour = |group: &RadarSeries| series_colour(group.number.saturating_sub(1));
        for group in series {
            let corners = corners_of(group);
            if corners.len() == axes.len() {
                let mut outline = corners.clone();
                outline.push(corners[0]);
                root.draw(&PathElement::new(outline, colour(group).stroke_width(3)));
            }
        }
        for group in series {
            for corner in corners_of(group) {
                let at = free_spot(corner, &placed, across_axis(corner));
                placed.push(at);
                root.numbered_marker(at, group.number, colour(group));
            }
        }
        legend.draw(root, |root, index, (x, y)| {
            if let Some(group) = series.get(index) {
                root.numbered_marker((x + 7, y + 7), group.number, colour(group));
            }
        });
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn sin_cos_matches_the_standard_library() {
        for step in -40..=40 {
            let angle = f64::from(step) * 0.17;
            let (sin, cos) = super::sin_cos(angle);
            assert!((sin - angle.sin()).abs() < 1e-9 && (cos - angle.cos()).abs() < 1e-9, "{angle}");
        }
    }
}
