//! Sealed responses with the browser's Web Crypto, in headless Chromium: what RustCrypto sealed
//! natively (core/tests/fixtures/sealed-natively.json) opens here; a key made here wraps and
//! unwraps, refuses a wrong passphrase, and opens what it sealed; a changed envelope does not
//! open. The other direction is core/tests/sealing.rs (fixtures/sealed-in-chromium.json, written
//! by `write_chromium_fixture` below).
#![cfg(target_arch = "wasm32")]

use partnership_pulse::response::{Answer, Response};
use partnership_pulse::seal::{
    open_response, seal_response, SealCrypto, SealError, SealedResponse, WrappedKey, WRAP_ITERATIONS,
};
use partnership_pulse::web_crypto::WebCrypto;
use pulse_core::sorted_map::SortedMap;
use wasm_bindgen_test::*;

#[path = "../core/tests/support/sealed_fixture.rs"]
mod sealed_fixture;

use sealed_fixture::Fixture;

wasm_bindgen_test_configure!(run_in_browser);

fn answered(id: &str, group: &str, text: &str) -> Response {
    let mut answers: SortedMap<String, Answer> =
        ["T1", "T2", "I1"].iter().map(|item| ((*item).to_owned(), Answer::Scale(3))).collect();
    answers.insert("O1".into(), Answer::Text(text.into()));
    Response {
        id: id.into(),
        survey_id: "partnership-pulse".into(),
        survey_version: 2,
        wave: "2026".into(),
        group: group.into(),
        partner: None,
        submitted: "2026-12-06".into(),
        answers,
    }
}

#[wasm_bindgen_test]
async fn what_rustcrypto_sealed_opens_in_chromium() {
    let fixture: Fixture =
        serde_json::from_str(include_str!("../core/tests/fixtures/sealed-natively.json")).expect("fixture");
    let crypto = WebCrypto::default();
    let key = crypto.unwrap_key(&fixture.key, &fixture.passphrase).await.expect("RustCrypto's wrapping unwraps");
    assert_eq!(crypto.unwrap_key(&fixture.key, "not the passphrase").await.err(), Some(SealError::WrongPassphrase));
    let mut opened = Vec::new();
    for envelope in &fixture.sealed {
        opened.push(open_response(&crypto, &key, envelope).await.expect("opens"));
    }
    assert_eq!(opened, fixture.inside);
    assert_eq!(opened.len(), 2);
}

#[wasm_bindgen_test]
async fn a_key_made_in_chromium_seals_and_opens_and_keeps_its_passphrase() {
    let crypto = WebCrypto::default();
    let (wrapped, key) = crypto.new_key("a long passphrase for the test", WRAP_ITERATIONS).await.expect("a key");
    assert_eq!(wrapped.iterations, 600_000);
    let response = answered("r-1", "student", "<b>Pay</b> placements on time");
    let envelope = seal_response(&crypto, &wrapped.public_key, &response).await.expect("sealed");
    assert!(!envelope.sealed.contains("student") && envelope.id == "r-1");
    assert_eq!(open_response(&crypto, &key, &envelope).await, Ok(response.clone()));
    // Unwrapped again from what is stored, the key still opens it; a wrong passphrase is refused.
    let again = crypto.unwrap_key(&wrapped, "a long passphrase for the test").await.expect("unwraps");
    assert_eq!(open_response(&crypto, &again, &envelope).await, Ok(response));
    assert_eq!(
        crypto.unwrap_key(&wrapped, "a long passphrase for the tests").await.err(),
        Some(SealError::WrongPassphrase)
    );
    let moved = SealedResponse { id: "r-2".into(), ..envelope };
    assert_eq!(open_response(&crypto, &again, &moved).await, Err(SealError::WrongKey));
}

/// Prints what core/tests/fixtures/sealed-in-chromium.json holds, made anew (run with
/// `--nocapture` to copy it), and checks it opens here.
#[wasm_bindgen_test]
async fn write_chromium_fixture() {
    let crypto = WebCrypto::default();
    let passphrase = "Partneriaeth gref — a strong partnership";
    let (wrapped, key) = crypto.new_key(passphrase, WRAP_ITERATIONS).await.expect("a key");
    let inside =
        vec![answered("r-1", "student", "Talu ar amser — pay on time"), answered("inv-ABCD2345", "university", "")];
    let mut sealed = Vec::new();
    for response in &inside {
        let envelope = seal_response(&crypto, &wrapped.public_key, response).await.expect("sealed");
        assert_eq!(open_response(&crypto, &key, &envelope).await.as_ref(), Ok(response));
        sealed.push(envelope);
    }
    let fixture = serde_json::json!({ "passphrase": passphrase, "key": wrapped, "sealed": sealed, "inside": inside });
    console_log!("{}", serde_json::to_string_pretty(&fixture).expect("JSON"));
}
