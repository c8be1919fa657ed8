//! Reading a response file or bundle (or a CouchDB listing), and deciding which of its responses to add.

use super::{read_couch_listing, ResponseFile};
use crate::analytics::{AnalyticsError, ResponseTable};
use crate::response::Response;
use crate::survey::SurveyDefinition;
use std::fmt;

/// Largest file accepted: far above 100,000 responses' worth, far below what would stall a phone.
pub const MAX_FILE_BYTES: usize = 100 * 1024 * 1024;

/// Why a whole file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_FILE_BYTES`].
    TooLarge { bytes: usize },
    /// Not JSON at all (position of the first problem).
    NotJson { line: usize, column: usize },
    /// JSON, but not a response file.
    WrongShape { reason: String },
    /// A response file of a format version this build does not read.
    UnsupportedVersion { found: u32 },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge { bytes } => {
                write!(f, "it is {} MB, over the {} MB limit", bytes / (1024 * 1024), MAX_FILE_BYTES / (1024 * 1024))
            }
            ImportError::NotJson { line, column } => {
                write!(f, "it is not a response file (not JSON: line {line}, column {column})")
            }
            ImportError::WrongShape { reason } => write!(f, "it is not a Partnership Pulse response file ({reason})"),
            ImportError::UnsupportedVersion { found } => {
                write!(f, "it is a response file of format version {found}, which this version of the app cannot read")
            }
        }
    }
}

impl std::error::Error for ImportError {}

/// What a file brought to the dashboard holds.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Incoming {
    /// Its responses, in the file's order.
    pub responses: Vec<Response>,
    /// The ids of a CouchDB listing's documents that are not responses (design documents aside).
    pub not_responses: Vec<String>,
}

/// Reads a file brought to the dashboard: a response file, or a CouchDB database's listing
/// (`_all_docs?include_docs=true`), whose documents that are not responses are skipped and named.
pub fn read_import(text: &str) -> Result<Incoming, ImportError> {
    let not_a_file = match read_response_file(text) {
        Ok(responses) => return Ok(Incoming { responses, not_responses: Vec::new() }),
        Err(error @ ImportError::WrongShape { .. }) => error,
        Err(error) => return Err(error),
    };
    #[derive(serde::Deserialize)]
    struct ListingProbe {
        rows: Option<serde::de::IgnoredAny>,
        format: Option<serde::de::IgnoredAny>,
    }
    match serde_json::from_str::<ListingProbe>(text) {
        Ok(ListingProbe { rows: Some(_), format: None }) => read_couch_listing(text)
            .map_err(|_| ImportError::WrongShape { reason: "a CouchDB listing whose rows cannot be read".into() }),
        _ => Err(not_a_file),
    }
}

#[derive(serde::Deserialize)]
struct FileProbe {
    format: Option<String>,
    version: Option<u64>,
}

/// Reads a response file (`{"format": "partnership-pulse/responses", "version": 1, ...}`).
pub fn read_response_file(text: &str) -> Result<Vec<Response>, ImportError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    // A good file, the usual case, is read in one pass.
    if let Ok(file) = serde_json::from_str::<ResponseFile>(text) {
        if file.format == ResponseFile::FORMAT && file.version == 1 {
            return Ok(file.responses);
        }
    }
    // Otherwise the format and version are read first, so that another kind of file, or a newer
    // format, is reported as such rather than as a confusing shape error.
    let probe: FileProbe = serde_json::from_str(text).map_err(|error| match error.classify() {
        serde_json::error::Category::Data => ImportError::WrongShape { reason: "not a JSON object".into() },
        _ => ImportError::NotJson { line: error.line(), column: error.column() },
    })?;
    if probe.format.as_deref() != Some(ResponseFile::FORMAT) {
        return Err(ImportError::WrongShape { reason: "no \"format\": \"partnership-pulse/responses\"".into() });
    }
    if probe.version != Some(1) {
        let found = probe.version.map_or(0, |version| u32::try_from(version).unwrap_or(u32::MAX));
        return Err(ImportError::UnsupportedVersion { found });
    }
    let file: ResponseFile = serde_json::from_str(text).map_err(|error| {
        let reason = error.to_string();
        ImportError::WrongShape { reason: reason.split(" at line ").next().unwrap_or(&reason).to_owned() }
    })?;
    Ok(file.responses)
}

/// What to do with a file's responses, given those already stored.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Merge {
    /// Responses to add, in file order.
    pub added: Vec<Response>,
    /// How many were already there (same response id), including repeats within the file.
    pub duplicates: usize,
    /// Responses refused, each with its reason.
    pub refused: Vec<AnalyticsError>,
}

/// Checks every incoming response against the survey and the stored ones.
pub fn merge_responses(survey: &SurveyDefinition, stored: &[Response], incoming: Vec<Response>) -> Merge {
    let mut merge = Merge::default();
    let mut table = match ResponseTable::new(survey) {
        Ok(table) => table,
        Err(error) => {
            merge.refused.push(error);
            return merge;
        }
    };
    // Stored responses only mark their ids as taken; one that no longer fits is not this file's fault.
    for response in stored {
        let _ = table.push(survey, response).or_else(|_| table.reserve_id(&response.id));
    }
    for response in incoming {
        match table.push(survey, &response) {
            Ok(()) => merge.added.push(response),
            Err(AnalyticsError::DuplicateResponse { .. }) => merge.duplicates += 1,
            Err(error) => merge.refused.push(error),
        }
    }
    merge
}
