//! The IndexedDB store in headless Chromium: records round-trip, a response added twice is
//! stored once, and a write that fails part-way stores nothing. (Capacity, 100,000 responses on
//! one device, is tested end to end on the release build: tests/e2e/storage.test.mjs.)
#![cfg(target_arch = "wasm32")]

use partnership_pulse::response::{Answer, Response};
use partnership_pulse::store::*;
use pulse_core::sorted_map::SortedMap;
use wasm_bindgen_test::*;

mod web_support;

use web_support::clear_device;

wasm_bindgen_test_configure!(run_in_browser);

fn response(n: u32) -> Response {
    let mut answers = SortedMap::new();
    for (index, item) in ["T1", "T2", "T3", "T4", "T5", "I1", "I2", "I3", "I4", "I5", "I6"].iter().enumerate() {
        answers.insert((*item).to_owned(), Answer::Scale(((n as usize + index) % 6) as u8));
    }
    answers.insert("O1".into(), Answer::Text("More notice of meetings, please.".into()));
    Response {
        id: format!("{n:032x}"),
        survey_id: "partnership-pulse".into(),
        survey_version: 2,
        wave: "2026".into(),
        group: ["student", "university", "voluntary"][n as usize % 3].into(),
        partner: Some("council".into()),
        submitted: "2026-11-24".into(),
        answers,
    }
}

#[wasm_bindgen_test]
async fn records_round_trip_and_a_response_added_twice_is_stored_once() {
    clear_device().await;
    let store = IndexedDbStore::open();
    assert_eq!(add_responses(&store, &[response(1), response(2)]).await.unwrap(), 2);
    // A second tab, a second import: the same id is left as it is, the new one added.
    let mut changed = response(1);
    changed.group = "other".into();
    assert_eq!(add_responses(&store, &[changed, response(3)]).await.unwrap(), 1);
    let stored = load_responses(&store, "partnership-pulse").await.unwrap();
    assert_eq!(stored, vec![response(1), response(2), response(3)]);
    // Put, get and delete of other records, in one transaction across collections.
    let setting = Record::new("kiosk", "", "true".into());
    let draft = Record::new("partnership-pulse@tab", "partnership-pulse", "{}".into());
    store
        .write(vec![Change::Put(Collection::Settings, setting.clone()), Change::Put(Collection::Drafts, draft.clone())])
        .await
        .unwrap();
    assert_eq!(store.get(Collection::Settings, "kiosk").await.unwrap(), Some(setting));
    assert_eq!(store.group(Collection::Drafts, "partnership-pulse").await.unwrap(), vec![draft]);
    store.write(vec![Change::Delete(Collection::Drafts, "partnership-pulse@tab".into())]).await.unwrap();
    assert_eq!(store.get(Collection::Drafts, "partnership-pulse@tab").await.unwrap(), None);
}

#[wasm_bindgen_test]
async fn a_write_the_browser_refuses_part_way_stores_nothing_and_says_full() {
    clear_device().await;
    let store = IndexedDbStore::open();
    // The browser refuses the second record as a full disk would.
    let refuse = js_sys::Function::new_no_args(
        "const put = IDBObjectStore.prototype.put;
         IDBObjectStore.prototype.put = function (value) {
             if (value.k === 'refused') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
             return put.call(this, value);
         };
         return () => { IDBObjectStore.prototype.put = put; };",
    );
    let restore: js_sys::Function = refuse.call0(&wasm_bindgen::JsValue::NULL).unwrap().into();
    let changes = vec![
        Change::Put(Collection::Settings, Record::new("first", "", "1".into())),
        Change::Put(Collection::Settings, Record::new("refused", "", "2".into())),
    ];
    let outcome = store.write(changes).await;
    restore.call0(&wasm_bindgen::JsValue::NULL).unwrap();
    assert_eq!(outcome, Err(StoreError::Full));
    assert_eq!(store.get(Collection::Settings, "first").await.unwrap(), None, "all or nothing");
}

#[wasm_bindgen_test]
async fn a_group_is_read_in_batches_with_nothing_of_another_group() {
    clear_device().await;
    let store = IndexedDbStore::open();
    let mut records = Vec::new();
    for n in 0..10 {
        records.push(Record::new(&format!("k{n:02}"), if n % 3 == 0 { "other" } else { "mine" }, n.to_string()));
    }
    store.add_new(Collection::Responses, records, Vec::new()).await.unwrap();
    let mut batches = Vec::new();
    store
        .group_in_batches(Collection::Responses, "mine", 3, |batch| {
            batches.push(batch.iter().map(|record| record.value.clone()).collect::<Vec<_>>())
        })
        .await
        .unwrap();
    // Pages of 3 by key (k00..k09), keeping "mine": k00, k03, k06, k09 are another group's.
    let values: Vec<String> = batches.concat();
    assert_eq!(values, ["1", "2", "4", "5", "7", "8"]);
    assert_eq!(batches.len(), 4, "pages of 3, 3, 3 and 1 records");
}

#[wasm_bindgen_test]
async fn records_made_one_at_a_time_go_in_together_or_not_at_all() {
    clear_device().await;
    let store = IndexedDbStore::open();
    add_responses(&store, &[response(2)]).await.unwrap();
    // Five records made as the transaction asks, one of them (2) stored already: four added.
    let mut made = (1..=5).map(|n| response_record(&response(n)).map_err(|_| "unmade"));
    let added = store.add_new_as_made(Collection::Responses, || made.next()).await;
    assert_eq!(added, Ok(4));
    assert_eq!(load_responses(&store, "partnership-pulse").await.unwrap().len(), 5);
    // The maker failing after two good records (a file unreadable halfway): neither is stored.
    let mut made =
        [Ok(response_record(&response(6)).unwrap()), Ok(response_record(&response(7)).unwrap()), Err("cut short")]
            .into_iter();
    let outcome = store.add_new_as_made(Collection::Responses, || made.next()).await;
    assert_eq!(outcome, Err(AddError::Maker("cut short")));
    assert_eq!(load_responses(&store, "partnership-pulse").await.unwrap().len(), 5, "all or nothing");
}

#[wasm_bindgen_test]
async fn packs_are_read_and_written_in_one_transaction_each_response_once() {
    clear_device().await;
    let store = IndexedDbStore::open();
    let records =
        |range: std::ops::Range<u32>| range.map(|n| response_record(&response(n)).unwrap()).collect::<Vec<_>>();
    // Two imports at once, overlapping by 1,000: each reads what is here and writes its packs in
    // one transaction, so the second sees the first's and each response is stored once.
    let (first, second) = futures::join!(
        add_packed(&store, "partnership-pulse", records(0..3000), Vec::new()),
        add_packed(&store, "partnership-pulse", records(2000..4500), Vec::new()),
    );
    assert_eq!(first.unwrap() + second.unwrap(), 4500);
    // Submitted on this device (loose), then packed as the dashboard does when it opens.
    add_responses(&store, &[response(9000), response(9001)]).await.unwrap();
    let packing = pack_loose(&store, "partnership-pulse").await.unwrap();
    assert_eq!((packing.packed, packing.set_aside), (2, None));
    assert_eq!(store.group(Collection::Responses, "partnership-pulse").await.unwrap(), Vec::new());
    let stored = load_responses(&store, "partnership-pulse").await.unwrap();
    assert_eq!(stored.len(), 4502);
    assert_eq!(stored.iter().find(|r| r.id == response(4499).id), Some(&response(4499)));
    // 3,000 in packs of 2,000 and 1,000, 1,500 in one, and the two: four packs, not 4,502 records.
    assert_eq!(store.group(Collection::Packed, "partnership-pulse").await.unwrap().len(), 4);
}

#[wasm_bindgen_test]
async fn packs_given_as_an_import_reads_are_all_undone_when_it_fails_halfway() {
    clear_device().await;
    let store = IndexedDbStore::open();
    // Two full packs are handed to the transaction as they fill; then the file turns out cut
    // short: neither is stored.
    let mut made = (0..4500u32).map(|n| Ok(response_record(&response(n)).unwrap())).chain([Err("cut short")]);
    let outcome = add_packed_as_made(&store, "partnership-pulse", Vec::new(), || made.next()).await;
    assert_eq!(outcome, Err(AddError::Maker("cut short")));
    assert_eq!(store.group(Collection::Packed, "partnership-pulse").await.unwrap(), Vec::new());
    assert_eq!(load_responses(&store, "partnership-pulse").await.unwrap().len(), 0);
}
