//! Following a database from the dashboard, natively: the whole sync when the page opens, then
//! each long poll of the changes feed scripted against the fake CouchDB — arrivals, a quiet
//! poll the server held past its wait, failures retried with a doubling wait (no real time
//! passes: the page's clock and sleep are the test's), failures that need the facilitator,
//! responses stored on this device meanwhile, and disconnecting. The browser's side runs in
//! tests/e2e/sync.test.mjs against PouchDB Server.

mod support;

use pollster::block_on;
use pulse_core::response::Response;
use pulse_core::services::{
    connect_and_follow, forget, open_and_follow, Activity, CouchServer, FollowPage, Following, SyncNote, SyncProblem,
    SyncSession, SyncTarget, LONG_POLL_MS,
};
use pulse_core::store::{add_responses, load_responses, MemoryStore, Record};
use pulse_core::submission::ServerAnswer;
use pulse_core::sync::load_sync;
use pulse_core::sync::SyncError;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use support::fake_couch::{connection, FakeCouch, DATABASE};
use support::rust_crypto::NoCrypto;
use support::{response, survey};

/// What the database does when the next long poll asks it.
#[derive(Clone, Debug)]
enum Poll {
    /// Nothing new: the server held the poll its whole wait, and it comes back empty.
    Quiet,
    /// Nothing new, and the server answers at once instead of holding the poll.
    EmptyAtOnce,
    /// A response with this id reaches the database before the poll answers.
    Arrives(&'static str),
    /// No answer at once (the server is down).
    Down,
    /// No answer, after the server held the poll open past its wait (PouchDB Server does).
    HeldPast,
    /// Answers every request with this status from now on.
    Status(u16),
    /// A kiosk tab on this device stores a response with this id while the poll is out.
    StoredHere(&'static str),
    /// The page stops the run (the facilitator disconnects, or the page closes).
    Stop,
}

/// The fake database with a script for its long polls, and the page whose clock it moves.
struct Scripted<'a> {
    couch: FakeCouch,
    polls: RefCell<VecDeque<Poll>>,
    page: &'a Page,
    store: &'a MemoryStore,
    /// How many long polls were asked.
    asked: Cell<usize>,
}

impl<'a> Scripted<'a> {
    fn new(couch: FakeCouch, store: &'a MemoryStore, page: &'a Page, polls: &[Poll]) -> Scripted<'a> {
        let polls = RefCell::new(polls.iter().cloned().collect());
        Scripted { couch, polls, page, store, asked: Cell::new(0) }
    }
}

impl CouchServer for Scripted<'_> {
    async fn request(&self, method: &'static str, url: &str, body: Option<String>) -> Option<ServerAnswer> {
        if url.contains("feed=longpoll") {
            self.asked.set(self.asked.get() + 1);
            // A script that ran out stops the run: a test never loops for ever.
            match self.polls.borrow_mut().pop_front().unwrap_or(Poll::Stop) {
                Poll::Quiet => {
                    let clock = &self.page.clock;
                    clock.set(clock.get() + f64::from(LONG_POLL_MS));
                }
                Poll::EmptyAtOnce => {}
                Poll::Arrives(id) => self.couch.put_response(id),
                Poll::Down => return None,
                Poll::HeldPast => {
                    let clock = &self.page.clock;
                    clock.set(clock.get() + f64::from(LONG_POLL_MS) + 5_000.0);
                    return None;
                }
                Poll::StoredHere(id) => {
                    let stored = [response(id, "student", None, &[])];
                    block_on(add_responses(self.store, &stored)).unwrap();
                    self.page.following.stored_here(&stored);
                }
                Poll::Status(status) => self.couch.status.set(Some(status)),
                Poll::Stop => {
                    self.couch.stopped.set(true);
                    return None;
                }
            }
        }
        self.couch.request(method, url, body).await
    }

    fn online(&self) -> bool {
        true
    }

    fn stopped(&self) -> bool {
        self.couch.stopped.get()
    }
}

/// The dashboard as following sees it: what it was handed and how long it was told to wait.
#[derive(Default)]
struct Page {
    following: Following,
    clock: Cell<f64>,
    taken: RefCell<Vec<String>>,
    arrived: RefCell<Vec<String>>,
    kept: Cell<usize>,
    sleeps: RefCell<Vec<u32>>,
    redraws: Cell<usize>,
}

impl FollowPage for Page {
    fn following(&self) -> &Following {
        &self.following
    }
    fn redraw(&self) {
        self.redraws.set(self.redraws.get() + 1);
    }
    fn take(&self, responses: Vec<Response>) {
        self.taken.borrow_mut().extend(responses.into_iter().map(|response| response.id));
    }
    fn arrived(&self, responses: Vec<Response>) {
        self.arrived.borrow_mut().extend(responses.into_iter().map(|response| response.id));
    }
    fn kept(&self, records: &[Record]) {
        self.kept.set(self.kept.get() + records.len());
    }
    fn now_ms(&self) -> f64 {
        self.clock.get()
    }
    fn clock_time(&self) -> String {
        "14:32:05".to_owned()
    }
    async fn sleep(&self, ms: u32) {
        self.sleeps.borrow_mut().push(ms);
        self.clock.set(self.clock.get() + f64::from(ms));
    }
}

/// Connects the page to a database holding `holding` responses, then follows it through `polls`.
fn follow_through(store: &MemoryStore, page: &Page, holding: usize, polls: &[Poll]) -> (usize, Vec<String>) {
    let scripted = Scripted::new(FakeCouch::holding(holding), store, page, polls);
    block_on(connect_and_follow(
        store,
        |_| &scripted,
        page,
        &SyncTarget::new(&survey(), &NoCrypto, None),
        connection(),
    ));
    (scripted.asked.get(), scripted.couch.ids())
}

#[test]
fn a_response_reaching_the_database_appears_while_following() {
    let (store, page) = (MemoryStore::default(), Page::default());
    let (asked, _) = follow_through(&store, &page, 3, &[Poll::Quiet, Poll::Arrives("late-1"), Poll::Quiet]);
    // The whole sync handed over the three the database held, and kept them.
    assert_eq!(*page.taken.borrow(), ["r00000", "r00001", "r00002"]);
    assert_eq!(page.kept.get(), 3);
    // The second poll brought the late response, as an arrival; the quiet ones brought nothing.
    assert_eq!(*page.arrived.borrow(), ["late-1"]);
    assert_eq!(asked, 4, "three scripted polls, then the stop");
    let view = page.following.view();
    assert_eq!(view.connected, Some(("couch.example.org".into(), DATABASE.into(), "facilitator".into())));
    assert_eq!(view.live_since, Some(Some("14:32:05".to_owned())));
    assert!(matches!(view.report, Some(SyncNote::Synced { ref report, .. }) if report.received.added == 3));
    assert_eq!(view.problem, None);
    assert_eq!(view.activity, None);
    assert_eq!(block_on(load_responses(&store, "partnership-pulse")).unwrap().len(), 4);
    assert!(page.sleeps.borrow().is_empty(), "nothing failed, so nothing waited");
}

#[test]
fn a_quiet_poll_the_server_held_past_its_wait_is_not_a_failure() {
    let (store, page) = (MemoryStore::default(), Page::default());
    follow_through(&store, &page, 0, &[Poll::HeldPast, Poll::HeldPast, Poll::Arrives("late-1")]);
    assert!(page.sleeps.borrow().is_empty(), "a held poll is asked again at once");
    assert_eq!(*page.arrived.borrow(), ["late-1"]);
    assert_eq!(page.following.view().problem, None);
}

#[test]
fn a_server_that_is_down_is_tried_again_with_a_doubling_wait() {
    let (store, page) = (MemoryStore::default(), Page::default());
    let mut polls = vec![Poll::Down; 8];
    polls.push(Poll::Arrives("late-1"));
    polls.push(Poll::Down);
    follow_through(&store, &page, 1, &polls);
    // 2 s doubling to the 60 s ceiling; an answer starts the count again.
    assert_eq!(*page.sleeps.borrow(), [2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000, 2_000]);
    assert_eq!(*page.arrived.borrow(), ["late-1"]);
    let problem = page.following.view().problem;
    assert!(
        matches!(
            problem,
            Some(SyncProblem::Sync { error: SyncError::Unreachable { offline: false, .. }, retrying: true })
        ),
        "{problem:?}"
    );
}

#[test]
fn a_server_that_answers_long_polls_empty_at_once_is_asked_again_only_after_a_doubling_wait() {
    let (store, page) = (MemoryStore::default(), Page::default());
    let mut polls = vec![Poll::EmptyAtOnce; 7];
    polls.extend([Poll::Arrives("late-1"), Poll::EmptyAtOnce, Poll::Quiet, Poll::EmptyAtOnce]);
    let (asked, _) = follow_through(&store, &page, 1, &polls);
    // Not request after request: 2 s doubling to the 60 s ceiling, as after a failure; a poll that
    // brought a change, or that the server held, starts the count again.
    assert_eq!(*page.sleeps.borrow(), [2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 2_000, 2_000]);
    assert_eq!(asked, 12, "eleven scripted polls, then the stop");
    assert_eq!(*page.arrived.borrow(), ["late-1"]);
    assert_eq!(page.following.view().problem, None, "an empty answer is not a failure");
}

#[test]
fn a_failure_the_facilitator_must_mend_stops_following() {
    for (status, expected) in
        [(401, SyncError::WrongPassword), (404, SyncError::DatabaseMissing { database: DATABASE.into() })]
    {
        let (store, page) = (MemoryStore::default(), Page::default());
        let (asked, _) = follow_through(&store, &page, 0, &[Poll::Quiet, Poll::Status(status), Poll::Quiet]);
        assert_eq!(asked, 2, "following stopped at the {status}");
        assert!(page.sleeps.borrow().is_empty(), "no waiting for what waiting does not mend");
        let view = page.following.view();
        assert_eq!(view.problem, Some(SyncProblem::Sync { error: expected, retrying: false }));
        assert_eq!(view.live_since, None, "no longer said to be live");
    }
}

#[test]
fn a_failed_connection_is_said_and_nothing_followed() {
    let (store, page) = (MemoryStore::default(), Page::default());
    let couch = FakeCouch::new();
    couch.status.set(Some(401));
    let scripted = Scripted::new(couch, &store, &page, &[]);
    block_on(connect_and_follow(
        &store,
        |_| &scripted,
        &page,
        &SyncTarget::new(&survey(), &NoCrypto, None),
        connection(),
    ));
    let view = page.following.view();
    assert_eq!(view.problem, Some(SyncProblem::Sync { error: SyncError::WrongPassword, retrying: false }));
    assert_eq!((view.connected, view.activity, view.live_since), (None, None, None));
    assert_eq!(scripted.asked.get(), 0);
    assert!(block_on(load_sync(&store, "partnership-pulse")).unwrap().is_none(), "nothing kept");
}

#[test]
fn responses_stored_here_while_following_are_sent_with_the_next_poll() {
    let (store, page) = (MemoryStore::default(), Page::default());
    // Before following starts, nothing is handed over: the whole sync reads the store itself.
    page.following.stored_here(&[response("before", "student", None, &[])]);
    let (_, ids) = follow_through(&store, &page, 1, &[Poll::StoredHere("kiosk-1"), Poll::Quiet]);
    assert_eq!(ids, ["r00000", "kiosk-1"]);
    assert!(page.arrived.borrow().is_empty(), "a response this device sent is not an arrival when it comes back");
}

#[test]
fn a_stored_connection_is_followed_when_the_page_opens_and_forgetting_keeps_the_responses() {
    let (store, page) = (MemoryStore::default(), Page::default());
    follow_through(&store, &page, 2, &[]);
    let reopened = Page::default();
    let scripted = Scripted::new(FakeCouch::holding(2), &store, &reopened, &[Poll::Arrives("late-1")]);
    let mut asked_with = None;
    block_on(open_and_follow(
        &store,
        |connection| {
            asked_with = Some(connection.user.clone());
            &scripted
        },
        &reopened,
        &SyncTarget::new(&survey(), &NoCrypto, None),
    ));
    assert_eq!(asked_with.as_deref(), Some("facilitator"), "the stored connection's credentials");
    assert!(reopened.taken.borrow().is_empty(), "the two were received before: the checkpoint held");
    assert_eq!(*reopened.arrived.borrow(), ["late-1"]);
    assert!(reopened.following.view().ready);

    block_on(forget(&store, &reopened, "partnership-pulse"));
    let view = reopened.following.view();
    assert_eq!(view.report, Some(SyncNote::Disconnected));
    assert_eq!((view.connected, view.live_since), (None, None));
    assert!(block_on(SyncSession::open(&store, "partnership-pulse")).unwrap().is_none());
    assert_eq!(block_on(load_responses(&store, "partnership-pulse")).unwrap().len(), 3, "the responses stay");
}

#[test]
fn a_page_with_no_connection_is_ready_and_asks_nothing() {
    let (store, page) = (MemoryStore::default(), Page::default());
    let scripted = Scripted::new(FakeCouch::new(), &store, &page, &[]);
    block_on(open_and_follow(&store, |_| &scripted, &page, &SyncTarget::new(&survey(), &NoCrypto, None)));
    let view = page.following.view();
    assert!(view.ready);
    assert_eq!((view.connected, view.activity), (None, None::<Activity>));
    assert!(scripted.couch.requests.borrow().is_empty());
}
