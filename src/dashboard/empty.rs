//! What the dashboard shows instead of its charts when they could show nothing: no responses yet,
//! too few for any figure, or too few matching the chosen filters — one clear message with what to
//! do, rather than a "fewer than 3" on every mark of every chart.

use crate::analytics::Figure;

/// Why there are no figures to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EmptyState {
    /// No response to this survey is on the device.
    NoneYet,
    /// Some responses, but too few (or in groups too small) for any figure.
    TooFew {
        /// Responses stored on the device.
        stored: usize,
    },
    /// Enough responses, but too few match the filters chosen.
    FilteredTooFew,
}

impl EmptyState {
    /// The state of a dashboard with `stored` responses on the device whose view (`filtered`
    /// when any filter is chosen) shows `total` responses; `None` when it has figures to show.
    pub fn of(stored: usize, filtered: bool, total: &Figure<u32>) -> Option<EmptyState> {
        match total {
            Figure::Shown(_) => None,
            Figure::Suppressed if stored == 0 => Some(EmptyState::NoneYet),
            Figure::Suppressed if filtered => Some(EmptyState::FilteredTooFew),
            Figure::Suppressed => Some(EmptyState::TooFew { stored }),
        }
    }

    /// The message's heading.
    pub fn heading(&self, threshold: u32) -> String {
        match self {
            EmptyState::NoneYet => "No responses yet — here is how to collect them".to_owned(),
            EmptyState::TooFew { .. } => "Too few responses for figures yet — here is how to collect more".to_owned(),
            EmptyState::FilteredTooFew => format!("Fewer than {threshold} responses match these filters"),
        }
    }

    /// What the facilitator reads under the heading: why, then what to do, step by step.
    pub fn explanation(&self, threshold: u32) -> (String, Vec<String>) {
        let protection =
            format!("Nothing about fewer than {threshold} people is ever shown, so that no one can be identified.");
        let collect = vec![
            "Share the survey: on the set-up page, open the survey and copy its link or show its QR code; at a workshop, use \"Open on a shared workshop device\" for a kiosk.".to_owned(),
            "People who answered on their own devices without a submission address send you their answers as a file or a code: bring them in below, under \"Bring in response files\".".to_owned(),
            "If your partnership gathers responses in a CouchDB database, connect this dashboard below (\"Sync with a CouchDB database\") and they arrive by themselves.".to_owned(),
        ];
        match self {
            EmptyState::NoneYet => (format!("Figures appear here once people have answered. {protection}"), collect),
            EmptyState::TooFew { stored } => {
                let held = if *stored == 1 { "1 response is".to_owned() } else { format!("{stored} responses are") };
                (format!("{held} stored on this device: not yet enough for a figure. {protection}"), collect)
            }
            EmptyState::FilteredTooFew => {
                (format!("{protection} Choose more waves, groups or partners, or clear the filters."), Vec::new())
            }
        }
    }
}
