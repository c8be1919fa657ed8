//! The response file a respondent downloads and a facilitator imports.

use crate::response::Response;
use crate::store::StoreError;
use serde::{Deserialize, Serialize};

/// The response file a respondent downloads and a facilitator imports.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResponseFile {
    /// Always `"partnership-pulse/responses"`.
    pub format: String,
    /// Version of this file format, 1.
    pub version: u32,
    /// The responses.
    pub responses: Vec<Response>,
}

impl ResponseFile {
    /// Format name written in every response file.
    pub const FORMAT: &'static str = "partnership-pulse/responses";

    /// A file holding `responses`.
    pub fn new(responses: Vec<Response>) -> ResponseFile {
        ResponseFile { format: Self::FORMAT.to_owned(), version: 1, responses }
    }

    /// The file as compact JSON (no pretty-printer in the bundle, and smaller files).
    pub fn to_json(&self) -> Result<String, StoreError> {
        crate::store::to_json(self)
    }
}
