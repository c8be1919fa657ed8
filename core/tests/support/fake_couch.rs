//! A CouchDB database in memory for the native sync tests, answering the requests the app
//! makes as CouchDB does: the database's information, the changes feed, `_bulk_docs`, and survey
//! documents (`_all_docs` by key or range, `PUT` and `GET` of one document with its revision).

use super::{all, response, TRUST};
use pulse_core::services::CouchServer;
use pulse_core::submission::ServerAnswer;
use pulse_core::sync::Connection;
use std::cell::{Cell, RefCell};

pub const SERVER: &str = "https://couch.example.org";
pub const DATABASE: &str = "northshire-responses";

/// The facilitator's connection to the fake database.
pub fn connection() -> Connection {
    Connection::new(SERVER, DATABASE, "facilitator", "s3cret").unwrap()
}

/// A CouchDB database in memory, answering the requests the sync makes as CouchDB would.
#[derive(Default)]
pub struct FakeCouch {
    /// Documents in the order they were written; a document's sequence is its place from 1.
    pub documents: RefCell<Vec<(String, String)>>,
    /// Every request answered with this status instead.
    pub status: Cell<Option<u16>>,
    /// How many more requests get an answer (`None`: all); after that, none.
    pub answers_left: Cell<Option<usize>>,
    /// Documents of another survey version are refused, as a host's design document would.
    pub accepted_version: Cell<u32>,
    /// Survey documents are refused, as the design document refuses them to a user without the
    /// facilitator role.
    pub refuse_surveys: Cell<bool>,
    /// Every request made: method and address.
    pub requests: RefCell<Vec<String>>,
    /// The facilitator disconnected.
    pub stopped: Cell<bool>,
    /// Every request for the changes feed answered with this status and body instead (a
    /// misbehaving server).
    pub changes_answer: RefCell<Option<(u16, String)>>,
}

impl FakeCouch {
    pub fn new() -> FakeCouch {
        let couch = FakeCouch::default();
        couch.accepted_version.set(2);
        couch
    }

    pub fn holding(count: usize) -> FakeCouch {
        let couch = FakeCouch::new();
        for n in 0..count {
            couch.put_response(&format!("r{n:05}"));
        }
        couch
    }

    pub fn put_response(&self, id: &str) {
        let document = pulse_core::submission::document_json(&response(id, "student", None, &all(&TRUST, 4))).unwrap();
        self.put(id, &document);
    }

    /// Stores `json` as CouchDB would, with its `_rev` added.
    pub fn put(&self, id: &str, json: &str) {
        let with_rev = format!("{{\"_rev\":\"1-{:032}\",{}", self.documents.borrow().len(), &json[1..]);
        self.documents.borrow_mut().push((id.to_owned(), with_rev));
    }

    /// The document `id` as stored, if it is.
    pub fn stored(&self, id: &str) -> Option<String> {
        self.documents.borrow().iter().find(|(each, _)| each == id).map(|(_, doc)| doc.clone())
    }

    /// `PUT /<database>/<id>`: a new document, or a new revision of one when the body names its
    /// current revision (moved to the end of the changes feed, as CouchDB does).
    fn put_document(&self, id: &str, body: &str) -> (u16, String) {
        if self.refuse_surveys.get() {
            return (403, r#"{"error":"forbidden","reason":"Only a facilitator publishes a survey."}"#.to_owned());
        }
        let mut document: serde_json::Value = serde_json::from_str(body).unwrap();
        let stored = self.stored(id).map(|doc| serde_json::from_str::<serde_json::Value>(&doc).unwrap());
        let generation = match &stored {
            Some(stored) if stored["_rev"] != document["_rev"] => {
                return (409, r#"{"error":"conflict","reason":"Document update conflict."}"#.to_owned())
            }
            Some(stored) => stored["_rev"].as_str().unwrap()[..1].parse::<u32>().unwrap() + 1,
            None => 1,
        };
        let rev = format!("{generation}-{:032}", self.documents.borrow().len());
        document["_rev"] = rev.clone().into();
        self.documents.borrow_mut().retain(|(each, _)| each != id);
        self.documents.borrow_mut().push((id.to_owned(), document.to_string()));
        (201, format!("{{\"ok\":true,\"id\":\"{id}\",\"rev\":\"{rev}\"}}"))
    }

    /// `GET /<database>/_all_docs?include_docs=true` with `key`, or `startkey` and `endkey`.
    fn all_docs(&self, url: &str) -> String {
        let key =
            |name| FakeCouch::param(url, name).map(|value| serde_json::from_str::<String>(&decoded(value)).unwrap());
        let (start, end) = match key("key") {
            Some(key) => (key.clone(), key),
            None => (key("startkey").unwrap(), key("endkey").unwrap()),
        };
        let mut rows: Vec<(String, String)> =
            self.documents.borrow().iter().filter(|(id, _)| *id >= start && *id <= end).cloned().collect();
        rows.sort();
        let rows: Vec<String> =
            rows.iter().map(|(id, doc)| format!("{{\"id\":\"{id}\",\"key\":\"{id}\",\"doc\":{doc}}}")).collect();
        format!("{{\"total_rows\":{},\"offset\":0,\"rows\":[{}]}}", self.ids().len(), rows.join(","))
    }

    pub fn ids(&self) -> Vec<String> {
        self.documents.borrow().iter().map(|(id, _)| id.clone()).collect()
    }

    fn param<'a>(url: &'a str, name: &str) -> Option<&'a str> {
        url.split_once('?')?.1.split('&').find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
    }

    fn changes(&self, url: &str) -> String {
        let since: usize = FakeCouch::param(url, "since").map_or(0, |since| since.parse().unwrap());
        let limit: usize = FakeCouch::param(url, "limit").unwrap().parse().unwrap();
        let documents = self.documents.borrow();
        let page: Vec<String> = documents
            .iter()
            .enumerate()
            .skip(since)
            .take(limit)
            .map(|(index, (id, doc))| {
                let deleted = if doc.contains("\"_deleted\":true") { ",\"deleted\":true" } else { "" };
                format!(
                    "{{\"seq\":{},\"id\":\"{id}\",\"changes\":[{{\"rev\":\"1-x\"}}]{deleted},\"doc\":{doc}}}",
                    index + 1
                )
            })
            .collect();
        let last = (since + page.len()).max(since);
        let pending = documents.len() - last;
        format!("{{\"results\":[{}],\"last_seq\":{last},\"pending\":{pending}}}", page.join(","))
    }

    fn bulk_docs(&self, body: &str) -> String {
        let request: serde_json::Value = serde_json::from_str(body).unwrap();
        let mut outcomes = Vec::new();
        for document in request["docs"].as_array().unwrap() {
            let id = document["_id"].as_str().unwrap().to_owned();
            if self.ids().contains(&id) {
                outcomes.push(format!(
                    "{{\"id\":\"{id}\",\"error\":\"conflict\",\"reason\":\"Document update conflict.\"}}"
                ));
            } else if document["survey_version"] != self.accepted_version.get() {
                outcomes.push(format!(
                    "{{\"id\":\"{id}\",\"error\":\"forbidden\",\"reason\":\"only responses to version {} are accepted\"}}",
                    self.accepted_version.get()
                ));
            } else {
                self.put(&id, &document.to_string());
                outcomes.push(format!("{{\"ok\":true,\"id\":\"{id}\",\"rev\":\"1-x\"}}"));
            }
        }
        format!("[{}]", outcomes.join(","))
    }
}

impl CouchServer for FakeCouch {
    async fn request(&self, method: &'static str, url: &str, body: Option<String>) -> Option<ServerAnswer> {
        self.requests.borrow_mut().push(format!("{method} {url}"));
        if let Some(left) = self.answers_left.get() {
            if left == 0 {
                return None;
            }
            self.answers_left.set(Some(left - 1));
        }
        if let Some(status) = self.status.get() {
            let body = format!("{{\"error\":\"e\",\"reason\":\"refused with {status}\"}}");
            return Some(ServerAnswer { status, body });
        }
        let database = format!("{SERVER}/{DATABASE}");
        let path = url.strip_prefix(&database).expect("the sync asks only its own database");
        let (status, body) = match (method, path) {
            ("GET", "") => (200, format!("{{\"db_name\":\"{DATABASE}\",\"doc_count\":{}}}", self.ids().len())),
            ("GET", changes) if changes.starts_with("/_changes?") => match self.changes_answer.borrow().clone() {
                Some(answer) => answer,
                None => (200, self.changes(url)),
            },
            ("POST", "/_bulk_docs") => (201, self.bulk_docs(&body.unwrap())),
            ("GET", listing) if listing.starts_with("/_all_docs?") => (200, self.all_docs(url)),
            ("PUT", document) => self.put_document(&decoded(&document[1..]), &body.unwrap()),
            ("GET", document) if self.stored(&decoded(&document[1..])).is_some() => {
                (200, self.stored(&decoded(&document[1..])).unwrap())
            }
            _ => (404, "{\"error\":\"not_found\",\"reason\":\"missing\"}".to_owned()),
        };
        Some(ServerAnswer { status, body })
    }

    fn online(&self) -> bool {
        true
    }

    fn stopped(&self) -> bool {
        self.stopped.get()
    }
}

/// `text` with its %XX escapes undone.
fn decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index] == b'%' {
            out.push(u8::from_str_radix(&text[index + 1..index + 3], 16).unwrap());
            index += 3;
        } else {
            out.push(bytes[index]);
            index += 1;
        }
    }
    String::from_utf8(out).unwrap()
}
