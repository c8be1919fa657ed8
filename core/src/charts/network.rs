//! Network on a circle: organisations as numbered nodes, and an arrow from one to another for how
//! far members of the first trust the second. An arrow's width and its number carry the mean;
//! a withheld link (too few raters) is dashed and numberless. The arrows of a pair bend to either
//! side, so A → B and B → A never lie on top of each other.

use super::frame::{draw_svg, ChartSvg};
use super::legend::{text_width, wrap};
use super::plot::*;
use super::words::format_score;
use super::words::ChartWords;
use crate::analytics::Band;

/// A directed link: positions of its two nodes, and its mean (0-100) or `None` when withheld.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NetworkLink {
    pub from: usize,
    pub to: usize,
    pub value: Option<f64>,
}

/// A node: its name and a line under it (the trust it receives, say).
#[derive(Clone, Debug, PartialEq)]
pub struct NetworkNode<'a> {
    pub label: &'a str,
    pub note: String,
}

/// The network's measures: one set for the page, one for a slide (larger text, the key beside the
/// circle so that the chart is wider than tall, like the screen).
struct Look {
    /// Width of the circle and its names (the key beside it adds `key_beside`).
    width: i32,
    radius: f64,
    node: i32,
    /// Room outside the circle for names: up to three lines and the note.
    name_width: i32,
    line: i32,
    label_px: i32,
    number_px: i32,
    key_beside: Option<i32>,
}

const PAGE: Look = Look {
    width: 760,
    radius: 185.0,
    node: 15,
    name_width: 150,
    line: 15,
    label_px: 12,
    number_px: 13,
    key_beside: None,
};
const SLIDE: Look = Look {
    width: 960,
    radius: 190.0,
    node: 19,
    name_width: 230,
    line: 25,
    label_px: 20,
    number_px: 19,
    key_beside: Some(300),
};

/// Ink of an arrow by the band of its mean (the number on it says the same).
fn ink(value: f64) -> RGBColor {
    match Band::of(value) {
        Band::Strength => RGBColor(0x00, 0x72, 0xB2),
        Band::Borderline => RGBColor(0x55, 0x55, 0x55),
        Band::Concern => RGBColor(0xD5, 0x5E, 0x00),
    }
}

/// A box of text: centre, half width and half height.
type TextBox = ((i32, i32), i32, i32);

fn overlaps(a: &TextBox, b: &TextBox) -> bool {
    (a.0 .0 - b.0 .0).abs() < a.1 + b.1 && (a.0 .1 - b.0 .1).abs() < a.2 + b.2
}

/// Point `t` along the quadratic curve from `start` through control `bend` to `end`.
fn along(start: (f64, f64), bend: (f64, f64), end: (f64, f64), t: f64) -> (f64, f64) {
    let u = 1.0 - t;
    (u * u * start.0 + 2.0 * u * t * bend.0 + t * t * end.0, u * u * start.1 + 2.0 * u * t * bend.1 + t * t * end.1)
}

fn rounded((x, y): (f64, f64)) -> (i32, i32) {
    (x.round() as i32, y.round() as i32)
}

/// Draws the network of `nodes` and `links`.
pub fn network(
    title: &str,
    nodes: &[NetworkNode],
    links: &[NetworkLink],
    description: &str,
    words: &ChartWords,
) -> ChartSvg {
    draw_network(&PAGE, title, nodes, links, description, words)
}

/// The network for a slide: larger text, nodes and numbers, the key beside it.
pub fn network_slide(
    title: &str,
    nodes: &[NetworkNode],
    links: &[NetworkLink],
    description: &str,
    words: &ChartWords,
) -> ChartSvg {
    draw_network(&SLIDE, title, nodes, links, description, words)
}

fn draw_network(
    look: &Look,
    title: &str,
    nodes: &[NetworkNode],
    links: &[NetworkLink],
    description: &str,
    words: &ChartWords,
) -> ChartSvg {
    let (radius, line_height, label_px, node_radius) = (look.radius, look.line, look.label_px, look.node);
    let margin = 40 + 4 * line_height;
    let number_half_height = look.number_px * 2 / 3 + 1;
    let centre = (f64::from(look.width) / 2.0, radius + f64::from(margin));
    let count = nodes.len().max(1);
    let position = |node: usize| {
        let angle = std::f64::consts::TAU * node as f64 / count as f64 - std::f64::consts::FRAC_PI_2;
        let (sin, cos) = sin_cos(angle);
        ((cos, sin), (centre.0 + radius * cos, centre.1 + radius * sin))
    };
    let key = &words.network_key;
    let (key_left, key_top, key_lines, width) = match look.key_beside {
        Some(key_width) => (look.width, margin, wrap(key, label_px, key_width - 20), look.width + key_width),
        None => (20, (centre.1 + radius) as i32 + margin, wrap(key, label_px, look.width - 40), look.width),
    };
    let key_bottom = key_top + line_height * key_lines.len() as i32 + 10;
    let height = key_bottom.max((centre.1 + radius) as i32 + margin) as u32;
    draw_svg(width as u32, height, title, description, |root| {
        let mut taken: Vec<TextBox> = Vec::new();
        // Names first, outside the circle, anchored away from it.
        let mut names = Vec::with_capacity(nodes.len());
        for (index, node) in nodes.iter().enumerate() {
            let ((cos, sin), _) = position(index);
            let anchor = (centre.0 + (radius + 26.0) * cos, centre.1 + (radius + 26.0) * sin);
            let mut lines = wrap(node.label, label_px, look.name_width);
            lines.truncate(3);
            lines.push(node.note.clone());
            let width = lines.iter().map(|line| text_width(line, label_px)).max().unwrap_or(0);
            let block = line_height * lines.len() as i32;
            let (horizontal, left) = if cos > 0.3 {
                (HPos::Left, anchor.0 as i32)
            } else if cos < -0.3 {
                (HPos::Right, anchor.0 as i32 - width)
            } else {
                (HPos::Center, anchor.0 as i32 - width / 2)
            };
            let top = if sin < -0.3 {
                anchor.1 as i32 - block
            } else if sin > 0.3 {
                anchor.1 as i32
            } else {
                anchor.1 as i32 - block / 2
            };
            taken.push(((left + width / 2, top + block / 2), width / 2 + 2, block / 2));
            names.push((lines, horizontal, anchor.0 as i32, top));
        }
        for node in 0..nodes.len() {
            taken.push((rounded(position(node).1), node_radius + 2, node_radius + 2));
        }
        // Arrows: curves bending to the right of their direction, ending short of the node.
        let mut labels: Vec<(String, (i32, i32))> = Vec::new();
        for link in links {
            let ((_, from), (_, to)) = (position(link.from), position(link.to));
            let (dx, dy) = (to.0 - from.0, to.1 - from.1);
            let length = (dx * dx + dy * dy).sqrt().max(1.0);
            let (ux, uy) = (dx / length, dy / length);
            let bend_by = (length * 0.14).max(18.0);
            let middle = ((from.0 + to.0) / 2.0 - uy * bend_by, (from.1 + to.1) / 2.0 + ux * bend_by);
            let gap = f64::from(node_radius + 3);
            let start = (from.0 + ux * gap, from.1 + uy * gap);
            let end = (to.0 - ux * (gap + 2.0), to.1 - uy * (gap + 2.0));
            let points: Vec<(i32, i32)> =
                (0..=20).map(|step| rounded(along(start, middle, end, step as f64 / 20.0))).collect();
            let colour = link.value.map_or(RGBColor(0x6b, 0x6b, 0x6b), ink);
            let width = link.value.map_or(2, |value| 2 + (value.clamp(0.0, 100.0) / 100.0 * 6.0).round() as u32);
            if link.value.is_some() {
                root.draw(&PathElement::new(points, colour.stroke_width(width)));
            } else {
                // Dashed: every other stretch of the curve (each about a twentieth of it).
                for dash in points.chunks(2).filter(|dash| dash.len() == 2) {
                    root.draw(&PathElement::new(dash.to_vec(), colour.stroke_width(width)));
                }
            }
            // Arrowhead: two strokes back from the tip along the curve's last stretch.
            let tail = along(start, middle, end, 0.9);
            let (hx, hy) = (end.0 - tail.0, end.1 - tail.1);
            let head_length = (hx * hx + hy * hy).sqrt().max(1.0);
            let (hx, hy) = (hx / head_length, hy / head_length);
            let size = 7.0 + f64::from(width);
            let back = (end.0 - hx * size, end.1 - hy * size);
            let head = vec![
                rounded((back.0 - hy * size * 0.6, back.1 + hx * size * 0.6)),
                rounded(end),
                rounded((back.0 + hy * size * 0.6, back.1 - hx * size * 0.6)),
            ];
            root.draw(&PathElement::new(head, colour.stroke_width(width.max(2))));
            if let Some(value) = link.value {
                let text = format_score(value);
                let half = (text_width(&text, look.number_px) / 2 + 3, number_half_height);
                // Nearest free spot along the curve from its middle.
                let spot = [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78]
                    .iter()
                    .map(|&t| rounded(along(start, middle, end, t)))
                    .find(|&at| !taken.iter().any(|other| overlaps(&(at, half.0, half.1), other)))
                    .unwrap_or_else(|| rounded(along(start, middle, end, 0.5)));
                taken.push((spot, half.0, half.1));
                labels.push((text, spot));
            }
        }
        // Numbers on top of every arrow, on white so that crossing arrows do not hide them.
        for (text, (x, y)) in labels {
            let half = text_width(&text, look.number_px) / 2 + 3;
            root.draw(&Rectangle::new(
                [(x - half, y - number_half_height), (x + half, y + number_half_height)],
                WHITE.filled(),
            ));
            root.draw(&Rectangle::new(
                [(x - half, y - number_half_height), (x + half, y + number_half_height)],
                RGBColor(0x55, 0x55, 0x55).stroke_width(1),
            ));
            root.draw(&Text::new(text, (x, y), font(look.number_px).pos(Pos::new(HPos::Center, VPos::Center))));
        }
        for index in 0..nodes.len() {
            let at = rounded(position(index).1);
            root.draw(&Circle::new(at, node_radius, RGBColor(0x1f, 0x2a, 0x44).filled()));
            let style =
                font(look.number_px).color(&super::palette::INK_LIGHT).pos(Pos::new(HPos::Center, VPos::Center));
            root.draw(&Text::new((index + 1).to_string(), at, style));
        }
        for (lines, horizontal, x, top) in names {
            let last = lines.len() - 1;
            for (line_index, line) in lines.into_iter().enumerate() {
                let style = font(label_px).pos(Pos::new(horizontal, VPos::Center));
                let style = if line_index == last { style.color(&RGBColor(0x44, 0x44, 0x44)) } else { style };
                root.draw(&Text::new(line, (x, top + line_height / 2 + line_height * line_index as i32), style));
            }
        }
        for (index, line) in key_lines.iter().enumerate() {
            root.draw(&Text::new(
                line.clone(),
                (key_left, key_top + line_height / 2 + line_height * index as i32),
                font(label_px),
            ));
        }
    })
}
