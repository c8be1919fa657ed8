//! The dashboard's connection to a CouchDB database: a sync when the page opens (or the
//! facilitator connects), then following the changes feed so that responses reaching the
//! database appear without a reload — in presentation mode too, which is why this lives with the
//! page rather than in the panel that shows it.

use crate::response::Response;
use crate::services::{self, Added, FollowPage, Following, ImportProblem, SyncTarget, SyncView};
use crate::store::Record;
use crate::survey::SurveyDefinition;
use crate::sync::Connection;
use crate::transfer::SealedResponseFile;
use crate::ui::couch::{clock_time, sleep, BrowserCouch};
use crate::ui::dashboard::words::live_line_words;
use crate::ui::device;
use crate::web_crypto::{PrivateKey, WebCrypto};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use yew::prelude::*;

pub use crate::services::{Activity, SyncNote, SyncProblem};

/// State shared by the page's hook, its running sync and the components that show it.
pub struct Shared {
    survey: Rc<SurveyDefinition>,
    /// The number of the current run: a run whose number is no longer current stops.
    run: Rc<Cell<u32>>,
    following: Following,
    /// The components showing the view, drawn again when it changes (not the whole page: a
    /// sync's progress must not make the figures be worked out again).
    watchers: RefCell<Vec<(u32, Callback<()>)>>,
    next_watcher: Cell<u32>,
    /// The page's figures take in the responses that arrive.
    take: RefCell<Callback<Vec<Response>>>,
    /// Seals what is sent and opens what arrives, for a sealed survey.
    crypto: WebCrypto,
    /// The sealed survey's private key, once the facilitator gave the passphrase (for the life of
    /// the page only: it is never stored unwrapped).
    private: RefCell<Option<PrivateKey>>,
}

impl Shared {
    /// Starts a new run, stopping any earlier one; its number.
    fn next_run(&self) -> u32 {
        self.run.set(self.run.get() + 1);
        self.run.get()
    }

    /// The database as run `mine` reaches it through `connection`.
    fn couch(&self, mine: u32) -> impl FnOnce(&Connection) -> BrowserCouch {
        let run = self.run.clone();
        move |connection| BrowserCouch::new(connection.authorization(), run, mine)
    }

    /// The private key as it now is (none until unlocked).
    fn private(&self) -> Option<PrivateKey> {
        self.private.borrow().clone()
    }
}

impl FollowPage for Shared {
    fn following(&self) -> &Following {
        &self.following
    }

    fn redraw(&self) {
        let watchers: Vec<Callback<()>> = self.watchers.borrow().iter().map(|(_, redraw)| redraw.clone()).collect();
        for redraw in watchers {
            redraw.emit(());
        }
    }

    fn take(&self, responses: Vec<Response>) {
        let take = self.take.borrow().clone();
        take.emit(responses);
    }

    /// Taken in by this page's figures and told to this site's other tabs.
    fn arrived(&self, responses: Vec<Response>) {
        device::announce(&responses);
        self.take(responses);
    }

    fn kept(&self, records: &[Record]) {
        device::announce_texts(records.iter().map(|record| record.value.as_str()));
    }

    fn now_ms(&self) -> f64 {
        js_sys::Date::now()
    }

    fn clock_time(&self) -> String {
        clock_time()
    }

    async fn sleep(&self, ms: u32) {
        sleep(i32::try_from(ms).unwrap_or(i32::MAX)).await;
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
        wasm_bindgen_futures::spawn_local(async move {
            let private = shared.private();
            let target = SyncTarget::new(&shared.survey, &shared.crypto, private.as_ref());
            services::connect_and_follow(&device::store(), shared.couch(mine), &*shared, &target, connection).await;
        });
    }

    /// Responses this page stored itself (an import): sent to the database with the next request
    /// while the page follows it.
    pub fn stored_here(&self, responses: &[Response]) {
        self.0.following.stored_here(responses);
    }

    /// More responses than an import hands back were stored by this page: the next request
    /// sends every response the database lacks, read from the store.
    pub fn stored_many_here(&self) {
        self.0.following.stored_many_here();
    }

    /// Syncs again now (after the host fixed the server, say).
    pub fn sync_now(&self) {
        let shared = self.0.clone();
        let mine = shared.next_run();
        wasm_bindgen_futures::spawn_local(async move {
            let private = shared.private();
            let target = SyncTarget::new(&shared.survey, &shared.crypto, private.as_ref());
            services::sync_again(&device::store(), shared.couch(mine), &*shared, &target).await;
        });
    }

    /// Opens and stores the responses of a sealed response file with the key unlocked on this
    /// page (said to be locked when it is not).
    pub async fn import_sealed(&self, file: SealedResponseFile) -> Result<Added, ImportProblem> {
        let private = self.0.private();
        let target = SyncTarget::new(&self.0.survey, &self.0.crypto, private.as_ref());
        services::import_sealed_file(&device::store(), &target, file).await
    }

    /// The survey the page syncs.
    pub fn survey(&self) -> &SurveyDefinition {
        &self.0.survey
    }

    /// The sealed survey's key, unlocked with its passphrase: a stored connection syncs now, and
    /// what arrives from here on is opened.
    pub fn unlock(&self, private: PrivateKey) {
        *self.0.private.borrow_mut() = Some(private);
        self.sync_now();
    }

    /// Stops, and forgets the connection and its password on this device.
    pub fn forget(&self) {
        let shared = self.0.clone();
        shared.next_run();
        wasm_bindgen_futures::spawn_local(async move {
            services::forget(&device::store(), &*shared, &shared.survey.id).await;
        });
    }
}

/// The sync's view, for a component that shows it: the component is drawn again whenever it
/// changes.
#[hook]
pub fn use_sync_view(sync: &SyncHandle) -> SyncView {
    let redraw = use_force_update();
    let view = sync.0.following.view();
    {
        let (shared, drawn) = (sync.0.clone(), view.clone());
        use_effect_with(sync.clone(), move |_| {
            let id = shared.next_watcher.get();
            shared.next_watcher.set(id + 1);
            let watcher = redraw.clone();
            shared.watchers.borrow_mut().push((id, Callback::from(move |_| watcher.force_update())));
            // A change between this component's first drawing and its watching (the device read
            // meanwhile) is drawn now, not at the next change.
            if shared.following.view() != drawn {
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
            following: Following::default(),
            watchers: RefCell::new(Vec::new()),
            next_watcher: Cell::new(0),
            take: RefCell::new(take),
            crypto: WebCrypto::default(),
            private: RefCell::new(None),
        }
    });
    *shared.take.borrow_mut() = take;
    {
        let shared = shared.clone();
        use_effect_with((), move |_| {
            let listener = device::listen({
                let shared = shared.clone();
                move |arrived| match arrived {
                    device::Arrival::Responses(arrived) => shared.following.stored_here(&arrived),
                    device::Arrival::Many => shared.following.stored_many_here(),
                }
            });
            let opening = shared.clone();
            let mine = opening.next_run();
            wasm_bindgen_futures::spawn_local(async move {
                let _ = device::ready().await;
                // A sealed survey's sync waits for the passphrase (it says so when it starts).
                let private = opening.private();
                let target = SyncTarget::new(&opening.survey, &opening.crypto, private.as_ref());
                services::open_and_follow(&device::store(), opening.couch(mine), &*opening, &target).await;
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
