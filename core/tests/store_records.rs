//! Drafts, responses and settings in the record store: round trips, versions, unreadable data
//! kept aside, full storage refusing whole writes, and several tabs adding at once.

use pollster::block_on;
use pulse_core::answering::{Draft, DraftPosition};
use pulse_core::response::{Answer, Response};
use pulse_core::sorted_map::SortedMap;
use pulse_core::store::*;
use pulse_core::survey::builtin_survey;
use pulse_core::transfer::ResponseFile;

fn response(id: &str) -> Response {
    Response {
        id: id.into(),
        survey_id: "partnership-pulse".into(),
        survey_version: 2,
        wave: String::new(),
        group: "student".into(),
        partner: None,
        submitted: "2026-11-23".into(),
        answers: SortedMap::from([("T1".into(), Answer::Scale(4))]),
    }
}

fn put(store: &MemoryStore, collection: Collection, key: &str, group: &str, value: &str) {
    block_on(store.write(vec![Change::Put(collection, Record::new(key, group, value.to_owned()))])).unwrap();
}

#[test]
fn a_saved_draft_loads_back_equal() {
    let survey = builtin_survey().unwrap();
    let store = MemoryStore::default();
    let mut draft = Draft::new(&survey);
    draft.position = DraftPosition::Section(3);
    draft.answers.insert("T1".into(), Answer::Scale(0));
    draft.answers.insert("O1".into(), Answer::Text("More notice <b>please</b>".into()));
    block_on(save_draft(&store, &draft, &survey.id)).unwrap();
    assert_eq!(block_on(load_draft(&store, &survey, &survey.id)).unwrap(), DraftFound::Fits(draft));
    block_on(discard_draft(&store, &survey.id)).unwrap();
    assert_eq!(block_on(load_draft(&store, &survey, &survey.id)).unwrap(), DraftFound::Nothing);
}

#[test]
fn a_draft_of_another_survey_version_is_reported_not_applied() {
    let mut survey = builtin_survey().unwrap();
    let store = MemoryStore::default();
    block_on(save_draft(&store, &Draft::new(&survey), &survey.id)).unwrap();
    survey.version += 1;
    assert_eq!(block_on(load_draft(&store, &survey, &survey.id)).unwrap(), DraftFound::OtherVersion { version: 2 });
}

#[test]
fn unreadable_data_is_kept_aside_not_deleted_and_reported() {
    let survey = builtin_survey().unwrap();
    let store = MemoryStore::default();
    put(&store, Collection::Drafts, &survey.id, &survey.id, "{not json");
    let error = block_on(load_draft(&store, &survey, &survey.id)).unwrap_err();
    let kept_as = "drafts:partnership-pulse".to_owned();
    assert_eq!(error, StoreError::Unreadable { key: survey.id.clone(), kept_as: kept_as.clone() });
    let kept = block_on(kept_aside(&store, Collection::Drafts)).unwrap();
    assert_eq!(kept, [Record::new(&kept_as, "drafts", "{not json".into())], "the data is still there");
    assert_eq!(block_on(store.get(Collection::Drafts, &survey.id)).unwrap(), None);
    // A second bad value goes to the next free name; nothing is overwritten.
    put(&store, Collection::Drafts, &survey.id, &survey.id, "also bad");
    let StoreError::Unreadable { kept_as: second, .. } = block_on(load_draft(&store, &survey, &survey.id)).unwrap_err()
    else {
        panic!("not reported")
    };
    assert_eq!(second, "drafts:partnership-pulse#2");
    assert_eq!(block_on(kept_aside(&store, Collection::Drafts)).unwrap().len(), 2);
}

#[test]
fn each_response_is_its_own_record_and_a_repeat_is_stored_once() {
    let store = MemoryStore::default();
    assert_eq!(block_on(add_responses(&store, &[response("a"), response("b")])).unwrap(), 2);
    // A second tab, a second import, a database: the same id is never a second response.
    assert_eq!(block_on(add_responses(&store, &[response("a"), response("c")])).unwrap(), 1);
    let ids: Vec<String> =
        block_on(load_responses(&store, "partnership-pulse")).unwrap().into_iter().map(|r| r.id).collect();
    assert_eq!(ids, ["a", "b", "c"]);
    assert_eq!(store.response_count(), 3);
    // A stored response is never replaced by a different one under its id.
    let mut changed = response("a");
    changed.group = "university".into();
    assert_eq!(block_on(add_responses(&store, &[changed])).unwrap(), 0);
    assert_eq!(block_on(load_responses(&store, "partnership-pulse")).unwrap()[0].group, "student");
}

#[test]
fn full_storage_refuses_the_whole_write_and_keeps_what_was_there() {
    let store = MemoryStore::default();
    block_on(add_responses(&store, &[response("a")])).unwrap();
    *store.fail_writes.borrow_mut() = Some(StoreError::Full);
    assert_eq!(block_on(add_responses(&store, &[response("b"), response("c")])), Err(StoreError::Full));
    assert_eq!(block_on(load_responses(&store, "partnership-pulse")).unwrap().len(), 1, "no partial write");
}

#[test]
fn a_response_file_round_trips() {
    let file = ResponseFile::new(vec![response("a")]);
    let parsed: ResponseFile = serde_json::from_str(&file.to_json().unwrap()).unwrap();
    assert_eq!(parsed, file);
    assert!(file.to_json().unwrap().starts_with("{\"format\":\"partnership-pulse/responses\",\"version\":1,"));
}

#[test]
fn one_malformed_response_is_set_aside_alone_and_the_others_are_kept() {
    let store = MemoryStore::default();
    let good: Vec<Response> = (0..30).map(|n| response(&format!("r{n:02}"))).collect();
    block_on(add_responses(&store, &good)).unwrap();
    // A record whose day is a number, and one whose key is not its response's id.
    let bad = r#"{"id":"bad","survey_id":"partnership-pulse","survey_version":1,"wave":"","group":"student","submitted":20261123,"answers":{}}"#;
    put(&store, Collection::Responses, "bad", "partnership-pulse", bad);
    put(&store, Collection::Responses, "other", "partnership-pulse", &serde_json::to_string(&response("r00")).unwrap());
    let stored = block_on(read_responses(&store, "partnership-pulse")).unwrap();
    assert_eq!(stored.responses.len(), 30, "the 30 good ones are kept");
    assert_eq!(stored.set_aside, Some(StoreError::SomeUnreadable { count: 2, kept_as: "responses:other".into() }));
    let kept = block_on(kept_aside(&store, Collection::Responses)).unwrap();
    assert_eq!(kept.len(), 2);
    assert_eq!(kept[0].value, bad, "kept, not deleted");
    // The next read is clean and sets nothing more aside.
    let again = block_on(read_responses(&store, "partnership-pulse")).unwrap();
    assert_eq!((again.responses.len(), again.set_aside), (30, None));
}

#[test]
fn when_a_bad_response_cannot_be_kept_aside_it_is_left_where_it_was() {
    let store = MemoryStore::default();
    block_on(add_responses(&store, &[response("a")])).unwrap();
    put(&store, Collection::Responses, "b", "partnership-pulse", "{\"id\":7}");
    *store.fail_writes.borrow_mut() = Some(StoreError::Full);
    let stored = block_on(read_responses(&store, "partnership-pulse")).unwrap();
    assert_eq!(stored.responses.len(), 1, "the good one is still used");
    assert_eq!(stored.set_aside, Some(StoreError::SomeUnreadable { count: 1, kept_as: "b".into() }));
    assert!(block_on(store.get(Collection::Responses, "b")).unwrap().is_some(), "nothing removed");
}

#[test]
fn the_kiosk_setting_is_kept_per_device() {
    let store = MemoryStore::default();
    assert!(!block_on(kiosk_setting(&store)).unwrap());
    block_on(set_kiosk_setting(&store, true)).unwrap();
    assert!(block_on(kiosk_setting(&store)).unwrap());
    block_on(set_kiosk_setting(&store, false)).unwrap();
    assert!(!block_on(kiosk_setting(&store)).unwrap());
}

mod tab_drafts {
    use super::*;

    fn draft_with(answers: &[(&str, u8)]) -> Draft {
        let mut draft = Draft::new(&builtin_survey().unwrap());
        for (item, value) in answers {
            draft.answers.insert((*item).into(), Answer::Scale(*value));
        }
        draft
    }

    #[test]
    fn a_tab_finds_its_own_draft_first_and_moves_one_left_in_the_shared_slot() {
        let survey = builtin_survey().unwrap();
        let store = MemoryStore::default();
        let own = tab_slot("partnership-pulse", "tab-a");
        assert_eq!(own, "partnership-pulse@tab-a");
        // A draft in the shared slot (an earlier release's) is moved into the tab's slot.
        block_on(save_draft(&store, &draft_with(&[("T1", 5)]), "partnership-pulse")).unwrap();
        let found = block_on(load_tab_draft(&store, &survey, "partnership-pulse", &own)).unwrap();
        assert_eq!(found, DraftFound::Fits(draft_with(&[("T1", 5)])));
        assert_eq!(block_on(store.get(Collection::Drafts, "partnership-pulse")).unwrap(), None, "moved, not copied");
        assert!(block_on(store.get(Collection::Drafts, &own)).unwrap().is_some());
        // After a reload the tab's own draft wins over anything else.
        block_on(save_draft(&store, &draft_with(&[("T1", 1)]), "partnership-pulse")).unwrap();
        let again = block_on(load_tab_draft(&store, &survey, "partnership-pulse", &own)).unwrap();
        assert_eq!(again, DraftFound::Fits(draft_with(&[("T1", 5)])));
    }

    #[test]
    fn only_drafts_of_tabs_that_are_gone_are_offered_and_the_fullest_first() {
        let survey = builtin_survey().unwrap();
        let store = MemoryStore::default();
        let save = |draft: Draft, slot: String| block_on(save_draft(&store, &draft, &slot)).unwrap();
        save(draft_with(&[("T1", 4)]), tab_slot("partnership-pulse", "closed-1"));
        save(draft_with(&[("T1", 4), ("T2", 4)]), tab_slot("partnership-pulse", "closed-2"));
        save(draft_with(&[("T1", 2)]), tab_slot("partnership-pulse", "open"));
        // Another survey's slot that merely starts with the same letters is not this survey's.
        save(draft_with(&[("T1", 3)]), tab_slot("partnership-pulse-2", "closed-3"));
        let live = vec!["open".to_owned(), "me".to_owned()];
        let (slot, draft) =
            block_on(orphaned_draft(&store, &survey, "partnership-pulse", &live)).unwrap().fullest.unwrap();
        assert_eq!(slot, "partnership-pulse@closed-2", "the closed tab's draft with most answers");
        block_on(adopt_draft(&store, &draft, &slot, &tab_slot("partnership-pulse", "me"))).unwrap();
        // The other closed tab's draft is offered next; the open tab's never.
        let (next, _) = block_on(orphaned_draft(&store, &survey, "partnership-pulse", &live)).unwrap().fullest.unwrap();
        assert_eq!(next, "partnership-pulse@closed-1");
        assert_eq!(block_on(store.get(Collection::Drafts, "partnership-pulse@closed-2")).unwrap(), None);
        let mine = block_on(load_tab_draft(&store, &survey, "partnership-pulse", "partnership-pulse@me")).unwrap();
        assert_eq!(mine, DraftFound::Fits(draft_with(&[("T1", 4), ("T2", 4)])));
    }
}
