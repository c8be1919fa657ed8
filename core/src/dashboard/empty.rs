//! What the dashboard shows instead of its charts when they could show nothing: no responses yet,
//! too few for any figure, or too few matching the chosen filters — one clear message with what to
//! do, rather than a "fewer than 3" on every mark of every chart.

use crate::analytics::Figure;
use crate::i18n::{Arg, DashMsg as M, Texts};

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
    pub fn heading(&self, threshold: u32, texts: &Texts<M>) -> String {
        match self {
            EmptyState::NoneYet => texts.get(M::NoneYetHeading),
            EmptyState::TooFew { .. } => texts.get(M::TooFewHeading),
            EmptyState::FilteredTooFew => texts.format(M::FilteredTooFewHeading, &[("threshold", threshold.into())]),
        }
    }

    /// What the facilitator reads under the heading: why, then what to do, step by step.
    pub fn explanation(&self, threshold: u32, texts: &Texts<M>) -> (String, Vec<String>) {
        let protection = texts.format(M::NeverFewerThan, &[("threshold", threshold.into())]);
        let protection = ("protection", Arg::Text(&protection));
        let collect = [M::CollectShare, M::CollectFiles, M::CollectDatabase].map(|msg| texts.get(msg)).to_vec();
        match self {
            EmptyState::NoneYet => (texts.format(M::FiguresAppear, &[protection]), collect),
            EmptyState::TooFew { stored } => {
                (texts.format(M::StoredNotEnough, &[("stored", (*stored).into()), protection]), collect)
            }
            EmptyState::FilteredTooFew => (texts.format(M::ChooseMore, &[protection]), Vec::new()),
        }
    }
}
