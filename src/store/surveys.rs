//! The facilitator's saved surveys, and the definition of each that the dashboard opens.

use super::keys::{saved_definition_key, saved_surveys_key};
use super::records::quarantine;
use super::{KeyValueStore, StoreError};
use crate::setup::SavedSurvey;
use crate::survey::SurveyDefinition;

/// The surveys saved on this device, in the order the facilitator left them.
pub fn load_saved_surveys(store: &dyn KeyValueStore) -> Result<Vec<SavedSurvey>, StoreError> {
    let key = saved_surveys_key();
    let Some(raw) = store.get(&key)? else { return Ok(Vec::new()) };
    serde_json::from_str(&raw).map_err(|_| quarantine(store, &key, &raw))
}

/// Stores the whole list in one write (all or nothing).
pub fn store_saved_surveys(store: &dyn KeyValueStore, surveys: &[SavedSurvey]) -> Result<(), StoreError> {
    store.set(&saved_surveys_key(), &super::to_json(surveys)?)
}

/// Keeps `survey` where the dashboard finds it by id (the latest saved version wins).
pub fn publish_definition(store: &dyn KeyValueStore, survey: &SurveyDefinition) -> Result<(), StoreError> {
    store.set(&saved_definition_key(&survey.id), &super::to_json(survey)?)
}

/// The definition JSON the dashboard opens for `survey_id`, if one was saved here.
pub fn saved_definition(store: &dyn KeyValueStore, survey_id: &str) -> Result<Option<String>, StoreError> {
    store.get(&saved_definition_key(survey_id))
}
