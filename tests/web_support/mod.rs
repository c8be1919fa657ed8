//! Helpers shared by the component tests in headless Chromium.

use std::time::Duration;

/// Waits until `ready` holds, looking every 10 ms for at most 15 s (polling, not a fixed pause,
/// so a slow machine only takes longer); fails saying what never happened.
pub async fn until(what: &str, ready: impl Fn() -> bool) {
    for _ in 0..1500 {
        if ready() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("timed out waiting for {what}");
}

/// Empties every collection of the app's IndexedDB database (and `localStorage`), so a test
/// starts from an empty device. Cleared rather than deleted: the page keeps its connection open.
pub async fn clear_device() {
    use partnership_pulse::store::{IndexedDbStore, RecordStore};
    web_sys::window().unwrap().local_storage().unwrap().unwrap().clear().unwrap();
    // Opened through the app first, so the collections exist.
    let _ = IndexedDbStore::open().get(partnership_pulse::store::Collection::Settings, "").await;
    let clear = js_sys::Function::new_no_args(
        "return new Promise((resolve, reject) => {
            const open = indexedDB.open('partnership-pulse');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
                const database = open.result;
                const names = [...database.objectStoreNames];
                const transaction = database.transaction(names, 'readwrite');
                for (const name of names) transaction.objectStore(name).clear();
                transaction.oncomplete = () => { database.close(); resolve(); };
                transaction.onabort = () => reject(transaction.error);
            };
        });",
    );
    let promise: js_sys::Promise = clear.call0(&wasm_bindgen::JsValue::NULL).unwrap().into();
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// The record of `key` in `collection`, as the app stored it.
pub async fn stored(collection: partnership_pulse::store::Collection, key: &str) -> Option<String> {
    use partnership_pulse::store::{IndexedDbStore, RecordStore};
    IndexedDbStore::open().get(collection, key).await.unwrap().map(|record| record.value)
}
