//! A response as a CouchDB database keeps it: the response's own fields (docs/formats/response.md) with CouchDB's `_id` — the response id — and `_rev` added. Read from a listing brought
//! in as a file and from the changes feed a sync follows. A survey's definitions share its database
//! under ids of their own (`survey:<survey id>:<version>`), which can never be a response's (a
//! response id has no colon).

use crate::response::Response;
use crate::seal::SealedResponse;
use crate::sorted_map::SortedMap;
use serde::de::IgnoredAny;
use serde::Deserialize;

/// How every survey document's `_id` starts.
pub const SURVEY_DOCUMENT_PREFIX: &str = "survey:";

/// The `_id` of the document holding version `version` of the survey `survey_id`.
pub fn survey_document_id(survey_id: &str, version: u32) -> String {
    format!("{SURVEY_DOCUMENT_PREFIX}{survey_id}:{version}")
}

/// Whether the document `id` is a survey definition (not a response, not a foreign document).
pub fn is_survey_document(id: &str) -> bool {
    id.starts_with(SURVEY_DOCUMENT_PREFIX)
}

/// The response's fields, CouchDB's, and nothing else.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Document {
    #[serde(rename = "_id")]
    couch_id: String,
    #[serde(rename = "_rev", default)]
    _rev: Option<IgnoredAny>,
    #[serde(rename = "_revisions", default)]
    _revisions: Option<IgnoredAny>,
    #[serde(rename = "_conflicts", default)]
    _conflicts: Option<IgnoredAny>,
    id: String,
    survey_id: String,
    survey_version: u32,
    #[serde(default)]
    wave: String,
    group: String,
    #[serde(default)]
    partner: Option<String>,
    submitted: String,
    answers: SortedMap<String, crate::response::Answer>,
}

/// The response the document `json` is, or `None` when it is not one: a foreign or damaged
/// document, or one whose `_id` is not its response id (the design document insists on it).
pub fn response_of_document(json: &str) -> Option<Response> {
    let document = serde_json::from_str::<Document>(json).ok()?;
    (document.couch_id == document.id).then_some(Response {
        id: document.id,
        survey_id: document.survey_id,
        survey_version: document.survey_version,
        wave: document.wave,
        group: document.group,
        partner: document.partner,
        submitted: document.submitted,
        answers: document.answers,
    })
}

/// The sealed envelope and CouchDB's fields, and nothing else.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SealedDocument {
    #[serde(rename = "_id")]
    couch_id: String,
    #[serde(rename = "_rev", default)]
    _rev: Option<IgnoredAny>,
    #[serde(rename = "_revisions", default)]
    _revisions: Option<IgnoredAny>,
    #[serde(rename = "_conflicts", default)]
    _conflicts: Option<IgnoredAny>,
    id: String,
    survey_id: String,
    survey_version: u32,
    sealed: String,
}

/// The sealed response the document `json` is, or `None` when it is not one (or its `_id` is not
/// its response id).
pub fn sealed_of_document(json: &str) -> Option<SealedResponse> {
    let document = serde_json::from_str::<SealedDocument>(json).ok()?;
    (document.couch_id == document.id).then_some(SealedResponse {
        id: document.id,
        survey_id: document.survey_id,
        survey_version: document.survey_version,
        sealed: document.sealed,
    })
}
