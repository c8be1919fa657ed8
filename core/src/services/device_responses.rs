//! The responses the dashboard analyses: every response to this survey stored on this device, in
//! the analysis table, with why any were left out. Loaded once; afterwards the table grows as
//! responses arrive (another tab's submission, an import) instead of being rebuilt from storage.

use crate::analytics::{AnalyticsError, FastSet, ProtectedTable, ResponseTable};
use crate::dashboard::HeldBack;
use crate::invitations::{InvitationList, UninvitedCounts};
use crate::response::{Response, ResponseView};
use crate::store::{
    compact_packs, pack_loose, read_responses, response_of, response_records_in_batches, set_aside_unreadable, view_of,
    Packing, RecordStore, StoreError, SMALL_PACKS_KEPT,
};
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
    /// Ids of the refused and uninvited responses, so each is refused (and said) once however
    /// often we look.
    refused_ids: FastSet<String>,
    /// The survey's invitations, when only responses with one count.
    invitations: Option<InvitationList>,
    /// Responses without a valid invitation: stored, in no figure.
    uninvited: UninvitedCounts,
    /// The state of the responses shown now, under small-number protection: it moves on to the
    /// responses that arrived since only when that is safe (see [`DeviceResponses::protected`]).
    shown: RefCell<Option<Rc<ProtectedTable>>>,
    /// How many rows the table had when moving the shown state on was last tried and refused:
    /// it is tried again only once more have arrived (each try protects every response).
    refused_at: std::cell::Cell<usize>,
}

impl DeviceResponses {
    /// Every response to `survey` stored on this device, read a batch at a time and taken into
    /// the table as each batch arrives (the store reads the next meanwhile).
    pub async fn load<S: RecordStore>(store: &S, survey: &SurveyDefinition) -> DeviceResponses {
        let mut loaded = DeviceResponses {
            table: ResponseTable::new(survey),
            refused: Vec::new(),
            store_error: None,
            refused_ids: FastSet::default(),
            invitations: InvitationList::of(&survey.id, survey.invitations.as_ref()),
            uninvited: UninvitedCounts::default(),
            shown: RefCell::new(None),
            refused_at: std::cell::Cell::new(0),
        };
        // Responses submitted on this device (a kiosk), or left by an earlier release, are packed
        // first; should that fail, they are read loose all the same.
        let mut packing = pack_loose(store, &survey.id).await;
        if let Ok(Packing { small_packs, .. }) = &packing {
            if *small_packs > SMALL_PACKS_KEPT {
                // A live sync's many small pages joined, so that the next open reads few records.
                if let Err(error) = compact_packs(store, &survey.id).await {
                    packing = Err(error);
                }
            }
        }
        let mut unreadable = Vec::new();
        let read = response_records_in_batches(store, &survey.id, &mut |records| {
            // Most records read straight into views of their JSON; the rest (a key repeated or out of
            // order, as no release writes) are read as responses, which decide as before.
            let mut views = Vec::with_capacity(records.len());
            let mut read_long = Vec::new();
            for (at, record) in records.iter().enumerate() {
                match view_of(record, &survey.id) {
                    Some(view) => views.push(view),
                    None => read_long.push(at),
                }
            }
            loaded.take_views(survey, views);
            let mut responses = Vec::new();
            for at in read_long {
                match response_of(&records[at], &survey.id) {
                    Some(response) => responses.push(response),
                    None => unreadable.push(records[at].clone()),
                }
            }
            loaded.take(survey, &responses);
        })
        .await;
        loaded.store_error = match (read, packing) {
            (Err(error), _) | (Ok(()), Err(error)) => Some(error),
            (Ok(()), Ok(packing)) => set_aside_unreadable(store, unreadable).await.or(packing.set_aside),
        };
        loaded
    }

    /// Reads every stored response again and adds those not in the table yet (after a change the
    /// page was not told of). Returns how many were added.
    pub async fn take_stored<S: RecordStore>(&mut self, store: &S, survey: &SurveyDefinition) -> usize {
        if self.table.is_err() {
            return 0;
        }
        match read_responses(store, &survey.id).await {
            Ok(stored) => {
                self.store_error = stored.set_aside;
                self.take(survey, &stored.responses)
            }
            Err(error) => {
                self.store_error = Some(error);
                0
            }
        }
    }

    /// Adds `responses` that arrived (another tab's submission or import, this tab's import):
    /// those already in the table are skipped by id, so a response is never counted twice, and
    /// those that do not fit the survey, or lack a valid invitation to a survey by invitation,
    /// are left out and said once. Returns how many were added.
    pub fn take(&mut self, survey: &SurveyDefinition, responses: &[Response]) -> usize {
        let Ok(table) = &self.table else { return 0 };
        // Only those not seen yet are viewed: a re-read of every stored response builds no view
        // of the ones in the table already.
        let unseen: Vec<&Response> = responses
            .iter()
            .filter(|response| unseen(survey, table, &self.refused_ids, &response.survey_id, &response.id))
            .collect();
        self.take_views(survey, unseen.into_iter().map(Response::view))
    }

    /// As [`Self::take`], for responses read as views.
    fn take_views<'a>(
        &mut self,
        survey: &SurveyDefinition,
        responses: impl IntoIterator<Item = ResponseView<'a>>,
    ) -> usize {
        let Ok(table) = &mut self.table else { return 0 };
        let before = table.len();
        for response in responses {
            // Skipped before its invitation is checked: a response read again (a re-read after a
            // big import, a sync page bringing back this device's own) costs no SHA-256.
            if !unseen(survey, table, &self.refused_ids, &response.survey_id, &response.id) {
                continue;
            }
            if let Some(Err(why)) = self.invitations.as_ref().map(|list| list.check(&response.id, &response.group)) {
                self.refused_ids.insert(response.id.to_string());
                self.uninvited.add(why);
                continue;
            }
            match table.push_view(survey, &response) {
                Ok(()) | Err(AnalyticsError::DuplicateResponse { .. }) => {}
                Err(error) => {
                    self.refused_ids.insert(response.id.to_string());
                    self.refused.push(error);
                }
            }
        }
        table.len() - before
    }

    /// The responses shown, under small-number protection with threshold `k`. The first call
    /// shows every response; afterwards the shown state moves on to the responses that arrived
    /// since only when a reader who saw both states learns about no fewer than k people
    /// ([`ProtectedTable::may_follow`]): first all of them, else those arriving in (group,
    /// partner, wave) cells with more than k newcomers; the rest wait ([`Self::waiting`]).
    pub fn protected(&self, k: u32) -> Option<Rc<ProtectedTable>> {
        let table = self.table.as_ref().ok()?;
        let mut shown = self.shown.borrow_mut();
        let current = shown.as_ref().filter(|state| state.threshold() == k).cloned();
        let Some(current) = current else {
            let everything = Rc::new(ProtectedTable::new(table, k));
            *shown = Some(everything.clone());
            return Some(everything);
        };
        let considered = current.rows_considered();
        if considered.len() == table.len() || self.refused_at.get() == table.len() {
            return Some(current);
        }
        let all: Vec<usize> = (0..table.len()).collect();
        let crowded = crowded_arrivals(table, considered, k);
        // Everything that arrived, else only the arrivals in crowded cells.
        let candidates = std::iter::once(all).chain((crowded.len() > considered.len()).then_some(crowded));
        for rows in candidates {
            let next = ProtectedTable::of_rows(table, &rows, k);
            if next.may_follow(&current) {
                let next = Rc::new(next);
                *shown = Some(next.clone());
                return Some(next);
            }
        }
        self.refused_at.set(table.len());
        Some(current)
    }

    /// Responses stored but not shown yet: they wait until enough others arrive with them.
    pub fn waiting(&self) -> usize {
        let Ok(table) = &self.table else { return 0 };
        let shown = self.shown.borrow();
        shown.as_ref().map_or(0, |state| table.len() - state.rows_considered().len())
    }

    /// Responses stored and in no figure for now (waiting) or for good (no valid invitation).
    pub fn held_back(&self) -> HeldBack {
        HeldBack {
            waiting: self.waiting(),
            invitations: self.invitations.as_ref().map(|list| (list.len(), self.uninvited)),
        }
    }
}

/// The rows shown (`shown`, ascending) and the rows that arrived since in (group, partner, wave)
/// cells where more than k arrived: those that cannot stand out one by one.
fn crowded_arrivals(table: &ResponseTable, shown: &[usize], k: u32) -> Vec<usize> {
    let arrived: Vec<usize> = (0..table.len()).filter(|row| shown.binary_search(row).is_err()).collect();
    let mut in_cell: crate::analytics::FastMap<(u8, u16, u16), u32> = crate::analytics::FastMap::default();
    for &row in &arrived {
        *in_cell.entry(table.cell_of(row)).or_default() += 1;
    }
    let mut rows: Vec<usize> = shown.to_vec();
    rows.extend(arrived.into_iter().filter(|&row| in_cell[&table.cell_of(row)] > k));
    rows.sort_unstable();
    rows
}

/// Whether the response `id` to `survey_id` is one of `survey`'s that is neither in `table` nor
/// refused already.
fn unseen(
    survey: &SurveyDefinition,
    table: &ResponseTable,
    refused: &FastSet<String>,
    survey_id: &str,
    id: &str,
) -> bool {
    survey_id == survey.id && !refused.contains(id) && !table.contains(id)
}
