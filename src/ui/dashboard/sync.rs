//! The dashboard's connection to a CouchDB database: a sync when the page opens (or the
//! facilitator connects), then following the changes feed so that responses reaching the
//! database appear without a reload — in presentation mode too, which is why this lives with the
//! page rather than in the panel that shows it.

use crate::response::Response;
use crate::services::{CouchServer, Received, SyncSession};
use crate::survey::SurveyDefinition;
use crate::sync::{progress_words, Connection, SyncError};
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

/// What the facilitator sees of the connection.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SyncView {
    /// Read from the device yet.
    pub ready: bool,
    /// The connection, when there is one: server name, database, user.
    pub connected: Option<(String, String, String)>,
    /// What is happening now (progress, following live).
    pub activity: Option<String>,
    /// What the last whole sync did.
    pub report: Option<String>,
    /// Why the last request failed.
    pub problem: Option<String>,
    /// Following the database: the time the last response arrived, if any has.
    pub live_since: Option<Option<String>>,
}

/// State shared by the page's hook and its running sync.
struct Shared {
    survey: Rc<SurveyDefinition>,
    run: Rc<Cell<u32>>,
    view: RefCell<SyncView>,
    redraw: Callback<()>,
    /// Responses that reached this device otherwise (a kiosk tab, an import) while the page
    /// follows the database, which it may lack.
    local_arrivals: RefCell<Vec<Response>>,
    /// The last whole sync failed: the next round sends everything the database lacks.
    send_all: Cell<bool>,
}

impl Shared {
    fn update(&self, change: impl FnOnce(&mut SyncView)) {
        change(&mut self.view.borrow_mut());
        self.redraw.emit(());
    }

    /// Responses the database brought: told to this site's tabs, this page among them (its
    /// figures take them in once they are loaded, however early the sync).
    fn arrived(&self, responses: Vec<Response>) {
        device::announce(&responses);
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
        view.activity = Some("Syncing with the database…".to_owned());
        view.problem = None;
    });
    let synced = session
        .sync(
            &store,
            &couch,
            &survey,
            |progress| shared.update(|view| view.activity = Some(progress_words(&progress))),
            |responses| shared.arrived(responses),
        )
        .await;
    if couch.stopped() {
        return;
    }
    match synced {
        Ok(report) => shared.update(|view| view.report = Some(format!("Synced at {}. {report}", clock_time()))),
        Err(error) => {
            let stop = needs_the_facilitator(&error);
            shared.update(|view| {
                view.problem = Some(error.to_string());
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
            shared.update(|view| view.problem = Some(error.to_string()));
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
                    view.problem =
                        Some(if stop { error.to_string() } else { format!("{error} Trying again shortly.") });
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

/// What the page and its panel do with the connection.
#[derive(Clone, PartialEq)]
pub struct SyncControl {
    /// What to show.
    pub view: SyncView,
    /// Connect with what the facilitator typed, then sync.
    pub connect: Callback<Connection>,
    /// Sync again now (after the host fixed the server, say).
    pub sync_now: Callback<()>,
    /// Stop, and forget the connection and its password on this device.
    pub forget: Callback<()>,
}

/// The dashboard's sync: opens a stored connection and syncs at once; the responses that arrive
/// are announced to the site's tabs, this page's figures among them.
#[hook]
pub fn use_sync(survey: Rc<SurveyDefinition>) -> SyncControl {
    let redraw = use_force_update();
    let shared = use_memo((), move |_| Shared {
        survey,
        run: Rc::new(Cell::new(0)),
        view: RefCell::new(SyncView::default()),
        redraw: Callback::from(move |_| redraw.force_update()),
        local_arrivals: RefCell::new(Vec::new()),
        send_all: Cell::new(false),
    });
    {
        let shared = shared.clone();
        use_effect_with((), move |_| {
            let listener = device::listen({
                let shared = shared.clone();
                move |arrived| {
                    // Kept only while following; a whole sync reads the device's responses itself.
                    if shared.view.borrow().live_since.is_some() {
                        shared.local_arrivals.borrow_mut().extend(arrived);
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
                            view.problem = Some(error.to_string());
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
    let connect = {
        let shared = shared.clone();
        Callback::from(move |connection: Connection| {
            let shared = shared.clone();
            let mine = shared.next_run();
            shared.update(|view| {
                view.activity = Some(format!("Connecting to {}…", connection.server_name()));
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
                        view.problem = Some(error.to_string());
                    }),
                }
            });
        })
    };
    let sync_now = {
        let shared = shared.clone();
        Callback::from(move |_| {
            let shared = shared.clone();
            let mine = shared.next_run();
            wasm_bindgen_futures::spawn_local(async move {
                match SyncSession::open(&device::store(), &shared.survey.id).await {
                    Ok(Some(session)) => run(shared, session, mine).await,
                    Ok(None) => {}
                    Err(error) => shared.update(|view| view.problem = Some(error.to_string())),
                }
            });
        })
    };
    let forget = {
        let shared = shared.clone();
        Callback::from(move |_| {
            let shared = shared.clone();
            shared.next_run();
            wasm_bindgen_futures::spawn_local(async move {
                match crate::store::forget_sync(&device::store(), &shared.survey.id).await {
                    Ok(()) => shared.update(|view| {
                        *view = SyncView { ready: true, ..SyncView::default() };
                        view.report = Some(
                            "Disconnected. The connection and its password are forgotten on this device; the responses stay."
                                .to_owned(),
                        );
                    }),
                    Err(error) => shared.update(|view| view.problem = Some(error.to_string())),
                }
            });
        })
    };
    let view = shared.view.borrow().clone();
    SyncControl { view, connect, sync_now, forget }
}
