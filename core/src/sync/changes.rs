//! Reading a page of CouchDB's changes feed (`GET /<database>/_changes?include_docs=true`): the
//! responses it brings, the documents that are not responses, and where to go on from.

use super::survey_document::percent_encoded;
use crate::submission::capped;
use crate::transfer::is_survey_document;
use crate::transfer::{response_of_document, sealed_of_document, Incoming};
use serde::de::{self, IgnoredAny, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::value::RawValue;

/// Longest checkpoint (`last_seq`) accepted: CouchDB's are under 100 characters; a longer one
/// (a misbehaving server's 5 MB) would be stored and sent back with every request.
pub const MAX_SEQ_CHARS: usize = 1_000;

/// How many changes one request asks for: 100,000 responses take 20 requests (measured quicker
/// than pages of 1,000, docs/performance.md), and a page (about 3 MB) is read at once.
pub const CHANGES_PAGE: u32 = 5000;

/// One page of the changes feed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChangesPage {
    /// The responses in it, and the ids of documents that are not responses.
    pub incoming: Incoming,
    /// How many changes the page held, of any kind.
    pub changes: usize,
    /// The sequence to ask from next time (the checkpoint).
    pub last_seq: String,
    /// How many changes are left after this page, when the server says.
    pub pending: Option<u64>,
    /// Responses the database holds in conflicting versions (`_conflicts`): a stored response was
    /// replaced, which only someone with the database's own rights can do.
    pub conflicted: Vec<String>,
}

/// A sequence: a number (PouchDB, CouchDB 1) or an opaque text (CouchDB 2 and later), kept as the
/// text to send back as `since`.
struct Seq(String);

impl<'de> Deserialize<'de> for Seq {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Seq, D::Error> {
        struct SeqVisitor;
        impl Visitor<'_> for SeqVisitor {
            type Value = Seq;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a sequence")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Seq, E> {
                Ok(Seq(text.to_owned()))
            }
            fn visit_u64<E: de::Error>(self, number: u64) -> Result<Seq, E> {
                Ok(Seq(number.to_string()))
            }
            fn visit_i64<E: de::Error>(self, number: i64) -> Result<Seq, E> {
                Ok(Seq(number.to_string()))
            }
        }
        deserializer.deserialize_any(SeqVisitor)
    }
}

#[derive(Deserialize)]
struct Feed<'a> {
    #[serde(borrow)]
    results: Vec<Change<'a>>,
    last_seq: Seq,
    #[serde(default)]
    pending: Option<u64>,
}

#[derive(Deserialize)]
struct Change<'a> {
    id: String,
    #[serde(default)]
    deleted: bool,
    #[serde(borrow, default)]
    doc: Option<&'a RawValue>,
}

/// The one field of a document that tells of conflicting versions.
#[derive(Deserialize)]
struct Conflicts {
    #[serde(rename = "_conflicts", default)]
    conflicts: Vec<IgnoredAny>,
}

/// Why an answer is not a page of the changes feed.
#[derive(Debug)]
pub enum ChangesError {
    /// Not the feed's JSON.
    NotAFeed(serde_json::Error),
    /// A checkpoint longer than [`MAX_SEQ_CHARS`].
    SeqTooLong,
}

/// Reads a page of the changes feed; an error when the answer is not one.
pub fn read_changes(text: &str) -> Result<ChangesPage, ChangesError> {
    let feed: Feed = serde_json::from_str(text).map_err(ChangesError::NotAFeed)?;
    if feed.last_seq.0.len() > MAX_SEQ_CHARS {
        return Err(ChangesError::SeqTooLong);
    }
    let mut page = ChangesPage {
        changes: feed.results.len(),
        last_seq: feed.last_seq.0,
        pending: feed.pending,
        ..ChangesPage::default()
    };
    for change in feed.results {
        // Design documents are the host's rules, survey documents the facilitators' (opened from
        // the set-up page), and a deleted document is no response: the design document refuses
        // deletions, so one is a document of someone else's.
        if change.deleted || change.id.starts_with("_design/") || is_survey_document(&change.id) {
            continue;
        }
        let Some(doc) = change.doc else {
            page.incoming.not_responses.push(capped(&change.id));
            continue;
        };
        if serde_json::from_str::<Conflicts>(doc.get()).is_ok_and(|doc| !doc.conflicts.is_empty()) {
            page.conflicted.push(capped(&change.id));
        }
        match response_of_document(doc.get()) {
            Some(response) if response.id == change.id => page.incoming.responses.push(response),
            Some(_) => page.incoming.not_responses.push(capped(&change.id)),
            None => match sealed_of_document(doc.get()) {
                Some(envelope) if envelope.id == change.id => page.incoming.sealed.push(envelope),
                _ => page.incoming.not_responses.push(capped(&change.id)),
            },
        }
    }
    Ok(page)
}

/// The address of the page of changes after `since` (`None`: from the start); `wait_ms` makes it
/// a long poll that answers as soon as a change arrives, or empty after that long.
pub fn changes_url(database_url: &str, since: Option<&str>, wait_ms: Option<u32>) -> String {
    let mut url = format!("{database_url}/_changes?include_docs=true&conflicts=true&limit={CHANGES_PAGE}");
    if let Some(since) = since {
        url.push_str("&since=");
        url.push_str(&percent_encoded(since));
    }
    if let Some(wait) = wait_ms {
        url.push_str(&format!("&feed=longpoll&timeout={wait}"));
    }
    url
}
