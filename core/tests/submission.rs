//! Respondents' devices sending to the survey's write-only submission address, natively: which
//! addresses a survey may name, the document sent, what each server answer means, the outbox kept
//! with the response in one transaction, and emptying it through a fake server.

mod support;

use pollster::block_on;
use pulse_core::seal::{open_response, SealCrypto, SealError, SealedResponse, MIN_WRAP_ITERATIONS};
use pulse_core::services::{send_waiting, Queued, TabAnswering};
use pulse_core::setup::{EditError, ListKind, SavedSurvey, SetUpEdit};
use pulse_core::store::{keep_and_queue, load_responses, waiting, Collection, MemoryStore, StoreError};
use pulse_core::submission::{document_json, Delivery, ServerAnswer};
use pulse_core::survey::{check_address, server_of, site_of, validate, AddressError, SurveyError, MAX_ADDRESS_CHARS};
use std::cell::RefCell;
use support::rust_crypto::{NoCrypto, RustCrypto};
use support::{all, response, survey, TRUST};

/// The built-in survey sending to `address` (none: kept on the device).
fn addressed(address: Option<&str>) -> pulse_core::survey::SurveyDefinition {
    let mut survey = survey();
    survey.submission_address = address.map(str::to_owned);
    survey
}

const ADDRESS: &str = "https://pulse.example.org/partnership-pulse/submit";
const OTHER: &str = "https://other.example.net/submit";

#[test]
fn only_encrypted_addresses_without_secrets_are_accepted() {
    for good in [
        ADDRESS,
        "https://couch.example.org",
        "https://couch.example.org:6984/northshire/",
        "http://127.0.0.1:8089/submit",
        "http://localhost/submit",
        "http://[::1]:5984/db",
    ] {
        assert_eq!(check_address(good), Ok(()), "{good}");
    }
    let too_long = format!("https://example.org/{}", "a".repeat(MAX_ADDRESS_CHARS));
    for (bad, why) in [
        ("http://example.org/submit", AddressError::NotHttps),
        ("http://localhost.example.org/submit", AddressError::NotHttps),
        ("ftp://example.org", AddressError::NotHttps),
        ("example.org/submit", AddressError::NotHttps),
        ("javascript:alert(1)", AddressError::NotHttps),
        ("https://", AddressError::NoServer),
        ("https:///submit", AddressError::NoServer),
        ("https://submitter:secret@example.org/db", AddressError::HasCredentials),
        ("https://example.org/db?batch=ok", AddressError::HasQueryOrFragment),
        ("https://example.org/db#x", AddressError::HasQueryOrFragment),
        ("https://example.org/my db", AddressError::BadCharacter),
        ("https://example.org/\"onload=", AddressError::BadCharacter),
        (too_long.as_str(), AddressError::TooLong),
    ] {
        assert_eq!(check_address(bad), Err(why.clone()), "{bad}");
        assert!(!why.to_string().is_empty());
    }
}

#[test]
fn the_respondent_is_told_the_server_and_the_host_the_site() {
    assert_eq!(site_of(ADDRESS), "https://pulse.example.org");
    assert_eq!(server_of(ADDRESS), "pulse.example.org");
    assert_eq!(site_of("http://127.0.0.1:8089/submit"), "http://127.0.0.1:8089");
    assert_eq!(server_of("https://couch.example.org"), "couch.example.org");
}

#[test]
fn the_document_is_the_response_with_its_id_as_couchdb_s_id() {
    let answered = response("r-7f3a", "staff", Some("council"), &all(&TRUST, 4));
    let document: serde_json::Value = serde_json::from_str(&document_json(&answered).unwrap()).unwrap();
    assert_eq!(document["_id"], "r-7f3a");
    assert_eq!(document["id"], "r-7f3a");
    assert_eq!(document["group"], "staff");
    assert_eq!(document["answers"]["T1"], 4);
    // Apart from `_id` it is exactly the response format.
    let mut without_id = document.clone();
    without_id.as_object_mut().unwrap().remove("_id");
    assert_eq!(without_id, serde_json::to_value(&answered).unwrap());
}

fn answer(status: u16, body: &str) -> ServerAnswer {
    ServerAnswer { status, body: body.to_owned() }
}

#[test]
fn each_server_answer_means_sent_retry_or_refused() {
    let of = |status, body| Delivery::of_answer(Some(&answer(status, body)), true);
    assert_eq!(of(201, r#"{"ok":true,"id":"r1","rev":"1-a"}"#), Delivery::Sent);
    assert_eq!(of(202, "{}"), Delivery::Sent);
    // Stored by an earlier attempt whose answer was lost: the database refuses the copy.
    assert_eq!(of(409, r#"{"error":"conflict","reason":"Document update conflict."}"#), Delivery::Sent);
    assert_eq!(of(403, r#"{"error":"forbidden","reason":"A response is never changed once stored."}"#), Delivery::Sent);
    // Refusals carry CouchDB's reason, or words when the body is not CouchDB's.
    assert_eq!(
        of(403, r#"{"error":"forbidden","reason":"Only responses to survey northshire are accepted."}"#),
        Delivery::Refused("Only responses to survey northshire are accepted.".into())
    );
    assert_eq!(
        of(413, "<html>Request Entity Too Large</html>"),
        Delivery::Refused("the response is larger than the server accepts".into())
    );
    assert!(matches!(of(405, ""), Delivery::Refused(_)));
    // Set-up faults and passing failures are tried again.
    for status in [401, 404, 429, 500, 502, 503, 504] {
        assert_eq!(of(status, ""), Delivery::WillRetry, "{status}");
    }
    assert_eq!(Delivery::of_answer(None, true), Delivery::WillRetry);
    assert_eq!(Delivery::of_answer(None, false), Delivery::WaitingForConnection);
}

#[test]
fn the_set_up_names_an_address_that_the_survey_and_its_link_carry() {
    let builtin = survey();
    let mut setup = SavedSurvey::new(&builtin, "pp-7k2m").setup;
    setup.apply(SetUpEdit::Add(ListKind::Partners, "Northshire Council".into())).unwrap();
    setup.apply(SetUpEdit::Add(ListKind::Partners, "Carers' Voice".into())).unwrap();
    assert!(setup.to_definition(&builtin).unwrap().submission_address.is_none(), "none by default");
    assert_eq!(
        setup.apply(SetUpEdit::SubmissionAddress("http://pulse.example.org/submit".into())),
        Err(EditError::Address(AddressError::NotHttps))
    );
    assert_eq!(setup.submission_address, "", "a refused address is not kept");
    setup.apply(SetUpEdit::SubmissionAddress(format!("  {ADDRESS} "))).unwrap();
    assert_eq!(setup.submission_address, ADDRESS);
    assert_eq!(setup.to_definition(&builtin).unwrap().submission_address.as_deref(), Some(ADDRESS));
    // Emptying the field removes it.
    setup.apply(SetUpEdit::SubmissionAddress(" ".into())).unwrap();
    assert!(setup.to_definition(&builtin).unwrap().submission_address.is_none());
}

#[test]
fn a_survey_file_naming_a_bad_address_is_refused_with_the_reason() {
    let mut definition = survey();
    definition.submission_address = Some("https://user:password@example.org/db".into());
    let errors = validate(&definition);
    assert!(errors.contains(&SurveyError::SubmissionAddress(AddressError::HasCredentials)), "{errors:?}");
    assert!(errors.iter().any(|error| error.to_string().contains("credentials")), "{errors:?}");
    definition.submission_address = Some(ADDRESS.into());
    assert!(validate(&definition).is_empty());
}

#[test]
fn a_submitted_response_is_kept_and_queued_in_one_write_or_not_at_all() {
    let store = MemoryStore::default();
    let tab = TabAnswering::new("partnership-pulse", Some("tab-1"));
    let first = response("r1", "staff", None, &all(&TRUST, 3));
    assert_eq!(block_on(tab.submit(&store, &RustCrypto, &addressed(Some(ADDRESS)), &first)), Ok(Queued::ForAddress));
    let queued = block_on(waiting(&store)).unwrap();
    assert_eq!(queued.len(), 1);
    assert_eq!((queued[0].id.as_str(), queued[0].to.as_str()), ("r1", ADDRESS));
    assert_eq!(queued[0].document, document_json(&first).unwrap());
    // A survey with no address: stored, nothing queued.
    let second = response("r2", "staff", None, &[]);
    assert_eq!(block_on(tab.submit(&store, &RustCrypto, &addressed(None), &second)), Ok(Queued::NoAddress));
    assert_eq!(store.count(Collection::Outbox), 1);
    assert_eq!(block_on(load_responses(&store, "partnership-pulse")).unwrap().len(), 2);
    // Storage failing: neither the response nor its outbox record is written.
    *store.fail_writes.borrow_mut() = Some(StoreError::Full);
    let third = response("r3", "staff", None, &[]);
    assert_eq!(
        block_on(keep_and_queue(&store, &third, Some((ADDRESS, document_json(&third).unwrap())))),
        Err(StoreError::Full)
    );
    assert_eq!((store.response_count(), store.count(Collection::Outbox)), (2, 1));
}

#[test]
fn a_sealed_survey_s_outbox_holds_the_envelope_only_and_a_browser_that_cannot_seal_sends_nothing() {
    let (wrapped, secret) = block_on(RustCrypto.new_key("passphrase of the test", MIN_WRAP_ITERATIONS)).unwrap();
    let mut sealed_survey = addressed(Some(ADDRESS));
    sealed_survey.seal_key = Some(wrapped.public_key.clone());
    let store = MemoryStore::default();
    let tab = TabAnswering::new("partnership-pulse", Some("tab-1"));
    let mut first = response("r1", "staff", Some("council"), &all(&TRUST, 3));
    first.answers.insert("O1".into(), pulse_core::response::Answer::Text("More notice".into()));
    assert_eq!(block_on(tab.submit(&store, &RustCrypto, &sealed_survey, &first)), Ok(Queued::ForAddress));
    // The document the server gets: CouchDB's `_id` and the envelope, whose seal opens to the response.
    let mut document: serde_json::Value =
        serde_json::from_str(&block_on(waiting(&store)).unwrap()[0].document).unwrap();
    let fields: Vec<&String> = document.as_object().unwrap().keys().collect();
    assert_eq!(fields, ["_id", "id", "sealed", "survey_id", "survey_version"]);
    assert_eq!(document.as_object_mut().unwrap().remove("_id"), Some("r1".into()));
    let envelope: SealedResponse = serde_json::from_value(document).unwrap();
    assert_eq!(block_on(open_response(&RustCrypto, &secret, &envelope)), Ok(first.clone()));
    // The device keeps its own copy in clear: it is the respondent's.
    assert_eq!(block_on(load_responses(&store, "partnership-pulse")).unwrap(), [first]);
    // Without Web Crypto: kept on the device, nothing put in the outbox, never sent in clear.
    let second = response("r2", "staff", None, &[]);
    assert_eq!(
        block_on(tab.submit(&store, &NoCrypto, &sealed_survey, &second)),
        Ok(Queued::CannotSeal(SealError::Unavailable("crypto.subtle".into())))
    );
    assert_eq!((store.response_count(), store.count(Collection::Outbox)), (2, 1));
    // A survey without a key is sent as before, whatever the browser.
    let third = response("r3", "staff", None, &[]);
    assert_eq!(block_on(tab.submit(&store, &NoCrypto, &addressed(Some(ADDRESS)), &third)), Ok(Queued::ForAddress));
}

/// A fake server: answers in turn from `answers`, recording every request.
struct FakeServer {
    answers: RefCell<Vec<Option<ServerAnswer>>>,
    requests: RefCell<Vec<(String, String)>>,
}

impl FakeServer {
    fn answering(mut answers: Vec<Option<ServerAnswer>>) -> FakeServer {
        answers.reverse();
        FakeServer { answers: RefCell::new(answers), requests: RefCell::default() }
    }

    fn send(&self, to: String, document: String) -> std::future::Ready<Option<ServerAnswer>> {
        self.requests.borrow_mut().push((to, document));
        std::future::ready(self.answers.borrow_mut().pop().flatten())
    }

    fn ids_sent(&self) -> Vec<String> {
        let requests = self.requests.borrow();
        requests
            .iter()
            .map(|(_, document)| {
                serde_json::from_str::<serde_json::Value>(document).unwrap()["_id"].as_str().unwrap().to_owned()
            })
            .collect()
    }
}

fn store_queuing(ids_and_addresses: &[(&str, &str)]) -> MemoryStore {
    let store = MemoryStore::default();
    let tab = TabAnswering::new("partnership-pulse", Some("kiosk"));
    for (id, address) in ids_and_addresses {
        let answered = response(id, "staff", None, &all(&TRUST, 4));
        block_on(tab.submit(&store, &RustCrypto, &addressed(Some(address)), &answered)).unwrap();
    }
    store
}

#[test]
fn sent_and_already_stored_responses_leave_the_outbox_refused_ones_stay() {
    let store = store_queuing(&[("r1", ADDRESS), ("r2", ADDRESS), ("r3", ADDRESS)]);
    let server = FakeServer::answering(vec![
        Some(answer(201, "{}")),
        Some(answer(409, r#"{"error":"conflict","reason":"Document update conflict."}"#)),
        Some(answer(403, r#"{"error":"forbidden","reason":"Not a response of this survey."}"#)),
    ]);
    let report = block_on(send_waiting(&store, || true, |to, document| server.send(to, document))).unwrap();
    assert_eq!(server.ids_sent(), ["r1", "r2", "r3"], "each once, oldest first");
    // Each put at the address that names it (the proxy allows that one pattern only).
    let addresses: Vec<String> = server.requests.borrow().iter().map(|(to, _)| to.clone()).collect();
    assert_eq!(addresses, [format!("{ADDRESS}/r1"), format!("{ADDRESS}/r2"), format!("{ADDRESS}/r3")]);
    assert_eq!(report.delivery_of("r1"), Some(&Delivery::Sent));
    assert_eq!(report.delivery_of("r2"), Some(&Delivery::Sent), "an earlier attempt stored it");
    assert_eq!(report.delivery_of("r3"), Some(&Delivery::Refused("Not a response of this survey.".into())));
    assert_eq!(report.still_waiting, 1);
    let left: Vec<String> = block_on(waiting(&store)).unwrap().into_iter().map(|each| each.id).collect();
    assert_eq!(left, ["r3"]);
    // The responses themselves stay on the device whatever happened to them.
    assert_eq!(store.response_count(), 3);
}

#[test]
fn offline_nothing_is_sent_and_everything_waits() {
    let store = store_queuing(&[("r1", ADDRESS), ("r2", OTHER)]);
    let server = FakeServer::answering(vec![]);
    let report = block_on(send_waiting(&store, || false, |to, document| server.send(to, document))).unwrap();
    assert!(server.requests.borrow().is_empty());
    assert_eq!(report.still_waiting, 2);
    assert!(report.outcomes.iter().all(|(_, delivery)| *delivery == Delivery::WaitingForConnection));
    assert_eq!(store.count(Collection::Outbox), 2);
}

#[test]
fn an_unreachable_address_is_tried_once_per_round_and_others_still_get_theirs() {
    // r1 and r2 go to ADDRESS, which does not answer; r3 goes to OTHER, which stores it.
    let store = store_queuing(&[("r1", ADDRESS), ("r2", ADDRESS), ("r3", OTHER)]);
    let server = FakeServer::answering(vec![None, Some(answer(201, "{}"))]);
    let report = block_on(send_waiting(&store, || true, |to, document| server.send(to, document))).unwrap();
    assert_eq!(server.ids_sent(), ["r1", "r3"], "r2 is not sent to an address that just failed");
    assert_eq!(report.delivery_of("r1"), Some(&Delivery::WillRetry));
    assert_eq!(report.delivery_of("r2"), Some(&Delivery::WillRetry));
    assert_eq!(report.delivery_of("r3"), Some(&Delivery::Sent));
    assert_eq!(report.still_waiting, 2);

    // The next round (connection back): both go, and the outbox is empty.
    let server = FakeServer::answering(vec![Some(answer(201, "{}")), Some(answer(201, "{}"))]);
    let report = block_on(send_waiting(&store, || true, |to, document| server.send(to, document))).unwrap();
    assert_eq!(server.ids_sent(), ["r1", "r2"]);
    assert_eq!(report.still_waiting, 0);
    assert_eq!(store.count(Collection::Outbox), 0);
}

#[test]
fn a_connection_lost_mid_round_leaves_the_rest_waiting_for_it() {
    let store = store_queuing(&[("r1", ADDRESS), ("r2", OTHER)]);
    let online = std::cell::Cell::new(true);
    let server = FakeServer::answering(vec![None]);
    let report = block_on(send_waiting(
        &store,
        || online.get(),
        |to, document| {
            // The connection drops while the first request is on its way.
            online.set(false);
            server.send(to, document)
        },
    ))
    .unwrap();
    assert_eq!(server.ids_sent(), ["r1"]);
    assert_eq!(report.delivery_of("r1"), Some(&Delivery::WaitingForConnection));
    assert_eq!(report.delivery_of("r2"), Some(&Delivery::WaitingForConnection), "not sent while offline");
    assert_eq!(store.count(Collection::Outbox), 2);
}

#[test]
fn an_unreadable_outbox_record_is_set_aside_and_the_rest_are_sent() {
    use pulse_core::store::{Change, Record, RecordStore};
    let store = store_queuing(&[("r1", ADDRESS)]);
    block_on(store.write(vec![Change::Put(Collection::Outbox, Record::new("r0", "", "not json".to_owned()))])).unwrap();
    let server = FakeServer::answering(vec![Some(answer(201, "{}"))]);
    let report = block_on(send_waiting(&store, || true, |to, document| server.send(to, document))).unwrap();
    assert_eq!(server.ids_sent(), ["r1"]);
    assert_eq!(report.still_waiting, 0);
    assert_eq!(store.count(Collection::Outbox), 0);
    assert_eq!(store.count(Collection::KeptAside), 1);
}
