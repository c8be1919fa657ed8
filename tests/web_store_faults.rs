//! The IndexedDB store when what it finds is not what it wrote, in headless Chromium: records of
//! another shape are kept aside and said (never passed over), a database a newer release
//! upgraded is named as such (not as private browsing), and a database another tab keeps from
//! opening is said at once instead of leaving every call waiting.
#![cfg(target_arch = "wasm32")]

use partnership_pulse::services::open_workspace;
use partnership_pulse::store::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

mod web_support;

use web_support::clear_device;

wasm_bindgen_test_configure!(run_in_browser);

/// Runs `body` (JavaScript returning a promise) and waits for it.
async fn run_js(body: &str) -> JsValue {
    let promise: js_sys::Promise = js_sys::Function::new_no_args(body).call0(&JsValue::NULL).unwrap().into();
    JsFuture::from(promise).await.unwrap()
}

/// Puts `object` (a JavaScript expression) into `collection` as something other than the app
/// would write it.
async fn put_raw(collection: &str, object: &str) {
    run_js(&format!(
        "return new Promise((done, fail) => {{
            const open = indexedDB.open('partnership-pulse');
            open.onsuccess = () => {{
                const transaction = open.result.transaction('{collection}', 'readwrite');
                transaction.objectStore('{collection}').put({object});
                transaction.oncomplete = () => {{ open.result.close(); done(); }};
                transaction.onabort = () => fail(transaction.error);
            }};
        }});"
    ))
    .await;
}

#[wasm_bindgen_test]
async fn a_saved_survey_list_of_another_shape_is_kept_aside_and_said_not_replaced() {
    clear_device().await;
    // The list's value is an object, not the JSON text the app writes. Before, the store read
    // it as no list at all: the page started empty and its first save replaced the surveys.
    put_raw("surveys", "{k: 'list', g: '', v: {surveys: [{title: 'Northshire'}]}}").await;
    let store = IndexedDbStore::open();
    let opened = open_workspace(&store).await;
    assert!(opened.workspace.surveys.is_empty() && opened.writable);
    assert_eq!(opened.problem, Some(StoreError::Unreadable { key: "list".into(), kept_as: "surveys:list".into() }));
    let kept = kept_aside(&store, Collection::Surveys).await.unwrap();
    assert_eq!(kept.len(), 1);
    assert!(kept[0].value.contains("\"Northshire\""), "kept whole: {}", kept[0].value);
    assert_eq!(store.get(Collection::Surveys, "list").await.unwrap(), None, "moved, not copied");
}

#[wasm_bindgen_test]
async fn responses_of_another_shape_are_kept_aside_and_counted() {
    clear_device().await;
    let store = IndexedDbStore::open();
    let good = "{\"id\":\"good\",\"survey_id\":\"s\",\"survey_version\":1,\"group\":\"g\",\"submitted\":\"2026-12-01\",\"answers\":{}}";
    store.write(vec![Change::Put(Collection::Responses, Record::new("good", "s", good.into()))]).await.unwrap();
    // Listed under the survey, but its value is a number; and one whose value is an object.
    put_raw("responses", "{k: 'odd-1', g: 's', v: 42}").await;
    put_raw("responses", "{k: 'odd-2', g: 's', v: {answers: {T1: 4}}}").await;
    let stored = read_responses(&store, "s").await.unwrap();
    assert_eq!(stored.responses.len(), 1, "the good one is used");
    assert!(matches!(stored.set_aside, Some(StoreError::SomeUnreadable { count: 2, .. })), "{:?}", stored.set_aside);
    let kept = kept_aside(&store, Collection::Responses).await.unwrap();
    assert_eq!(kept.len(), 2);
    assert!(kept.iter().any(|record| record.value.contains("\"T1\":4")));
    // Read again, nothing more is said: they were moved.
    assert_eq!(read_responses(&store, "s").await.unwrap().set_aside, None);
}

#[wasm_bindgen_test]
async fn a_pack_is_kept_as_bytes_and_a_pack_kept_as_text_by_an_earlier_release_is_still_read() {
    clear_device().await;
    let store = IndexedDbStore::open();
    // Text beyond ASCII: two, three and four bytes a character in UTF-8.
    let said = "Caf\u{e9} \u{2013} \u{1f44d}";
    let response = |id: &str| {
        format!("{{\"id\":\"{id}\",\"survey_id\":\"s\",\"survey_version\":1,\"group\":\"g\",\"submitted\":\"2026-12-01\",\"answers\":{{\"O1\":\"{said}\"}}}}")
    };
    let records = vec![Record::new("new-1", "s", response("new-1")), Record::new("new-2", "s", response("new-2"))];
    assert_eq!(add_packed(&store, "s", records, Vec::new()).await.unwrap(), 2);
    let kept_as = run_js(
        "return new Promise((done) => {
            const open = indexedDB.open('partnership-pulse');
            open.onsuccess = () => {
                const request = open.result.transaction('packed').objectStore('packed').getAll();
                request.onsuccess = () => { open.result.close(); done(request.result.map((pack) => pack.v instanceof Uint8Array ? 'bytes' : typeof pack.v).join()); };
            };
        });",
    )
    .await;
    assert_eq!(kept_as.as_string().as_deref(), Some("bytes"));
    // A pack as the release before wrote it: its JSON array as text, its ids beside it.
    put_raw("packed", &format!("{{k: 's/0000000009', g: 's', v: {:?}}}", format!("[{}]", response("old-1")))).await;
    put_raw("packed-ids", "{k: 's/0000000009', g: 's', v: 'old-1'}").await;
    let stored = read_responses(&store, "s").await.unwrap();
    assert_eq!(stored.set_aside, None);
    let mut ids: Vec<&str> = stored.responses.iter().map(|r| r.id.as_str()).collect();
    ids.sort_unstable();
    assert_eq!(ids, ["new-1", "new-2", "old-1"]);
    let text = partnership_pulse::response::Answer::Text(said.into());
    assert!(stored.responses.iter().all(|r| r.answers.get("O1") == Some(&text)), "every text read back whole");
}

#[wasm_bindgen_test]
async fn a_database_a_newer_release_upgraded_is_named_as_such() {
    clear_device().await;
    // Every connection of this page closes when asked (the app's own do), so the database can
    // be deleted and made again at a version this release does not know.
    run_js(
        "return new Promise((done) => {
            const gone = indexedDB.deleteDatabase('partnership-pulse');
            gone.onsuccess = () => {
                const open = indexedDB.open('partnership-pulse', 99);
                open.onsuccess = () => { open.result.close(); done(); };
            };
        });",
    )
    .await;
    let outcome = IndexedDbStore::open().get(Collection::Settings, "kiosk").await;
    assert_eq!(outcome, Err(StoreError::NewerRelease), "not \"private browsing\"");
    run_js("return new Promise((done) => { indexedDB.deleteDatabase('partnership-pulse').onsuccess = done; });").await;
}

#[wasm_bindgen_test]
async fn a_database_another_tab_keeps_from_opening_is_said_at_once() {
    // A tab of the release before the outbox (schema 1) holds the database open and does not
    // let go when asked: this release's upgrade waits for it. Before, every call waited for
    // ever, and Submit did nothing.
    run_js(
        "return new Promise((done) => {
            const gone = indexedDB.deleteDatabase('partnership-pulse');
            gone.onsuccess = () => {
                const open = indexedDB.open('partnership-pulse', 1);
                open.onupgradeneeded = () => open.result.createObjectStore('settings', { keyPath: 'k' });
                open.onsuccess = () => { window.oldTab = open.result; done(); };
            };
        });",
    )
    .await;
    let store = IndexedDbStore::open();
    assert_eq!(store.get(Collection::Settings, "kiosk").await, Err(StoreError::Blocked));
    // Later calls say so too, without waiting again.
    assert_eq!(store.write(Vec::new()).await, Ok(()), "nothing to write needs no database");
    assert_eq!(store.get(Collection::Drafts, "x").await, Err(StoreError::Blocked));
    // Once the old tab is gone, a page opened afresh upgrades and works.
    run_js("window.oldTab.close(); return Promise.resolve();").await;
    let fresh = IndexedDbStore::open();
    assert_eq!(fresh.get(Collection::Settings, "kiosk").await, Ok(None));
}
