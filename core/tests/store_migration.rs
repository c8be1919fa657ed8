//! Moving what the release before IndexedDB left in `localStorage` into the record store, with
//! the fixture that release wrote (tests/fixtures/README.md): everything copied and checked before
//! anything is removed, unreadable data kept aside, the host page's own values never touched.

use pollster::block_on;
use pulse_core::services::{open_saved, open_workspace};
use pulse_core::store::*;
use pulse_core::survey::builtin_survey;
use std::collections::BTreeMap;

fn legacy_store() -> MemoryStorage {
    let text = std::fs::read_to_string("tests/fixtures/local-storage-v1.json").unwrap();
    let values: BTreeMap<String, String> = serde_json::from_str(&text).unwrap();
    MemoryStorage { values: values.into(), ..MemoryStorage::default() }
}

#[test]
fn everything_an_earlier_release_kept_is_moved_and_then_removed() {
    let (old, store) = (legacy_store(), MemoryStore::default());
    let moved = block_on(migrate_local_storage(&old, &store)).unwrap();
    // 7 values: a draft, three response lists, the saved surveys, the kiosk setting and one
    // value that release had set aside; the host's value is not ours. Responses: 1 (shared
    // list) + 1 + 2 (two tabs' lists) = 4. Kept aside: the set-aside value.
    let set_aside = StoreError::Unreadable {
        key: "partnership-pulse:v1:unreadable:partnership-pulse:v1:responses:partnership-pulse:1".into(),
        kept_as: "local-storage:unreadable:partnership-pulse:v1:responses:partnership-pulse:1".into(),
    };
    assert_eq!(moved, Migrated { values: 7, responses: 4, kept_aside: 1, set_aside: Some(set_aside) });
    let left: Vec<String> = old.keys().unwrap();
    assert_eq!(left, ["host-page:theme"], "only the host page's own value is left");
    let responses = block_on(load_responses(&store, "partnership-pulse")).unwrap();
    assert_eq!(responses.len(), 4);
    let groups: Vec<&str> = responses.iter().map(|r| r.group.as_str()).collect();
    for group in ["voluntary", "service-user-carer", "student", "university"] {
        assert!(groups.contains(&group), "{group} in {groups:?}");
    }
    assert!(block_on(kiosk_setting(&store)).unwrap(), "kiosk mode stays on");
    // The unfinished draft is found by its tab after a reload, with its answers.
    // That release asked version 1 of the built-in instrument (this one asks version 2).
    let mut survey = builtin_survey().unwrap();
    survey.version = 1;
    let slot = "partnership-pulse@4d187cc6404d";
    let DraftFound::Fits(draft) = block_on(load_draft(&store, &survey, slot)).unwrap() else { panic!("no draft") };
    assert_eq!(draft.answers.len(), 2, "T1 and the group");
    // The set-up page reopens its survey.
    let opened = block_on(open_workspace(&store));
    assert_eq!((opened.workspace.surveys.len(), opened.problem), (1, None));
    assert_eq!(opened.workspace.surveys[0].setup.id, "survey-13c086b7");
    // The malformed response that release set aside is still kept, not dropped.
    let kept = block_on(store.group(Collection::KeptAside, "local-storage")).unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].key, "local-storage:unreadable:partnership-pulse:v1:responses:partnership-pulse:1");
    assert_eq!(kept[0].value, "[{\"id\":7}]");
    // The migration is done: a second run finds nothing and changes nothing.
    let before = store.records.borrow().clone();
    assert_eq!(block_on(migrate_local_storage(&old, &store)).unwrap(), Migrated::default());
    assert_eq!(*store.records.borrow(), before);
    assert!(block_on(open_saved(&store, "partnership-pulse")).is_err(), "no definition was invented");
}

#[test]
fn when_the_new_store_refuses_the_copy_nothing_is_removed() {
    let (old, store) = (legacy_store(), MemoryStore::default());
    *store.fail_writes.borrow_mut() = Some(StoreError::Full);
    let before = old.values.borrow().clone();
    assert_eq!(block_on(migrate_local_storage(&old, &store)), Err(StoreError::Full));
    assert_eq!(*old.values.borrow(), before, "every value still where it was");
    // Next time, with room, it all moves.
    *store.fail_writes.borrow_mut() = None;
    assert_eq!(block_on(migrate_local_storage(&old, &store)).unwrap().responses, 4);
}

#[test]
fn an_old_response_whose_id_is_stored_with_other_answers_is_kept_aside_and_said() {
    // This device already stores a response with the id of one in the earlier release's list,
    // with other answers (an id made twice, or an edited file). Before, the old one was dropped.
    let (old, store) = (legacy_store(), MemoryStore::default());
    let key = "partnership-pulse:v1:responses:partnership-pulse@5d60f74b8a31";
    let list = old.get(key).unwrap().unwrap();
    let old_text = first_response(&list);
    let id = serde_json::from_str::<serde_json::Value>(&old_text).unwrap()["id"].as_str().unwrap().to_owned();
    let mut stored_instead = serde_json::from_str::<serde_json::Value>(&old_text).unwrap();
    stored_instead["group"] = "voluntary-other".into();
    let stored_instead = Record::new(&id, "partnership-pulse", stored_instead.to_string());
    block_on(store.write(vec![Change::Put(Collection::Responses, stored_instead.clone())])).unwrap();
    let moved = block_on(migrate_local_storage(&old, &store)).unwrap();
    assert_eq!(block_on(store.get(Collection::Responses, &id)).unwrap(), Some(stored_instead), "never replaced");
    let kept_as = format!("local-storage:responses:{id}");
    assert_eq!(moved.kept_aside, 2, "the value that release had set aside, and this one");
    assert!(matches!(&moved.set_aside, Some(StoreError::Unreadable { .. })), "the first piece is said");
    let kept = block_on(store.get(Collection::KeptAside, &kept_as)).unwrap().unwrap();
    assert_eq!(kept.value, old_text);
    assert_eq!(old.get(key).unwrap(), None, "moved: nothing is lost, so the old value goes");
}

/// The first element of a response list's JSON text.
fn first_response(list: &str) -> String {
    let values: Vec<Box<serde_json::value::RawValue>> = serde_json::from_str(list).unwrap();
    values[0].get().to_owned()
}

#[test]
fn a_copy_that_does_not_read_back_removes_nothing() {
    let old = legacy_store();
    let before = old.values.borrow().clone();
    assert_eq!(block_on(migrate_local_storage(&old, &StoreThatLosesWrites)), Err(StoreError::NotMoved));
    assert_eq!(*old.values.borrow(), before);
}

#[test]
fn newer_data_in_the_new_store_is_never_replaced_and_a_value_changed_meanwhile_stays() {
    let (old, store) = (legacy_store(), MemoryStore::default());
    // The set-up page of this release already saved a list (after an earlier failed move).
    let newer = Record::new("list", "", "[]".into());
    block_on(store.write(vec![Change::Put(Collection::Surveys, newer.clone())])).unwrap();
    let moved = block_on(migrate_local_storage(&old, &store)).unwrap();
    assert_eq!(block_on(store.get(Collection::Surveys, "list")).unwrap(), Some(newer));
    // The earlier release's list is not dropped: it is kept aside, and said.
    let kept_as = "local-storage:surveys:list".to_owned();
    // Said: the first piece kept aside is the value that release had set aside itself.
    assert_eq!(moved.kept_aside, 2);
    assert!(moved.set_aside.is_some());
    let legacy_list = old.get("partnership-pulse:v1:surveys").unwrap();
    assert_eq!(legacy_list, None, "moved, so removed from localStorage");
    let kept = block_on(store.get(Collection::KeptAside, &kept_as)).unwrap().unwrap();
    assert_eq!(Some(kept.value), legacy_store().get("partnership-pulse:v1:surveys").unwrap());
    // An earlier release's tab wrote a value after the copy: it stays for the next start.
    let old = legacy_store();
    let racing = RacingLegacyTab { inner: old };
    block_on(migrate_local_storage(&racing, &MemoryStore::default())).unwrap();
    assert!(racing.inner.values.borrow().contains_key("partnership-pulse:v1:responses:partnership-pulse@5d60f74b8a31"));
}

/// A store whose writes seem to succeed but keep nothing.
struct StoreThatLosesWrites;

impl RecordStore for StoreThatLosesWrites {
    async fn get(&self, _: Collection, _: &str) -> Result<Option<Record>, StoreError> {
        Ok(None)
    }
    async fn group(&self, _: Collection, _: &str) -> Result<Vec<Record>, StoreError> {
        Ok(Vec::new())
    }
    async fn write(&self, _: Vec<Change>) -> Result<(), StoreError> {
        Ok(())
    }
    async fn add_new(&self, _: Collection, records: Vec<Record>, _: Vec<Change>) -> Result<usize, StoreError> {
        Ok(records.len())
    }
    async fn update<T, E>(
        &self,
        reads: &[(Collection, &str)],
        _: &[Collection],
        decide: impl FnOnce(Vec<Vec<Record>>, &mut dyn FnMut(Change)) -> Result<(Vec<Change>, T), E>,
    ) -> Result<T, AddError<E>> {
        decide(vec![Vec::new(); reads.len()], &mut |_| {}).map(|(_, value)| value).map_err(AddError::Maker)
    }
    async fn add_new_as_made<E>(
        &self,
        _: Collection,
        mut next: impl FnMut() -> Option<Result<Record, E>>,
    ) -> Result<usize, AddError<E>> {
        let mut count = 0;
        while let Some(record) = next() {
            record.map_err(AddError::Maker)?;
            count += 1;
        }
        Ok(count)
    }
}

/// `localStorage` where a tab of an earlier release appends a response to its list while the
/// migration runs (between the copy and the removal).
struct RacingLegacyTab {
    inner: MemoryStorage,
}

impl KeyValueStore for RacingLegacyTab {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.inner.get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.inner.set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        // Just before the value of the racing tab is removed, it writes again.
        let racing = "partnership-pulse:v1:responses:partnership-pulse@5d60f74b8a31";
        if key == racing {
            let grown = self.inner.get(racing)?.unwrap_or_default().replacen("[", "[{\"id\":\"new\"},", 1);
            self.inner.set(racing, &grown)?;
            return Ok(());
        }
        self.inner.remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.inner.keys()
    }
}
