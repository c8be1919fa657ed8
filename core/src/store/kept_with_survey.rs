//! What the facilitator keeps beside each survey's definitions (its themes, its agreed actions:
//! each kind implements [`KeptWithSurvey`] where it is defined).

use super::{kept_aside, Change, Collection, Record, RecordStore, StoreError};
use serde::{de::DeserializeOwned, Serialize};

/// A record of one survey's, kept in [`Collection::Surveys`] under `<GROUP>:<survey id>`.
pub trait KeptWithSurvey: Serialize + DeserializeOwned {
    /// The records' group, and their keys' start.
    const GROUP: &'static str;
    /// What a survey has before anything is kept.
    fn empty(survey_id: &str) -> Self;
    /// The survey it belongs to.
    fn survey_id(&self) -> &str;
}

fn key<T: KeptWithSurvey>(survey_id: &str) -> String {
    format!("{}:{survey_id}", T::GROUP)
}

/// What survey `survey_id` keeps of `T` on this device (nothing yet: [`KeptWithSurvey::empty`]).
/// An unreadable record is moved aside and reported, never overwritten unread.
pub async fn load_kept<T: KeptWithSurvey, S: RecordStore>(store: &S, survey_id: &str) -> Result<T, StoreError> {
    let Some(record) = store.get(Collection::Surveys, &key::<T>(survey_id)).await? else {
        return Ok(T::empty(survey_id));
    };
    match serde_json::from_str::<T>(&record.value) {
        Ok(kept) if kept.survey_id() == survey_id => Ok(kept),
        _ => Err(kept_aside::move_aside(store, Collection::Surveys, record).await),
    }
}

/// Stores `kept` in place of what its survey kept of `T`, all or nothing.
pub async fn save_kept<T: KeptWithSurvey, S: RecordStore>(store: &S, kept: &T) -> Result<(), StoreError> {
    let record = Record::new(&key::<T>(kept.survey_id()), T::GROUP, super::to_json(kept)?);
    store.write(vec![Change::Put(Collection::Surveys, record)]).await
}
