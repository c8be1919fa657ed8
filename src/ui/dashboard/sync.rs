//! The dashboard's connection to a CouchDB database: a sync when the page opens (or the
//! facilitator connects), then following the changes feed so that responses reaching the
//! database appear without a reload — in presentation mode too, which is why this lives with the
//! page rather than in the panel that shows it.

use crate::i18n::live_line_words;
use crate::response::Response;
use crate::services::{CouchServer, Progress, Received, SyncReport, SyncSession};
use crate::store::StoreError;
use crate::survey::SurveyDefinition;
use crate::sync::{Connection, SyncError};
use crate::ui::couch::{clock_time, sleep, BrowserCouch};
use crate::ui::device;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use yew::prelude::*;

/// How long the server holds a long poll open when nothing arrives.
const LONG_POLL_MS: u32 = 25_000;
/// The first wait after a failed request; it doubles up to [`LONGEST_WAIT_MS`].
const FIRST_WAIT_MS: i32 = 2_000;
const LONGEST_WAIT_MS: i32 = 60_000;

/// What the sync is doing now.
#[derive(Clone, Debug, PartialEq)]
pub enum Activity {
    /// Connecting to this server.
    Connecting(String),
    /// A whole sync, before it has counted anything.
    Syncing,
    /// A whole sync, this far.
    Progress(Progress),
}

/// What the facilitator was last told the sync did.
#[derive(Clone, Debug, PartialEq)]
pub enum SyncNote {
    /// A whole sync finished at this time, having done this.
    Synced { at: String, report: SyncReport },
    /// The connection and its password were forgotten.
    Disconnected,
}

/// Why the last request failed.
#[derive(Clone, Debug, PartialEq)]
pub enum SyncProblem {
    /// The database could not be used; when `retrying`, the page tries again by itself.
    Sync { error: SyncError, retrying: bool },
    /// This device's storage failed.
    Store(StoreError),
}

impl From<SyncError> for SyncProblem {
    fn from(error: SyncError) -> Self {
        SyncProblem::Sync { error, retrying: false }
    }
}

/// What the facilitator sees of the connection: values, put in words by the components that
/// show them, in the page's language.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SyncView {
    /// Read from the device yet.
    pub ready: bool,
    /// The connection, when there is one: server name, database, user.
    pub connected: Option<(String, String, String)>,
    /// What is happening now.
    pub activity: Option<Activity>,
    /// What the last whole sync did.
    pub report: Option<SyncNote>,
    /// Why the last request failed.
    pub problem: Option<SyncProblem>,
    /// Following the database: the time the last response arrived, if any has.
    pub live_since: Option<Option<String>>,
}

/// State shared by the page's hook, its running sync and the components that show it.
pub struct Shared {
    survey: Rc<SurveyDefinition>,
    run: Rc<Cell<u32>>,
    view: RefCell<SyncView>,
    /// The components showing the view, drawn again when it changes (not the whole page: a
    /// sync's progress must not make the figures be worked out again).
    watchers: RefCell<Vec<(u32, Callback<()>)>>,
    next_watcher: Cell<u32>,
    /// The page's figures take in the responses that arrive.
    take: RefCell<Callback<Vec<Response>>>,
    /// Responses that reached this device otherwise (a kiosk tab, an import) while the page
    /// follows the database, which it may lack.
    local_arrivals: RefCell<Vec<Response>>,
    /// The last whole sync failed: the next round sends everything the database lacks.
    send_all: Cell<bool>,
}

impl Shared {
    fn update(&self, change: impl FnOnce(&mut SyncView)) {
        change(&mut self.view.borrow_mut());
        let watchers: Vec<Callback<()>> = self.watchers.borrow().iter().map(|(_, redraw)| redraw.clone()).collect();
        for redraw in watchers {
            redraw.emit(());
        }
    }

    /// Responses the database brought: taken in by this page's figures and told to this site's
    /// other tabs.
    fn arrived(&self, responses: Vec<Response>) {
        device::announce(&responses);
        self.take(responses);
    }

    /// Responses the database brought, taken in by this page's figures.
    fn take(&self, responses: Vec<Response>) {
        let take = self.take.borrow().clone();
        take.emit(responses);
    }

    /// Starts a new run, stopping any earlier one; its number.
    fn next_run(&self) -> u32 {
        self.run.set(self.run.get() + 1);
        self.run.get()
    }
}

fn describe(connection: &Connection) -> (String, String, String) {
    (connection.server_name().to_owned(), connection.database.clone(), connection.user.clone())
}

/// Failures that waiting does not mend: the facilitator must change something.
fn needs_the_facilitator(error: &SyncError) -> bool {
    matches!(
        error,
        SyncError::WrongPassword
            | SyncError::NotAllowed { .. }
            | SyncError::DatabaseMissing { .. }
            | SyncError::NotCouchDb
    )
}

/// A whole sync, then following the changes feed until the run is stopped.
async fn run(shared: Rc<Shared>, mut session: SyncSession, mine: u32) {
    let store = device::store();
    let couch = BrowserCouch::new(session.state.connection.authorization(), shared.run.clone(), mine);
    let survey = shared.survey.clone();
    shared.update(|view| {
        view.activity = Some(Activity::Syncing);
        view.problem = None;
    });
    let synced = session
        .sync(
            &store,
            &couch,
            &survey,
            |progress| shared.update(|view| view.activity = Some(Activity::Progress(progress))),
            |responses| shared.take(responses),
            |records| device::announce_texts(records.iter().map(|record| record.value.as_str())),
        )
        .await;
    if couch.stopped() {
        return;
    }
    match synced {
        Ok(report) => shared.update(|view| view.report = Some(SyncNote::Synced { at: clock_time(), report })),
        Err(error) => {
            let stop = needs_the_facilitator(&error);
            shared.update(|view| {
                view.problem = Some(error.into());
                view.activity = None;
            });
            if stop {
                return;
            }
            shared.send_all.set(true);
        }
    }
    shared.update(|view| {
        view.activity = None;
        view.live_since = Some(None);
    });
    let mut wait = FIRST_WAIT_MS;
    while !couch.stopped() {
        let local = shared.local_arrivals.take();
        let sent = if shared.send_all.replace(false) {
            session.send_unknown(&store, &couch, &survey.id, |_, _| {}).await
        } else if local.is_empty() {
            Ok((0, Vec::new()))
        } else {
            session.send(&store, &couch, local, |_, _| {}).await
        };
        if let Err(error) = sent {
            shared.send_all.set(true);
            shared.update(|view| view.problem = Some(error.into()));
        }
        let asked_at = js_sys::Date::now();
        match session.receive_page(&store, &couch, &survey, Some(LONG_POLL_MS)).await {
            // A server that holds a quiet long poll open past its wait (PouchDB Server ignores
            // `timeout`) is given up on by the browser: nothing arrived, nothing is wrong.
            Err(SyncError::Unreachable { offline: false, .. })
                if js_sys::Date::now() - asked_at >= f64::from(LONG_POLL_MS) => {}
            Ok(Received { added, .. }) => {
                wait = FIRST_WAIT_MS;
                // Only responses new to this device count as arrivals (the feed also brings back
                // the ones this device sent).
                let arrived = added.added > 0;
                if arrived {
                    shared.arrived(added.responses);
                }
                if couch.stopped() {
                    return;
                }
                shared.update(|view| {
                    view.problem = None;
                    if arrived {
                        view.live_since = Some(Some(clock_time()));
                    }
                });
            }
            Err(error) => {
                if couch.stopped() {
                    return;
                }
                let stop = needs_the_facilitator(&error);
                shared.update(|view| {
                    view.problem = Some(SyncProblem::Sync { error, retrying: !stop });
                    if stop {
                        view.live_since = None;
                    }
                });
                if stop {
                    return;
                }
                sleep(wait).await;
                wait = (wait * 2).min(LONGEST_WAIT_MS);
            }
        }
    }
}

/// The page's sync, handed to the components that show it and act on it.
#[derive(Clone)]
pub struct SyncHandle(Rc<Shared>);

impl PartialEq for SyncHandle {
    fn eq(&self, other: &SyncHandle) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl SyncHandle {
    /// Connects with what the facilitator typed, then syncs and follows the database.
    pub fn connect(&self, connection: Connection) {
        let shared = self.0.clone();
        let mine = shared.next_run();
        shared.update(|view| {
            view.activity = Some(Activity::Connecting(connection.server_name().to_owned()));
            view.problem = None;
            view.report = None;
        });
        wasm_bindgen_futures::spawn_local(async move {
            let store = device::store();
            let couch = BrowserCouch::new(connection.authorization(), shared.run.clone(), mine);
            let described = describe(&connection);
            match SyncSession::connect(&store, &couch, &shared.survey.id, connection).await {
                Ok(session) if !couch.stopped() => {
                    shared.update(|view| view.connected = Some(described));
                    run(shared, session, mine).await;
                }
                Ok(_) => {}
                Err(error) => shared.update(|view| {
                    view.activity = None;
                    view.problem = Some(error.into());
                }),
            }
        });
    }

    /// Responses this page stored itself (an import): sent to the database with the next request
    /// while the page follows it.
    pub fn stored_here(&self, responses: &[Response]) {
        if self.0.view.borrow().live_since.is_some() {
            self.0.local_arrivals.borrow_mut().extend_from_slice(responses);
        }
    }

    /// More responses than an import hands back were stored by this page: the next request
    /// sends every response the database lacks, read from the store.
    pub fn stored_many_here(&self) {
        if self.0.view.borrow().live_since.is_some() {
            self.0.send_all.set(true);
        }
    }

    /// Syncs again now (after the host fixed the server, say).
    pub fn sync_now(&self) {
        let shared = self.0.clone();
        let mine = shared.next_run();
        wasm_bindgen_futures::spawn_local(async move {
            match SyncSession::open(&device::store(), &shared.survey.id).await {
                Ok(Some(session)) => run(shared, session, mine).await,
                Ok(None) => {}
                Err(error) => shared.update(|view| view.problem = Some(SyncProblem::Store(error))),
            }
        });
    }

    /// Stops, and forgets the connection and its password on this device.
    pub fn forget(&self) {
        let shared = self.0.clone();
        shared.next_run();
        wasm_bindgen_futures::spawn_local(async move {
            match crate::services::forget_connection(&device::store(), &shared.survey.id).await {
                Ok(()) => shared.update(|view| {
                    *view = SyncView { ready: true, ..SyncView::default() };
                    view.report = Some(SyncNote::Disconnected);
                }),
                Err(error) => shared.update(|view| view.problem = Some(SyncProblem::Store(error))),
            }
        });
    }
}

/// The sync's view, for a component that shows it: the component is drawn again whenever it
/// changes.
#[hook]
pub fn use_sync_view(sync: &SyncHandle) -> SyncView {
    let redraw = use_force_update();
    let view = sync.0.view.borrow().clone();
    {
        let (shared, drawn) = (sync.0.clone(), view.clone());
        use_effect_with(sync.clone(), move |_| {
            let id = shared.next_watcher.get();
            shared.next_watcher.set(id + 1);
            let watcher = redraw.clone();
            shared.watchers.borrow_mut().push((id, Callback::from(move |_| watcher.force_update())));
            // A change between this component's first drawing and its watching (the device read
            // meanwhile) is drawn now, not at the next change.
            if *shared.view.borrow() != drawn {
                redraw.force_update();
            }
            move || shared.watchers.borrow_mut().retain(|(each, _)| *each != id)
        });
    }
    view
}

/// Properties of [`LiveLine`].
#[derive(Properties, PartialEq)]
pub struct LiveLineProps {
    pub sync: SyncHandle,
    /// How many responses the figures count, as they show it.
    pub count: AttrValue,
}

/// "Live: 215 responses; the last arrived at 14:32:05.", while the page follows a database.
#[function_component(LiveLine)]
pub fn live_line(props: &LiveLineProps) -> Html {
    let view = use_sync_view(&props.sync);
    let texts = super::texts::use_dashboard_texts();
    let Some(last) = &view.live_since else { return html! {} };
    html! { <p class="pp-live-line" role="status">{ live_line_words(&texts, &props.count, last.as_deref()) }</p> }
}

/// The dashboard's sync: opens a stored connection and syncs at once; `take` hears of the
/// responses that arrive.
#[hook]
pub fn use_sync(survey: Rc<SurveyDefinition>, take: Callback<Vec<Response>>) -> SyncHandle {
    let shared = use_memo((), {
        let take = take.clone();
        move |_| Shared {
            survey,
            run: Rc::new(Cell::new(0)),
            view: RefCell::new(SyncView::default()),
            watchers: RefCell::new(Vec::new()),
            next_watcher: Cell::new(0),
            take: RefCell::new(take),
            local_arrivals: RefCell::new(Vec::new()),
            send_all: Cell::new(false),
        }
    });
    *shared.take.borrow_mut() = take;
    {
        let shared = shared.clone();
        use_effect_with((), move |_| {
            let listener = device::listen({
                let shared = shared.clone();
                move |arrived| {
                    // Kept only while following; a whole sync reads the device's responses itself.
                    if shared.view.borrow().live_since.is_some() {
                        match arrived {
                            device::Arrival::Responses(arrived) => shared.local_arrivals.borrow_mut().extend(arrived),
                            device::Arrival::Many => shared.send_all.set(true),
                        }
                    }
                }
            });
            let opening = shared.clone();
            let mine = opening.next_run();
            wasm_bindgen_futures::spawn_local(async move {
                let _ = device::ready().await;
                let session = SyncSession::open(&device::store(), &opening.survey.id).await;
                let session = match session {
                    Ok(session) => session,
                    Err(error) => {
                        opening.update(|view| {
                            view.ready = true;
                            view.problem = Some(SyncProblem::Store(error));
                        });
                        return;
                    }
                };
                opening.update(|view| {
                    view.ready = true;
                    view.connected = session.as_ref().map(|session| describe(&session.state.connection));
                });
                if let Some(session) = session {
                    run(opening, session, mine).await;
                }
            });
            move || {
                // The page is gone: its run stops and records nothing more.
                shared.next_run();
                drop(listener);
            }
        });
    }
    SyncHandle(shared)
}
