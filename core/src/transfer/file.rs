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

/// The response file of a sealed survey: the respondent's response sealed for the survey's key
/// (docs/formats/sealed-responses.md), which only a dashboard holding the key opens.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SealedResponseFile {
    /// Always `"partnership-pulse/sealed-responses"`.
    pub format: String,
    /// Version of this file format, 1.
    pub version: u32,
    /// The sealed responses.
    pub sealed: Vec<crate::seal::SealedResponse>,
}

impl SealedResponseFile {
    /// Format name written in every sealed response file.
    pub const FORMAT: &'static str = "partnership-pulse/sealed-responses";

    /// A file holding `sealed`.
    pub fn new(sealed: Vec<crate::seal::SealedResponse>) -> Self {
        Self { format: Self::FORMAT.to_owned(), version: 1, sealed }
    }

    /// Whether `start`, the first characters of a file, begin a sealed response file (checked
    /// before a file is read whole, which only such a small file is).
    pub fn starts(start: &str) -> bool {
        start.trim_start().starts_with('{') && start.contains(Self::FORMAT)
    }

    /// Reads a sealed response file; `None` when `text` is not one.
    pub fn read(text: &str) -> Option<Self> {
        serde_json::from_str::<Self>(text).ok().filter(|file| file.format == Self::FORMAT && file.version == 1)
    }

    /// The file as compact JSON.
    pub fn to_json(&self) -> Result<String, StoreError> {
        crate::store::to_json(self)
    }
}
