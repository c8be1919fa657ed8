//! A CouchDB database's listing (`GET /<database>/_all_docs?include_docs=true`) read as responses:
//! what the respondents' devices sent to the submission address, brought onto the facilitator's
//! device as a file until the app syncs with the database itself (README, "Scale").
//!
//! Every document is a response with CouchDB's `_id` (and `_rev`) added. The design document is
//! left out without a word; any other document that is not a response is skipped and named in the
//! report, so one foreign or damaged document never keeps the others out.

use super::Incoming;
use crate::response::Response;
use serde::de::IgnoredAny;
use serde::Deserialize;
use serde_json::value::RawValue;
use std::collections::BTreeMap;

/// The listing's outline; each document is read on its own.
#[derive(Deserialize)]
struct Listing<'a> {
    #[serde(borrow)]
    rows: Vec<Row<'a>>,
}

#[derive(Deserialize)]
struct Row<'a> {
    // Absent from the row of a key that is not in the database.
    #[serde(default)]
    id: String,
    #[serde(borrow, default)]
    doc: Option<&'a RawValue>,
}

/// A response as the database keeps it: the response's own fields, CouchDB's, and nothing else.
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
    answers: BTreeMap<String, crate::response::Answer>,
}

/// Reads a CouchDB listing: its responses in order, and the ids of the documents that are not
/// responses; an error when the listing's outline (its rows) cannot be read.
pub fn read_couch_listing(text: &str) -> Result<Incoming, serde_json::Error> {
    let listing: Listing = serde_json::from_str(text)?;
    let mut read = Incoming::default();
    for row in listing.rows {
        if row.id.is_empty() || row.id.starts_with("_design/") {
            continue;
        }
        match row.doc.map(|doc| serde_json::from_str::<Document>(doc.get())) {
            // A response's `_id` is its id (the design document insists); one that differs is not ours.
            Some(Ok(document)) if document.couch_id == document.id => read.responses.push(Response {
                id: document.id,
                survey_id: document.survey_id,
                survey_version: document.survey_version,
                wave: document.wave,
                group: document.group,
                partner: document.partner,
                submitted: document.submitted,
                answers: document.answers,
            }),
            _ => read.not_responses.push(row.id),
        }
    }
    Ok(read)
}
