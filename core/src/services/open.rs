//! Opening a survey on this device: one saved by the set-up page, or the contents of a share link
//! once the browser has inflated them. The fetching and inflating stay in the UI's platform code;
//! what the text means, and every way it can be wrong, is decided here.

use crate::setup::{setup_from_json, LinkError, LinkKind};
use crate::store::{saved_definition, RecordStore, StoreError};
use crate::survey::{builtin_survey, load_survey, SurveyDefinition, SurveyError};

/// Why a survey could not be opened.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum OpenError {
    /// The survey's text was read, but it is not a valid survey: every problem.
    #[error("{}", crate::survey::joined(.0))]
    Invalid(Vec<SurveyError>),
    /// `survey=saved:<id>` names a survey not saved on this device.
    #[error("The survey \"{0}\" was not set up in this browser. Open the set-up page where it was made, or import its survey file there.")]
    NotSavedHere(String),
    /// The share link's contents are not a survey.
    #[error(transparent)]
    BadLink(LinkError),
    /// The device's storage could not be read.
    #[error(transparent)]
    Store(StoreError),
}

/// The survey the set-up page saved on this device under `id` (its latest version).
pub async fn open_saved<S: RecordStore>(store: &S, id: &str) -> Result<SurveyDefinition, OpenError> {
    match saved_definition(store, id).await {
        Ok(Some(json)) => load_survey(&json).map_err(OpenError::Invalid),
        Ok(None) => Err(OpenError::NotSavedHere(id.to_owned())),
        Err(error) => Err(OpenError::Store(error)),
    }
}

/// The survey in a share link's inflated contents: a set-up of the built-in instrument, or a
/// whole definition; either is validated like any survey.
pub fn open_link_contents(kind: LinkKind, json: &[u8]) -> Result<SurveyDefinition, OpenError> {
    match kind {
        LinkKind::SetUp => {
            let setup = setup_from_json(json).map_err(OpenError::BadLink)?;
            builtin_survey().and_then(|builtin| setup.to_definition(&builtin)).map_err(OpenError::Invalid)
        }
        LinkKind::Definition => load_survey(&String::from_utf8_lossy(json)).map_err(OpenError::Invalid),
    }
}
