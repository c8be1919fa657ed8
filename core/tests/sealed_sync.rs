//! A sealed survey's sync, natively against the fake CouchDB with RustCrypto: envelopes received
//! are opened and stored as responses; one that does not open (another key, a changed byte) is
//! kept aside with why and counted, never dropped; what only this device has is sent sealed,
//! never in clear; and a sealed survey whose key is not unlocked neither receives nor sends.

mod support;

use pollster::block_on;
use pulse_core::radix::{base64url, from_base64url};
use pulse_core::seal::{seal_response, SealCrypto, SealError, SealedResponse, WrappedKey, MIN_WRAP_ITERATIONS};
use pulse_core::services::{import_sealed_file, ImportProblem, SyncReport, SyncSession, SyncTarget};
use pulse_core::store::{add_responses, kept_aside, load_responses, Collection, MemoryStore};
use pulse_core::submission::sealed_document_json;
use pulse_core::survey::SurveyDefinition;
use pulse_core::sync::SyncError;
use pulse_core::transfer::SealedResponseFile;
use std::sync::OnceLock;
use support::fake_couch::{connection, FakeCouch};
use support::rust_crypto::RustCrypto;
use support::{all, response, survey, TRUST};

fn key() -> &'static (WrappedKey, p256::SecretKey) {
    static KEY: OnceLock<(WrappedKey, p256::SecretKey)> = OnceLock::new();
    KEY.get_or_init(|| block_on(RustCrypto.new_key("the facilitators' passphrase", MIN_WRAP_ITERATIONS)).unwrap())
}

fn sealed_survey() -> SurveyDefinition {
    let mut survey = survey();
    survey.seal_key = Some(key().0.public_key.clone());
    survey
}

/// A respondent's response as the database holds it: sealed for `survey`'s key.
fn put_sealed(couch: &FakeCouch, survey: &SurveyDefinition, id: &str) -> SealedResponse {
    let answered = response(id, "student", None, &all(&TRUST, 4));
    let envelope = block_on(seal_response(&RustCrypto, survey.seal_key.as_ref().unwrap(), &answered)).unwrap();
    couch.put(id, &sealed_document_json(&envelope).unwrap());
    envelope
}

fn connected(store: &MemoryStore, couch: &FakeCouch) -> SyncSession {
    block_on(SyncSession::connect(store, couch, "partnership-pulse", connection())).unwrap()
}

fn whole_sync(
    store: &MemoryStore,
    couch: &FakeCouch,
    target: &SyncTarget<'_, RustCrypto>,
) -> Result<SyncReport, SyncError> {
    let mut session = connected(store, couch);
    block_on(session.sync(store, couch, target, |_| {}, |_| {}, |_| {}))
}

#[test]
fn envelopes_are_opened_as_they_arrive_and_one_that_does_not_open_is_kept_aside_with_why() {
    let survey = sealed_survey();
    let couch = FakeCouch::new();
    for id in ["r1", "r2", "r3"] {
        put_sealed(&couch, &survey, id);
    }
    // Sealed for another survey's key, and one with a byte changed on the way.
    let other_secret = p256::SecretKey::random(&mut rand_core::OsRng);
    let mut other = survey.clone();
    other.seal_key = Some(
        pulse_core::seal::PublicKey::from_bytes(
            p256::elliptic_curve::sec1::ToEncodedPoint::to_encoded_point(&other_secret.public_key(), false).as_bytes(),
        )
        .unwrap(),
    );
    put_sealed(&couch, &other, "r4");
    let mut changed =
        block_on(seal_response(&RustCrypto, survey.seal_key.as_ref().unwrap(), &response("r5", "student", None, &[])))
            .unwrap();
    let mut bytes = from_base64url(&changed.sealed).unwrap();
    bytes[90] ^= 1;
    changed.sealed = base64url(&bytes);
    couch.put("r5", &sealed_document_json(&changed).unwrap());

    let store = MemoryStore::default();
    let report = whole_sync(&store, &couch, &SyncTarget::new(&survey, &RustCrypto, Some(&key().1))).unwrap();
    assert_eq!(report.received.added, 3);
    assert_eq!(
        report.received.unopened,
        [("r4".to_owned(), SealError::WrongKey), ("r5".to_owned(), SealError::WrongKey)]
    );
    let stored = block_on(load_responses(&store, "partnership-pulse")).unwrap();
    assert_eq!(stored.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), ["r1", "r2", "r3"]);
    assert_eq!(stored[0].group, "student", "opened: the answers are the respondent's");
    // Never dropped: kept aside with the reason, the envelope whole.
    let aside = block_on(kept_aside(&store, Collection::Responses)).unwrap();
    assert_eq!(aside.iter().map(|record| record.key.as_str()).collect::<Vec<_>>(), ["sealed:r4", "sealed:r5"]);
    let kept: serde_json::Value = serde_json::from_str(&aside[1].value).unwrap();
    assert_eq!(kept["reason"], "does not open with this key");
    assert_eq!(kept["envelope"]["sealed"], changed.sealed);
    // The checkpoint moved past them: the next sync asks only for what is new.
    let mut session = block_on(SyncSession::open(&store, "partnership-pulse")).unwrap().unwrap();
    let target = SyncTarget::new(&survey, &RustCrypto, Some(&key().1));
    let again = block_on(session.sync(&store, &couch, &target, |_| {}, |_| {}, |_| {})).unwrap();
    assert_eq!((again.received.added, again.received.unopened.len()), (0, 0));
}

#[test]
fn what_only_this_device_has_is_sent_sealed_never_in_clear() {
    let survey = sealed_survey();
    let couch = FakeCouch::new();
    let store = MemoryStore::default();
    // A kiosk response on the facilitator's device.
    let mut kiosk = response("k1", "university", Some("council"), &all(&TRUST, 2));
    kiosk.answers.insert("O1".into(), pulse_core::response::Answer::Text("Meet more often".into()));
    block_on(add_responses(&store, std::slice::from_ref(&kiosk))).unwrap();
    let report = whole_sync(&store, &couch, &SyncTarget::new(&survey, &RustCrypto, Some(&key().1))).unwrap();
    assert_eq!(report.sent, 1);
    let stored = couch.stored("k1").unwrap();
    for clear in ["university", "council", "Meet more often", "answers", "group"] {
        assert!(!stored.contains(clear), "{clear} reached the database: {stored}");
    }
    let document: serde_json::Value = serde_json::from_str(&stored).unwrap();
    let envelope = SealedResponse {
        id: document["id"].as_str().unwrap().into(),
        survey_id: document["survey_id"].as_str().unwrap().into(),
        survey_version: document["survey_version"].as_u64().unwrap() as u32,
        sealed: document["sealed"].as_str().unwrap().into(),
    };
    assert_eq!(block_on(pulse_core::seal::open_response(&RustCrypto, &key().1, &envelope)), Ok(kiosk));
}

#[test]
fn a_sealed_survey_whose_key_is_locked_neither_receives_nor_sends() {
    let survey = sealed_survey();
    let couch = FakeCouch::new();
    put_sealed(&couch, &survey, "r1");
    let store = MemoryStore::default();
    block_on(add_responses(&store, &[response("k1", "university", None, &[])])).unwrap();
    let mut session = connected(&store, &couch);
    let asked_before = couch.requests.borrow().len();
    let locked = SyncTarget::new(&survey, &RustCrypto, None);
    assert!(locked.locked());
    assert_eq!(block_on(session.sync(&store, &couch, &locked, |_| {}, |_| {}, |_| {})).err(), Some(SyncError::Locked));
    assert_eq!(couch.requests.borrow().len(), asked_before, "not one request");
    assert_eq!(
        block_on(session.send(&store, &couch, &locked, vec![response("k2", "university", None, &[])], |_, _| {})).err(),
        Some(SyncError::Locked)
    );
    assert_eq!(couch.ids(), ["r1"]);
    assert_eq!(block_on(load_responses(&store, "partnership-pulse")).unwrap().len(), 1);
}

#[test]
fn a_sealed_response_file_is_opened_with_the_unlocked_key_only() {
    let survey = sealed_survey();
    let couch = FakeCouch::new();
    let mine = put_sealed(&couch, &survey, "f1");
    let mut damaged = put_sealed(&couch, &survey, "f2");
    damaged.sealed.replace_range(120..124, "AAAA");
    let file = SealedResponseFile::new(vec![mine, damaged]);
    let text = file.to_json().unwrap();
    assert!(SealedResponseFile::starts(&text[..60]), "told from the start of its text");
    assert!(!SealedResponseFile::starts("{\"format\":\"partnership-pulse/responses\",\"version\":1"));
    assert_eq!(SealedResponseFile::read(&text), Some(file.clone()));
    assert_eq!(
        SealedResponseFile::read("{\"format\":\"partnership-pulse/sealed-responses\",\"version\":2,\"sealed\":[]}"),
        None
    );

    let store = MemoryStore::default();
    let locked = SyncTarget::new(&survey, &RustCrypto, None);
    assert_eq!(block_on(import_sealed_file(&store, &locked, file.clone())).err(), Some(ImportProblem::Locked));
    assert_eq!(store.response_count(), 0);
    let unlocked = SyncTarget::new(&survey, &RustCrypto, Some(&key().1));
    let added = block_on(import_sealed_file(&store, &unlocked, file)).unwrap();
    assert_eq!(added.added, 1);
    assert_eq!(added.unopened.len(), 1);
    assert_eq!(added.unopened[0].0, "f2");
    assert_eq!(block_on(load_responses(&store, "partnership-pulse")).unwrap()[0].id, "f1");
    // The one that did not open is kept aside with why, as the sync keeps one.
    let aside = block_on(kept_aside(&store, Collection::Responses)).unwrap();
    assert_eq!(aside.iter().map(|record| record.key.as_str()).collect::<Vec<_>>(), ["sealed:f2"]);
}
