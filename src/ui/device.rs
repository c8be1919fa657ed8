//! This device's store for the page: IndexedDB, opened once per page, with what earlier releases
//! left in `localStorage` moved in before anything is read; and the channel on which the page's
//! tabs tell each other of responses stored, so open dashboards take them in at once.

use crate::response::Response;
use crate::store::{migrate_local_storage, IndexedDbStore, LocalStorage, StoreError};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

/// Name of the channel between the tabs of this site.
const CHANNEL: &str = "partnership-pulse:responses";

thread_local! {
    /// The page's store and the promise of its migration, made on first use.
    static DEVICE: RefCell<Option<(IndexedDbStore, js_sys::Promise)>> = const { RefCell::new(None) };
    /// Why the migration failed, or what it kept aside, once it has run.
    static NOT_MOVED: RefCell<Option<StoreError>> = const { RefCell::new(None) };
    /// The page's one end of the channel: a channel never receives what it sent itself, so a
    /// page is not told again of what it stored.
    static CHANNEL_END: Option<web_sys::BroadcastChannel> = web_sys::BroadcastChannel::new(CHANNEL).ok();
}

fn device() -> (IndexedDbStore, js_sys::Promise) {
    DEVICE.with(|cell| {
        cell.borrow_mut()
            .get_or_insert_with(|| {
                let store = IndexedDbStore::open();
                let moving = store.clone();
                let migration = wasm_bindgen_futures::future_to_promise(async move {
                    // A failure, or what was kept aside on the way, is said once the page is ready.
                    let said = match migrate_local_storage(&LocalStorage::open(), &moving).await {
                        Ok(migrated) => migrated.set_aside,
                        Err(error) => Some(error),
                    };
                    NOT_MOVED.with(|cell| cell.replace(said));
                    Ok(JsValue::UNDEFINED)
                });
                (store, migration)
            })
            .clone()
    })
}

/// The page's store. Writes may start at once; read only after [`ready`].
pub fn store() -> IndexedDbStore {
    device().0
}

/// Waits until data of earlier releases has been moved in; the error, if it could not be.
pub async fn ready() -> Option<StoreError> {
    let _ = wasm_bindgen_futures::JsFuture::from(device().1).await;
    NOT_MOVED.with(|cell| cell.borrow().clone())
}

/// Tells this site's other tabs that `responses` were stored (a dashboard open there adds them).
pub fn announce(responses: &[Response]) {
    post(&responses.iter().filter_map(|r| serde_json::to_string(r).ok()).map(JsValue::from).collect());
}

/// Tells this site's other tabs of stored responses given as their JSON text (as stored).
pub fn announce_texts<'a>(texts: impl Iterator<Item = &'a str>) {
    post(&texts.map(JsValue::from_str).collect());
}

fn post(texts: &js_sys::Array) {
    if texts.length() > 0 {
        CHANNEL_END.with(|channel| channel.as_ref().map(|channel| channel.post_message(texts)));
    }
}

/// What a message on the channel said.
pub enum Arrival {
    /// These responses were stored.
    Responses(Vec<Response>),
    /// More responses were stored than a message carries (a big import): read the store.
    Many,
}

/// The message that says [`Arrival::Many`].
const READ_THE_STORE: &str = "read the store";

/// Tells this site's other tabs that more responses were stored than a message should carry,
/// so that a dashboard open there reads them from the store.
pub fn announce_many() {
    CHANNEL_END
        .with(|channel| channel.as_ref().map(|channel| channel.post_message(&JsValue::from_str(READ_THE_STORE))));
}

/// Calls `on_arrival` with what other tabs announce, for as long as the returned listener is kept.
pub fn listen(on_arrival: impl Fn(Arrival) + 'static) -> Option<gloo::events::EventListener> {
    let channel = CHANNEL_END.with(Clone::clone)?;
    let listener = gloo::events::EventListener::new(&channel, "message", move |event| {
        let Some(data) = event.dyn_ref::<web_sys::MessageEvent>().map(|message| message.data()) else { return };
        if data.as_string().as_deref() == Some(READ_THE_STORE) {
            return on_arrival(Arrival::Many);
        }
        let Ok(texts) = data.dyn_into::<js_sys::Array>() else { return };
        let responses = texts.iter().filter_map(|text| serde_json::from_str(&text.as_string()?).ok()).collect();
        on_arrival(Arrival::Responses(responses));
    });
    Some(listener)
}
