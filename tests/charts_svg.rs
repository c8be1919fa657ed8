//! Chart functions natively: the SVG plotters writes, its structure (bars, labels, suppression
//! notes, title, escaping).

use partnership_pulse::analytics::{AnswerCounts, Figure};
use partnership_pulse::charts::*;

fn count(svg: &str, needle: &str) -> usize {
    svg.matches(needle).count()
}

/// The chart's markup with the line breaks plotters writes around each text taken out, so that
/// a label reads `>Trust<`.
fn flat(chart: ChartSvg) -> String {
    chart.svg.replace(">\n", ">").replace("\n<", "<")
}

fn bars_chart(rows: Vec<BarRow>, series: Vec<&str>) -> String {
    let chart = GroupedBars {
        title: "Indicators by group".into(),
        rows,
        series: series.into_iter().map(String::from).collect(),
        max: 100.0,
        bands: true,
        reference: None,
        unit: String::new(),
    };
    flat(grouped_bars(&chart, "Highest: Trust for staff (77 of 100)."))
}

#[test]
fn grouped_bars_draw_one_bar_per_shown_figure_and_a_note_per_hidden_one() {
    let shown = |mean| Bar::Value { value: mean, interval: Some((mean - 10.0, mean + 10.0)) };
    let hidden = Bar::Missing("fewer than 3".into());
    let svg = bars_chart(
        vec![
            BarRow { label: "Trust".into(), note: None, bars: vec![shown(77.0), hidden.clone()] },
            BarRow { label: "Inclusion".into(), note: Some("flagged".into()), bars: vec![shown(33.0), shown(75.0)] },
        ],
        vec!["Staff", "Carers"],
    );
    // Rectangles: the background, three bands, three bars, two legend swatches.
    assert_eq!(count(&svg, "<rect"), 1 + 3 + 3 + 2);
    assert_eq!(count(&svg, ">1: fewer than 3<") + count(&svg, ">2: fewer than 3<"), 1, "one suppression note");
    assert!(svg.contains(">1: 77<") && svg.contains(">1: 33<") && svg.contains(">2: 75<"), "numbered value labels");
    assert!(
        svg.contains(">Concern<") && svg.contains(">Borderline<") && svg.contains(">Strength<"),
        "bands named in words"
    );
    assert!(svg.contains(">flagged<"));
    assert!(svg.contains("<title>Indicators by group</title><desc>Highest: Trust for staff (77 of 100).</desc>"));
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\""));
    // Each interval is a line and two end ticks.
    assert_eq!(count(&svg, "stroke=\"#000000\" stroke-width=\"2\""), 3 * 3);
}

#[test]
fn survey_text_in_a_chart_is_escaped() {
    let svg = bars_chart(
        vec![BarRow {
            label: "<script>alert(1)</script> & co".into(),
            note: None,
            bars: vec![Bar::Value { value: 50.0, interval: None }],
        }],
        vec!["<b>group</b>"],
    );
    assert!(!svg.contains("<script>") && !svg.contains("<b>"));
    // Too long for one line beside the bars, the label wraps at its space; each line is text.
    assert!(svg.contains(">&lt;script&gt;alert(1)&lt;/script&gt;<") && svg.contains(">&amp; co<"), "{svg}");
}

#[test]
fn diverging_bars_place_disagreement_left_and_show_hidden_items_as_such() {
    let counts = Figure::Shown(AnswerCounts { points: [1, 1, 2, 2, 1], dont_know: 1 });
    let hidden = Figure::Suppressed;
    let items = [ItemAnswers { label: "T1", counts: &counts }, ItemAnswers { label: "T2", counts: &hidden }];
    let labels = ["Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree"];
    let svg = flat(diverging_bars("Answers", &items, &labels, "summary"));
    // Five segments for T1, five legend swatches, the background.
    assert_eq!(count(&svg, "<rect"), 1 + 5 + 5);
    assert!(svg.contains(">hidden to protect a small group<"));
    assert!(svg.contains(">29%<"), "2 of 7 agree, rounded");
    assert!(svg.contains(">don&apos;t know 13%<"), "1 of 8 answers");
}

#[test]
fn the_radar_draws_an_outline_per_complete_group_with_numbered_corners() {
    let axes = ["Trust", "Inclusion", "Value", "Aims", "Leadership", "Renewal"];
    let series = [
        RadarSeries { label: "Staff", values: vec![Some(75.0); 6] },
        RadarSeries { label: "Carers", values: vec![Some(25.0), None, Some(30.0), Some(40.0), Some(50.0), Some(60.0)] },
    ];
    let svg = flat(radar(&axes, &series, "summary"));
    // Four rings + six spokes + one complete outline (the carers' has a gap, so only corners).
    assert_eq!(count(&svg, "<polyline"), 4 + 6 + 1);
    assert_eq!(count(&svg, "<circle"), 6 + 5 + 2, "corners plus legend markers");
    assert_eq!(count(&svg, ">1<"), 6 + 1);
}

#[test]
fn the_heatmap_writes_every_value_and_hides_small_cells() {
    let cells = vec![vec![Some(91.7), None], vec![Some(41.7), Some(50.0)]];
    let svg = flat(heatmap("Gain", &["Staff", "Carers"], &["University", "Council"], &cells, "summary"));
    assert_eq!(count(&svg, "<rect"), 1 + 4);
    assert!(svg.contains(">92<") && svg.contains(">42<") && svg.contains(">50<") && svg.contains(">hidden<"));
}

#[test]
fn the_trend_joins_shown_waves_and_skips_hidden_ones() {
    let lines = [
        TrendLine { label: "Trust", values: vec![Some(50.0), Some(75.0)] },
        TrendLine { label: "Value", values: vec![None, Some(40.0)] },
    ];
    let svg = flat(trend(&["2026 spring", "2026 autumn"], &lines, "summary"));
    // Five grid lines and one joined line (value has one point only).
    assert_eq!(count(&svg, "<polyline"), 5 + 1);
    assert_eq!(count(&svg, "<circle"), 3 + 2);
    assert!(svg.contains(">2026 spring<") && svg.contains(">2026 autumn<"));
}

/// The centres of the numbered markers (circles of radius 8) in a chart.
fn markers(svg: &str) -> Vec<(i32, i32)> {
    svg.split("<circle ")
        .skip(1)
        .filter(|circle| circle.contains("r=\"8\""))
        .map(|circle| {
            let number = |name: &str| -> i32 {
                let start = circle.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
                circle[start..].split('"').next().unwrap().parse().unwrap()
            };
            (number("cx"), number("cy"))
        })
        .collect()
}

#[test]
fn radar_markers_of_groups_with_the_same_scores_stand_apart() {
    let axes = ["Trust", "Inclusion", "Value", "Aims", "Leadership", "Renewal"];
    let labels = ["A", "B", "C", "D", "E", "F", "G"];
    // Seven groups scoring exactly alike: every corner wanted by seven markers.
    let series: Vec<RadarSeries> =
        labels.iter().map(|label| RadarSeries { label, values: vec![Some(60.0); 6] }).collect();
    let svg = flat(radar(&axes, &series, "summary"));
    let centres = markers(&svg);
    assert_eq!(centres.len(), 7 * 6 + 7, "a marker per corner, and one per legend entry");
    for (index, a) in centres.iter().enumerate() {
        for b in &centres[index + 1..] {
            let apart = (a.0 - b.0).pow(2) + (a.1 - b.1).pow(2);
            assert!(apart >= 17 * 17, "markers at {a:?} and {b:?} overlap");
        }
    }
}

#[test]
fn legend_entries_flow_onto_new_lines_and_long_labels_wrap() {
    // "Staff" at 12 px: S 0.74 + t 0.42 + a 0.62 + f 0.42 + f 0.42 = 2.62 em = 31.44 → 32 px.
    assert_eq!(text_width("Staff", 12), 32);
    let long = "Employer – practitioner, practice educator or supervisor";
    let layout = legend_layout(&["Staff", long, "Carers"], 10, 310, 100);
    // "Staff" starts the first line; the long label does not fit beside it, so it starts the
    // second, wrapped within 310 - 10 - 20 = 280 px; "Carers" follows on the line after it.
    assert_eq!(layout.entries[0].0, (10, 100));
    assert_eq!(layout.entries[1].0, (10, 122));
    assert!(layout.entries[1].1.len() > 1, "{:?}", layout.entries[1].1);
    assert_eq!(layout.entries[1].1.join(" "), long);
    assert!(layout.entries[1].1.iter().all(|line| text_width(line, 12) <= 280));
    let wrapped_height = 22 + 16 * (layout.entries[1].1.len() as i32 - 1);
    assert_eq!(layout.entries[2].0, (10, 122 + wrapped_height));
    assert_eq!(layout.height, 22 + wrapped_height + 22);
    assert_eq!(wrap("one  two", 12, 1000), vec!["one two".to_owned()]);
}

#[test]
fn a_withheld_trust_link_is_dashed_and_numberless_and_a_shown_one_carries_its_number() {
    let nodes = ["Council", "University"].map(|label| NetworkNode { label, note: "trusted by others: 50".into() });
    let shown = network("Trust", &nodes, &[NetworkLink { from: 0, to: 1, value: Some(62.5) }], "One link.");
    // One curve and one arrowhead; 62.5 rounds to 63 on the arrow.
    assert_eq!(shown.svg.matches("<polyline").count(), 2);
    assert!(shown.svg.contains("\n63\n"), "{}", shown.svg);
    let withheld = network("Trust", &nodes, &[NetworkLink { from: 0, to: 1, value: None }], "One link.");
    // The 21 points along the curve, taken in pairs, are 10 dashes (the last point is left over);
    // then the arrowhead, and no number.
    assert_eq!(withheld.svg.matches("<polyline").count(), 11);
    assert!(withheld.svg.contains("Dashed: hidden to protect a small group."));
    assert!(!withheld.svg.contains("\n63\n"));
}
