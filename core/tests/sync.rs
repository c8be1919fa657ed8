//! Syncing a survey's responses with a CouchDB database, natively: the connection typed, the
//! requests and answers of the changes feed and `_bulk_docs`, and whole syncs against a fake
//! CouchDB in memory — a new device receiving everything page by page, a second sync asking only
//! for what is new, what only this device has sent once, a server stopped mid-sync resuming with
//! nothing twice, every failure typed, foreign documents skipped and named, refusals, full
//! storage, and forgetting. The real server (PouchDB Server) is in tests/e2e/sync.test.mjs.

mod support;

use pollster::block_on;
use pulse_core::services::{CouchServer, Progress, SyncSession, SyncTarget};
use pulse_core::store::{load_responses, AddError, Change, Collection, MemoryStore, Record, RecordStore, StoreError};
use pulse_core::submission::ServerAnswer;
use pulse_core::sync::{
    changes_url, forget_sync, load_sync, read_bulk_answer, read_changes, Connection, ConnectionError, Sent, SyncError,
};
use std::cell::Cell;
use support::fake_couch::{connection, FakeCouch, DATABASE, SERVER};
use support::rust_crypto::NoCrypto;
use support::{all, response, survey, TRUST};

/// A whole sync of the built-in survey; the progress reported and the responses handed over
/// (to the figures as read, to other tabs once kept).
fn sync(
    store: &impl RecordStore,
    couch: &FakeCouch,
    session: &mut SyncSession,
) -> (Result<pulse_core::services::SyncReport, SyncError>, Vec<Progress>, usize) {
    let (report, progress, arrived, kept) = sync_counting_kept(store, couch, session);
    if report.is_ok() {
        assert_eq!(kept, arrived, "every response handed to the figures is told to other tabs once kept");
    }
    (report, progress, arrived)
}

/// [`sync`], with how many responses were said to be kept.
fn sync_counting_kept(
    store: &impl RecordStore,
    couch: &FakeCouch,
    session: &mut SyncSession,
) -> (Result<pulse_core::services::SyncReport, SyncError>, Vec<Progress>, usize, usize) {
    let survey = survey();
    let mut progress = Vec::new();
    let (mut arrived, mut kept) = (0, 0);
    let report = block_on(session.sync(
        store,
        couch,
        &SyncTarget::new(&survey, &NoCrypto, None),
        |step| progress.push(step),
        |responses| arrived += responses.len(),
        |records| kept += records.len(),
    ));
    (report, progress, arrived, kept)
}

fn connected(store: &impl RecordStore, couch: &FakeCouch) -> SyncSession {
    block_on(SyncSession::connect(store, couch, "partnership-pulse", connection())).unwrap()
}

#[test]
fn a_connection_is_checked_and_its_password_never_shown() {
    let connection = connection();
    assert_eq!(connection.database_url(), "https://couch.example.org/northshire-responses");
    // base64("facilitator:s3cret"), by Python's base64 module.
    assert_eq!(connection.authorization().as_deref(), Some("Basic ZmFjaWxpdGF0b3I6czNjcmV0"));
    // A password outside Latin-1 is sent as UTF-8: base64("ana:paßwörd").
    let accented = Connection::new("http://127.0.0.1:5984/", "a/b+c", "ana", "paßwörd").unwrap();
    assert_eq!(accented.authorization().as_deref(), Some("Basic YW5hOnBhw593w7ZyZA=="));
    assert_eq!(accented.database_url(), "http://127.0.0.1:5984/a%2Fb%2Bc");
    assert_eq!(accented.server_name(), "127.0.0.1:5984");
    // One and two bytes of padding: base64("ab:c"), base64("a:b").
    assert_eq!(Connection::new(SERVER, "d", "ab", "c").unwrap().authorization().as_deref(), Some("Basic YWI6Yw=="));
    assert_eq!(Connection::new(SERVER, "d", "a", "b").unwrap().authorization().as_deref(), Some("Basic YTpi"));
    assert_eq!(Connection::new(SERVER, "d", "", "").unwrap().authorization(), None);
    assert!(!format!("{connection:?}").contains("s3cret"));
    for (server, database, user, password, why) in [
        (
            "http://couch.example.org",
            DATABASE,
            "u",
            "p",
            ConnectionError::Server(pulse_core::survey::AddressError::NotHttps),
        ),
        (
            "https://u:p@couch.example.org",
            DATABASE,
            "u",
            "p",
            ConnectionError::Server(pulse_core::survey::AddressError::HasCredentials),
        ),
        (SERVER, "Northshire", "u", "p", ConnectionError::DatabaseName),
        (SERVER, "_users", "u", "p", ConnectionError::DatabaseName),
        (SERVER, "north shire", "u", "p", ConnectionError::DatabaseName),
        (SERVER, "", "u", "p", ConnectionError::DatabaseName),
        (SERVER, DATABASE, "u", "", ConnectionError::HalfCredentials),
        (SERVER, DATABASE, "", "p", ConnectionError::HalfCredentials),
    ] {
        assert_eq!(Connection::new(server, database, user, password).unwrap_err(), why, "{server} {database}");
        assert!(!why.to_string().is_empty());
    }
}

#[test]
fn a_page_of_couchdb_3_s_changes_feed_is_read() {
    // CouchDB 2 and later send opaque text sequences; the page after it asks from exactly that.
    let document = pulse_core::submission::document_json(&response("r-1", "student", None, &all(&TRUST, 3))).unwrap();
    let feed = format!(
        r#"{{"results":[
            {{"seq":"1-g1AAAAB","id":"_design/partnership-pulse","changes":[],"doc":{{"_id":"_design/partnership-pulse"}}}},
            {{"seq":"2-g1AAAAC","id":"r-1","changes":[],"doc":{}}},
            {{"seq":"3-g1AAAAD","id":"note","changes":[],"doc":{{"_id":"note","text":"hello"}}}},
            {{"seq":"4-g1AAAAE","id":"gone","changes":[],"deleted":true,"doc":{{"_id":"gone","_deleted":true}}}}
        ],"last_seq":"4-g1AAAAE/x+y","pending":0}}"#,
        document.replacen('{', "{\"_rev\":\"1-abc\",", 1)
    );
    let page = read_changes(&feed).unwrap();
    assert_eq!(page.changes, 4);
    assert_eq!(page.incoming.responses.len(), 1);
    assert_eq!(page.incoming.responses[0].id, "r-1");
    assert_eq!(page.incoming.not_responses, vec!["note".to_owned()]);
    assert_eq!(page.last_seq, "4-g1AAAAE/x+y");
    assert_eq!(page.pending, Some(0));
    assert_eq!(
        changes_url("https://c.example.org/db", Some(&page.last_seq), Some(25_000)),
        "https://c.example.org/db/_changes?include_docs=true&conflicts=true&limit=5000&since=4-g1AAAAE%2Fx%2By&feed=longpoll&timeout=25000"
    );
    assert_eq!(
        changes_url("https://c.example.org/db", None, None),
        "https://c.example.org/db/_changes?include_docs=true&conflicts=true&limit=5000"
    );
    assert!(read_changes("<html>Welcome to nginx</html>").is_err());
    assert!(read_changes(r#"{"results":[],"last_seq":{"not":"a sequence"}}"#).is_err());
}

#[test]
fn each_bulk_outcome_says_whether_the_database_has_the_response() {
    let outcomes = read_bulk_answer(
        r#"[{"ok":true,"id":"a","rev":"1-x"},{"id":"b","error":"conflict","reason":"Document update conflict."},
            {"id":"c","error":"forbidden","reason":"a stored response is never changed"},
            {"id":"d","error":"forbidden","reason":"not a response of this survey"},
            {"id":"e","error":"unknown_error","reason":"disk full"}]"#,
    )
    .unwrap();
    assert_eq!(
        outcomes,
        vec![
            ("a".to_owned(), Sent::Stored),
            ("b".to_owned(), Sent::Stored),
            ("c".to_owned(), Sent::Stored),
            ("d".to_owned(), Sent::Refused("not a response of this survey".to_owned())),
            ("e".to_owned(), Sent::NotYet),
        ]
    );
    assert!(read_bulk_answer(r#"{"error":"unauthorized"}"#).is_err());
}

#[test]
fn a_new_device_receives_every_response_a_page_at_a_time() {
    // 11,725 responses: pages of 5,000, 5,000 and 1,725; the last page is short, so no fourth request.
    let couch = FakeCouch::holding(11725);
    let store = MemoryStore::default();
    let mut session = connected(&store, &couch);
    let (report, progress, arrived) = sync(&store, &couch, &mut session);
    let report = report.unwrap();
    assert_eq!((report.received.added, report.received.duplicates, report.sent), (11725, 0, 0));
    assert_eq!(arrived, 11725);
    assert_eq!(store.response_count(), 11725);
    let received: Vec<(usize, Option<usize>)> = progress.iter().map(|p| (p.received, p.to_receive)).collect();
    assert_eq!(&received[..3], &[(5000, Some(11725)), (10000, Some(11725)), (11725, Some(11725))]);
    assert_eq!(session.state.since.as_deref(), Some("11725"));
    // Connect, three pages, and no `_bulk_docs`: everything here came from the database.
    let requests = couch.requests.borrow();
    assert_eq!(requests.len(), 4, "{requests:?}");
    assert!(requests[3].ends_with("since=10000"));
    assert!(!requests.iter().any(|r| r.contains("_bulk_docs")));
    assert_eq!((report.received.added, report.received.duplicates, report.sent), (11725, 0, 0));
}

#[test]
fn the_next_page_is_asked_for_while_the_last_is_kept() {
    // With a server that answers at once, every page is read and handed to the figures before
    // the device has finished keeping the first: received runs ahead of kept, which then catches
    // up page by page (5,000, 10,000, 11,725).
    let couch = FakeCouch::holding(11725);
    let store = MemoryStore::default();
    let mut session = connected(&store, &couch);
    let (_, progress, _) = sync(&store, &couch, &mut session);
    let steps: Vec<(usize, usize)> = progress.iter().map(|p| (p.received, p.kept)).collect();
    assert_eq!(&steps[..6], &[(5000, 0), (10000, 0), (11725, 0), (11725, 5000), (11725, 10000), (11725, 11725)]);
    // Then the sending step, with nothing to send.
    assert_eq!((progress.len(), progress[6].to_send), (7, 0));
}

/// A device whose storage fills up after `writes_left` more writes.
struct FillingStore {
    inner: MemoryStore,
    writes_left: Cell<usize>,
}

impl FillingStore {
    fn write_allowed(&self) -> Result<(), StoreError> {
        let left = self.writes_left.get();
        self.writes_left.set(left.saturating_sub(1));
        if left == 0 {
            Err(StoreError::Full)
        } else {
            Ok(())
        }
    }
}

impl RecordStore for FillingStore {
    async fn get(&self, collection: Collection, key: &str) -> Result<Option<Record>, StoreError> {
        self.inner.get(collection, key).await
    }
    async fn group(&self, collection: Collection, group: &str) -> Result<Vec<Record>, StoreError> {
        self.inner.group(collection, group).await
    }
    async fn write(&self, changes: Vec<Change>) -> Result<(), StoreError> {
        self.write_allowed()?;
        self.inner.write(changes).await
    }
    async fn add_new(
        &self,
        collection: Collection,
        records: Vec<Record>,
        with: Vec<Change>,
    ) -> Result<usize, StoreError> {
        self.write_allowed()?;
        self.inner.add_new(collection, records, with).await
    }
    async fn add_new_as_made<E>(
        &self,
        collection: Collection,
        next: impl FnMut() -> Option<Result<Record, E>>,
    ) -> Result<usize, AddError<E>> {
        self.write_allowed().map_err(AddError::Store)?;
        self.inner.add_new_as_made(collection, next).await
    }
    async fn update<T, E>(
        &self,
        reads: &[(Collection, &str)],
        writes: &[Collection],
        decide: impl FnOnce(Vec<Vec<Record>>, &mut dyn FnMut(Change)) -> Result<(Vec<Change>, T), E>,
    ) -> Result<T, AddError<E>> {
        self.write_allowed().map_err(AddError::Store)?;
        self.inner.update(reads, writes, decide).await
    }
}

#[test]
fn storage_filling_mid_sync_keeps_each_page_with_its_checkpoint() {
    // 11,725 responses; the device can store the first page (5,000 responses and the checkpoint
    // after them, one write) and then is full.
    let couch = FakeCouch::holding(11725);
    let store = FillingStore { inner: MemoryStore::default(), writes_left: Cell::new(2) };
    let mut session = connected(&store, &couch);
    let (report, progress, _, kept) = sync_counting_kept(&store, &couch, &mut session);
    assert_eq!(report.unwrap_err(), SyncError::Store(StoreError::Full));
    assert_eq!(kept, 5000, "only the stored page is told to other tabs");
    assert_eq!(progress.last().unwrap().kept, 5000);
    assert_eq!(store.inner.response_count(), 5000);
    let reopened = block_on(SyncSession::open(&store, "partnership-pulse")).unwrap().unwrap();
    assert_eq!(reopened.state.since.as_deref(), Some("5000"), "the checkpoint is that of the last page kept");
    // Space made: the next sync goes on from there and ends with each response once.
    store.writes_left.set(usize::MAX);
    couch.requests.borrow_mut().clear();
    let mut reopened = reopened;
    let (report, _, _) = sync(&store, &couch, &mut reopened);
    assert_eq!(report.unwrap().received.added, 6725);
    assert!(couch.requests.borrow()[0].ends_with("since=5000"));
    assert_eq!(store.inner.response_count(), 11725);
}

#[test]
fn a_later_sync_asks_only_for_what_is_new() {
    let couch = FakeCouch::holding(3);
    let store = MemoryStore::default();
    let mut session = connected(&store, &couch);
    sync(&store, &couch, &mut session).0.unwrap();
    couch.put_response("r-new-1");
    couch.put_response("r-new-2");
    couch.requests.borrow_mut().clear();
    // A fresh start of the page: the session is read back from the device.
    let mut reopened = block_on(SyncSession::open(&store, "partnership-pulse")).unwrap().unwrap();
    let (report, _, arrived) = sync(&store, &couch, &mut reopened);
    assert_eq!(report.unwrap().received.added, 2);
    assert_eq!(arrived, 2);
    assert_eq!(
        *couch.requests.borrow(),
        vec![format!("GET {SERVER}/{DATABASE}/_changes?include_docs=true&conflicts=true&limit=5000&since=3")]
    );
}

#[test]
fn what_only_this_device_has_is_sent_once() {
    // The device holds k1, k2, k3 (a kiosk's); the database holds k1 (sent by a phone) and p1.
    let store = MemoryStore::default();
    let kiosk: Vec<_> = ["k1", "k2", "k3"].iter().map(|id| response(id, "student", None, &all(&TRUST, 2))).collect();
    block_on(pulse_core::store::add_responses(&store, &kiosk)).unwrap();
    let couch = FakeCouch::new();
    couch.put_response("k1");
    couch.put_response("p1");
    let mut session = connected(&store, &couch);
    let (report, progress, _) = sync(&store, &couch, &mut session);
    let report = report.unwrap();
    // Received p1 (k1 was here already); sent k2 and k3, the two the database lacked.
    assert_eq!((report.received.added, report.received.duplicates, report.sent), (1, 1, 2));
    assert_eq!(couch.ids(), vec!["k1", "p1", "k2", "k3"]);
    let last = progress.last().unwrap();
    assert_eq!((last.sent, last.to_send), (2, 2));
    // Again: the two sent come back in the feed as already here, and nothing is sent.
    couch.requests.borrow_mut().clear();
    let (again, _, _) = sync(&store, &couch, &mut session);
    let again = again.unwrap();
    assert_eq!((again.received.added, again.received.duplicates, again.sent), (0, 2, 0));
    assert!(!couch.requests.borrow().iter().any(|r| r.contains("_bulk_docs")));
    assert_eq!(couch.ids().len(), 4);
    assert_eq!(block_on(load_responses(&store, "partnership-pulse")).unwrap().len(), 4);
}

#[test]
fn a_server_stopped_mid_sync_is_resumed_with_nothing_twice() {
    // 7,500 responses; the server answers the connection and one page, then stops.
    let couch = FakeCouch::holding(7500);
    let store = MemoryStore::default();
    let mut session = connected(&store, &couch);
    couch.answers_left.set(Some(1));
    let (stopped, _, _) = sync(&store, &couch, &mut session);
    assert_eq!(stopped.unwrap_err(), SyncError::Unreachable { server: "couch.example.org".to_owned(), offline: false });
    assert_eq!(store.response_count(), 5000);
    // Restarted: the device goes on from its checkpoint, 5,000, and ends with each response once.
    couch.answers_left.set(None);
    couch.requests.borrow_mut().clear();
    let mut reopened = block_on(SyncSession::open(&store, "partnership-pulse")).unwrap().unwrap();
    assert_eq!(reopened.state.since.as_deref(), Some("5000"));
    let (report, _, _) = sync(&store, &couch, &mut reopened);
    let report = report.unwrap();
    assert_eq!((report.received.added, report.received.duplicates, report.sent), (2500, 0, 0));
    assert!(couch.requests.borrow()[0].ends_with("since=5000"));
    assert_eq!(store.response_count(), 7500);
    assert_eq!(couch.ids().len(), 7500);
}

#[test]
fn every_failure_is_said_in_words_and_a_failed_connection_is_not_kept() {
    let store = MemoryStore::default();
    for (status, expected) in [
        (401, SyncError::WrongPassword),
        (403, SyncError::NotAllowed { reason: "refused with 403".to_owned() }),
        (404, SyncError::DatabaseMissing { database: DATABASE.to_owned() }),
        (413, SyncError::TooLarge),
        (500, SyncError::ServerFailed { status: 500 }),
    ] {
        let couch = FakeCouch::new();
        couch.status.set(Some(status));
        let error = block_on(SyncSession::connect(&store, &couch, "partnership-pulse", connection())).unwrap_err();
        assert_eq!(error, expected);
    }
    let unreachable = FakeCouch::new();
    unreachable.answers_left.set(Some(0));
    let error = block_on(SyncSession::connect(&store, &unreachable, "partnership-pulse", connection())).unwrap_err();
    assert_eq!(error, SyncError::Unreachable { server: "couch.example.org".into(), offline: false });
    assert_eq!(block_on(load_sync(&store, "partnership-pulse")).unwrap(), None);
    assert_eq!(store.count(Collection::Settings), 0);
}

/// A server that answers 200 with a web page: an address that is not CouchDB's.
struct WebPage;

impl CouchServer for WebPage {
    async fn request(&self, _: &'static str, _: &str, _: Option<String>) -> Option<ServerAnswer> {
        Some(ServerAnswer { status: 200, body: "<!doctype html><title>Welcome</title>".to_owned() })
    }
    fn online(&self) -> bool {
        true
    }
    fn stopped(&self) -> bool {
        false
    }
}

#[test]
fn an_address_that_is_not_couchdb_is_said_so() {
    let store = MemoryStore::default();
    let error = block_on(SyncSession::connect(&store, &WebPage, "partnership-pulse", connection())).unwrap_err();
    assert_eq!(error, SyncError::NotCouchDb);
}

#[test]
fn foreign_documents_are_skipped_and_named_and_another_version_refused() {
    let couch = FakeCouch::new();
    couch.put(
        "_design/partnership-pulse",
        r#"{"_id":"_design/partnership-pulse","validate_doc_update":"function(){}"}"#,
    );
    couch.put_response("r1");
    couch.put("note-1", r#"{"_id":"note-1","text":"remember the venue"}"#);
    couch.put("old", r#"{"_id":"old","_deleted":true}"#);
    let mut version_3 = response("r2", "student", None, &all(&TRUST, 5));
    version_3.survey_version = 3;
    couch.put("r2", &pulse_core::submission::document_json(&version_3).unwrap());
    let store = MemoryStore::default();
    let mut session = connected(&store, &couch);
    let report = sync(&store, &couch, &mut session).0.unwrap();
    assert_eq!(report.received.added, 1);
    assert_eq!(report.received.not_responses, vec!["note-1".to_owned()]);
    assert_eq!(report.received.refused.len(), 1);
    assert_eq!(session.state.since.as_deref(), Some("5"));
}

#[test]
fn a_response_the_database_refuses_is_reported_and_offered_again_next_time() {
    let store = MemoryStore::default();
    let mut old = response("k-old", "student", None, &all(&TRUST, 1));
    old.survey_version = 3;
    let mut survey = survey();
    survey.version = 3;
    block_on(pulse_core::store::add_responses(&store, &[old])).unwrap();
    let couch = FakeCouch::new();
    let mut session = connected(&store, &couch);
    let report =
        block_on(session.sync(&store, &couch, &SyncTarget::new(&survey, &NoCrypto, None), |_| {}, |_| {}, |_| {}))
            .unwrap();
    assert_eq!(report.sent, 0);
    assert_eq!(
        report.refused_by_server,
        vec![("k-old".to_owned(), "only responses to version 2 are accepted".to_owned())]
    );
    // The host accepts version 3 now: the next sync sends it.
    couch.accepted_version.set(3);
    let report =
        block_on(session.sync(&store, &couch, &SyncTarget::new(&survey, &NoCrypto, None), |_| {}, |_| {}, |_| {}))
            .unwrap();
    assert_eq!(report.sent, 1);
}

#[test]
fn full_storage_keeps_the_checkpoint_where_it_was() {
    let couch = FakeCouch::holding(5);
    let store = MemoryStore::default();
    let mut session = connected(&store, &couch);
    *store.fail_writes.borrow_mut() = Some(StoreError::Full);
    let error = sync(&store, &couch, &mut session).0.unwrap_err();
    assert_eq!(error, SyncError::Store(StoreError::Full));
    *store.fail_writes.borrow_mut() = None;
    let reopened = block_on(SyncSession::open(&store, "partnership-pulse")).unwrap().unwrap();
    assert_eq!(reopened.state.since, None);
    assert_eq!(store.response_count(), 0);
}

#[test]
fn disconnecting_forgets_the_connection_and_keeps_the_responses() {
    let couch = FakeCouch::holding(7500);
    let store = MemoryStore::default();
    let mut session = connected(&store, &couch);
    sync(&store, &couch, &mut session).0.unwrap();
    // The state and two pages of known ids (5,000 and 2,500).
    assert_eq!(store.count(Collection::Settings), 3);
    block_on(forget_sync(&store, "partnership-pulse")).unwrap();
    assert_eq!(store.count(Collection::Settings), 0);
    assert!(block_on(SyncSession::open(&store, "partnership-pulse")).unwrap().is_none());
    assert_eq!(store.response_count(), 7500);
    // Nothing on the device holds the password any more.
    assert!(!store.records.borrow().values().any(|record| record.value.contains("s3cret")));
}

#[test]
fn a_sync_stopped_by_disconnecting_records_nothing_more() {
    let couch = FakeCouch::holding(10);
    let store = MemoryStore::default();
    let mut session = connected(&store, &couch);
    block_on(forget_sync(&store, "partnership-pulse")).unwrap();
    couch.stopped.set(true);
    sync(&store, &couch, &mut session).0.unwrap();
    assert!(block_on(SyncSession::open(&store, "partnership-pulse")).unwrap().is_none());
    assert_eq!(store.count(Collection::Settings), 0);
}

/// A page of the changes feed of `count` documents that are not responses, ending at `last_seq`.
fn feed_page(count: usize, last_seq: &str) -> String {
    let results: Vec<String> = (0..count).map(|n| format!("{{\"id\":\"x{n}\",\"changes\":[]}}")).collect();
    format!("{{\"results\":[{}],\"last_seq\":{last_seq:?}}}", results.join(","))
}

#[test]
fn a_changes_feed_whose_checkpoint_never_moves_on_is_given_up_on_and_said() {
    let store = MemoryStore::default();
    let couch = FakeCouch::holding(0);
    let mut session = block_on(SyncSession::connect(&store, &couch, "partnership-pulse", connection())).unwrap();
    // Full pages, each ending where the last did: asked again, it would bring the same for ever.
    *couch.changes_answer.borrow_mut() = Some((200, feed_page(pulse_core::sync::CHANGES_PAGE as usize, "7")));
    couch.answers_left.set(Some(50));
    let (report, _, _) = sync(&store, &couch, &mut session);
    assert_eq!(report.err(), Some(SyncError::FeedStuck));
    let asked = couch.requests.borrow().iter().filter(|request| request.contains("/_changes?")).count();
    assert_eq!(asked, 2, "the second page that did not move on stops it");
    // Following live: a long poll that brings changes but the same checkpoint stops too.
    *couch.changes_answer.borrow_mut() = Some((200, feed_page(1, "7")));
    let survey = survey();
    let received = block_on(session.receive_page(&store, &couch, &SyncTarget::new(&survey, &NoCrypto, None), Some(10)));
    assert_eq!(received.err(), Some(SyncError::FeedStuck));
}

#[test]
fn a_server_s_long_texts_are_cut_and_an_outsized_checkpoint_is_refused() {
    let store = MemoryStore::default();
    let couch = FakeCouch::holding(0);
    let mut session = block_on(SyncSession::connect(&store, &couch, "partnership-pulse", connection())).unwrap();
    // A refusal of 100 KB: the facilitator reads its first 200 characters.
    let long_reason = format!("{{\"error\":\"forbidden\",\"reason\":\"{}\"}}", "no ".repeat(34_000));
    *couch.changes_answer.borrow_mut() = Some((403, long_reason));
    match sync(&store, &couch, &mut session).0 {
        Err(SyncError::NotAllowed { reason }) => {
            assert_eq!(reason.chars().count(), pulse_core::submission::MAX_SERVER_TEXT_CHARS + 1, "cut, with …");
            assert!(reason.ends_with('…'));
        }
        other => panic!("{other:?}"),
    }
    // A document id of 10,000 characters is named cut short.
    let long_id = "d".repeat(10_000);
    *couch.changes_answer.borrow_mut() =
        Some((200, format!("{{\"results\":[{{\"id\":\"{long_id}\",\"changes\":[]}}],\"last_seq\":\"3\"}}")));
    let report = sync(&store, &couch, &mut session).0.unwrap();
    assert_eq!(report.received.not_responses[0].chars().count(), 201);
    // A checkpoint of 5 MB is not a CouchDB server's: refused, and not stored.
    *couch.changes_answer.borrow_mut() = Some((200, feed_page(1, &"9".repeat(5 * 1024 * 1024))));
    let mut session = block_on(SyncSession::open(&store, "partnership-pulse")).unwrap().unwrap();
    assert_eq!(sync(&store, &couch, &mut session).0.err(), Some(SyncError::NotCouchDb));
    let (state, _) = block_on(load_sync(&store, "partnership-pulse")).unwrap().unwrap();
    assert_eq!(state.since.as_deref(), Some("3"), "the checkpoint stays where it was");
}

#[test]
fn a_response_held_in_conflicting_versions_is_noticed_and_said() {
    let store = MemoryStore::default();
    let couch = FakeCouch::holding(2);
    // Someone with the database's own rights wrote a second branch of r00001
    // (`_bulk_docs` with `new_edits: false`): CouchDB lists the losing revision in `_conflicts`.
    let document =
        pulse_core::submission::document_json(&response("r00001", "student", None, &all(&TRUST, 1))).unwrap();
    couch.documents.borrow_mut().retain(|(id, _)| id != "r00001");
    couch.put("r00001", &format!("{{\"_conflicts\":[\"1-abc\"],{}", &document[1..]));
    let mut session = block_on(SyncSession::connect(&store, &couch, "partnership-pulse", connection())).unwrap();
    let report = sync(&store, &couch, &mut session).0.unwrap();
    assert_eq!(report.received.conflicted, ["r00001"]);
    assert_eq!(report.received.added, 2, "it is still counted, once");
    assert!(couch.requests.borrow().iter().any(|request| request.contains("conflicts=true")));
}
