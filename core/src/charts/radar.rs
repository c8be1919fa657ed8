//! Radar: the six indicators for each group, one outline per group.

use super::frame::{draw_svg, ChartSvg};
use super::legend::legend_layout_sized;
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

/// The radar's measures: one set for the page (legend under it), one for a slide (larger text,
/// legend beside it so that the chart is wider than tall, like the screen).
struct Look {
    width: i32,
    centre: (i32, i32),
    radius: f64,
    label_px: i32,
    legend_px: i32,
    marker: i32,
    /// Where the legend goes: beside the radar from this x (full height), or under it.
    legend_beside: Option<i32>,
}

const PAGE: Look =
    Look { width: 560, centre: (280, 270), radius: 190.0, label_px: 13, legend_px: 12, marker: 8, legend_beside: None };
const SLIDE: Look = Look {
    width: 1180,
    centre: (390, 262),
    radius: 210.0,
    label_px: 22,
    legend_px: 20,
    marker: 13,
    legend_beside: Some(780),
};

fn point(look: &Look, axis: usize, axes: usize, value: f64) -> (i32, i32) {
    let angle = std::f64::consts::TAU * axis as f64 / axes as f64 - std::f64::consts::FRAC_PI_2;
    let distance = look.radius * value.clamp(0.0, 100.0) / 100.0;
    let (sin, cos) = sin_cos(angle);
    (look.centre.0 + (distance * cos).round() as i32, look.centre.1 + (distance * sin).round() as i32)
}

/// Which way a marker at `corner` steps aside: across its axis, perpendicular to the line from
/// the centre (sideways at the centre itself).
fn across_axis(centre: (i32, i32), corner: (i32, i32)) -> (f64, f64) {
    let (dx, dy) = (corner.0 - centre.0, corner.1 - centre.1);
    let length = f64::from(dx * dx + dy * dy).sqrt();
    if length < 1.0 {
        (1.0, 0.0)
    } else {
        (-f64::from(dy) / length, f64::from(dx) / length)
    }
}

/// Draws the radar; each group's outline carries its number at every corner, matching the legend,
/// so colour is never the only cue.
pub fn radar(title: &str, axes: &[&str], series: &[RadarSeries], description: &str) -> ChartSvg {
    draw_radar(&PAGE, title, axes, series, description)
}

/// The radar for a slide: larger text and markers, the legend beside it.
pub fn radar_slide(title: &str, axes: &[&str], series: &[RadarSeries], description: &str) -> ChartSvg {
    draw_radar(&SLIDE, title, axes, series, description)
}

fn draw_radar(look: &Look, title: &str, axes: &[&str], series: &[RadarSeries], description: &str) -> ChartSvg {
    let names: Vec<&str> = series.iter().map(|group| group.label).collect();
    let radar_bottom = look.centre.1 + (look.radius * 1.12) as i32 + look.label_px + 24;
    let legend = match look.legend_beside {
        Some(left) => legend_layout_sized(&names, look.legend_px, left, look.width - 10, 20),
        None => legend_layout_sized(&names, look.legend_px, 10, look.width - 10, radar_bottom),
    };
    let height = match look.legend_beside {
        Some(_) => radar_bottom.max(20 + legend.height + 10),
        None => radar_bottom + legend.height + 10,
    };
    let marker = look.marker;
    // Markers of different groups on the same spot step aside by a marker's width and a little.
    let spacing = 2 * marker + 1;
    draw_svg(look.width as u32, height as u32, title, description, |root| {
        let grid = RGBColor(0xb0, 0xb6, 0xbc);
        for ring in [25.0, 50.0, 75.0, 100.0] {
            let mut outline: Vec<(i32, i32)> =
                (0..axes.len()).map(|axis| point(look, axis, axes.len(), ring)).collect();
            outline.push(point(look, 0, axes.len(), ring));
            root.draw(&PathElement::new(outline, grid.stroke_width(1)));
        }
        for (axis, label) in axes.iter().enumerate() {
            root.draw(&PathElement::new(vec![look.centre, point(look, axis, axes.len(), 100.0)], grid.stroke_width(1)));
            let (x, y) = point(look, axis, axes.len(), 112.0);
            let anchor = if x < look.centre.0 - 5 {
                HPos::Right
            } else if x > look.centre.0 + 5 {
                HPos::Left
            } else {
                HPos::Center
            };
            root.draw(&Text::new(label.to_string(), (x, y), font(look.label_px).pos(Pos::new(anchor, VPos::Center))));
        }
        // Where numbered markers already are: a group's marker that would cover another's moves
        // aside along the ring, so every group's number stays readable.
        let mut placed: Vec<(i32, i32)> = Vec::new();
        let corners_of = |group: &RadarSeries| -> Vec<(i32, i32)> {
            group
                .values
                .iter()
                .enumerate()
                .filter_map(|(axis, value)| value.map(|v| point(look, axis, axes.len(), v)))
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
                let at = free_spot(corner, &placed, across_axis(look.centre, corner), spacing);
                placed.push(at);
                root.numbered_marker_sized(at, group.number, colour(group), marker);
            }
        }
        legend.draw(root, |root, index, corner| {
            if let Some(group) = series.get(index) {
                root.numbered_marker_sized(legend.marker_centre(corner), group.number, colour(group), marker);
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
