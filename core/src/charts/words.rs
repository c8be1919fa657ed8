//! The words a chart draws of its own (everything else — titles, labels, series — is given by
//! its caller): English by default, or in the dashboard's language.

use crate::analytics::{BORDERLINE_FROM, STRENGTH_FROM};

/// The words a chart draws of its own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartWords {
    /// In place of a figure that would single out a small group.
    pub hidden: String,
    /// The same, short, in a heatmap's cell.
    pub hidden_cell: String,
    /// The bands' names above a bar chart: concern, borderline, strength.
    pub bands: [String; 3],
    /// The bands in a legend, with their bounds.
    pub band_legend: [String; 3],
    /// Either side of the middle of the answers to each statement.
    pub disagree: String,
    /// See [`ChartWords::disagree`].
    pub agree: String,
    /// Before the share of "don't know" answers to a statement.
    pub dont_know: String,
    /// How to read the trust map.
    pub network_key: String,
    /// The change chart with one wave: what it shows.
    pub one_wave: String,
    /// The change chart with one wave: when it will show change.
    pub second_wave: String,
}

impl Default for ChartWords {
    fn default() -> Self {
        let (borderline, strength) = (format_score(BORDERLINE_FROM), format_score(STRENGTH_FROM));
        let hidden = super::HIDDEN.to_owned();
        ChartWords {
            network_key: format!(
                "Arrow from A to B: how far members of A trust B, 0-100 (wider is more). Dashed: {hidden}."
            ),
            hidden,
            hidden_cell: "hidden".into(),
            bands: ["Concern", "Borderline", "Strength"].map(String::from),
            band_legend: [
                format!("Concern: under {borderline}"),
                format!("Borderline: {borderline} to under {strength}"),
                format!("Strength: {strength} and over"),
            ],
            disagree: "← disagree".into(),
            agree: "agree →".into(),
            dont_know: "don't know".into(),
            one_wave: "Only one wave so far.".into(),
            second_wave: "Change shows here once a second wave is in.".into(),
        }
    }
}

/// A figure as a whole number, without float formatting machinery.
pub fn format_score(score: f64) -> String {
    (score.round() as i64).to_string()
}
