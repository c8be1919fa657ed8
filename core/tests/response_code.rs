//! Response codes natively: round trips, their length, and every way a code can be wrong.

mod support;

use proptest::prelude::*;
use pulse_core::response::{Answer, Response};
use pulse_core::sorted_map::SortedMap;
use pulse_core::transfer::*;
use support::survey;

/// The built-in instrument fully answered, free text included.
fn full_response() -> Response {
    let survey = survey();
    let mut answers = SortedMap::new();
    for (index, item) in survey.items().enumerate() {
        match item.id.as_str() {
            "group" | "partner" => {}
            "IX" => {
                answers.insert(item.id.clone(), Answer::Choices(vec!["service-user-carer".into(), "student".into()]));
            }
            "PV" => {
                let rows = survey
                    .partners
                    .iter()
                    .map(|p| (p.id.clone(), SortedMap::from([("gain".into(), 4), ("contribution".into(), 0)])))
                    .collect();
                answers.insert(item.id.clone(), Answer::Matrix(rows));
            }
            "PT" => {
                let rows = survey
                    .partners
                    .iter()
                    .enumerate()
                    .map(|(at, p)| (p.id.clone(), SortedMap::from([("trust".into(), (at % 6) as u8)])))
                    .collect();
                answers.insert(item.id.clone(), Answer::Matrix(rows));
            }
            "O1" => {
                answers.insert(item.id.clone(), Answer::Text("More notice before meetings, please.".into()));
            }
            _ => {
                answers.insert(item.id.clone(), Answer::Scale((index % 6) as u8));
            }
        }
    }
    Response {
        id: "0123456789abcdef0123456789abcdef".into(),
        survey_id: "partnership-pulse".into(),
        survey_version: 2,
        wave: "2026 spring".into(),
        group: "service-user-carer".into(),
        partner: Some("carers-network".into()),
        submitted: "2026-11-23".into(),
        answers,
    }
}

#[test]
fn a_fully_answered_response_round_trips_through_its_code() {
    let survey = survey();
    let response = full_response();
    let code = encode_response(&survey, &response).unwrap();
    assert!(code.starts_with("PP1-"));
    assert_eq!(decode_response(&survey, &code).unwrap(), response);
    // Typed by a person: lower case, spaces for dashes, O for 0 and l for 1.
    let body = code.trim_start_matches("PP1-").to_lowercase().replace('-', " ").replace('0', "o").replace('1', "l");
    let typed = format!("pp1-{body}");
    assert_eq!(decode_response(&survey, &typed).unwrap(), response);
}

#[test]
fn the_code_of_the_built_in_instrument_fully_answered_is_short() {
    let code = encode_response(&survey(), &full_response()).unwrap();
    // Bytes: format 1, length 2, fingerprint 4, id 16, day 2, wave 1 + 11, group 1, partner 1
    // = 39; 37 ratings (27 statements, 5 × 2 for PV, 5 for PT) as 4-bit values = 148 bits → 19;
    // IX 1 + 2 = 3; O1 2 + 36 = 38; check 4: 103 bytes → 165 base32 characters (824 bits / 5,
    // rounded up), plus the prefix and a dash every five.
    let characters = code.trim_start_matches("PP1-").replace('-', "").len();
    assert_eq!(characters, 165, "{code}");
    println!("response code, built-in instrument fully answered: {} characters: {code}", code.len());
    // Its QR code: 4 + 165 + 32 dashes = 201 characters, all in QR's alphanumeric set, take
    // 4 + 9 + 11 × 100 + 6 = 1,119 bits = 140 bytes: more than version 6's 136, within version 7's
    // 156 data bytes at low error correction: 45 × 45 modules.
    assert_eq!(code.len(), 201);
    assert_eq!(pulse_core::qr::QrMatrix::encode(&code).unwrap().size(), 45);
    let mut no_text = full_response();
    no_text.answers.remove("O1");
    no_text.wave.clear();
    let short = encode_response(&survey(), &no_text).unwrap();
    // Without text or wave: 39 − 11 + 19 + 3 + 2 + 4 = 56 bytes = 448 bits → 90 characters.
    assert_eq!(short.trim_start_matches("PP1-").replace('-', "").len(), 90, "without text or wave: 56 bytes");
}

#[test]
fn a_changed_character_fails_the_checksum() {
    let survey = survey();
    let code = encode_response(&survey, &full_response()).unwrap();
    let position = code.len() / 2;
    let original = code.as_bytes()[position] as char;
    let replacement = if original == 'A' { 'B' } else { 'A' };
    let mut tampered = code.clone();
    tampered.replace_range(position..position + 1, &replacement.to_string());
    assert_eq!(decode_response(&survey, &tampered), Err(CodeError::Checksum));
}

#[test]
fn a_code_cut_short_is_reported() {
    let survey = survey();
    let code = encode_response(&survey, &full_response()).unwrap();
    for keep in [0, 4, 8, 20, code.len() - 3] {
        assert_eq!(decode_response(&survey, &code[..keep]), Err(CodeError::Truncated), "kept {keep} characters");
    }
}

#[test]
fn a_code_for_another_survey_version_or_with_odd_characters_is_refused() {
    let mut survey = survey();
    let code = encode_response(&survey, &full_response()).unwrap();
    survey.version += 1;
    assert_eq!(decode_response(&survey, &code), Err(CodeError::OtherSurvey));
    assert_eq!(decode_response(&survey, "PP1-ABCDE-UUUUU"), Err(CodeError::BadCharacter('U')));
    assert!(CodeError::Checksum.to_string().contains("mistyped"));
}

#[test]
fn codes_read_without_dashes_and_with_the_dashes_and_spaces_word_processors_put_in() {
    let survey = survey();
    let response = full_response();
    let code = encode_response(&survey, &response).unwrap();
    let without_dashes = code.replace('-', "");
    assert_eq!(decode_response(&survey, &without_dashes).unwrap(), response, "no dashes at all");
    let en_dashes = code.replace('-', "\u{2013}");
    assert_eq!(decode_response(&survey, &en_dashes).unwrap(), response, "en dashes");
    let no_break_spaces = code.replace('-', "\u{a0}");
    assert_eq!(decode_response(&survey, &no_break_spaces).unwrap(), response, "no-break spaces");
    let wrapped = format!("  {}\n", code.replace('-', "\u{2014} "));
    assert_eq!(decode_response(&survey, &wrapped).unwrap(), response, "em dashes, spaces and a line end");
}

/// A survey of 300 partners (more than a definition may have) held in memory: the encoder must
/// refuse partner 256 and above rather than write it as another partner or as "none".
#[test]
fn a_value_a_code_cannot_carry_is_refused_never_narrowed_into_another_answer() {
    let mut survey = survey();
    survey.partners = (0..300)
        .map(|n| pulse_core::survey::Choice {
            id: format!("p{n}"),
            label: pulse_core::survey::LocalText::new("en", &format!("Partner {n}")),
        })
        .collect();
    assert!(
        pulse_core::survey::validate(&survey)
            .iter()
            .any(|e| matches!(e, pulse_core::survey::SurveyError::TooMany { found: 300, limit: 60, .. })),
        "the validator refuses such a survey with its reason"
    );
    let mut response = full_response();
    response.answers.remove("PV");
    response.answers.remove("PT");
    for (partner, fits) in [("p3", true), ("p254", true), ("p255", false), ("p299", false)] {
        response.partner = Some(partner.into());
        match encode_response(&survey, &response) {
            Ok(code) => {
                assert!(fits, "{partner} must be refused");
                assert_eq!(decode_response(&survey, &code).unwrap().partner.as_deref(), Some(partner));
            }
            Err(error) => {
                assert!(!fits, "{partner} fits in a code");
                assert_eq!(error, CodeError::NotEncodable);
            }
        }
    }
}

/// Counts how many framed random bodies get past the checksum to the body parser.
#[test]
fn framed_random_bodies_reach_the_body_parser() {
    let survey = survey();
    let mut past_checksum = 0;
    for seed in 0u32..2000 {
        let body: Vec<u8> = (0..(seed % 120)).map(|i| (seed.wrapping_mul(2_654_435_761) >> (i % 24)) as u8).collect();
        let code = frame_code(&survey, &body).unwrap();
        match decode_response(&survey, &code) {
            Err(CodeError::Checksum | CodeError::OtherSurvey | CodeError::BadCharacter(_)) => {}
            _ => past_checksum += 1,
        }
    }
    assert_eq!(past_checksum, 2000, "every framed code passes the checksum and the survey check");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    /// The body parser, reached with a right checksum, never panics whatever the body holds.
    #[test]
    fn decoding_never_panics_on_bodies_with_a_valid_checksum(body in proptest::collection::vec(any::<u8>(), 0..400)) {
        let survey = survey();
        let code = frame_code(&survey, &body).unwrap();
        let decoded = decode_response(&survey, &code);
        prop_assert!(!matches!(decoded, Err(CodeError::Checksum | CodeError::OtherSurvey)));
    }

    #[test]
    fn decoding_never_panics_on_arbitrary_text(text in ".{0,300}") {
        let _ = decode_response(&survey(), &text);
    }

    #[test]
    fn decoding_never_panics_on_arbitrary_base32(text in "[0-9A-HJKMNP-TV-Z]{0,200}") {
        let _ = decode_response(&survey(), &format!("PP1-{text}"));
    }

    #[test]
    fn reading_a_file_never_panics_on_arbitrary_text(text in ".{0,400}") {
        let _ = read_response_file(&text);
    }

    /// Text made of the pieces of a response file's outline, in any order: reading it never
    /// panics, and reading it in pieces of any size says exactly what reading it whole says.
    #[test]
    fn a_file_read_in_pieces_reads_as_it_does_whole(
        tokens in proptest::collection::vec(
            proptest::sample::select(vec![
                "{", "}", "[", "]", ",", ":", "\"", "\\", " ", "\n", "1", "\"format\"", "\"partnership-pulse/responses\"",
                "\"version\"", "\"responses\"", "\"rows\"", "\"id\"", "\"doc\"", "ü", "–", "true", "x",
            ]),
            0..60,
        ),
        piece in 4usize..40,
    ) {
        use pulse_core::transfer::{ResponseReader, StrPieces};
        let text = tokens.concat();
        let whole: Vec<_> = ResponseReader::new(StrPieces::new(&text)).collect();
        let pieces: Vec<_> = ResponseReader::new(StrPieces::sized(&text, piece)).collect();
        prop_assert_eq!(whole, pieces);
    }
}

#[test]
fn scale_answers_have_one_code_each_and_back() {
    use pulse_core::response::{scale_code, scale_of_code, DONT_KNOW, DONT_KNOW_CODE};
    // Not answered is 0, points 1-5 are themselves, don't know (0 in an answer) is 6.
    assert_eq!(scale_code(None), 0);
    assert_eq!(scale_code(Some(DONT_KNOW)), DONT_KNOW_CODE);
    for value in [None, Some(DONT_KNOW), Some(1), Some(2), Some(3), Some(4), Some(5)] {
        assert_eq!(scale_of_code(scale_code(value)), Some(value), "{value:?}");
    }
    assert_eq!(scale_of_code(7), None, "not a code");
}
