//! The facilitator's saved surveys, and the definition of each that the dashboard opens.

use super::json_array::array_elements;
use super::keys::{definition_key, DEFINITIONS, SAVED_LIST};
use super::{kept_aside, Change, Collection, Record, RecordStore, StoreError};
use crate::setup::SavedSurvey;
use crate::survey::SurveyDefinition;

/// The surveys saved on this device and, when some could not be read, where they were kept.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SavedSurveys {
    /// Every saved survey that could be read, in the order the facilitator left them.
    pub surveys: Vec<SavedSurvey>,
    /// Set when some or all of the list could not be read: it was kept aside, not deleted.
    pub set_aside: Option<StoreError>,
}

/// The surveys saved on this device. A survey of the list that cannot be read is kept aside on
/// its own and the rest are used; a list that cannot be read at all is kept aside whole. Either
/// way it is said in `set_aside`. When even keeping it aside fails, the error is returned and
/// the list stays where it is (the caller must then not write over it).
pub async fn load_saved_surveys<S: RecordStore>(store: &S) -> Result<SavedSurveys, StoreError> {
    let Some(record) = store.get(Collection::Surveys, SAVED_LIST).await? else { return Ok(SavedSurveys::default()) };
    let Some(elements) = array_elements(&record.value) else {
        return match kept_aside::move_aside(store, Collection::Surveys, record).await {
            StoreError::Unreadable { key, kept_as } if key != kept_as => {
                Ok(SavedSurveys { surveys: Vec::new(), set_aside: Some(StoreError::Unreadable { key, kept_as }) })
            }
            not_moved => Err(not_moved),
        };
    };
    let (mut surveys, mut readable, mut unreadable) = (Vec::new(), Vec::new(), Vec::new());
    for element in elements {
        match serde_json::from_str::<SavedSurvey>(element) {
            Ok(survey) => {
                surveys.push(survey);
                readable.push(element);
            }
            Err(_) => unreadable.push(element),
        }
    }
    if unreadable.is_empty() {
        return Ok(SavedSurveys { surveys, set_aside: None });
    }
    // The unreadable surveys kept aside and the list without them, in one transaction.
    let kept_as = kept_aside::free_name(store, Collection::Surveys, SAVED_LIST).await?;
    let aside = kept_aside::keep(Collection::Surveys, &kept_as, format!("[{}]", unreadable.join(",")));
    // The readable ones as they were written (not written again: the dashboard, which reads
    // the list for a survey's key, never writes one).
    let list = Change::Put(Collection::Surveys, Record::new(SAVED_LIST, "", format!("[{}]", readable.join(","))));
    store.write(vec![aside, list]).await?;
    Ok(SavedSurveys { surveys, set_aside: Some(StoreError::Unreadable { key: SAVED_LIST.to_owned(), kept_as }) })
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
