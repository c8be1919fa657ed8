//! Indicator overview: each indicator's mean by group, with 95% intervals and band shading.

use super::frame::{draw_svg, ChartError, ChartSvg};
use super::palette::{band_colour, series_colour};
use crate::analytics::{Band, Figure, Summary};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// What the overview shows: indicators (label, one figure per group) and the group labels.
pub struct OverviewInput<'a> {
    /// Each indicator's label and its figures by group, in group order.
    pub indicators: Vec<(&'a str, &'a [Figure<Summary>])>,
    /// Labels of the groups, in the same order.
    pub groups: Vec<&'a str>,
    /// The small-number threshold, for the "fewer than k" note.
    pub threshold: u32,
}

const WIDTH: u32 = 760;
const LABEL_WIDTH: i32 = 190;
const PLOT_LEFT: i32 = LABEL_WIDTH + 10;
const PLOT_RIGHT: i32 = WIDTH as i32 - 50;
const BAR: i32 = 16;
const TOP: i32 = 40;

fn x_of(score: f64) -> i32 {
    PLOT_LEFT + ((PLOT_RIGHT - PLOT_LEFT) as f64 * score.clamp(0.0, 100.0) / 100.0).round() as i32
}

/// Draws the overview, or says in `description` what it shows.
pub fn indicator_overview(input: &OverviewInput, description: &str) -> Result<ChartSvg, ChartError> {
    let groups = input.groups.len() as i32;
    let block = groups * (BAR + 4) + 18;
    let legend_top = TOP + block * input.indicators.len() as i32 + 24;
    let height = (legend_top + 22 * ((groups + 2) / 3) + 10) as u32;
    draw_svg(WIDTH, height, "Indicators by group", description, |root| {
        let text = |size: i32| ("sans-serif", size).into_font().color(&BLACK);
        let plot_bottom = legend_top - 24;
        // Bands, named in words as well as shaded.
        for (band, from, to, name) in [
            (Band::Concern, 0.0, 50.0, "Concern"),
            (Band::Borderline, 50.0, 75.0, "Borderline"),
            (Band::Strength, 75.0, 100.0, "Strength"),
        ] {
            root.draw(&Rectangle::new([(x_of(from), TOP - 6), (x_of(to), plot_bottom)], band_colour(band).filled()))?;
            root.draw(&Text::new(
                name,
                ((x_of(from) + x_of(to)) / 2, 14),
                text(13).pos(Pos::new(HPos::Center, VPos::Center)),
            ))?;
        }
        for tick in [0, 25, 50, 75, 100] {
            let x = x_of(f64::from(tick));
            root.draw(&PathElement::new(
                vec![(x, TOP - 6), (x, plot_bottom)],
                RGBColor(0x9a, 0xa0, 0xa6).stroke_width(1),
            ))?;
            root.draw(&Text::new(
                tick.to_string(),
                (x, plot_bottom + 12),
                text(12).pos(Pos::new(HPos::Center, VPos::Center)),
            ))?;
        }
        for (row, (label, figures)) in input.indicators.iter().enumerate() {
            let top = TOP + row as i32 * block;
            root.draw(&Text::new(
                label.to_string(),
                (LABEL_WIDTH, top + block / 2 - 6),
                text(15).pos(Pos::new(HPos::Right, VPos::Center)),
            ))?;
            for (group, figure) in figures.iter().enumerate() {
                let y = top + group as i32 * (BAR + 4);
                let colour = series_colour(group);
                match figure {
                    Figure::Shown(summary) => {
                        root.draw(&Rectangle::new([(x_of(0.0), y), (x_of(summary.mean), y + BAR)], colour.filled()))?;
                        if let Some((low, high)) = summary.ci {
                            let middle = y + BAR / 2;
                            let whisker = BLACK.stroke_width(2);
                            root.draw(&PathElement::new(vec![(x_of(low), middle), (x_of(high), middle)], whisker))?;
                            for end in [low, high] {
                                root.draw(&PathElement::new(
                                    vec![(x_of(end), y + 3), (x_of(end), y + BAR - 3)],
                                    whisker,
                                ))?;
                            }
                        }
                        root.draw(&Text::new(
                            format_score(summary.mean),
                            (x_of(summary.ci.map_or(summary.mean, |ci| ci.1)) + 6, y + BAR / 2),
                            text(12).pos(Pos::new(HPos::Left, VPos::Center)),
                        ))?;
                    }
                    Figure::Suppressed => {
                        root.draw(&Text::new(
                            format!("fewer than {}", input.threshold),
                            (x_of(0.0) + 4, y + BAR / 2),
                            text(12).color(&RGBColor(0x4a, 0x53, 0x60)).pos(Pos::new(HPos::Left, VPos::Center)),
                        ))?;
                    }
                }
            }
        }
        for (index, label) in input.groups.iter().enumerate() {
            let (column, line) = (index as i32 % 3, index as i32 / 3);
            let (x, y) = (10 + column * 250, legend_top + line * 22);
            root.draw(&Rectangle::new([(x, y), (x + 14, y + 14)], series_colour(index).filled()))?;
            root.draw(&Text::new(
                label.to_string(),
                (x + 20, y + 7),
                text(12).pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
        }
        Ok(())
    })
}

/// A 0-100 figure as a whole number, without float formatting machinery.
pub fn format_score(score: f64) -> String {
    (score.round() as i64).to_string()
}
