//! Every decoder of text that arrives from outside — response files and bundles, response codes,
//! share links, survey definition files — on arbitrary bytes: each must return a typed error or
//! a value, never panic; and the streaming reader of response files with piece sizes the fuzzer
//! chooses (its first byte), since a file arrives in pieces that may cut anywhere. (The proptest
//! properties in core/tests/ check the same natively.)
#![no_main]

use libfuzzer_sys::fuzz_target;
use pulse_core::setup::{link_parts, setup_from_json, SavedSurvey};
use pulse_core::survey::{builtin_survey, load_survey};
use pulse_core::transfer::{decode_response, read_response_file, ResponseReader, StrPieces};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Some((&size, rest)) = data.split_first() {
        let rest = String::from_utf8_lossy(rest);
        let mut reader = ResponseReader::new(StrPieces::sized(&rest, usize::from(size)));
        // Every item is read until the end or the first error (bounded by the text's length).
        while let Some(Ok(_)) = reader.next() {}
    }
    let _ = read_response_file(&text);
    let _ = load_survey(&text);
    let _ = SavedSurvey::import(&text);
    let _ = link_parts(&text);
    let _ = setup_from_json(data);
    if let Ok(survey) = builtin_survey() {
        let _ = decode_response(&survey, &text);
    }
});
