//! CouchDB's listing of a responses database (`_all_docs?include_docs=true`) brought onto the
//! facilitator's device: its responses stored once, the design document left out, and documents
//! that are not responses skipped and named, never keeping the others out.

mod support;

use pollster::block_on;
use pulse_core::services::import_file_text;
use pulse_core::store::{load_responses, MemoryStore};
use pulse_core::transfer::{read_couch_listing, read_import, ImportError};
use support::{all, response, survey, TRUST};

fn id(n: u32) -> String {
    format!("{n:032x}")
}

/// A response as the database holds it: the submitted document with CouchDB's `_rev` added.
fn stored_document(n: u32, group: &str) -> String {
    let json = serde_json::to_string(&response(&id(n), group, None, &all(&TRUST, 4))).unwrap();
    format!(r#"{{"_id":"{}","_rev":"1-6f0e",{}"#, id(n), &json[1..])
}

/// A listing as CouchDB returns it: the design document, two responses, a note someone put in
/// a database without the design document, a document whose `_id` is not its response id, and
/// a response missing its answers.
fn listing() -> String {
    format!(
        r#"{{"total_rows":6,"offset":0,"rows":[
{{"id":"_design/partnership-pulse","key":"_design/partnership-pulse","value":{{"rev":"1-a"}},"doc":{{"_id":"_design/partnership-pulse","_rev":"1-a","validate_doc_update":"function () {{}}"}}}},
{{"id":"{one}","key":"{one}","value":{{"rev":"1-6f0e"}},"doc":{first}}},
{{"id":"{two}","key":"{two}","value":{{"rev":"1-6f0e"}},"doc":{second}}},
{{"id":"note-1","key":"note-1","value":{{"rev":"1-b"}},"doc":{{"_id":"note-1","_rev":"1-b","text":"Room 4 at 10"}}}},
{{"id":"other-id","key":"other-id","value":{{"rev":"1-c"}},"doc":{third_under_other_id}}},
{{"id":"no-answers","key":"no-answers","value":{{"rev":"1-d"}},"doc":{{"_id":"no-answers","id":"no-answers","survey_id":"partnership-pulse","survey_version":1,"group":"university","submitted":"2026-11-24"}}}}
]}}"#,
        one = id(1),
        two = id(2),
        first = stored_document(1, "student"),
        second = stored_document(2, "university"),
        third_under_other_id = stored_document(3, "university").replacen(&id(3), "other-id", 1),
    )
}

#[test]
fn a_listing_s_responses_are_read_and_its_other_documents_named() {
    let read = read_couch_listing(&listing()).unwrap();
    let ids: Vec<&str> = read.responses.iter().map(|response| response.id.as_str()).collect();
    assert_eq!(ids, [id(1), id(2)]);
    assert_eq!(read.responses[1], response(&id(2), "university", None, &all(&TRUST, 4)), "exactly as submitted");
    assert_eq!(read.not_responses, ["note-1", "other-id", "no-answers"], "the design document left out silently");
    // The dashboard's reader tells it from a response file by its rows and lack of a format.
    assert_eq!(read_import(&listing()).unwrap(), read);
}

#[test]
fn a_listing_is_imported_once_with_a_report_naming_what_was_skipped() {
    let survey = survey();
    let store = MemoryStore::default();
    let first = block_on(import_file_text(&store, &survey, Some(&listing()))).unwrap();
    assert_eq!((first.added, first.duplicates), (2, 0));
    assert_eq!(first.not_responses, ["note-1", "other-id", "no-answers"]);
    // The next download of the same database adds nothing twice.
    let again = block_on(import_file_text(&store, &survey, Some(&listing()))).unwrap();
    assert_eq!((again.added, again.duplicates), (0, 2));
    assert_eq!(block_on(load_responses(&store, &survey.id)).unwrap().len(), 2);
}

#[test]
fn a_long_list_of_skipped_documents_is_cut_short_in_the_report() {
    let rows: Vec<String> =
        (1..=8).map(|n| format!(r#"{{"id":"note-{n}","doc":{{"_id":"note-{n}","text":"x"}}}}"#)).collect();
    let text = format!(r#"{{"rows":[{}]}}"#, rows.join(","));
    let store = MemoryStore::default();
    let outcome = block_on(import_file_text(&store, &survey(), Some(&text))).unwrap();
    let skipped: Vec<String> = (1..=8).map(|n| format!("note-{n}")).collect();
    assert_eq!((outcome.added, outcome.duplicates, outcome.not_responses), (0, 0, skipped));
}

#[test]
fn what_is_neither_a_response_file_nor_a_listing_is_refused_as_before() {
    assert!(matches!(read_import(r#"{"rows":"not a list"}"#), Err(ImportError::WrongShape { .. })));
    assert!(matches!(read_import(r#"{"total_rows":0}"#), Err(ImportError::WrongShape { .. })));
    assert!(matches!(read_import("{not json"), Err(ImportError::NotJson { .. })));
    // A response file with a bad response is still read as a response file, not as a listing:
    // its bad response is left out and said.
    let bad_file = r#"{"format":"partnership-pulse/responses","version":1,"rows":[],"responses":[{"id":1}]}"#;
    let incoming = read_import(bad_file).unwrap();
    assert_eq!((incoming.responses.len(), incoming.not_responses.len(), incoming.unreadable.len()), (0, 0, 1));
}
