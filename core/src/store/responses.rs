//! Submitted responses: on the survey page one record each ("loose"), keyed by response id and
//! listed by survey id; on the facilitator's device packed (`packed.rs`). Adding never replaces
//! a stored response, so a response that reaches the device twice (two tabs, a file imported
//! twice, a database) is stored once, and two tabs adding at once both keep theirs.

use super::{kept_aside, packed, Collection, Record, RecordStore, StoreError};
use crate::response::{Response, ResponseView};

/// The responses stored for a survey, and where any that could not be read were set aside.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StoredResponses {
    /// Every response that could be read.
    pub responses: Vec<Response>,
    /// Set when some stored responses could not be read: they were kept aside, not deleted.
    pub set_aside: Option<StoreError>,
}

/// The record that stores `response`.
pub fn response_record(response: &Response) -> Result<Record, StoreError> {
    Ok(Record::new(&response.id, &response.survey_id, super::to_json(response)?))
}

/// Stores each of `responses` not stored yet, in one transaction: all or none. Returns how many
/// were added (the rest were here already).
pub async fn add_responses<S: RecordStore>(store: &S, responses: &[Response]) -> Result<usize, StoreError> {
    let records = responses.iter().map(response_record).collect::<Result<Vec<_>, _>>()?;
    if records.is_empty() {
        return Ok(0);
    }
    store.add_new(Collection::Responses, records, Vec::new()).await
}

/// The response `record` holds, when it is a readable response of `survey_id` filed under its id.
pub fn response_of(record: &Record, survey_id: &str) -> Option<Response> {
    let response = serde_json::from_str::<Response>(&record.value).ok()?;
    (response.id == record.key && response.survey_id == survey_id).then_some(response)
}

/// As [`response_of`], viewing the record's JSON rather than copying it, when its keys are in
/// order ([`ResponseView::from_json`]).
pub fn view_of<'a>(record: &'a Record, survey_id: &str) -> Option<ResponseView<'a>> {
    let view = ResponseView::from_json(&record.value)?;
    (*view.id == record.key && *view.survey_id == *survey_id).then_some(view)
}

/// Keeps the unreadable response `records` aside, each on its own, whether loose or packed;
/// what to tell the user.
pub async fn set_aside_unreadable<S: RecordStore>(store: &S, records: Vec<Record>) -> Option<StoreError> {
    let count = records.len();
    let mut kept_as = String::new();
    let mut packed: crate::fast_hash::FastMap<String, crate::fast_hash::FastSet<String>> = Default::default();
    for record in records {
        let loose = !packed::is_pack_key(&record.key)
            && matches!(store.get(Collection::Responses, &record.key).await, Ok(Some(_)));
        if !loose {
            packed.entry(record.group.clone()).or_default().insert(record.key);
            continue;
        }
        if let StoreError::Unreadable { kept_as: name, .. } =
            kept_aside::move_aside(store, Collection::Responses, record).await
        {
            kept_as = name;
        }
    }
    for (survey_id, ids) in packed {
        match packed::set_aside_packed(store, &survey_id, &ids).await {
            Ok(Some(name)) => kept_as = name,
            Ok(None) => {}
            Err(error) => return Some(error),
        }
    }
    (count > 0).then_some(StoreError::SomeUnreadable { count, kept_as })
}

/// The responses to `survey_id` stored on this device, loose and packed. A record that cannot
/// be read as a response of that survey is kept aside on its own and said in `set_aside`; the
/// rest are used.
pub async fn read_responses<S: RecordStore>(store: &S, survey_id: &str) -> Result<StoredResponses, StoreError> {
    let mut responses = Vec::new();
    let set_aside = read_responses_in_batches(store, survey_id, &mut |batch| responses.extend(batch)).await?;
    Ok(StoredResponses { responses, set_aside })
}

/// The responses of [`read_responses`] handed to `each` a batch at a time (a pack's worth), so
/// that a reader that writes them out (an export) never holds them all; returns what was kept
/// aside.
pub async fn read_responses_in_batches<S: RecordStore>(
    store: &S,
    survey_id: &str,
    each: &mut dyn FnMut(Vec<Response>),
) -> Result<Option<StoreError>, StoreError> {
    let mut unreadable = Vec::new();
    packed::response_records_in_batches(store, survey_id, &mut |records| {
        let mut batch = Vec::with_capacity(records.len());
        for record in records {
            match response_of(&record, survey_id) {
                Some(response) => batch.push(response),
                None => unreadable.push(record),
            }
        }
        each(batch);
    })
    .await?;
    Ok(set_aside_unreadable(store, unreadable).await)
}

/// The responses to `survey_id` that can be read (see [`read_responses`]).
pub async fn load_responses<S: RecordStore>(store: &S, survey_id: &str) -> Result<Vec<Response>, StoreError> {
    read_responses(store, survey_id).await.map(|stored| stored.responses)
}
