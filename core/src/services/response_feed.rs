//! The dashboard's feed of responses: the device's responses loaded once, then grown by each
//! arrival (another tab's submission, an import, a sync) or read again after a big import, with
//! what arrives while loading or reading again kept until the table is there. Plain state: the
//! page's hook runs the reads and draws; this decides what each event does.

use super::DeviceResponses;
use crate::response::Response;
use crate::survey::SurveyDefinition;

/// What the page should do after an event of the feed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FeedChange {
    /// Nothing shown changed.
    Nothing,
    /// Draw the figures again (soon: arrivals come in bursts).
    Redraw,
}

/// The responses a dashboard shows, and those waiting for the table to be ready.
#[derive(Debug, Default)]
pub struct ResponseFeed {
    /// The table, once loaded.
    loaded: Option<DeviceResponses>,
    /// Responses that arrived before the table was loaded or while it is read again (a
    /// response also in the store is counted once).
    early: Vec<Response>,
    /// Whether the stored responses are being read again.
    rereading: bool,
}

impl ResponseFeed {
    /// The responses shown, once loaded.
    pub fn loaded(&self) -> Option<&DeviceResponses> {
        self.loaded.as_ref()
    }

    /// Responses arrived: taken into the table, or kept until it is ready. Redraw when they
    /// changed what is shown or said (responses without a valid invitation are said too).
    pub fn arrived(&mut self, survey: &SurveyDefinition, arrived: Vec<Response>) -> FeedChange {
        let Some(loaded) = self.loaded.as_mut().filter(|_| !self.rereading) else {
            self.early.extend(arrived);
            return FeedChange::Nothing;
        };
        let held_back = loaded.held_back();
        let added = loaded.take(survey, &arrived);
        if added > 0 || loaded.held_back() != held_back {
            FeedChange::Redraw
        } else {
            FeedChange::Nothing
        }
    }

    /// The first load finished with `stored`. A table read again meanwhile (after a big import
    /// told of during the load) is newer and stays; either way the early arrivals are taken in.
    pub fn first_load_done(&mut self, survey: &SurveyDefinition, stored: DeviceResponses) -> FeedChange {
        let early = std::mem::take(&mut self.early);
        let table = self.loaded.get_or_insert(stored);
        table.take(survey, &early);
        FeedChange::Redraw
    }

    /// Asks to read every stored response again (after a big import); `false` when a reading is
    /// already under way, which will see the same responses.
    pub fn begin_reread(&mut self) -> bool {
        !std::mem::replace(&mut self.rereading, true)
    }

    /// The stored responses were read again into `fresh`: it replaces the table (the old one is
    /// dropped before the page is drawn from the new), with the arrivals of the meantime.
    pub fn reread_done(&mut self, survey: &SurveyDefinition, mut fresh: DeviceResponses) -> FeedChange {
        fresh.take(survey, &std::mem::take(&mut self.early));
        drop(self.loaded.replace(fresh));
        self.rereading = false;
        FeedChange::Redraw
    }
}
