//! A CouchDB database's listing (`GET /<database>/_all_docs?include_docs=true`) read as responses:
//! what the respondents' devices sent to the submission address, brought onto the facilitator's
//! device as a file until the app syncs with the database itself (docs/operating/workshops.md).
//!
//! Every document is a response with CouchDB's `_id` (and `_rev`) added. The design document and
//! published survey definitions are left out without a word; any other document that is not a response is skipped and named in the
//! report, so one foreign or damaged document never keeps the others out.

use super::couch_document::is_survey_document;
use super::{response_of_document, Incoming};
use serde::Deserialize;
use serde_json::value::RawValue;

/// The listing's outline; each document is read on its own.
#[derive(Deserialize)]
struct Listing<'a> {
    #[serde(borrow)]
    rows: Vec<ListingRow<'a>>,
}

/// One row of a CouchDB listing (`_all_docs?include_docs=true`): the document's id and its text.
#[derive(Deserialize)]
pub(crate) struct ListingRow<'a> {
    /// Absent (empty) from the row of a key that is not in the database.
    #[serde(default)]
    pub id: String,
    #[serde(borrow, default)]
    pub doc: Option<&'a RawValue>,
}

/// The rows of a CouchDB listing, each document left unread; an error when `text` is not one.
pub(crate) fn listing_rows(text: &str) -> Result<Vec<ListingRow<'_>>, serde_json::Error> {
    serde_json::from_str::<Listing>(text).map(|listing| listing.rows)
}

/// Whether a listing's row is left out without a word: a key not in the database, the design
/// document, a published survey definition.
pub(crate) fn skipped_without_a_word(id: &str) -> bool {
    id.is_empty() || id.starts_with("_design/") || is_survey_document(id)
}

/// Reads a CouchDB listing: its responses in order, and the ids of the documents that are not
/// responses; an error when the listing's outline (its rows) cannot be read.
pub fn read_couch_listing(text: &str) -> Result<Incoming, serde_json::Error> {
    let mut read = Incoming::default();
    for row in listing_rows(text)? {
        if skipped_without_a_word(&row.id) {
            continue;
        }
        match row.doc.and_then(|doc| response_of_document(doc.get())) {
            Some(response) => read.responses.push(response),
            None => read.not_responses.push(row.id),
        }
    }
    Ok(read)
}
