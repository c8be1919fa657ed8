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
    append_response(&store, &response("a")).unwrap();
    append_response(&store, &response("b")).unwrap();
    append_response(&store, &response("a")).unwrap();
    let ids: Vec<String> = load_responses(&store, "partnership-pulse").unwrap().into_iter().map(|r| r.id).collect();
    assert_eq!(ids, ["a", "b"]);
}

#[test]
fn full_storage_refuses_the_write_and_keeps_what_was_there() {
    let store = MemoryStorage::default();
    append_response(&store, &response("a")).unwrap();
    *store.fail_writes.borrow_mut() = Some(StoreError::Full);
    assert_eq!(append_response(&store, &response("b")), Err(StoreError::Full));
    let stored = load_responses(&store, "partnership-pulse").unwrap();
    assert_eq!(stored.len(), 1, "no partial write");
    assert_eq!(StoreError::Full.to_string(), "This browser's storage for this site is full.");
}

#[test]
fn an_unreadable_response_list_is_kept_aside_and_the_new_response_still_stored() {
    let store = MemoryStorage::default();
    let key = responses_key("partnership-pulse");
    store.set(&key, "[{\"truncated\"").unwrap();
    append_response(&store, &response("c")).unwrap();
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
