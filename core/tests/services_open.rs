//! Opening a survey natively: saved on the device, or from a share link's inflated contents.

use pollster::block_on;
use pulse_core::services::{open_link_contents, open_saved, OpenError};
use pulse_core::setup::{LinkError, LinkKind, SavedSurvey, SetUpEdit};
use pulse_core::store::{publish_definition, Change, Collection, MemoryStore, Record, RecordStore, StoreError};
use pulse_core::survey::{builtin_survey, survey_to_json, SurveyError};

#[test]
fn a_survey_saved_by_the_set_up_page_opens_by_its_id() {
    let store = MemoryStore::default();
    let builtin = builtin_survey().unwrap();
    let mut saved = SavedSurvey::new(&builtin, "northshire");
    saved.setup.apply(SetUpEdit::Add(pulse_core::setup::ListKind::Partners, "Council".into())).unwrap();
    let survey = saved.definition(&builtin).unwrap();
    block_on(publish_definition(&store, &survey)).unwrap();
    assert_eq!(block_on(open_saved(&store, "northshire")).unwrap(), survey);
    assert_eq!(block_on(open_saved(&store, "elsewhere")), Err(OpenError::NotSavedHere("elsewhere".into())));
    assert!(OpenError::NotSavedHere("x".into()).to_string().contains("was not set up in this browser"));
    // A saved definition that no longer validates is reported with every problem, not opened.
    let broken = Record::new("definition:broken", "definitions", "{\"schema\": 1}".into());
    block_on(store.write(vec![Change::Put(Collection::Surveys, broken)])).unwrap();
    assert!(matches!(block_on(open_saved(&store, "broken")), Err(OpenError::Invalid(errors)) if !errors.is_empty()));
    *store.fail_writes.borrow_mut() = Some(StoreError::Full);
    assert!(block_on(open_saved(&store, "northshire")).is_ok(), "reading needs no write");
}

#[test]
fn a_share_link_s_contents_open_as_a_set_up_or_a_whole_definition() {
    let builtin = builtin_survey().unwrap();
    let mut saved = SavedSurvey::new(&builtin, "pp-link");
    saved.setup.apply(SetUpEdit::Add(pulse_core::setup::ListKind::Partners, "Council".into())).unwrap();
    let setup_json = serde_json::to_vec(&saved.setup).unwrap();
    let from_setup = open_link_contents(LinkKind::SetUp, &setup_json).unwrap();
    assert_eq!(from_setup, saved.definition(&builtin).unwrap());
    let definition_json = survey_to_json(&from_setup);
    assert_eq!(open_link_contents(LinkKind::Definition, definition_json.as_bytes()).unwrap(), from_setup);
    // Not a set-up at all, and a set-up whose survey does not validate (no partner for PV).
    assert!(matches!(
        open_link_contents(LinkKind::SetUp, b"[1, 2]"),
        Err(OpenError::BadLink(LinkError::WrongShape(_)))
    ));
    let without_partners = serde_json::to_vec(&SavedSurvey::new(&builtin, "pp-empty").setup).unwrap();
    let invalid = open_link_contents(LinkKind::SetUp, &without_partners).unwrap_err();
    assert!(
        matches!(&invalid, OpenError::Invalid(errors) if errors.iter().any(|e| matches!(e, SurveyError::NoPartners { .. })))
    );
    assert!(matches!(open_link_contents(LinkKind::Definition, b"\xff\xfe"), Err(OpenError::Invalid(_))));
}
