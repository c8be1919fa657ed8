//! Diverging stacked bars: how the answers to each statement split between disagree and agree.

use super::frame::{draw_svg, ChartSvg};
use super::legend::legend_layout;
use super::plot::*;
use super::words::ChartWords;
use crate::analytics::{AnswerCounts, Figure};

/// Colours of the five points, disagree (warm) to agree (cool), safe for colour-blind readers.
pub const POINT_COLOURS: [RGBColor; 5] = [
    RGBColor(0xD5, 0x5E, 0x00),
    RGBColor(0xE6, 0x9F, 0x00),
    RGBColor(0xBB, 0xBB, 0xBB),
    RGBColor(0x56, 0xB4, 0xE9),
    RGBColor(0x00, 0x72, 0xB2),
];

/// One statement's answers.
pub struct ItemAnswers<'a> {
    pub label: &'a str,
    pub counts: &'a Figure<AnswerCounts>,
}

const WIDTH: u32 = 760;
const CENTRE: i32 = 450;
const HALF: i32 = 190;
const ROW: i32 = 44;
const TOP: i32 = 30;

/// Draws one row per statement: disagreement to the left of the centre line, agreement to the
/// right, "neither" split across it; "don't know" is given as a share at the end of the row.
pub fn diverging_bars(
    title: &str,
    items: &[ItemAnswers],
    point_labels: &[&str; 5],
    description: &str,
    words: &ChartWords,
) -> ChartSvg {
    let legend_top = TOP + ROW * items.len() as i32 + 16;
    let legend = legend_layout(point_labels, 8, WIDTH as i32 - 8, legend_top);
    let height = (legend_top + legend.height + 6) as u32;
    draw_svg(WIDTH, height, title, description, |root| {
        let text = font;
        root.draw(&PathElement::new(vec![(CENTRE, TOP - 10), (CENTRE, legend_top - 8)], BLACK.stroke_width(1)));
        root.draw(&Text::new(
            words.disagree.as_str(),
            (CENTRE - 8, TOP - 18),
            text(12).pos(Pos::new(HPos::Right, VPos::Center)),
        ));
        root.draw(&Text::new(
            words.agree.as_str(),
            (CENTRE + 8, TOP - 18),
            text(12).pos(Pos::new(HPos::Left, VPos::Center)),
        ));
        for (row, item) in items.iter().enumerate() {
            let y = TOP + row as i32 * ROW;
            let label = truncate(item.label, 36);
            root.draw(&Text::new(label, (8, y + 10), text(12).pos(Pos::new(HPos::Left, VPos::Center))));
            let Figure::Shown(counts) = item.counts else {
                let style = text(12).color(&RGBColor(0x4a, 0x53, 0x60)).pos(Pos::new(HPos::Left, VPos::Center));
                root.draw(&Text::new(words.hidden.as_str(), (CENTRE + 6, y + 24), style));
                continue;
            };
            let share = |point: usize| counts.share(point);
            let left_extent = share(1) + share(2) + share(3) / 2.0;
            let mut x = CENTRE as f64 - left_extent * f64::from(HALF);
            for point in 1..=5 {
                let width = share(point) * f64::from(HALF);
                let (x0, x1) = (x.round() as i32, (x + width).round() as i32);
                if x1 > x0 {
                    root.draw(&Rectangle::new([(x0, y + 16), (x1, y + 34)], POINT_COLOURS[point - 1].filled()));
                    if share(point) >= 0.08 {
                        let percent = format!("{}%", (share(point) * 100.0).round() as i64);
                        let ink = super::palette::ink_on(POINT_COLOURS[point - 1]);
                        let style = font(11).color(&ink).pos(Pos::new(HPos::Center, VPos::Center));
                        root.draw(&Text::new(percent, ((x0 + x1) / 2, y + 25), style));
                    }
                }
                x += width;
            }
            let unsure = format!("{} {}%", words.dont_know, (counts.dont_know_share() * 100.0).round() as i64);
            root.draw(&Text::new(
                unsure,
                (CENTRE + HALF + 20, y + 25),
                text(11).pos(Pos::new(HPos::Left, VPos::Center)),
            ));
        }
        legend.draw(root, |root, index, (x, y)| {
            root.draw(&Rectangle::new([(x, y), (x + 14, y + 14)], POINT_COLOURS[index].filled()));
        });
    })
}

/// Long statements are cut to fit beside the bar; the data table has them in full.
fn truncate(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(limit - 1).collect();
    cut.push('…');
    cut
}
