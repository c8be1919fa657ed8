//! The set-up page's surveys on this device: read once when the page opens, and kept after
//! every change together with the open survey's definition, which the dashboard opens by id.

use crate::seal::WrappedKey;
use crate::setup::{SavedSurvey, Workspace};
use crate::store::{load_saved_surveys, store_saved_surveys, RecordStore, StoreError};
use crate::survey::SurveyDefinition;

/// The set-up page's surveys as this device left them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OpenedWorkspace {
    /// The surveys that could be read (the first open).
    pub workspace: Workspace,
    /// A problem reading them, said on the page: surveys that could not be read were kept aside.
    pub problem: Option<StoreError>,
    /// Whether the page may keep its changes: not when the stored list could not be read (nor
    /// kept aside), since writing would replace surveys the page never saw.
    pub writable: bool,
}

/// The workspace as this device left it (see [`OpenedWorkspace`]).
pub async fn open_workspace<S: RecordStore>(store: &S) -> OpenedWorkspace {
    match load_saved_surveys(store).await {
        Ok(saved) => {
            OpenedWorkspace { workspace: Workspace::with(saved.surveys), problem: saved.set_aside, writable: true }
        }
        Err(error) => OpenedWorkspace { workspace: Workspace::default(), problem: Some(error), writable: false },
    }
}

/// Keeps every survey of `workspace`, and the open one's definition when it is valid, in one
/// transaction (`builtin` is what surveys without a base of their own adapt). The definition asks
/// every wave's questions about actions, so the dashboard reads each wave's answers whichever
/// wave's copy is open.
pub async fn keep_workspace<S: RecordStore>(
    store: &S,
    workspace: &Workspace,
    builtin: &SurveyDefinition,
) -> Result<(), StoreError> {
    let open = workspace
        .current()
        .and_then(|saved: &SavedSurvey| saved.with_every_wave_s_actions(&workspace.surveys).definition(builtin).ok());
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
        .surveys
        .into_iter()
        .filter(|saved| saved.setup.id == survey.id)
        .find_map(|saved| saved.key.filter(|key| key.public_key == *public)))
}
