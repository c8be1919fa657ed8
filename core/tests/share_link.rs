//! Set-ups and share links natively: the definition a set-up makes, round trips, damaged links.

use proptest::prelude::*;
use pulse_core::seal::WrappedKey;
use pulse_core::setup::*;
use pulse_core::survey::{builtin_survey, SurveyError};

fn deflate(bytes: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec(bytes, 9)
}

fn inflate(bytes: &[u8]) -> Option<Vec<u8>> {
    miniz_oxide::inflate::decompress_to_vec_with_limit(bytes, MAX_SETUP_BYTES).ok()
}

/// The payload as the set-up page makes it: `link_content` then `link_from_compressed`.
fn encode_link(setup: &SetUp) -> String {
    let saved = SavedSurvey { setup: setup.clone(), base: None, key: None, unsealed: false };
    let (kind, json) = link_content(&saved, &builtin_survey().unwrap()).unwrap();
    link_from_compressed(kind, &deflate(&json))
}

/// The set-up as the survey page reads it: `link_parts`, the browser's inflater (here
/// miniz_oxide with the same cap), then `setup_from_json`.
fn decode_link(payload: &str) -> Result<SetUp, LinkError> {
    let (kind, compressed) = link_parts(payload)?;
    assert_eq!(kind, LinkKind::SetUp);
    setup_from_json(&inflate(&compressed).ok_or(LinkError::Damaged)?)
}

fn setup() -> SetUp {
    SetUp {
        id: "northshire-2026".into(),
        version: 1,
        title: "Northshire practice learning partnership".into(),
        wave: "2026 spring".into(),
        language: "en".into(),
        threshold: 5,
        groups: vec![
            ("employers".into(), "Employers".into()),
            ("university".into(), "University staff".into()),
            ("students".into(), "Students".into()),
            ("carers".into(), "People who use services and carers".into()),
        ],
        partners: vec![
            ("council".into(), "Northshire Council".into()),
            ("uni".into(), "University of Northshire".into()),
        ],
        omit: vec!["A3".into(), "L1".into(), "L2".into()],
        custom: vec![CustomStatement {
            id: "C1".into(),
            label: "Placements are offered in good time.".into(),
            section: "value".into(),
            indicator: Some("value".into()),
        }],
        submission_address: "https://pulse.example.org/partnership-pulse/submit".into(),
        // The facilitator's Welsh for their statement travels in the link with the rest.
        translations: pulse_core::sorted_map::SortedMap::from([(
            "cy".into(),
            pulse_core::sorted_map::SortedMap::from([(
                "statement.C1".into(),
                "Mae lleoliadau'n cael eu cynnig mewn pryd.".into(),
            )]),
        )]),
        invitations: None,
        follow_through: Vec::new(),
        // The public key of fixtures/sealed-natively.json: responses are sealed for it.
        seal_key: Some(SEAL_KEY.to_owned().try_into().unwrap()),
    }
}

const SEAL_KEY: &str = "BAGULs0s_3kr_VgPGM27YDwkLcWC09MNKznhC2s4pp4GgYFuo0gC2p-9bicTkomIEvinVBUTF13_bFfKeTrJ0_I";

#[test]
fn a_set_up_makes_a_valid_survey_from_the_built_in_instrument() {
    let survey = setup().to_definition(&builtin_survey().unwrap()).unwrap();
    assert_eq!((survey.id.as_str(), survey.version, survey.wave.as_str()), ("northshire-2026", 1, "2026 spring"));
    assert_eq!(survey.title.get("en", "en"), "Northshire practice learning partnership");
    assert_eq!(survey.small_group_threshold, 5);
    assert_eq!(survey.groups.len(), 4);
    assert_eq!(survey.partners[1].label.get("en", "en"), "University of Northshire");
    assert!(survey.item("A3").is_none() && survey.item("L1").is_none());
    assert!(!survey.sections.iter().any(|s| s.id == "leadership"), "a section with nothing left goes");
    assert!(!survey.indicators.iter().any(|i| i.id == "leadership"), "so does its indicator");
    let value = survey.indicators.iter().find(|i| i.id == "value").unwrap();
    assert_eq!(value.items, ["V1", "V2", "V3", "C1"]);
    assert_eq!(survey.sections.iter().find(|s| s.id == "value").unwrap().items.last().unwrap().id, "C1");
    assert_eq!(survey.seal_key.map(String::from).as_deref(), Some(SEAL_KEY));
}

#[test]
fn a_sealed_survey_s_link_carries_its_public_key_and_never_its_wrapped_private_key() {
    let fixture: serde_json::Value = serde_json::from_str(include_str!("fixtures/sealed-natively.json")).unwrap();
    let key: WrappedKey = serde_json::from_value(fixture["key"].clone()).unwrap();
    let saved = SavedSurvey { setup: setup(), base: None, key: Some(key.clone()), unsealed: false };
    let (_, json) = link_content(&saved, &builtin_survey().unwrap()).unwrap();
    let json = String::from_utf8(json).unwrap();
    assert!(json.contains(SEAL_KEY), "{json}");
    for private in [&key.wrapped, &key.salt, &key.iv] {
        assert!(!json.contains(private.as_str()), "{private} is in the link");
    }
    // An adapted definition's link likewise.
    let definition = setup().to_definition(&builtin_survey().unwrap()).unwrap();
    let adapted = SavedSurvey { base: Some(definition.clone()), ..saved };
    let (_, json) = link_content(&adapted, &definition).unwrap();
    let json = String::from_utf8(json).unwrap();
    assert!(json.contains(SEAL_KEY) && !json.contains(key.wrapped.as_str()));
}

#[test]
fn a_set_up_with_problems_gets_the_validator_s_errors() {
    let mut broken = setup();
    broken.partners.push(("council".into(), "Council again".into()));
    broken.custom[0].id = "T1".into();
    let errors = broken.to_definition(&builtin_survey().unwrap()).unwrap_err();
    assert!(errors.iter().any(|e| matches!(e, SurveyError::DuplicateId { id, .. } if id == "council")), "{errors:?}");
    assert!(errors.iter().any(|e| matches!(e, SurveyError::DuplicateId { id, .. } if id == "T1")), "{errors:?}");
}

#[test]
fn the_share_link_round_trips_and_is_short_enough_for_a_qr_code() {
    let payload = encode_link(&setup());
    assert!(payload.starts_with(LINK_PREFIX));
    assert!(payload[LINK_PREFIX.len()..].bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    assert_eq!(decode_link(&payload).unwrap(), setup());
    assert_eq!(decode_link(&format!("#{payload}")).unwrap(), setup(), "the fragment's # is allowed");
    // A QR code holds at most 2,953 bytes; this set-up's link is far below (the public key adds
    // 119 of its 642 characters).
    assert!(payload.len() < 700, "{} characters", payload.len());
    println!("share link payload for a typical set-up: {} characters", payload.len());
}

#[test]
fn a_link_cut_short_or_damaged_is_reported_not_misread() {
    let payload = encode_link(&setup());
    for keep in [LINK_PREFIX.len(), LINK_PREFIX.len() + 10, payload.len() / 2, payload.len() - 2] {
        let result = decode_link(&payload[..keep]);
        assert!(matches!(result, Err(LinkError::Damaged)), "kept {keep}: {result:?}");
    }
    assert_eq!(decode_link("s1.not*base64"), Err(LinkError::Damaged));
    assert_eq!(decode_link("mode=kiosk"), Err(LinkError::NotASetUpLink));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn decoding_a_link_never_panics(text in "s1\\.[A-Za-z0-9_-]{0,300}") {
        let _ = decode_link(&text);
    }
}

#[test]
fn a_survey_too_large_for_a_link_is_refused_when_the_link_would_be_made() {
    let mut big = setup();
    big.custom = (0..400)
        .map(|n| CustomStatement {
            id: format!("C{n}"),
            label: format!("Statement {n}: {}", "a long statement that takes up room in the link ".repeat(4)),
            section: "value".into(),
            indicator: None,
        })
        .collect();
    let saved = SavedSurvey { setup: big, base: None, key: None, unsealed: false };
    assert_eq!(link_content(&saved, &builtin_survey().unwrap()), Err(LinkError::TooLarge));
    assert_eq!(setup_from_json(&vec![b' '; MAX_SETUP_BYTES + 1]), Err(LinkError::TooLarge));
}

#[test]
fn a_link_whose_contents_are_not_text_is_damaged() {
    // Inflated bytes that are not UTF-8 (a lone 0xFF inside a string) cannot be a set-up; the
    // respondent is told the link is damaged, as for one that does not inflate.
    assert_eq!(setup_from_json(b"{\"title\":\"\xFF\"}"), Err(LinkError::Damaged));
    // Valid text that is not a set-up is the wrong shape, with serde's reason and no position.
    match setup_from_json(b"[1, 2]") {
        Err(LinkError::WrongShape(reason)) => assert!(!reason.contains(" at line "), "{reason}"),
        other => panic!("expected the wrong shape, got {other:?}"),
    }
}

#[test]
fn a_survey_file_this_app_wrote_comes_back_with_a_short_link_that_fits_a_qr_code() {
    let builtin = builtin_survey().unwrap();
    let mut saved = SavedSurvey { setup: setup(), base: None, key: None, unsealed: false };
    saved
        .setup
        .apply(SetUpEdit::Translate {
            language: "cy".into(),
            key: "title".into(),
            words: "Partneriaeth Northshire".into(),
        })
        .unwrap();
    let file = saved.definition_file(&builtin).unwrap();
    // Imported on another device: kept as the set-up of the built-in instrument it is, so its
    // link is the set-up's, not the whole definition (before: about 7,000 characters, no QR code).
    let imported = SavedSurvey::import(&file).unwrap();
    assert_eq!(imported.base, None);
    assert_eq!(imported.definition(&builtin).unwrap(), saved.definition(&builtin).unwrap(), "the same survey");
    let (kind, json) = link_content(&imported, &imported.definition(&builtin).unwrap()).unwrap();
    let payload = link_from_compressed(kind.clone(), &deflate(&json));
    assert_eq!(kind, LinkKind::SetUp);
    assert!(payload.len() < 1_000, "{} characters", payload.len());
    // A definition no set-up makes (a question reworded) keeps its whole definition.
    let mut reworded: serde_json::Value = serde_json::from_str(&file).unwrap();
    reworded["sections"][1]["items"][0]["label"]["en"] = "Reworded".into();
    let own = SavedSurvey::import(&reworded.to_string()).unwrap();
    assert!(own.base.is_some());
    assert_eq!(link_content(&own, &own.definition(&builtin).unwrap()).unwrap().0, LinkKind::Definition);
}
