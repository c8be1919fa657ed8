//! Horizontal grouped bars on a 0-100 (or 0-max) scale: the shape of most dashboard charts.

use super::frame::{draw_svg, ChartSvg};
use super::legend::{legend_layout, wrap};
use super::palette::{band_colour, series_colour, MEASURE_GREYS};
use super::plot::*;
use super::words::{format_score, ChartWords};
use crate::analytics::{Band, BORDERLINE_FROM, STRENGTH_FROM};

/// One bar: its value, an optional interval, or the reason it is missing.
#[derive(Clone, Debug, PartialEq)]
pub enum Bar {
    /// A value with an optional 95% interval.
    Value { value: f64, interval: Option<(f64, f64)> },
    /// No bar; the text says why ([`super::HIDDEN`]).
    Missing(String),
}

/// A labelled row of bars, one per series.
#[derive(Clone, Debug, PartialEq)]
pub struct BarRow {
    /// Row label (an indicator, a group, a partner).
    pub label: String,
    /// A short note after the label, e.g. "flagged" (never colour alone).
    pub note: Option<String>,
    /// One bar per series.
    pub bars: Vec<Bar>,
}

/// One series of bars: its name in the legend and the number its bars and legend entry carry,
/// which also picks its colour, so that a group keeps its number and colour in every chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub name: String,
    /// From 1; none for a series that is not one of several alike ("All answers"), drawn in grey.
    pub number: Option<usize>,
    /// A measure (inclusion, what partners gain), drawn in greys, not a group's colour.
    pub measure: bool,
}

impl Series {
    /// Groups' series, numbered 1, 2, … in the order given, each in its group's colour.
    pub fn in_order<S: Into<String>>(names: impl IntoIterator<Item = S>) -> Vec<Series> {
        names
            .into_iter()
            .enumerate()
            .map(|(index, name)| Series { name: name.into(), number: Some(index + 1), measure: false })
            .collect()
    }

    /// Measures' series, numbered 1, 2, … in the order given, in greys ([`MEASURE_GREYS`]).
    pub fn measures<S: Into<String>>(names: impl IntoIterator<Item = S>) -> Vec<Series> {
        let mut series = Series::in_order(names);
        for one in &mut series {
            one.measure = true;
        }
        series
    }

    /// The colour of its bars.
    pub fn colour(&self) -> RGBColor {
        match self.number {
            Some(number) if self.measure => MEASURE_GREYS[(number - 1) % MEASURE_GREYS.len()],
            Some(number) => series_colour(number - 1),
            None => MEASURE_GREYS[1],
        }
    }
}

/// A grouped bar chart.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupedBars {
    pub title: String,
    pub rows: Vec<BarRow>,
    /// The series, in bar order, for the legend.
    pub series: Vec<Series>,
    /// The value at the right end of the scale.
    pub max: f64,
    /// Shade and name the strength / borderline / concern bands (0-100 scores).
    pub bands: bool,
    /// A reference line: position and label (e.g. the 15-point gap flag).
    pub reference: Option<(f64, String)>,
    /// Text after each value, e.g. "%".
    pub unit: String,
}

const WIDTH: u32 = 760;
const LABEL_RIGHT: i32 = 200;
const PLOT_LEFT: i32 = LABEL_RIGHT + 10;
const PLOT_RIGHT: i32 = WIDTH as i32 - 50;
const BAR: i32 = 16;
const TOP: i32 = 40;
/// Size and line height of row labels.
const LABEL_PX: i32 = 14;
const LABEL_LINE: i32 = 18;

/// Draws `chart`; `description` is its one-sentence summary.
pub fn grouped_bars(chart: &GroupedBars, description: &str, words: &ChartWords) -> ChartSvg {
    let x_of =
        |value: f64| PLOT_LEFT + ((PLOT_RIGHT - PLOT_LEFT) as f64 * (value / chart.max).clamp(0.0, 1.0)).round() as i32;
    let series = chart.series.len().max(1) as i32;
    let block = series * (BAR + 4) + 18;
    // Each row's label wrapped to the room left of the bars, and the row as tall as its bars or
    // its label's lines (with the note under them), whichever is taller.
    let labels: Vec<Vec<String>> = chart.rows.iter().map(|row| wrap(&row.label, LABEL_PX, LABEL_RIGHT - 8)).collect();
    let row_heights: Vec<i32> = chart
        .rows
        .iter()
        .zip(&labels)
        .map(|(row, lines)| {
            let text_height = LABEL_LINE * (lines.len() as i32 + i32::from(row.note.is_some())) + 8;
            block.max(text_height)
        })
        .collect();
    let row_tops: Vec<i32> = row_heights
        .iter()
        .scan(TOP, |top, height| {
            let this = *top;
            *top += height;
            Some(this)
        })
        .collect();
    let plot_bottom = TOP + row_heights.iter().sum::<i32>();
    let legend_top = plot_bottom + 30;
    let names: Vec<&str> =
        if chart.series.len() > 1 { chart.series.iter().map(|series| series.name.as_str()).collect() } else { vec![] };
    let legend = legend_layout(&names, 10, WIDTH as i32 - 10, legend_top);
    let height = (legend_top + legend.height + 6) as u32;
    draw_svg(WIDTH, height, &chart.title, description, |root| {
        let text = font;
        let grey = RGBColor(0x4a, 0x53, 0x60);
        if chart.bands {
            for ((band, from, to), name) in [
                (Band::Concern, 0.0, BORDERLINE_FROM),
                (Band::Borderline, BORDERLINE_FROM, STRENGTH_FROM),
                (Band::Strength, STRENGTH_FROM, 100.0),
            ]
            .into_iter()
            .zip(&words.bands)
            {
                root.draw(&Rectangle::new(
                    [(x_of(from), TOP - 6), (x_of(to), plot_bottom)],
                    band_colour(band).filled(),
                ));
                let middle = (x_of(from) + x_of(to)) / 2;
                root.draw(&Text::new(name.as_str(), (middle, 14), text(13).pos(Pos::new(HPos::Center, VPos::Center))));
            }
        }
        for step in 0..=4 {
            let value = chart.max * f64::from(step) / 4.0;
            let x = x_of(value);
            root.draw(&PathElement::new(
                vec![(x, TOP - 6), (x, plot_bottom)],
                RGBColor(0x9a, 0xa0, 0xa6).stroke_width(1),
            ));
            let label = format_score(value);
            root.draw(&Text::new(label, (x, plot_bottom + 12), text(12).pos(Pos::new(HPos::Center, VPos::Center))));
        }
        if let Some((at, label)) = &chart.reference {
            let x = x_of(*at);
            root.draw(&PathElement::new(vec![(x, TOP - 10), (x, plot_bottom)], BLACK.stroke_width(2)));
            root.draw(&Text::new(label.clone(), (x + 4, TOP - 20), text(12).pos(Pos::new(HPos::Left, VPos::Center))));
        }
        for (row_index, row) in chart.rows.iter().enumerate() {
            let top = row_tops[row_index];
            let lines = &labels[row_index];
            // The label's lines (and note) centred on the row's bars.
            let text_lines = lines.len() as i32 + i32::from(row.note.is_some());
            let bars_middle = top + (block - 18) / 2;
            let first = (bars_middle - LABEL_LINE * (text_lines - 1) / 2).max(top + LABEL_LINE / 2);
            for (line_index, line) in lines.iter().enumerate() {
                let at = (LABEL_RIGHT, first + LABEL_LINE * line_index as i32);
                root.draw(&Text::new(line.clone(), at, text(LABEL_PX).pos(Pos::new(HPos::Right, VPos::Center))));
            }
            if let Some(note) = &row.note {
                let style = text(12).color(&grey).pos(Pos::new(HPos::Right, VPos::Center));
                root.draw(&Text::new(note.clone(), (LABEL_RIGHT, first + LABEL_LINE * lines.len() as i32), style));
            }
            for (index, bar) in row.bars.iter().enumerate() {
                let y = top + index as i32 * (BAR + 4);
                let series = chart.series.get(index);
                // With several series each bar is numbered as in the legend: never colour alone.
                let marker = match series.and_then(|series| series.number) {
                    Some(number) if chart.series.len() > 1 => format!("{number}: "),
                    _ => String::new(),
                };
                let colour = series.map_or(series_colour(0), Series::colour);
                match bar {
                    Bar::Value { value, interval } => {
                        root.draw(&Rectangle::new([(x_of(0.0), y), (x_of(*value), y + BAR)], colour.filled()));
                        if let Some((low, high)) = interval {
                            let whisker = BLACK.stroke_width(2);
                            let mid = y + BAR / 2;
                            root.draw(&PathElement::new(vec![(x_of(*low), mid), (x_of(*high), mid)], whisker));
                            for end in [*low, *high] {
                                root.draw(&PathElement::new(
                                    vec![(x_of(end), y + 3), (x_of(end), y + BAR - 3)],
                                    whisker,
                                ));
                            }
                        }
                        let end = interval.map_or(*value, |(_, high)| high.max(*value));
                        let label = format!("{marker}{}{}", format_score(*value), chart.unit);
                        root.draw(&Text::new(
                            label,
                            (x_of(end) + 6, y + BAR / 2),
                            text(12).pos(Pos::new(HPos::Left, VPos::Center)),
                        ));
                    }
                    Bar::Missing(reason) => {
                        let style = text(12).color(&grey).pos(Pos::new(HPos::Left, VPos::Center));
                        root.draw(&Text::new(format!("{marker}{reason}"), (x_of(0.0) + 4, y + BAR / 2), style));
                    }
                }
            }
        }
        // Each legend entry shows the number its bars carry.
        legend.draw(root, |root, index, (x, y)| match chart.series.get(index) {
            Some(series @ Series { number: Some(number), .. }) => {
                root.numbered_marker((x + 7, y + 7), *number, series.colour())
            }
            series => {
                let colour = series.map_or(series_colour(0), Series::colour);
                root.draw(&Rectangle::new([(x, y), (x + 14, y + 14)], colour.filled()));
            }
        });
    })
}
