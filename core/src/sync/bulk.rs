//! Sending responses to the database in one request (`POST /<database>/_bulk_docs`) and reading
//! what became of each.

use crate::submission::couch_reason;
use serde::Deserialize;

/// How many responses one request sends (about 1 KB each, so well under CouchDB's default
/// request limit of 4 GB and any proxy's sensible one).
pub const BULK_PAGE: usize = 500;

/// The body of a `_bulk_docs` request for `documents`: each the document the submission address
/// would receive (`submission::document_json`, or `sealed_document_json` for a sealed survey),
/// with `_id` the response id, so the database never holds one twice.
pub fn bulk_body(documents: &[String]) -> String {
    format!("{{\"docs\":[{}]}}", documents.join(","))
}

/// What became of one response sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Sent {
    /// The database has it: stored now, or it was already there.
    Stored,
    /// The database refused it, with its reason (the design document's, say).
    Refused(String),
    /// Not stored for a passing reason; it is sent again next time.
    NotYet,
}

#[derive(Deserialize)]
struct Outcome {
    id: String,
    #[serde(default)]
    ok: bool,
    #[serde(default)]
    error: Option<String>,
    #[serde(default)]
    reason: Option<String>,
}

/// Reads the `_bulk_docs` answer: each response id with what became of it; an error when the
/// answer is not such a list.
pub fn read_bulk_answer(text: &str) -> Result<Vec<(String, Sent)>, serde_json::Error> {
    let outcomes: Vec<Outcome> = serde_json::from_str(text)?;
    Ok(outcomes
        .into_iter()
        .map(|outcome| {
            let reason = outcome.reason.unwrap_or_default();
            let sent = match outcome.error.as_deref() {
                None if outcome.ok => Sent::Stored,
                // A copy of the same `_id`: the database had it already (ours, or a respondent's).
                Some("conflict") => Sent::Stored,
                Some("forbidden") if reason.contains("never changed") => Sent::Stored,
                Some("forbidden" | "unauthorized" | "bad_request") => Sent::Refused(reason),
                _ => Sent::NotYet,
            };
            (crate::submission::capped(&outcome.id), sent)
        })
        .collect())
}

/// The reason in a CouchDB error answer, or a plain description of `status`.
pub fn refusal_reason(status: u16, body: &str) -> String {
    couch_reason(body).unwrap_or_else(|| format!("the server answered {status}"))
}
