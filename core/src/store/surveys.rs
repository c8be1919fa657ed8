//! The facilitator's saved surveys, and the definition of each that the dashboard opens.

use super::keys::{definition_key, DEFINITIONS, SAVED_LIST};
use super::{kept_aside, Change, Collection, Record, RecordStore, StoreError};
use crate::setup::SavedSurvey;
use crate::survey::SurveyDefinition;

/// The surveys saved on this device, in the order the facilitator left them. An unreadable list
/// is moved aside and reported.
pub async fn load_saved_surveys<S: RecordStore>(store: &S) -> Result<Vec<SavedSurvey>, StoreError> {
    let Some(record) = store.get(Collection::Surveys, SAVED_LIST).await? else { return Ok(Vec::new()) };
    match serde_json::from_str(&record.value) {
        Ok(surveys) => Ok(surveys),
        Err(_) => Err(kept_aside::move_aside(store, Collection::Surveys, record).await),
    }
}

/// The change that stores the whole list.
pub(super) fn saved_list(surveys: &[SavedSurvey]) -> Result<Change, StoreError> {
    Ok(Change::Put(Collection::Surveys, Record::new(SAVED_LIST, "", super::to_json(surveys)?)))
}

/// The change that keeps `survey` where the dashboard finds it by id.
pub(super) fn definition(survey: &SurveyDefinition) -> Result<Change, StoreError> {
    Ok(Change::Put(Collection::Surveys, Record::new(&definition_key(&survey.id), DEFINITIONS, super::to_json(survey)?)))
}

/// Stores the whole list, and `open` (the open survey's definition, when valid) where the
/// dashboard finds it by id (the latest saved version wins); in one transaction.
pub async fn store_saved_surveys<S: RecordStore>(
    store: &S,
    surveys: &[SavedSurvey],
    open: Option<&SurveyDefinition>,
) -> Result<(), StoreError> {
    let mut changes = vec![saved_list(surveys)?];
    if let Some(survey) = open {
        changes.push(definition(survey)?);
    }
    store.write(changes).await
}

/// Keeps `survey` where the dashboard finds it by id.
pub async fn publish_definition<S: RecordStore>(store: &S, survey: &SurveyDefinition) -> Result<(), StoreError> {
    store.write(vec![definition(survey)?]).await
}

/// The definition JSON the dashboard opens for `survey_id`, if one was saved here.
pub async fn saved_definition<S: RecordStore>(store: &S, survey_id: &str) -> Result<Option<String>, StoreError> {
    Ok(store.get(Collection::Surveys, &definition_key(survey_id)).await?.map(|record| record.value))
}
