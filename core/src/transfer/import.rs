//! Reading a response file or bundle (or a CouchDB listing), and deciding which of its responses to add.

use super::stream::{ReadItem, ResponseReader, StrPieces};
use crate::analytics::{AnalyticsError, ResponseTable};
use crate::response::Response;
use crate::survey::SurveyDefinition;

/// Largest file accepted: far above 100,000 responses' worth, far below what would stall a phone.
pub const MAX_FILE_BYTES: usize = 100 * 1024 * 1024;

/// Why a whole file was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// Larger than [`MAX_FILE_BYTES`].
    #[error("it is {} MB, over the {} MB limit", .bytes / (1024 * 1024), MAX_FILE_BYTES / (1024 * 1024))]
    TooLarge { bytes: usize },
    /// Not JSON at all (position of the first problem).
    #[error("it is not a response file (not JSON: line {line}, column {column})")]
    NotJson { line: usize, column: usize },
    /// JSON, but not a response file.
    #[error("it is not a Partnership Pulse response file ({reason})")]
    WrongShape { reason: String },
    /// A response file of a format version this build does not read.
    #[error("it is a response file of format version {found}, which this version of the app cannot read")]
    UnsupportedVersion { found: u32 },
}

/// What a file brought to the dashboard holds.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Incoming {
    /// Its responses, in the file's order.
    pub responses: Vec<Response>,
    /// The ids of a CouchDB listing's documents that are not responses (design documents aside).
    pub not_responses: Vec<String>,
    /// Sealed responses (docs/formats/sealed-responses.md), to be opened with the survey's key.
    pub sealed: Vec<crate::seal::SealedResponse>,
    /// Elements of the file that are JSON but not responses, each with where and why.
    pub unreadable: Vec<crate::response::ResponseError>,
}

/// Reads a file brought to the dashboard: a response file, or a CouchDB database's listing
/// (`_all_docs?include_docs=true`), whose documents that are not responses are skipped and named.
/// (The dashboard reads a file a response at a time with [`ResponseReader`]; this is the same
/// reading, collected.)
pub fn read_import(text: &str) -> Result<Incoming, ImportError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let mut incoming = Incoming::default();
    for item in ResponseReader::new(StrPieces::new(text)) {
        match item? {
            ReadItem::Response(response) => incoming.responses.push(response),
            ReadItem::NotResponse(id) => incoming.not_responses.push(id),
            ReadItem::Unreadable(why) => incoming.unreadable.push(why),
        }
    }
    Ok(incoming)
}

/// Reads a response file (`{"format": "partnership-pulse/responses", "version": 1, ...}`); an
/// element that is not a readable response is passed over (see [`read_import`] for which).
pub fn read_response_file(text: &str) -> Result<Vec<Response>, ImportError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let mut reader = ResponseReader::new(StrPieces::new(text));
    let mut responses = Vec::new();
    for item in reader.by_ref() {
        if let ReadItem::Response(response) = item? {
            responses.push(response);
        }
    }
    if reader.is_listing() {
        return Err(ImportError::WrongShape { reason: "no \"format\": \"partnership-pulse/responses\"".into() });
    }
    Ok(responses)
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
