//! Every decoder of text that arrives from outside — response files and bundles, response codes,
//! share links, survey definition files — on arbitrary bytes: each must return a typed error or
//! a value, never panic. (The proptest properties in tests/ check the same natively.)
#![no_main]

use libfuzzer_sys::fuzz_target;
use partnership_pulse::setup::{link_parts, setup_from_json, SavedSurvey};
use partnership_pulse::survey::{builtin_survey, load_survey};
use partnership_pulse::transfer::{decode_response, read_response_file};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = read_response_file(&text);
    let _ = load_survey(&text);
    let _ = SavedSurvey::import(&text);
    let _ = link_parts(&text);
    let _ = setup_from_json(data);
    if let Ok(survey) = builtin_survey() {
        let _ = decode_response(&survey, &text);
    }
});
