//! Sealed responses natively: a response sealed and opened again, every way an envelope can fail
//! to open (another survey's key, its clear ids changed, a byte changed, cut short, a later
//! scheme, another response inside), a private key wrapped and unwrapped (a wrong passphrase, a
//! weakened or damaged wrapping, a key file), and what the browser sealed and wrapped in Chromium
//! (fixtures/sealed-in-chromium.json) opened by RustCrypto, an independent implementation. The
//! other direction, Chromium opening fixtures/sealed-natively.json, is tests/web_seal.rs.

mod support;

use p256::elliptic_curve::sec1::ToEncodedPoint;
use pollster::block_on;
use pulse_core::radix::{base64url, from_base64url};
use pulse_core::response::{Answer, Response};
use pulse_core::seal::{
    associated_data, open_response, seal_response, KeyBackup, PublicKey, SealCrypto, SealError, SealedResponse,
    WrappedKey, MIN_WRAP_ITERATIONS, SEALED_FORMAT,
};
use std::sync::OnceLock;
use support::rust_crypto::{wrap, RustCrypto};
use support::sealed_fixture::Fixture;
use support::{response, TRUST};

const PASSPHRASE: &str = "correct horse battery staple";

fn answered() -> Response {
    let mut answered = response("r-1", "student", Some("uni"), &support::all(&TRUST, 4));
    answered.answers.insert("O1".into(), Answer::Text("Pay placements on time".into()));
    answered
}

/// One survey's key for the whole file: each wrapping costs 600,000 rounds of PBKDF2.
fn survey_key() -> &'static (WrappedKey, p256::SecretKey) {
    static KEY: OnceLock<(WrappedKey, p256::SecretKey)> = OnceLock::new();
    KEY.get_or_init(|| block_on(RustCrypto.new_key(PASSPHRASE, MIN_WRAP_ITERATIONS)).expect("a key pair"))
}

/// Another survey's key, never wrapped.
fn other_key() -> (PublicKey, p256::SecretKey) {
    let secret = p256::SecretKey::random(&mut rand_core::OsRng);
    (PublicKey::from_bytes(secret.public_key().to_encoded_point(false).as_bytes()).expect("a point"), secret)
}

fn sealed_bytes(envelope: &SealedResponse) -> Vec<u8> {
    from_base64url(&envelope.sealed).expect("base64url")
}

#[test]
fn a_sealed_response_opens_with_its_key_and_shows_nothing_in_clear() {
    let (wrapped, secret) = survey_key();
    let envelope = block_on(seal_response(&RustCrypto, &wrapped.public_key, &answered())).expect("sealed");
    assert_eq!(
        (envelope.id.as_str(), envelope.survey_id.as_str(), envelope.survey_version),
        ("r-1", "partnership-pulse", 2)
    );
    // In clear: the four fields of the envelope and nothing else; the answers only sealed.
    let clear: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&serde_json::to_string(&envelope).expect("JSON")).expect("an object");
    assert_eq!(clear.keys().collect::<Vec<_>>(), ["id", "sealed", "survey_id", "survey_version"]);
    let bytes = sealed_bytes(&envelope);
    for secret_part in ["student", "Pay placements", "2026-11-01"] {
        assert!(
            !bytes.windows(secret_part.len()).any(|window| window == secret_part.as_bytes()),
            "{secret_part} in clear"
        );
    }
    // The layout: format byte, 65-byte key, then the response's JSON and a 16-byte tag.
    let plain_length = serde_json::to_vec(&answered()).expect("JSON").len();
    assert_eq!(sealed_bytes(&envelope).len(), 1 + 65 + plain_length + 16);
    assert_eq!(sealed_bytes(&envelope)[0], SEALED_FORMAT);
    assert_eq!(block_on(open_response(&RustCrypto, secret, &envelope)), Ok(answered()));
}

#[test]
fn an_envelope_that_was_changed_or_is_for_another_key_does_not_open() {
    let (wrapped, secret) = survey_key();
    let (_, other_secret) = other_key();
    let envelope = block_on(seal_response(&RustCrypto, &wrapped.public_key, &answered())).expect("sealed");
    let open =
        |envelope: &SealedResponse, secret: &p256::SecretKey| block_on(open_response(&RustCrypto, secret, envelope));

    assert_eq!(open(&envelope, &other_secret), Err(SealError::WrongKey));
    // Its clear ids are bound to what is inside: moved onto another id, version or survey, it fails.
    let moved = SealedResponse { id: "r-2".into(), ..envelope.clone() };
    assert_eq!(open(&moved, secret), Err(SealError::WrongKey));
    let moved = SealedResponse { survey_version: 3, ..envelope.clone() };
    assert_eq!(open(&moved, secret), Err(SealError::WrongKey));
    // One bit changed anywhere after the format byte.
    for at in [1, 40, 66, 100] {
        let mut bytes = sealed_bytes(&envelope);
        bytes[at] ^= 1;
        let changed = SealedResponse { sealed: base64url(&bytes), ..envelope.clone() };
        assert!(matches!(open(&changed, secret), Err(SealError::WrongKey | SealError::Damaged)), "bit at byte {at}");
    }
    let mut later = sealed_bytes(&envelope);
    later[0] = SEALED_FORMAT + 1;
    assert_eq!(
        open(&SealedResponse { sealed: base64url(&later), ..envelope.clone() }, secret),
        Err(SealError::UnknownScheme)
    );
    let short = SealedResponse { sealed: base64url(&sealed_bytes(&envelope)[..80]), ..envelope.clone() };
    assert_eq!(open(&short, secret), Err(SealError::Damaged));
    let not_base64 = SealedResponse { sealed: "not base64url!".into(), ..envelope.clone() };
    assert_eq!(open(&not_base64, secret), Err(SealError::Damaged));
    let empty_id = SealedResponse { id: String::new(), ..envelope };
    assert_eq!(open(&empty_id, secret), Err(SealError::Damaged));
}

#[test]
fn a_sealer_that_put_another_response_inside_is_caught() {
    let (wrapped, secret) = survey_key();
    // Sealed under r-1's ids, but holding r-9: it opens, and is refused as not this response.
    let mut inside = answered();
    inside.id = "r-9".into();
    let plain = serde_json::to_vec(&inside).expect("JSON");
    let associated = associated_data("partnership-pulse", 2, "r-1");
    let sealed = block_on(RustCrypto.seal(&wrapped.public_key, &associated, &plain)).expect("sealed");
    let envelope = SealedResponse {
        id: "r-1".into(),
        survey_id: "partnership-pulse".into(),
        survey_version: 2,
        sealed: base64url(&sealed),
    };
    assert_eq!(block_on(open_response(&RustCrypto, secret, &envelope)), Err(SealError::NotThisResponse));
}

#[test]
fn a_wrapped_key_unwraps_with_its_passphrase_only() {
    let (wrapped, secret) = survey_key();
    assert_eq!(block_on(RustCrypto.unwrap_key(wrapped, PASSPHRASE)).as_ref(), Ok(secret));
    assert_eq!(
        block_on(RustCrypto.unwrap_key(wrapped, "correct horse battery stapler")),
        Err(SealError::WrongPassphrase)
    );
    // Weakened (fewer iterations than the least accepted) or damaged, it is refused before any work.
    let weakened = WrappedKey { iterations: 1_000, ..wrapped.clone() };
    assert_eq!(block_on(RustCrypto.unwrap_key(&weakened, PASSPHRASE)), Err(SealError::BadKeyFile));
    let damaged = WrappedKey { iv: "AAAA".into(), ..wrapped.clone() };
    assert_eq!(block_on(RustCrypto.unwrap_key(&damaged, PASSPHRASE)), Err(SealError::BadKeyFile));
    // Put under another survey's public key, the wrapping no longer opens.
    let moved = WrappedKey { public_key: other_key().0, ..wrapped.clone() };
    assert_eq!(block_on(RustCrypto.unwrap_key(&moved, PASSPHRASE)), Err(SealError::WrongPassphrase));
}

#[test]
fn a_key_backup_file_reads_back_and_anything_else_is_refused() {
    let (wrapped, secret) = survey_key();
    let text = serde_json::to_string(&KeyBackup::new("partnership-pulse", wrapped.clone())).expect("JSON");
    let backup = KeyBackup::read(&text).expect("reads");
    assert_eq!(backup.survey_id, "partnership-pulse");
    assert_eq!(block_on(RustCrypto.unwrap_key(&backup.key, PASSPHRASE)).as_ref(), Ok(secret));
    for refused in ["", "{}", "[1]", &text.replace("partnership-pulse-survey-key", "something-else")] {
        assert_eq!(KeyBackup::read(refused), Err(SealError::BadKeyFile), "{refused}");
    }
}

#[test]
fn a_public_key_is_an_uncompressed_point_in_base64url() {
    let (wrapped, _) = survey_key();
    let text: String = wrapped.public_key.clone().into();
    assert_eq!(text.len(), 87);
    assert_eq!(PublicKey::try_from(text).as_ref(), Ok(&wrapped.public_key));
    // Compressed (33 bytes), the wrong first byte, or not base64url: refused.
    assert_eq!(PublicKey::from_bytes(&[2; 33]), Err(SealError::BadPublicKey));
    assert_eq!(PublicKey::from_bytes(&[5; 65]), Err(SealError::BadPublicKey));
    assert_eq!(PublicKey::try_from("****".to_owned()), Err(SealError::BadPublicKey));
}

#[test]
fn what_chromium_sealed_opens_with_rustcrypto() {
    let fixture: Fixture = serde_json::from_str(include_str!("fixtures/sealed-in-chromium.json")).expect("fixture");
    let secret =
        block_on(RustCrypto.unwrap_key(&fixture.key, &fixture.passphrase)).expect("Chromium's wrapping unwraps");
    let opened: Vec<Response> = fixture
        .sealed
        .iter()
        .map(|envelope| block_on(open_response(&RustCrypto, &secret, envelope)).expect("opens"))
        .collect();
    assert_eq!(opened, fixture.inside);
    assert!(!fixture.inside.is_empty());
}

#[test]
fn the_natively_sealed_fixture_is_what_it_says() {
    // tests/web_seal.rs checks Chromium opens this file; here, that it holds what it claims.
    let fixture: Fixture = serde_json::from_str(include_str!("fixtures/sealed-natively.json")).expect("fixture");
    let secret = block_on(RustCrypto.unwrap_key(&fixture.key, &fixture.passphrase)).expect("unwraps");
    for (envelope, inside) in fixture.sealed.iter().zip(&fixture.inside) {
        assert_eq!(block_on(open_response(&RustCrypto, &secret, envelope)).as_ref(), Ok(inside));
    }
    assert_eq!(fixture.sealed.len(), fixture.inside.len());
}

/// Writes fixtures/sealed-natively.json's content to stdout: `cargo test -p partnership-pulse-core
/// --test sealing write_native_fixture -- --ignored --nocapture`.
#[test]
#[ignore = "writes a fixture, run by hand"]
fn write_native_fixture() {
    let (wrapped, _) = survey_key();
    let inside = vec![answered(), response("r-2", "university", None, &support::all(&TRUST, 0))];
    let sealed: Vec<SealedResponse> = inside
        .iter()
        .map(|one| block_on(seal_response(&RustCrypto, &wrapped.public_key, one)).expect("sealed"))
        .collect();
    let fixture = serde_json::json!({ "passphrase": PASSPHRASE, "key": wrapped, "sealed": sealed, "inside": inside });
    println!("{}", serde_json::to_string_pretty(&fixture).expect("JSON"));
}

#[test]
fn wrapping_natively_matches_the_browsers_layout() {
    // The browser wraps PKCS #8 with the public key bound; a key wrapped here unwraps here too.
    let secret = p256::SecretKey::random(&mut rand_core::OsRng);
    let wrapped = wrap(&secret, PASSPHRASE, MIN_WRAP_ITERATIONS);
    assert_eq!(block_on(RustCrypto.unwrap_key(&wrapped, PASSPHRASE)), Ok(secret));
}
