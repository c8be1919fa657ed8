//! The set-up page's surveys on this device: read once when the page opens, and kept after
//! every change together with the open survey's definition, which the dashboard opens by id.

use crate::seal::WrappedKey;
use crate::setup::{SavedSurvey, Workspace};
use crate::store::{load_saved_surveys, store_saved_surveys, RecordStore, StoreError};
use crate::survey::SurveyDefinition;

/// The workspace as this device left it (the first survey open), and any problem reading it: an
/// unreadable list is kept aside and the workspace starts empty.
pub async fn open_workspace<S: RecordStore>(store: &S) -> (Workspace, Option<StoreError>) {
    match load_saved_surveys(store).await {
        Ok(surveys) => (Workspace::with(surveys), None),
        Err(error) => (Workspace::default(), Some(error)),
    }
}

/// Keeps every survey of `workspace`, and the open one's definition when it is valid, in one
/// transaction (`builtin` is what surveys without a base of their own adapt).
pub async fn keep_workspace<S: RecordStore>(
    store: &S,
    workspace: &Workspace,
    builtin: &SurveyDefinition,
) -> Result<(), StoreError> {
    let open = workspace.current().and_then(|saved: &SavedSurvey| saved.definition(builtin).ok());
    store_saved_surveys(store, &workspace.surveys, open.as_ref()).await
}

/// The wrapped private key of `survey` kept on this device with its saved survey (made on this
/// device's set-up page, or brought from the database or a key file), when `survey` is sealed.
pub async fn survey_key<S: RecordStore>(
    store: &S,
    survey: &SurveyDefinition,
) -> Result<Option<WrappedKey>, StoreError> {
    let Some(public) = &survey.seal_key else { return Ok(None) };
    let saved = load_saved_surveys(store).await?;
    Ok(saved
        .into_iter()
        .filter(|saved| saved.setup.id == survey.id)
        .find_map(|saved| saved.key.filter(|key| key.public_key == *public)))
}
