//! What is sent to the submission address, and what the server's answer means for the response.
//!
//! The document is the response itself (docs/formats/response.md) with CouchDB's `_id` set to
//! the response id, so a response sent twice (a retry after a timeout, two tabs emptying the same
//! outbox) is refused the second time by the database instead of stored twice.

use crate::response::Response;
use crate::seal::SealedResponse;
use crate::store::StoreError;

/// The server's answer to one submission: its HTTP status and body text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServerAnswer {
    /// HTTP status code.
    pub status: u16,
    /// The body, for CouchDB's reason of a refusal (`{"error": …, "reason": …}`).
    pub body: String,
}

/// Where a response stands with the facilitator's database.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Delivery {
    /// Being sent now.
    Sending,
    /// The database has it: stored now, or already stored by an earlier attempt.
    Sent,
    /// The device is offline: it waits in the outbox until the connection returns.
    WaitingForConnection,
    /// The address could not be reached or did not answer in time, or the server failed; it waits
    /// in the outbox and is tried again.
    WillRetry,
    /// The address refused it (the server's reason); it waits in the outbox, and is tried again
    /// in case the host corrects the server, but the respondent should send the file.
    Refused(String),
    /// It could not be put in the outbox either (the device's storage failed).
    NotKept(StoreError),
    /// The survey's responses are sealed and this browser cannot seal (it lacks Web Crypto, or
    /// the page is not on a secure address): it stays on the device and is never sent in clear.
    CannotSeal,
}

impl Delivery {
    /// What the server's `answer` (none: the request never got one) means; `online` is the
    /// browser's view of the connection when there was no answer.
    pub fn of_answer(answer: Option<&ServerAnswer>, online: bool) -> Delivery {
        let Some(answer) = answer else {
            return if online { Delivery::WillRetry } else { Delivery::WaitingForConnection };
        };
        let reason = couch_reason(&answer.body);
        match answer.status {
            200..=299 => Delivery::Sent,
            // The document exists: an earlier attempt stored it (its answer was lost on the way).
            409 => Delivery::Sent,
            // The design document refuses a second copy as a change to a stored response.
            403 if reason.as_deref().is_some_and(|reason| reason.contains("never changed")) => Delivery::Sent,
            400 | 403 | 405 | 413 | 415 => Delivery::Refused(reason.unwrap_or_else(|| status_words(answer.status))),
            // Unauthorised, not found, overloaded, failing: the host's set-up or a passing fault.
            _ => Delivery::WillRetry,
        }
    }

    /// Whether the response has reached the database.
    pub fn is_sent(&self) -> bool {
        *self == Delivery::Sent
    }
}

/// Most characters of a server's text (a refusal's reason, a document id) shown to anyone: a
/// server can send a 100 KB reason or a 10,000-character id, which no one should have to read.
pub const MAX_SERVER_TEXT_CHARS: usize = 200;

/// `text` cut to [`MAX_SERVER_TEXT_CHARS`] characters, with `…` where it was cut.
pub fn capped(text: &str) -> String {
    match text.char_indices().nth(MAX_SERVER_TEXT_CHARS) {
        None => text.to_owned(),
        Some((end, _)) => format!("{}…", &text[..end]),
    }
}

/// The refusal's reason, when the body is CouchDB's error object (cut to
/// [`MAX_SERVER_TEXT_CHARS`]).
pub fn couch_reason(body: &str) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct CouchError {
        reason: String,
    }
    let reason = serde_json::from_str::<CouchError>(body).ok().map(|error| error.reason);
    reason.filter(|reason| !reason.trim().is_empty()).map(|reason| capped(&reason))
}

fn status_words(status: u16) -> String {
    let words = match status {
        400 => "the server did not accept the response",
        403 => "the server does not accept this response",
        413 => "the response is larger than the server accepts",
        _ => "the server refused it",
    };
    words.to_owned()
}

/// The JSON document sent for `response`: the response with `_id` set to its id.
pub fn document_json(response: &Response) -> Result<String, StoreError> {
    with_document_id(response, &response.id)
}

/// The JSON document sent for a sealed response: its envelope with `_id` set to the response id.
pub fn sealed_document_json(envelope: &SealedResponse) -> Result<String, StoreError> {
    with_document_id(envelope, &envelope.id)
}

fn with_document_id<T: serde::Serialize>(value: &T, id: &str) -> Result<String, StoreError> {
    // Spliced into the value's own JSON object rather than built through `serde_json::Value`,
    // which the survey page does not otherwise carry.
    let json = crate::store::to_json(value)?;
    let fields = json.strip_prefix('{').ok_or(StoreError::NotEncodable)?;
    Ok(format!("{{\"_id\":{},{fields}", crate::store::to_json(&id)?))
}
