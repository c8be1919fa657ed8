//! Grouped bars for a slide: each row becomes a small panel (its label over its bars) and the
//! panels stand in columns, so that a chart of many bars is as wide as a projector's screen and
//! its text stays large; a series hidden in every row is named in the legend instead of taking
//! a line in every panel.

use super::bars::{Bar, GroupedBars, Series};
use super::frame::{draw_svg, ChartSvg};
use super::legend::{legend_layout_sized, text_width, wrap, LegendLayout};
use super::palette::band_colour;
use super::plot::*;
use super::words::format_score;
use super::words::ChartWords;
use crate::analytics::{Band, BORDERLINE_FROM, STRENGTH_FROM};

/// The room a slide gives its chart, as a shape (width to height): a 16:9 screen less its title,
/// summary, advice and buttons (1,248 × 426 at 1280 × 720, where text is smallest). Columns and
/// the legend's place are chosen to fill such a room with the largest text.
const ROOM: (i32, i32) = (29, 10);
const MOST_COLUMNS: usize = 4;
const PANEL: i32 = 360;
const PANEL_GAP: i32 = 40;
const PAD: i32 = 12;
const TITLE_PX: i32 = 22;
const TITLE_LINE: i32 = 28;
const VALUE_PX: i32 = 19;
const BAR: i32 = 19;
const BAR_STEP: i32 = 23;
/// Least room between a panel's title and a note beside it.
const NOTE_GAP: i32 = 24;
/// Room after a bar's end for its figure ("7: 100%").
const FIGURE_ROOM: i32 = 100;
/// Space under each panel, and the line of scale figures under each column's last panel.
const PANEL_AFTER: i32 = 22;
const SCALE_LINE: i32 = 30;
/// A legend marker's radius: its number is at the figures' size (`radius × 11 / 8`).
const MARKER: i32 = 14;
/// Width of the legend when it stands beside the panels (many long group names under them would
/// take the height a slide lacks).
const LEGEND_BESIDE: i32 = 400;

/// Where the panels go: the number of columns, each panel's top-left corner, the scale line's
/// height under each column's last panel, and the legend.
#[derive(Debug, PartialEq)]
struct Layout {
    columns: usize,
    width: i32,
    panels: Vec<(i32, i32)>,
    legend: LegendLayout,
    height: i32,
}

/// One panel's title lines, its note (at the right end of the title's last line where it fits,
/// else on a line of its own), the lines of text above its bars, and its height.
struct Panel {
    title: Vec<String>,
    note: Option<(String, NotePlace)>,
    text_lines: i32,
    height: i32,
}

#[derive(Clone, Copy, PartialEq)]
enum NotePlace {
    BesideTitle,
    UnderTitle,
}

/// The series that have a figure in at least one row: the others are hidden throughout.
fn shown_series(chart: &GroupedBars) -> Vec<usize> {
    (0..chart.series.len())
        .filter(|&index| chart.rows.iter().any(|row| matches!(row.bars.get(index), Some(Bar::Value { .. }))))
        .collect()
}

/// The legend's entries: each series (a hidden one says so), then the bands and the reference.
fn legend_labels(chart: &GroupedBars, shown: &[usize], words: &ChartWords) -> Vec<String> {
    let mut labels: Vec<String> = if chart.series.len() > 1 {
        chart
            .series
            .iter()
            .enumerate()
            .map(|(index, series)| {
                if shown.contains(&index) {
                    series.name.clone()
                } else {
                    format!("{} ({})", series.name, words.hidden)
                }
            })
            .collect()
    } else {
        Vec::new()
    };
    if chart.bands {
        labels.extend(words.band_legend.iter().cloned());
    }
    if let Some((_, label)) = &chart.reference {
        labels.push(label.clone());
    }
    labels
}

fn panels(chart: &GroupedBars, shown: usize) -> Vec<Panel> {
    chart
        .rows
        .iter()
        .map(|row| {
            let title = wrap(&row.label, TITLE_PX, PANEL);
            let last_line = title.last().map_or(0, |line| text_width(line, TITLE_PX));
            let note = row.note.as_ref().map(|note| {
                let fits = last_line + NOTE_GAP + text_width(note, VALUE_PX) <= PANEL;
                (note.clone(), if fits { NotePlace::BesideTitle } else { NotePlace::UnderTitle })
            });
            let text_lines = title.len() as i32 + i32::from(matches!(note, Some((_, NotePlace::UnderTitle))));
            let height = TITLE_LINE * text_lines + BAR_STEP * shown.max(1) as i32 + PANEL_AFTER;
            Panel { title, note, text_lines, height }
        })
        .collect()
}

/// Lays the panels out in `columns` columns, reading across then down, with the legend under
/// them or, `beside`, in a column of its own to their right.
fn layout_in(panels: &[Panel], columns: usize, legend_labels: &[&str], beside: bool) -> Layout {
    let panels_width = 2 * PAD + columns as i32 * PANEL + (columns as i32 - 1) * PANEL_GAP;
    let mut corners = Vec::with_capacity(panels.len());
    let mut top = PAD;
    for row in panels.chunks(columns) {
        for (column, _) in row.iter().enumerate() {
            corners.push((PAD + column as i32 * (PANEL + PANEL_GAP), top));
        }
        top += row.iter().map(|panel| panel.height).max().unwrap_or(0);
    }
    let under = top + SCALE_LINE + 8;
    if beside {
        let left = panels_width - PAD + PANEL_GAP;
        let legend = legend_layout_sized(legend_labels, VALUE_PX, left, left + LEGEND_BESIDE, PAD);
        let height = under.max(PAD + legend.height) + PAD;
        return Layout { columns, width: left + LEGEND_BESIDE + PAD, panels: corners, legend, height };
    }
    let legend = legend_layout_sized(legend_labels, VALUE_PX, PAD, panels_width - PAD, under);
    let height = legend.height + under + PAD;
    Layout { columns, width: panels_width, panels: corners, legend, height }
}

/// The columns (one to four) and the legend's place (under or beside) whose layout, scaled to fit
/// the room, shows the text largest.
fn best_layout(panels: &[Panel], legend_labels: &[&str]) -> Layout {
    let most = panels.len().clamp(1, MOST_COLUMNS);
    // Scale to fit a ROOM-shaped box, compared as fractions without dividing: the larger
    // min(ROOM.0 / width, ROOM.1 / height), the larger the text.
    let fit = |layout: &Layout| -> (i64, i64) {
        let by_width = (i64::from(ROOM.0), i64::from(layout.width));
        let by_height = (i64::from(ROOM.1), i64::from(layout.height));
        if by_width.0 * by_height.1 < by_height.0 * by_width.1 {
            by_width
        } else {
            by_height
        }
    };
    let mut best = layout_in(panels, 1, legend_labels, false);
    for (columns, beside) in (1..=most).flat_map(|columns| [(columns, false), (columns, true)]).skip(1) {
        let candidate = layout_in(panels, columns, legend_labels, beside);
        let (a, b) = (fit(&candidate), fit(&best));
        if a.0 * b.1 > b.0 * a.1 {
            best = candidate;
        }
    }
    best
}

/// Draws `chart` as panels for a slide; `description` is its one-sentence summary.
pub fn bar_panels(chart: &GroupedBars, description: &str, words: &ChartWords) -> ChartSvg {
    let shown = shown_series(chart);
    let labels = legend_labels(chart, &shown, words);
    let label_refs: Vec<&str> = labels.iter().map(String::as_str).collect();
    let panels = panels(chart, shown.len());
    let layout = best_layout(&panels, &label_refs);
    let plot_width = PANEL - FIGURE_ROOM;
    let x_of =
        |left: i32, value: f64| left + (f64::from(plot_width) * (value / chart.max).clamp(0.0, 1.0)).round() as i32;
    let grey = RGBColor(0x4a, 0x53, 0x60);
    let numbered = chart.series.len() > 1;
    draw_svg(layout.width as u32, layout.height as u32, &chart.title, description, |root| {
        // The bottom of each column's last panel, where its scale figures go.
        let mut column_bottoms = vec![(0, 0); layout.columns];
        for (index, (row, panel)) in chart.rows.iter().zip(&panels).enumerate() {
            let (left, top) = layout.panels[index];
            let line_middle = |line: i32| top + TITLE_LINE / 2 + TITLE_LINE * line;
            for (line_index, line) in panel.title.iter().enumerate() {
                root.draw(&Text::new(line.clone(), (left, line_middle(line_index as i32)), font(TITLE_PX)));
            }
            if let Some((note, place)) = &panel.note {
                let (at, anchor) = match place {
                    NotePlace::BesideTitle => ((left + PANEL, line_middle(panel.title.len() as i32 - 1)), HPos::Right),
                    NotePlace::UnderTitle => ((left, line_middle(panel.title.len() as i32)), HPos::Left),
                };
                root.draw(&Text::new(
                    note.clone(),
                    at,
                    font(VALUE_PX).color(&grey).pos(Pos::new(anchor, VPos::Center)),
                ));
            }
            let plot_top = top + TITLE_LINE * panel.text_lines;
            let plot_bottom = plot_top + BAR_STEP * shown.len().max(1) as i32;
            if chart.bands {
                for (band, from, to) in [
                    (Band::Concern, 0.0, BORDERLINE_FROM),
                    (Band::Borderline, BORDERLINE_FROM, STRENGTH_FROM),
                    (Band::Strength, STRENGTH_FROM, 100.0),
                ] {
                    root.draw(&Rectangle::new(
                        [(x_of(left, from), plot_top), (x_of(left, to), plot_bottom)],
                        band_colour(band).filled(),
                    ));
                }
            }
            for step in 0..=4 {
                let x = x_of(left, chart.max * f64::from(step) / 4.0);
                root.draw(&PathElement::new(
                    vec![(x, plot_top), (x, plot_bottom)],
                    RGBColor(0x9a, 0xa0, 0xa6).stroke_width(1),
                ));
            }
            if let Some((at, _)) = &chart.reference {
                let x = x_of(left, *at);
                root.draw(&PathElement::new(vec![(x, plot_top - 4), (x, plot_bottom + 4)], BLACK.stroke_width(3)));
            }
            for (line, &series_index) in shown.iter().enumerate() {
                let y = plot_top + (BAR_STEP - BAR) / 2 + BAR_STEP * line as i32;
                let series = chart.series.get(series_index);
                let marker = match series.and_then(|series| series.number) {
                    Some(number) if numbered => format!("{number}: "),
                    _ => String::new(),
                };
                let colour = series.map_or(super::palette::series_colour(0), Series::colour);
                match row.bars.get(series_index) {
                    Some(Bar::Value { value, interval }) => {
                        root.draw(&Rectangle::new(
                            [(x_of(left, 0.0), y), (x_of(left, *value), y + BAR)],
                            colour.filled(),
                        ));
                        if let Some((low, high)) = interval {
                            let mid = y + BAR / 2;
                            let whisker = BLACK.stroke_width(2);
                            root.draw(&PathElement::new(
                                vec![(x_of(left, *low), mid), (x_of(left, *high), mid)],
                                whisker,
                            ));
                            for end in [*low, *high] {
                                let x = x_of(left, end);
                                root.draw(&PathElement::new(vec![(x, y + 4), (x, y + BAR - 4)], whisker));
                            }
                        }
                        let end = interval.map_or(*value, |(_, high)| high.max(*value));
                        let figure = format!("{marker}{}{}", format_score(*value), chart.unit);
                        root.draw(&Text::new(figure, (x_of(left, end) + 6, y + BAR / 2), font(VALUE_PX)));
                    }
                    Some(Bar::Missing(reason)) => {
                        let style = font(VALUE_PX).color(&grey);
                        root.draw(&Text::new(format!("{marker}{reason}"), (x_of(left, 0.0) + 4, y + BAR / 2), style));
                    }
                    None => {}
                }
            }
            let column = index % layout.columns;
            column_bottoms[column] = (left, column_bottoms[column].1.max(plot_bottom));
        }
        for (left, bottom) in column_bottoms.into_iter().filter(|&(_, bottom)| bottom > 0) {
            for step in 0..=4 {
                let value = chart.max * f64::from(step) / 4.0;
                let style = font(VALUE_PX).pos(Pos::new(HPos::Center, VPos::Center));
                root.draw(&Text::new(format_score(value), (x_of(left, value), bottom + SCALE_LINE / 2 + 2), style));
            }
        }
        let series_entries = if numbered { chart.series.len() } else { 0 };
        let square = |root: &Canvas, (x, y): (i32, i32), colour: RGBColor| {
            root.draw(&Rectangle::new([(x, y), (x + VALUE_PX + 2, y + VALUE_PX + 2)], colour.filled()));
        };
        layout.legend.draw(root, |root, index, corner| {
            if let Some(series) = chart.series.get(index).filter(|_| index < series_entries) {
                match series.number {
                    Some(number) => {
                        root.numbered_marker_sized(layout.legend.marker_centre(corner), number, series.colour(), MARKER)
                    }
                    None => square(root, corner, series.colour()),
                }
                return;
            }
            let band_index = index - series_entries;
            match (chart.bands, band_index) {
                (true, 0) => square(root, corner, band_colour(Band::Concern)),
                (true, 1) => square(root, corner, band_colour(Band::Borderline)),
                (true, 2) => square(root, corner, band_colour(Band::Strength)),
                _ => {
                    // The reference line's swatch: the line itself.
                    let (x, y) = layout.legend.marker_centre(corner);
                    root.draw(&PathElement::new(
                        vec![(x, y - VALUE_PX / 2), (x, y + VALUE_PX / 2)],
                        BLACK.stroke_width(3),
                    ));
                }
            }
        });
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::{BarRow, Series};

    fn chart(rows: usize, series: usize, hidden_series: &[usize]) -> GroupedBars {
        GroupedBars {
            title: "Indicators by group".into(),
            rows: (0..rows)
                .map(|row| BarRow {
                    label: format!("Indicator {row}"),
                    note: None,
                    bars: (0..series)
                        .map(|index| {
                            if hidden_series.contains(&index) {
                                Bar::Missing(crate::charts::HIDDEN.into())
                            } else {
                                Bar::Value { value: 60.0, interval: None }
                            }
                        })
                        .collect(),
                })
                .collect(),
            series: Series::in_order((0..series).map(|index| format!("Group {index}"))),
            max: 100.0,
            bands: true,
            reference: None,
            unit: String::new(),
        }
    }

    #[test]
    fn many_bars_spread_over_columns_with_the_legend_beside_to_suit_a_wide_screen() {
        // Six indicators of eight groups: a panel is 28 (title) + 8 × 23 (bars) + 22 = 234 tall.
        // Three columns of 360 with gaps of 40 and a pad of 12 each side are 1,184 wide; two rows
        // are 12 + 468 + 38 (scale) = 518 tall. The legend (eight groups, three bands) under them
        // would add its lines to the height a 2.9:1 slide lacks; beside them, from x = 1,172 + 40,
        // 400 wide, it makes the drawing 1,624 × 530 (the legend's 11 lines of 34 less than 518),
        // which the room shows at 1/56 of its width: larger than any other arrangement.
        let drawn = chart(6, 8, &[]);
        let shown = shown_series(&drawn);
        let labels = legend_labels(&drawn, &shown, &ChartWords::default());
        let refs: Vec<&str> = labels.iter().map(String::as_str).collect();
        let layout = best_layout(&panels(&drawn, shown.len()), &refs);
        assert_eq!(layout.columns, 3);
        assert_eq!(layout.panels[3], (PAD, PAD + 234), "the fourth panel starts the second row");
        assert_eq!(layout.legend.entries[0].0, (1212, PAD), "the legend stands beside the panels");
        assert_eq!((layout.width, layout.height), (1624, 530));
    }

    #[test]
    fn a_series_hidden_in_every_row_is_named_in_the_legend_not_drawn_in_each_panel() {
        let drawn = chart(2, 3, &[1]);
        assert_eq!(shown_series(&drawn), vec![0, 2]);
        let labels = legend_labels(&drawn, &shown_series(&drawn), &ChartWords::default());
        assert_eq!(labels[1], "Group 1 (hidden to protect a small group)");
        assert_eq!(labels[3], "Concern: under 50");
        let svg = bar_panels(&drawn, "summary", &ChartWords::default()).svg.replace('\n', "");
        assert_eq!(svg.matches(">1: 60<").count(), 2, "group 1's bars, one per panel");
        assert!(!svg.contains(">2: hidden"), "the hidden series takes no line");
        assert_eq!(svg.matches(">3: 60<").count(), 2);
    }

    #[test]
    fn a_figure_hidden_in_only_some_rows_says_so_where_it_would_be() {
        let mut drawn = chart(2, 2, &[]);
        drawn.rows[1].bars[1] = Bar::Missing(crate::charts::HIDDEN.into());
        let svg = bar_panels(&drawn, "summary", &ChartWords::default()).svg.replace('\n', "");
        assert!(svg.contains(">2: hidden to protect a small group<"));
        // The widest text in a panel, the hidden reason at the figures' size, fits the panel.
        assert!(text_width("8: hidden to protect a small group", VALUE_PX) < PANEL);
    }

    #[test]
    fn a_short_note_shares_the_title_line_and_a_long_one_takes_its_own() {
        let mut drawn = chart(2, 1, &[]);
        drawn.rows[0].note = Some("all: 58".into());
        drawn.rows[1].note = Some("flagged: low inclusion, often named by others in the partnership".into());
        let laid = panels(&drawn, 1);
        // "Indicator 0" (22 px) and "all: 58" (19 px) fit a 360-wide panel side by side: one line
        // of text over the bar, 28 + 23 + 22 = 73 tall; the long note takes a second line (101).
        assert_eq!((laid[0].text_lines, laid[0].height), (1, 73));
        assert_eq!((laid[1].text_lines, laid[1].height), (2, 101));
    }
}
