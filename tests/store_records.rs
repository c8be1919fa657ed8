//! Drafts and responses in storage: round trips, versions, unreadable data, full storage.

use partnership_pulse::answering::{Draft, DraftPosition};
use partnership_pulse::response::{Answer, Response};
use partnership_pulse::store::*;
use partnership_pulse::survey::builtin_survey;
use std::collections::BTreeMap;

fn response(id: &str) -> Response {
    Response {
        id: id.into(),
        survey_id: "partnership-pulse".into(),
        survey_version: 1,
        wave: String::new(),
        group: "student".into(),
        partner: None,
        submitted: "2026-11-23".into(),
        answers: BTreeMap::from([("T1".into(), Answer::Scale(4))]),
    }
}

#[test]
fn a_saved_draft_loads_back_equal() {
    let survey = builtin_survey().unwrap();
    let store = MemoryStorage::default();
    let mut draft = Draft::new(&survey);
    draft.position = DraftPosition::Section(3);
    draft.answers.insert("T1".into(), Answer::Scale(0));
    draft.answers.insert("O1".into(), Answer::Text("More notice <b>please</b>".into()));
    save_draft(&store, &draft, &survey.id).unwrap();
    assert_eq!(load_draft(&store, &survey, &survey.id).unwrap(), DraftFound::Fits(draft));
    discard_draft(&store, &survey.id).unwrap();
    assert_eq!(load_draft(&store, &survey, &survey.id).unwrap(), DraftFound::Nothing);
}

#[test]
fn a_draft_of_another_survey_version_is_reported_not_applied() {
    let mut survey = builtin_survey().unwrap();
    let store = MemoryStorage::default();
    save_draft(&store, &Draft::new(&survey), &survey.id).unwrap();
    survey.version = 2;
    assert_eq!(load_draft(&store, &survey, &survey.id).unwrap(), DraftFound::OtherVersion { version: 1 });
}

#[test]
fn unreadable_data_is_kept_aside_not_deleted_and_reported() {
    let survey = builtin_survey().unwrap();
    let store = MemoryStorage::default();
    let key = draft_key(&survey.id);
    store.set(&key, "{not json").unwrap();
    let error = load_draft(&store, &survey, &survey.id).unwrap_err();
    let kept_as = format!("{QUARANTINE_PREFIX}{key}:1");
    assert_eq!(error, StoreError::Unreadable { key: key.clone(), kept_as: kept_as.clone() });
    assert_eq!(store.get(&kept_as).unwrap().as_deref(), Some("{not json"), "the data is still there");
    assert_eq!(store.get(&key).unwrap(), None);
    // A second bad value goes to the next free place; nothing is overwritten.
    store.set(&key, "also bad").unwrap();
    let StoreError::Unreadable { kept_as: second, .. } = load_draft(&store, &survey, &survey.id).unwrap_err() else {
        panic!()
    };
    assert_eq!(second, format!("{QUARANTINE_PREFIX}{key}:2"));
    assert_eq!(store.get(&kept_as).unwrap().as_deref(), Some("{not json"));
}

#[test]
fn responses_append_in_one_write_and_a_repeat_is_stored_once() {
    let store = MemoryStorage::default();
    append_response(&store, None, &response("a")).unwrap();
    append_response(&store, None, &response("b")).unwrap();
    append_response(&store, None, &response("a")).unwrap();
    let ids: Vec<String> = load_responses(&store, "partnership-pulse").unwrap().into_iter().map(|r| r.id).collect();
    assert_eq!(ids, ["a", "b"]);
}

#[test]
fn full_storage_refuses_the_write_and_keeps_what_was_there() {
    let store = MemoryStorage::default();
    append_response(&store, None, &response("a")).unwrap();
    *store.fail_writes.borrow_mut() = Some(StoreError::Full);
    assert_eq!(append_response(&store, None, &response("b")), Err(StoreError::Full));
    let stored = load_responses(&store, "partnership-pulse").unwrap();
    assert_eq!(stored.len(), 1, "no partial write");
    assert_eq!(StoreError::Full.to_string(), "This browser's storage for this site is full.");
}

#[test]
fn an_unreadable_response_list_is_kept_aside_and_the_new_response_still_stored() {
    let store = MemoryStorage::default();
    let key = responses_key("partnership-pulse");
    store.set(&key, "[{\"truncated\"").unwrap();
    append_response(&store, None, &response("c")).unwrap();
    assert_eq!(load_responses(&store, "partnership-pulse").unwrap().len(), 1);
    assert_eq!(store.get(&format!("{QUARANTINE_PREFIX}{key}:1")).unwrap().as_deref(), Some("[{\"truncated\""));
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
    let store = MemoryStorage::default();
    let key = responses_key("partnership-pulse");
    let good: Vec<String> = (0..30).map(|n| serde_json::to_string(&response(&format!("r{n}"))).unwrap()).collect();
    // One response whose day is a number, and text full of brackets, quotes and commas elsewhere.
    let bad = r#"{"id":"bad","survey_id":"partnership-pulse","survey_version":1,"wave":"","group":"student","submitted":20261123,"answers":{}}"#;
    let mut tricky = response("tricky");
    tricky.answers.insert("O1".into(), Answer::Text("a \"quote\", [brackets] {braces} \\ and, commas".into()));
    let list = format!("[{},{bad},{}]", good.join(","), serde_json::to_string(&tricky).unwrap());
    store.set(&key, &list).unwrap();
    let stored = read_responses(&store, "partnership-pulse").unwrap();
    assert_eq!(stored.responses.len(), 31, "the 30 good ones and the tricky one are kept");
    assert_eq!(stored.responses[30], tricky);
    let kept_as = format!("{QUARANTINE_PREFIX}{key}:1");
    assert_eq!(stored.set_aside, Some(StoreError::SomeUnreadable { count: 1, kept_as: kept_as.clone() }));
    assert_eq!(store.get(&kept_as).unwrap().as_deref(), Some(format!("[{bad}]").as_str()), "kept, not deleted");
    assert!(stored.set_aside.unwrap().to_string().starts_with("One stored response could not be read."));
    // The list was rewritten without it, so the next read is clean and sets nothing more aside.
    let again = read_responses(&store, "partnership-pulse").unwrap();
    assert_eq!((again.responses.len(), again.set_aside), (31, None));
}

#[test]
fn when_the_bad_response_cannot_be_kept_aside_the_list_is_left_as_it_was() {
    let store = MemoryStorage::default();
    let key = responses_key("partnership-pulse");
    let list = format!("[{},{{\"id\":7}}]", serde_json::to_string(&response("a")).unwrap());
    store.set(&key, &list).unwrap();
    *store.fail_writes.borrow_mut() = Some(StoreError::Full);
    let stored = read_responses(&store, "partnership-pulse").unwrap();
    assert_eq!(stored.responses.len(), 1, "the good one is still used");
    assert_eq!(stored.set_aside, Some(StoreError::SomeUnreadable { count: 1, kept_as: key.clone() }));
    assert_eq!(store.get(&key).unwrap().as_deref(), Some(list.as_str()), "nothing overwritten");
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
        let store = MemoryStorage::default();
        let own = tab_slot("partnership-pulse", "tab-a");
        assert_eq!(own, "partnership-pulse@tab-a");
        // A draft written by an earlier release, in the shared slot, is moved into the tab's slot.
        save_draft(&store, &draft_with(&[("T1", 5)]), "partnership-pulse").unwrap();
        let found = load_tab_draft(&store, &survey, "partnership-pulse", &own).unwrap();
        assert_eq!(found, DraftFound::Fits(draft_with(&[("T1", 5)])));
        assert_eq!(store.get(&draft_key("partnership-pulse")).unwrap(), None, "moved, not copied");
        assert!(store.get(&draft_key(&own)).unwrap().is_some());
        // After a reload the tab's own draft wins over anything else.
        save_draft(&store, &draft_with(&[("T1", 1)]), "partnership-pulse").unwrap();
        let again = load_tab_draft(&store, &survey, "partnership-pulse", &own).unwrap();
        assert_eq!(again, DraftFound::Fits(draft_with(&[("T1", 5)])));
    }

    #[test]
    fn only_drafts_of_tabs_that_are_gone_are_offered_and_the_fullest_first() {
        let survey = builtin_survey().unwrap();
        let store = MemoryStorage::default();
        save_draft(&store, &draft_with(&[("T1", 4)]), &tab_slot("partnership-pulse", "closed-1")).unwrap();
        save_draft(&store, &draft_with(&[("T1", 4), ("T2", 4)]), &tab_slot("partnership-pulse", "closed-2")).unwrap();
        save_draft(&store, &draft_with(&[("T1", 2)]), &tab_slot("partnership-pulse", "open")).unwrap();
        // Another survey's slot that merely starts with the same letters is not this survey's.
        save_draft(&store, &draft_with(&[("T1", 3)]), &tab_slot("partnership-pulse-2", "closed-3")).unwrap();
        let live = vec!["open".to_owned(), "me".to_owned()];
        let (slot, draft) = orphaned_draft(&store, &survey, "partnership-pulse", &live).unwrap().unwrap();
        assert_eq!(slot, "partnership-pulse@closed-2", "the closed tab's draft with most answers");
        adopt_draft(&store, &draft, &slot, &tab_slot("partnership-pulse", "me")).unwrap();
        // The other closed tab's draft is offered next; the open tab's never.
        let (next, _) = orphaned_draft(&store, &survey, "partnership-pulse", &live).unwrap().unwrap();
        assert_eq!(next, "partnership-pulse@closed-1");
        assert_eq!(store.get(&draft_key("partnership-pulse@closed-2")).unwrap(), None);
        let mine = load_tab_draft(&store, &survey, "partnership-pulse", "partnership-pulse@me").unwrap();
        assert_eq!(mine, DraftFound::Fits(draft_with(&[("T1", 4), ("T2", 4)])));
    }
}
