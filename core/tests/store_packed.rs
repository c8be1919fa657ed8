//! Responses packed a few thousand to a record (store/packed.rs), against the memory store: what
//! an import or a sync adds goes into packs, each response once however it arrives; what a
//! respondent submitted on the device (and what an earlier release stored, one record each) is
//! packed when the dashboard opens, in place, losing nothing; whatever cannot be read is kept
//! aside and said once.

mod support;

use pollster::block_on;
use pulse_core::services::DeviceResponses;
use pulse_core::store::*;
use support::{all, response, survey, TRUST};

fn id(n: usize) -> String {
    format!("{n:032x}")
}

fn records(range: std::ops::Range<usize>) -> Vec<Record> {
    range.map(|n| response_record(&response(&id(n), "student", None, &all(&TRUST, 4))).unwrap()).collect()
}

fn stored_ids(store: &MemoryStore) -> Vec<String> {
    let mut ids: Vec<String> =
        block_on(load_responses(store, "partnership-pulse")).unwrap().into_iter().map(|r| r.id).collect();
    ids.sort();
    ids
}

#[test]
fn an_import_goes_into_packs_of_two_thousand_each_response_once() {
    let store = MemoryStore::default();
    // 4,500 responses: packs of 2,000, 2,000 and 500 (three pairs of records, not 4,500).
    assert_eq!(block_on(add_packed(&store, "partnership-pulse", records(0..4500), Vec::new())), Ok(4500));
    assert_eq!((store.count(Collection::Packed), store.count(Collection::PackedIds)), (3, 3));
    assert_eq!(store.count(Collection::Responses), 0);
    // Again, with 100 new ones among them and one given twice: the 100 are added, in a fourth pack.
    let mut again = records(4400..4600);
    again.push(again[150].clone());
    assert_eq!(block_on(add_packed(&store, "partnership-pulse", again, Vec::new())), Ok(100));
    assert_eq!(store.count(Collection::Packed), 4);
    assert_eq!(stored_ids(&store), (0..4600).map(id).collect::<Vec<_>>());
    // A response stored loose (submitted on this device) counts as here too.
    block_on(add_responses(&store, &[response(&id(7000), "student", None, &all(&TRUST, 1))])).unwrap();
    assert_eq!(block_on(add_packed(&store, "partnership-pulse", records(7000..7001), Vec::new())), Ok(0));
}

#[test]
fn a_sync_page_and_its_checkpoint_are_kept_together_or_not_at_all() {
    let store = MemoryStore::default();
    let checkpoint = Change::Put(Collection::Settings, Record::new("sync:partnership-pulse", "", "{}".into()));
    *store.fail_writes.borrow_mut() = Some(StoreError::Full);
    let refused = block_on(add_packed(&store, "partnership-pulse", records(0..10), vec![checkpoint.clone()]));
    assert_eq!(refused, Err(StoreError::Full));
    assert!(store.records.borrow().is_empty(), "neither the responses nor the checkpoint");
    *store.fail_writes.borrow_mut() = None;
    assert_eq!(block_on(add_packed(&store, "partnership-pulse", records(0..10), vec![checkpoint])), Ok(10));
    assert!(block_on(store.get(Collection::Settings, "sync:partnership-pulse")).unwrap().is_some());
}

#[test]
fn responses_stored_one_record_each_are_packed_in_place_losing_nothing() {
    // What this release's survey page and every earlier release store: one record a response,
    // and, among them, one that is not a response and one whose id is packed already.
    let store = MemoryStore::default();
    block_on(add_packed(&store, "partnership-pulse", records(0..3), Vec::new())).unwrap();
    let loose: Vec<_> = (3..2503).map(|n| response(&id(n), "university", None, &all(&TRUST, 2))).collect();
    block_on(add_responses(&store, &loose)).unwrap();
    let broken = Record::new("broken", "partnership-pulse", "{\"id\":\"broken\"".into());
    let twice = Record::new(&id(1), "partnership-pulse", response_record(&loose[0]).unwrap().value);
    block_on(store.write(vec![Change::Put(Collection::Responses, broken), Change::Put(Collection::Responses, twice)]))
        .unwrap();
    let packing = block_on(pack_loose(&store, "partnership-pulse")).unwrap();
    assert_eq!(packing.packed, 2500);
    assert!(matches!(packing.set_aside, Some(StoreError::SomeUnreadable { count: 2, .. })), "{:?}", packing.set_aside);
    assert_eq!(store.count(Collection::Responses), 0, "nothing left loose");
    // 3 + 2,500 responses in packs of 3 (the import's), 2,000 and 500.
    assert_eq!(store.count(Collection::Packed), 3);
    assert_eq!(stored_ids(&store).len(), 2503);
    let kept: Vec<String> =
        block_on(kept_aside(&store, Collection::Responses)).unwrap().into_iter().map(|r| r.key).collect();
    assert_eq!(kept, [format!("responses:{}", id(1)), "responses:broken".to_owned()]);
    // Packing again finds nothing to do.
    let again = block_on(pack_loose(&store, "partnership-pulse")).unwrap();
    assert_eq!((again.packed, again.set_aside, again.small_packs), (0, None, 2), "the import's 3 and the last 500");
}

#[test]
fn the_dashboard_packs_a_kiosk_s_responses_when_it_opens_and_counts_them() {
    let survey = survey();
    let store = MemoryStore::default();
    let loose: Vec<_> = (0..12).map(|n| response(&id(n), "student", None, &all(&TRUST, 3))).collect();
    block_on(add_responses(&store, &loose)).unwrap();
    let device = block_on(DeviceResponses::load(&store, &survey));
    assert_eq!(device.table.as_ref().unwrap().len(), 12);
    assert_eq!(device.store_error, None);
    assert_eq!((store.count(Collection::Responses), store.count(Collection::Packed)), (0, 1));
}

#[test]
fn a_pack_that_cannot_be_read_is_kept_aside_whole_and_a_bad_response_alone_said_once() {
    let store = MemoryStore::default();
    block_on(add_packed(&store, "partnership-pulse", records(0..5), Vec::new())).unwrap();
    block_on(add_packed(&store, "partnership-pulse", records(5..8), Vec::new())).unwrap();
    let packs = block_on(store.group(Collection::Packed, "partnership-pulse")).unwrap();
    // The first pack's third response damaged (its group a number); the second pack's ids lost.
    let third = id(2);
    let damaged = packs[0].value.replacen(
        &format!("\"id\":\"{third}\",\"survey_id\":\"partnership-pulse\",\"survey_version\":2,\"wave\":\"\",\"group\":\"student\""),
        &format!("\"id\":\"{third}\",\"survey_id\":\"partnership-pulse\",\"survey_version\":2,\"wave\":\"\",\"group\":7"),
        1,
    );
    assert_ne!(damaged, packs[0].value, "the fixture's text is what the store wrote");
    block_on(store.write(vec![
        Change::Put(Collection::Packed, Record::new(&packs[0].key, "partnership-pulse", damaged)),
        Change::Delete(Collection::PackedIds, packs[1].key.clone()),
    ]))
    .unwrap();
    let stored = block_on(read_responses(&store, "partnership-pulse")).unwrap();
    assert_eq!(stored.responses.len(), 4, "the first pack's other four");
    assert!(matches!(stored.set_aside, Some(StoreError::SomeUnreadable { count: 2, .. })), "{:?}", stored.set_aside);
    let kept = block_on(kept_aside(&store, Collection::Responses)).unwrap();
    assert_eq!(kept.len(), 2, "the response and the whole second pack");
    assert!(kept.iter().any(|record| record.value.contains("\"group\":7")));
    // Said once: read again, the rest is read and nothing more is said.
    let again = block_on(read_responses(&store, "partnership-pulse")).unwrap();
    assert_eq!((again.responses.len(), again.set_aside), (4, None));
}

#[test]
fn a_live_sync_s_many_small_packs_are_joined_when_the_dashboard_opens() {
    // Twenty sync pages of 30 responses each, and one full pack from an import before them.
    let survey = survey();
    let store = MemoryStore::default();
    block_on(add_packed(&store, "partnership-pulse", records(0..2000), Vec::new())).unwrap();
    for page in 0..20 {
        let from = 2000 + page * 30;
        block_on(add_packed(&store, "partnership-pulse", records(from..from + 30), Vec::new())).unwrap();
    }
    assert_eq!(store.count(Collection::Packed), 21);
    let full_pack = block_on(store.group(Collection::Packed, "partnership-pulse")).unwrap()[0].clone();
    let device = block_on(DeviceResponses::load(&store, &survey));
    assert_eq!(device.table.as_ref().unwrap().len(), 2600);
    // The twenty small packs are one now; the full pack was not rewritten.
    let packs = block_on(store.group(Collection::Packed, "partnership-pulse")).unwrap();
    assert_eq!(packs.len(), 2);
    assert_eq!(packs[0], full_pack);
    assert_eq!(stored_ids(&store), (0..2600).map(id).collect::<Vec<_>>());
    // Few small packs are left as they are.
    assert_eq!(block_on(compact_packs(&store, "partnership-pulse")), Ok(0));
}
