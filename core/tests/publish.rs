//! Survey definitions published to the responses database and opened from it on a second
//! facilitator's device, natively against the fake CouchDB: the documents and addresses, a first
//! publication, the same survey published again, a changed wording replacing the text of its
//! version, a user without the facilitator role refused in words, the listing a second device
//! reads (unreadable documents set aside with why), its connection kept, and a dashboard's sync
//! passing over survey documents without a word. The real server is in
//! tests/e2e/publish.test.mjs.

mod support;

use pollster::block_on;
use pulse_core::services::{keep_connection, publish_survey, published_surveys, Published, SyncSession, SyncTarget};
use pulse_core::store::MemoryStore;
use pulse_core::survey::LocalText;
use pulse_core::sync::{
    load_sync, published_survey_url, published_surveys_url, read_published_surveys, Connection, SyncError,
    UnreadableSurvey,
};
use pulse_core::transfer::{is_survey_document, survey_document_id};
use support::fake_couch::{connection, FakeCouch, DATABASE, SERVER};
use support::rust_crypto::NoCrypto;
use support::survey;

#[test]
fn a_survey_document_is_named_by_survey_and_version_and_never_mistaken_for_a_response() {
    assert_eq!(survey_document_id("northshire", 3), "survey:northshire:3");
    assert!(is_survey_document("survey:northshire:3"));
    // A response id has no colon (its design document allows letters, digits, `_`, `.`, `-`).
    assert!(!is_survey_document("r00001"));
    assert!(!is_survey_document("_design/partnership-pulse"));
    let database = format!("{SERVER}/{DATABASE}");
    // `"survey:"` is %22survey%3A%22; U+FFF0 is the UTF-8 bytes EF BF B0.
    assert_eq!(
        published_surveys_url(&database),
        "https://couch.example.org/northshire-responses/_all_docs?include_docs=true&startkey=%22survey%3A%22&endkey=%22survey%3A%EF%BF%B0%22"
    );
    assert_eq!(
        published_survey_url(&database, "survey:northshire:3"),
        "https://couch.example.org/northshire-responses/_all_docs?include_docs=true&key=%22survey%3Anorthshire%3A3%22"
    );
}

#[test]
fn a_survey_is_published_once_and_a_changed_wording_replaces_its_version() {
    let couch = FakeCouch::new();
    let mut northshire = survey();
    northshire.id = "northshire".to_owned();
    northshire.version = 2;
    let published = block_on(publish_survey(&couch, &connection(), &northshire, None, None));
    assert_eq!(published, Ok(Published::New));
    assert_eq!(couch.ids(), vec!["survey:northshire:2".to_owned()]);
    let stored: serde_json::Value = serde_json::from_str(&couch.stored("survey:northshire:2").unwrap()).unwrap();
    assert_eq!(stored["survey_id"], "northshire");
    assert_eq!(stored["survey_version"], 2);
    assert_eq!(stored["definition"]["id"], "northshire");

    assert_eq!(block_on(publish_survey(&couch, &connection(), &northshire, None, None)), Ok(Published::Unchanged));
    let puts = couch.requests.borrow().iter().filter(|request| request.starts_with("PUT")).count();
    assert_eq!(puts, 1, "the same survey is not written again");

    northshire.title = LocalText::new("en", "Northshire partnership survey, spring");
    assert_eq!(block_on(publish_survey(&couch, &connection(), &northshire, None, None)), Ok(Published::Replaced));
    let listing = block_on(published_surveys(&couch, &connection())).unwrap();
    assert_eq!(listing.surveys.len(), 1, "one document per version");
    assert_eq!(listing.surveys[0].definition, northshire);
    assert!(listing.surveys[0].rev.starts_with("2-"), "{}", listing.surveys[0].rev);
}

#[test]
fn a_sealed_survey_is_published_with_its_wrapped_key_and_a_second_device_gets_both() {
    let fixture: serde_json::Value = serde_json::from_str(include_str!("fixtures/sealed-natively.json")).unwrap();
    let key: pulse_core::seal::WrappedKey = serde_json::from_value(fixture["key"].clone()).unwrap();
    let couch = FakeCouch::new();
    let mut sealed = survey();
    sealed.seal_key = Some(key.public_key.clone());
    assert_eq!(block_on(publish_survey(&couch, &connection(), &sealed, Some(&key), None)), Ok(Published::New));
    let stored: serde_json::Value = serde_json::from_str(&couch.stored("survey:partnership-pulse:2").unwrap()).unwrap();
    assert_eq!(stored["key"]["wrapped"], key.wrapped.as_str());
    assert_eq!(stored["definition"]["seal_key"], String::from(key.public_key.clone()));
    // The same survey and key again: unchanged.
    assert_eq!(block_on(publish_survey(&couch, &connection(), &sealed, Some(&key), None)), Ok(Published::Unchanged));
    let listing = block_on(published_surveys(&couch, &connection())).unwrap();
    assert_eq!(listing.surveys[0].key.as_ref(), Some(&key), "a second facilitator's device gets the wrapped key");
    // A key that is not the definition's is not handed on.
    let mut other = key.clone();
    other.public_key = serde_json::from_value(
        serde_json::from_str::<serde_json::Value>(include_str!("fixtures/sealed-in-chromium.json")).unwrap()["key"]
            ["public_key"]
            .clone(),
    )
    .unwrap();
    assert_eq!(block_on(publish_survey(&couch, &connection(), &sealed, Some(&other), None)), Ok(Published::Replaced));
    assert_eq!(block_on(published_surveys(&couch, &connection())).unwrap().surveys[0].key, None);
}

#[test]
fn a_user_without_the_facilitator_role_is_told_why_nothing_was_published() {
    let couch = FakeCouch::new();
    couch.refuse_surveys.set(true);
    let refused = block_on(publish_survey(&couch, &connection(), &survey(), None, None)).unwrap_err();
    assert_eq!(refused, SyncError::NotAllowed { reason: "Only a facilitator publishes a survey.".to_owned() });
    assert!(couch.ids().is_empty());
}

#[test]
fn a_second_device_lists_the_published_surveys_and_sets_aside_unreadable_ones() {
    let couch = FakeCouch::new();
    let mut first = survey();
    first.version = 1;
    let mut second = survey();
    second.version = 2;
    block_on(publish_survey(&couch, &connection(), &first, None, None)).unwrap();
    block_on(publish_survey(&couch, &connection(), &second, None, None)).unwrap();
    couch.put("survey:broken:1", r#"{"_id":"survey:broken:1","note":"not a survey"}"#);
    // A definition of version 1 kept under version 9's id.
    let mut misnamed: serde_json::Value =
        serde_json::from_str(&couch.stored("survey:partnership-pulse:1").unwrap()).unwrap();
    misnamed.as_object_mut().unwrap().remove("_rev");
    misnamed["_id"] = "survey:partnership-pulse:9".into();
    couch.put("survey:partnership-pulse:9", &misnamed.to_string());
    couch.put_response("r1");

    let listing = block_on(published_surveys(&couch, &connection())).unwrap();
    let versions: Vec<u32> = listing.surveys.iter().map(|published| published.definition.version).collect();
    assert_eq!(versions, vec![1, 2], "the responses are not listed");
    assert_eq!(listing.surveys[0].definition, first);
    assert_eq!(
        listing.unreadable,
        vec![
            ("survey:broken:1".to_owned(), UnreadableSurvey::NotASurveyDocument),
            (
                "survey:partnership-pulse:9".to_owned(),
                UnreadableSurvey::Misnamed { id: "partnership-pulse".to_owned(), version: 1 }
            ),
        ]
    );
    assert_eq!(
        listing.unreadable[1].1.to_string(),
        "it holds version 1 of the survey \"partnership-pulse\", not the one its id names."
    );
}

#[test]
fn a_listing_that_is_not_couchdb_s_is_an_error() {
    assert!(read_published_surveys("<html>").is_err());
    assert_eq!(read_published_surveys(r#"{"rows":[]}"#).unwrap().surveys, vec![]);
}

#[test]
fn opening_keeps_the_connection_and_a_device_already_syncing_keeps_its_checkpoint() {
    let couch = FakeCouch::holding(3);
    let store = MemoryStore::default();
    block_on(keep_connection(&store, "partnership-pulse", connection())).unwrap();
    let (state, _) = block_on(load_sync(&store, "partnership-pulse")).unwrap().unwrap();
    assert_eq!(state.connection, connection());
    assert_eq!(state.since, None);

    let mut session = block_on(SyncSession::open(&store, "partnership-pulse")).unwrap().unwrap();
    block_on(session.receive_page(&store, &couch, &SyncTarget::new(&survey(), &NoCrypto, None), None)).unwrap();
    block_on(keep_connection(&store, "partnership-pulse", connection())).unwrap();
    let (state, _) = block_on(load_sync(&store, "partnership-pulse")).unwrap().unwrap();
    assert_eq!(state.since.as_deref(), Some("3"), "the same connection again keeps the checkpoint");

    let other = Connection::new(SERVER, "other-database", "facilitator", "s3cret").unwrap();
    block_on(keep_connection(&store, "partnership-pulse", other.clone())).unwrap();
    let (state, _) = block_on(load_sync(&store, "partnership-pulse")).unwrap().unwrap();
    assert_eq!((state.connection, state.since), (other, None), "another database starts from its beginning");
}

#[test]
fn a_dashboard_s_sync_passes_over_survey_documents_without_a_word() {
    let couch = FakeCouch::holding(2);
    block_on(publish_survey(&couch, &connection(), &survey(), None, None)).unwrap();
    couch.put_response("r9");
    let store = MemoryStore::default();
    let mut session = block_on(SyncSession::connect(&store, &couch, "partnership-pulse", connection())).unwrap();
    let received =
        block_on(session.receive_page(&store, &couch, &SyncTarget::new(&survey(), &NoCrypto, None), None)).unwrap();
    assert_eq!(received.added.added, 3);
    assert!(received.added.not_responses.is_empty(), "{:?}", received.added.not_responses);
    assert_eq!((received.added.added, received.added.duplicates), (3, 0));
}

#[test]
fn agreed_actions_go_with_the_survey_and_a_second_device_keeps_them_unless_it_has_its_own() {
    use pulse_core::services::adopt_published_actions;
    use pulse_core::store::load_kept;
    use pulse_core::workshop::{ActionPlan, NewAction, PlanChange};
    let couch = FakeCouch::new();
    let action = NewAction {
        what: "Joint induction".into(),
        owners: vec!["council".into(), "university".into()],
        ..NewAction::default()
    };
    let add = PlanChange::Add { action, wave: "2026 spring".into(), today: "2026-03-20".into() };
    let plan = ActionPlan::new("partnership-pulse").apply(&add, &survey()).unwrap();
    // Published before the workshop: no actions in the document.
    assert_eq!(block_on(publish_survey(&couch, &connection(), &survey(), None, None)), Ok(Published::New));
    let stored: serde_json::Value = serde_json::from_str(&couch.stored("survey:partnership-pulse:2").unwrap()).unwrap();
    assert!(stored.get("actions").is_none());
    // An empty plan is no change; after the workshop the actions replace the document.
    let empty = ActionPlan::new("partnership-pulse");
    assert_eq!(
        block_on(publish_survey(&couch, &connection(), &survey(), None, Some(&empty))),
        Ok(Published::Unchanged)
    );
    assert_eq!(block_on(publish_survey(&couch, &connection(), &survey(), None, Some(&plan))), Ok(Published::Replaced));
    assert_eq!(block_on(publish_survey(&couch, &connection(), &survey(), None, Some(&plan))), Ok(Published::Unchanged));
    let listing = block_on(published_surveys(&couch, &connection())).unwrap();
    let published = listing.surveys[0].actions.clone().expect("the actions are read back");
    assert_eq!(published, plan);

    // A second device with none keeps them; one with its own keeps its own.
    let (fresh, busy) = (MemoryStore::default(), MemoryStore::default());
    assert_eq!(block_on(adopt_published_actions(&fresh, &published)), Ok(true));
    assert_eq!(block_on(load_kept::<ActionPlan, _>(&fresh, "partnership-pulse")).unwrap(), plan);
    let mut own = plan.clone();
    own.actions[0].what = "Our own induction plan".into();
    block_on(pulse_core::store::save_kept(&busy, &own)).unwrap();
    assert_eq!(block_on(adopt_published_actions(&busy, &published)), Ok(false));
    assert_eq!(block_on(load_kept::<ActionPlan, _>(&busy, "partnership-pulse")).unwrap(), own);

    // Actions of another survey in the document are left out.
    let mut document: serde_json::Value =
        serde_json::from_str(&couch.stored("survey:partnership-pulse:2").unwrap()).unwrap();
    document["actions"]["survey_id"] = "someone-else".into();
    let listing = format!(r#"{{"rows":[{{"id":"survey:partnership-pulse:2","doc":{document}}}]}}"#);
    assert_eq!(read_published_surveys(&listing).unwrap().surveys[0].actions, None);
}
