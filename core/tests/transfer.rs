//! Moving responses natively: reading files, every bad input, merging with a report, CSV.

mod support;

use pulse_core::response::ResponseError;

use pollster::block_on;
use pulse_core::analytics::AnalyticsError;
use pulse_core::response::Answer;
use pulse_core::store::{add_responses, load_responses, MemoryStore, StoreError};
use pulse_core::transfer::ResponseFile;
use pulse_core::transfer::*;
use support::{response, seven, survey};

fn file_of(responses: Vec<pulse_core::response::Response>) -> String {
    ResponseFile::new(responses).to_json().unwrap()
}

#[test]
fn a_response_file_reads_back_its_responses() {
    let responses = seven();
    assert_eq!(read_response_file(&file_of(responses.clone())).unwrap(), responses);
}

#[test]
fn a_file_that_is_not_json_says_where() {
    assert_eq!(
        read_response_file("Dear facilitator,\nhere are my answers"),
        Err(ImportError::NotJson { line: 1, column: 1 })
    );
    let truncated = &file_of(seven())[..200];
    assert!(matches!(read_response_file(truncated), Err(ImportError::NotJson { .. })), "a truncated file");
}

#[test]
fn json_of_the_wrong_shape_is_not_a_response_file() {
    for text in ["[1, 2, 3]", "{\"survey\": \"x\"}", "{\"format\": \"something-else\", \"version\": 1}"] {
        assert!(matches!(read_response_file(text), Err(ImportError::WrongShape { .. })), "{text}");
    }
    // A response file with one element that is not a response: that one is left out, and said.
    let wrong_inside = "{\"format\": \"partnership-pulse/responses\", \"version\": 1, \"responses\": [{\"id\": 5}]}";
    let incoming = read_import(wrong_inside).unwrap();
    assert!(incoming.responses.is_empty());
    // Placed where reading the whole file would place it: just after the `5`.
    let [ResponseError::Unreadable { line: 1, column: 78, reason }] = incoming.unreadable.as_slice() else {
        panic!("{:?}", incoming.unreadable)
    };
    assert!(reason.contains("invalid type"), "{reason}");
}

#[test]
fn a_newer_file_format_is_refused_as_such() {
    let text = "{\"format\": \"partnership-pulse/responses\", \"version\": 2, \"responses\": \"elsewhere\"}";
    assert_eq!(read_response_file(text), Err(ImportError::UnsupportedVersion { found: 2 }));
    assert!(ImportError::UnsupportedVersion { found: 2 }.to_string().contains("format version 2"));
}

#[test]
fn a_file_over_the_limit_is_refused_unread() {
    let big = " ".repeat(MAX_FILE_BYTES + 1);
    assert_eq!(read_response_file(&big), Err(ImportError::TooLarge { bytes: MAX_FILE_BYTES + 1 }));
}

#[test]
fn merging_counts_added_duplicates_and_refused_with_reasons() {
    let survey = survey();
    let stored = seven();
    let mut other_survey = response("x1", "student", None, &[("T1", 4)]);
    other_survey.survey_id = "another".into();
    let mut out_of_range = response("x2", "student", None, &[]);
    out_of_range.answers.insert("T1".into(), Answer::Scale(9));
    let incoming = vec![
        response("new1", "student", None, &[("T1", 4)]),
        stored[0].clone(),                               // already stored
        response("new1", "student", None, &[("T2", 4)]), // repeated within the file
        other_survey,
        response("x3", "student", None, &[("Z1", 3)]), // unknown item
        out_of_range,
        response("new2", "voluntary", Some("council"), &[("V1", 2)]),
    ];
    let merge = merge_responses(&survey, &stored, incoming);
    let added: Vec<&str> = merge.added.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(added, ["new1", "new2"]);
    assert_eq!(merge.duplicates, 2);
    assert_eq!(
        merge.refused,
        [
            AnalyticsError::Response(ResponseError::WrongSurvey {
                response: "x1".into(),
                found: "another".into(),
                expected: "partnership-pulse".into()
            }),
            AnalyticsError::Response(ResponseError::UnknownItem { response: "x3".into(), item: "Z1".into() }),
            AnalyticsError::Response(ResponseError::InvalidAnswer { response: "x2".into(), item: "T1".into() }),
        ]
    );
}

#[test]
fn importing_the_same_file_twice_adds_it_once() {
    let survey = survey();
    let store = MemoryStore::default();
    for _ in 0..2 {
        let stored = block_on(load_responses(&store, &survey.id)).unwrap();
        let merge = merge_responses(&survey, &stored, seven());
        block_on(add_responses(&store, &merge.added)).unwrap();
    }
    assert_eq!(block_on(load_responses(&store, &survey.id)).unwrap().len(), 7);
}

#[test]
fn an_import_is_all_or_nothing_when_storage_is_full() {
    let survey = survey();
    let store = MemoryStore::default();
    block_on(add_responses(&store, &seven()[..2])).unwrap();
    *store.fail_writes.borrow_mut() = Some(StoreError::Full);
    assert_eq!(block_on(add_responses(&store, &seven())), Err(StoreError::Full));
    assert_eq!(block_on(load_responses(&store, &survey.id)).unwrap().len(), 2, "nothing of the file was stored");
}

#[test]
fn the_responses_csv_has_one_row_per_response_and_one_column_per_answer() {
    let survey = survey();
    let mut responses = seven();
    responses[0].answers.insert("O1".into(), Answer::Text("=cmd, \"quoted\"".into()));
    let csv = responses_csv(&survey, &responses);
    let lines: Vec<&str> = csv.split("\r\n").filter(|line| !line.is_empty()).collect();
    assert_eq!(lines.len(), 1 + 7);
    let header: Vec<&str> = lines[0].split(',').collect();
    assert_eq!(&header[..6], ["id", "submitted", "wave", "group", "partner", "T1"]);
    assert!(header.contains(&"PV.university.gain") && header.contains(&"score.trust"));
    assert!(header.contains(&"PT.council.trust"));
    // 5 columns; the 26 items other than group and partner, PV as 5 partners × 2 questions and
    // PT as 5 partners × 1 (so 24 + 10 + 5); and 6 scores.
    assert_eq!(header.len(), 5 + 24 + 10 + 5 + 6);
    // u4: T1 4, T2 5, T3 don't know, T4 skipped, T5 4 → score (13/3 − 1)/4 × 100 = 83.3.
    let u4 = lines.iter().find(|line| line.starts_with("u4,")).unwrap();
    assert!(u4.contains(",4,5,0,,4,"), "{u4}");
    assert!(u4.contains(",83.3,"), "{u4}");
    // c3 gave no partner: the partner cell is empty.
    let c3 = lines.iter().find(|line| line.starts_with("c3,")).unwrap();
    assert!(c3.starts_with("c3,2026-11-01,,service-user-carer,,"), "{c3}");
    assert!(csv.contains("\"'=cmd, \"\"quoted\"\"\""), "text is quoted and defused");
}
