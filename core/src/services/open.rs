//! Opening a survey on this device: one saved by the set-up page, or the contents of a share link
//! once the browser has inflated them. The fetching and inflating stay in the UI's platform code;
//! what the text means, and every way it can be wrong, is decided here.

use crate::setup::{setup_from_json, LinkError, LinkKind};
use crate::store::{saved_definition, RecordStore, StoreError};
use crate::survey::{builtin_survey, load_survey, SurveyDefinition, SurveyError};
use std::fmt;

/// Why a survey could not be opened.
#[derive(Clone, Debug, PartialEq)]
pub enum OpenError {
    /// The survey's text was read, but it is not a valid survey: every problem.
    Invalid(Vec<SurveyError>),
    /// `survey=saved:<id>` names a survey not saved on this device.
    NotSavedHere(String),
    /// The share link's contents are not a survey.
    BadLink(LinkError),
    /// The device's storage could not be read.
    Store(StoreError),
}

impl fmt::Display for OpenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OpenError::Invalid(errors) => {
                let texts: Vec<String> = errors.iter().map(ToString::to_string).collect();
                f.write_str(&texts.join(" "))
            }
            OpenError::NotSavedHere(id) => write!(
                f,
                "The survey \"{id}\" was not set up in this browser. Open the set-up page where it was made, or import its survey file there."
            ),
            OpenError::BadLink(error) => error.fmt(f),
            OpenError::Store(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for OpenError {}

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
