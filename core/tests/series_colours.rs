//! Colour means one thing: up to eight groups each have a colour of their own, and a measure
//! (inclusion, "named by others", what partners gain) never takes a group's colour.

use pulse_core::charts::{contrast, Series, MEASURE_GREYS, OKABE_ITO};
use std::collections::HashSet;

const WHITE: (u8, u8, u8) = (255, 255, 255);

fn rgb(series: &Series) -> (u8, u8, u8) {
    let colour = series.colour();
    (colour.0, colour.1, colour.2)
}

#[test]
fn eight_groups_have_eight_colours() {
    let groups = Series::in_order((1..=8).map(|n| format!("Group {n}")));
    let colours: HashSet<_> = groups.iter().map(rgb).collect();
    // Groups 1 and 8 shared the blue when the palette had seven colours.
    assert_eq!(colours.len(), 8);
}

#[test]
fn measures_are_greys_no_group_has_and_each_stands_out_on_white() {
    let groups: HashSet<_> = OKABE_ITO.iter().map(|c| (c.0, c.1, c.2)).collect();
    let measures = Series::measures(["Inclusion", "Named by others", "Gain", "Contribution"]);
    let colours: HashSet<_> = measures.iter().map(rgb).collect();
    assert_eq!(colours.len(), 4, "four measures, four greys");
    for measure in &measures {
        assert!(!groups.contains(&rgb(measure)), "{} takes a group's colour", measure.name);
        let white = plotters::style::RGBColor(WHITE.0, WHITE.1, WHITE.2);
        // WCAG 1.4.11: a graphical object at least 3:1 against what is around it.
        assert!(contrast(measure.colour(), white) >= 3.0, "{}", measure.name);
    }
    assert_eq!(MEASURE_GREYS.len(), 4);
}

#[test]
fn the_change_across_waves_draws_indicators_in_greys_never_a_groups_hue() {
    use pulse_core::charts::{trend, ChartWords, TrendLine};
    let indicators = ["Trust", "Inclusion", "Value", "Shared aims", "Leadership", "Renewal"];
    let lines: Vec<TrendLine> = indicators
        .iter()
        .enumerate()
        .map(|(at, label)| TrendLine { label, values: vec![Some(40.0 + at as f64), Some(60.0)] })
        .collect();
    let svg =
        trend("Change across waves", &["2026 spring", "2026 autumn"], &lines, "summary", &ChartWords::default()).svg;
    let svg = svg.to_uppercase();
    for hue in OKABE_ITO.iter().take(7) {
        let written = format!("#{:02X}{:02X}{:02X}", hue.0, hue.1, hue.2);
        assert!(!svg.contains(&written), "a group's hue {written} in the change chart");
    }
    let grey = MEASURE_GREYS[0];
    assert!(svg.contains(&format!("#{:02X}{:02X}{:02X}", grey.0, grey.1, grey.2)), "drawn in the measures' greys");
}
