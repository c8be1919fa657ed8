//! Chart functions natively: the SVG they write through plotters, its structure (bars, labels, suppression
//! notes, title, escaping).

use pulse_core::analytics::{AnswerCounts, Figure};
use pulse_core::charts::*;

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
        series: Series::in_order(series),
        max: 100.0,
        bands: true,
        reference: None,
        unit: String::new(),
    };
    flat(grouped_bars(&chart, "Highest: Trust for staff (77 of 100).", &ChartWords::default()))
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
    // Rectangles: the background, three bands, three bars; the legend's entries are numbered
    // markers, as the bars' labels are.
    assert_eq!(count(&svg, "<rect"), 1 + 3 + 3);
    assert_eq!(count(&svg, "<circle"), 2);
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
    let svg = flat(diverging_bars("Answers", &items, &labels, "summary", &ChartWords::default()));
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
        RadarSeries { label: "Staff", number: 1, values: vec![Some(75.0); 6] },
        RadarSeries {
            label: "Carers",
            number: 2,
            values: vec![Some(25.0), None, Some(30.0), Some(40.0), Some(50.0), Some(60.0)],
        },
    ];
    let svg = flat(radar("Indicators by group (radar)", &axes, &series, "summary"));
    // Four rings + six spokes + one complete outline (the carers' has a gap, so only corners).
    assert_eq!(count(&svg, "<polyline"), 4 + 6 + 1);
    assert_eq!(count(&svg, "<circle"), 6 + 5 + 2, "corners plus legend markers");
    assert_eq!(count(&svg, ">1<"), 6 + 1);
}

#[test]
fn the_heatmap_writes_every_value_and_hides_small_cells() {
    let cells = vec![vec![Some(91.7), None], vec![Some(41.7), Some(50.0)]];
    let svg = flat(heatmap(
        "Gain",
        &["Staff", "Carers"],
        &["University", "Council"],
        &cells,
        "summary",
        &ChartWords::default(),
    ));
    assert_eq!(count(&svg, "<rect"), 1 + 4);
    assert!(svg.contains(">92<") && svg.contains(">42<") && svg.contains(">50<") && svg.contains(">hidden<"));
    // The values' 13 px came out as 13.000000000000002 through plotters-svg's float formatting.
    let sizes: Vec<&str> = svg.split("font-size=\"").skip(1).filter_map(|rest| rest.split('"').next()).collect();
    assert!(sizes.contains(&"13"), "{sizes:?}");
    assert!(sizes.iter().all(|size| size.parse::<u32>().is_ok()), "{sizes:?}");
}

#[test]
fn heatmap_labels_are_wrapped_whole_never_cut() {
    let group = "Person who uses services, or carer, or a member of their family";
    let partner = "City Council adult and children's services department";
    let svg = flat(heatmap("Gain", &[group], &[partner], &[vec![Some(50.0)]], "summary", &ChartWords::default()));
    // Every word of both labels is on the chart, whatever the lines they fall on.
    for word in group.split(' ').chain(partner.split(' ')).map(escape) {
        assert!(svg.contains(&format!(">{word}")) || svg.contains(&format!(" {word}")), "{word} in {svg}");
    }
    assert!(!svg.contains("Person who uses services, or carer, or a m<"), "not cut at 32 characters");
}
