//! The responses the dashboard analyses: every response to this survey stored on this device, in
//! the analysis table, with why any were left out. Loaded once; afterwards the table grows as
//! responses arrive (another tab's submission, an import) instead of being rebuilt from storage.

use crate::analytics::{AnalyticsError, FastSet, ProtectedTable, ResponseTable};
use crate::store::{read_responses, read_responses_list, KeyValueStore, StoreError};
use crate::survey::SurveyDefinition;
use std::cell::RefCell;
use std::rc::Rc;

/// This survey's responses on this device, ready to analyse.
#[derive(Clone, Debug)]
pub struct DeviceResponses {
    /// The table, or why the survey cannot be analysed at all.
    pub table: Result<ResponseTable, AnalyticsError>,
    /// Stored responses that do not fit the survey (another version, an unknown group…).
    pub refused: Vec<AnalyticsError>,
    /// A storage problem met while reading, said in words beside the figures.
    pub store_error: Option<StoreError>,
    /// Ids of the refused responses, so each is refused (and said) once however often we look.
    refused_ids: FastSet<String>,
    /// The table under small-number protection, made when first asked for after a change.
    protected: RefCell<Option<Rc<ProtectedTable>>>,
}

impl DeviceResponses {
    /// Every response to `survey` stored on this device.
    pub fn load(store: &dyn KeyValueStore, survey: &SurveyDefinition) -> DeviceResponses {
        let mut loaded = DeviceResponses {
            table: ResponseTable::new(survey),
            refused: Vec::new(),
            store_error: None,
            refused_ids: FastSet::default(),
            protected: RefCell::new(None),
        };
        loaded.take_new(store, survey, None);
        loaded
    }

    /// Adds the responses stored since the last look: from the one list that changed (`list`, a
    /// key as `store::responses_list_key` names it — a storage event says which), or from every
    /// tab's list when that is not known. Those already in the table are skipped by id, so a
    /// response is never counted twice. Returns how many were added.
    pub fn take_new(&mut self, store: &dyn KeyValueStore, survey: &SurveyDefinition, list: Option<&str>) -> usize {
        let Ok(table) = &mut self.table else { return 0 };
        let read = match list {
            Some(key) => read_responses_list(store, key),
            None => read_responses(store, &survey.id),
        };
        let stored = match read {
            Ok(stored) => stored,
            Err(error) => {
                self.store_error = Some(error);
                return 0;
            }
        };
        self.store_error = stored.set_aside;
        let before = table.len();
        for response in &stored.responses {
            if self.refused_ids.contains(&response.id) {
                continue;
            }
            match table.push(survey, response) {
                Ok(()) | Err(AnalyticsError::DuplicateResponse { .. }) => {}
                Err(error) => {
                    self.refused_ids.insert(response.id.clone());
                    self.refused.push(error);
                }
            }
        }
        let added = table.len() - before;
        if added > 0 {
            self.protected.replace(None);
        }
        added
    }

    /// The responses under small-number protection with threshold `k`, for analysing views:
    /// made once per change of the responses (or of k), not once per view.
    pub fn protected(&self, k: u32) -> Option<Rc<ProtectedTable>> {
        let table = self.table.as_ref().ok()?;
        let mut cached = self.protected.borrow_mut();
        if let Some(protected) = cached.as_ref().filter(|p| p.threshold() == k.max(1)) {
            return Some(protected.clone());
        }
        let protected = Rc::new(ProtectedTable::new(table, k));
        *cached = Some(protected.clone());
        Some(protected)
    }
}
