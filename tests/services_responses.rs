//! The application layer's response workflows natively, against the memory store: importing
//! files and codes, exporting, and every failure reported in words with nothing overwritten.

mod support;

use partnership_pulse::services::*;
use partnership_pulse::store::*;
use partnership_pulse::transfer::{encode_response, ImportError};
use support::{all, response, survey, TRUST};

fn file_of(responses: Vec<partnership_pulse::response::Response>) -> String {
    ResponseFile::new(responses).to_json().unwrap()
}

fn id(n: u32) -> String {
    format!("{n:032x}")
}

#[test]
fn a_file_s_new_responses_are_stored_once_and_its_repeats_counted() {
    let survey = survey();
    let store = MemoryStorage::default();
    let file = file_of(vec![
        response(&id(1), "student", None, &all(&TRUST, 4)),
        response(&id(2), "student", None, &all(&TRUST, 2)),
    ]);
    let first = import_file_text(&store, &survey, Some(&file)).unwrap();
    assert_eq!((first.added, first.duplicates, first.refused.len()), (2, 0, 0));
    assert_eq!(first.to_string(), "2 added, 0 already here.");
    let again = import_file_text(&store, &survey, Some(&file)).unwrap();
    assert_eq!((again.added, again.duplicates), (0, 2));
    assert_eq!(load_responses(&store, &survey.id).unwrap().len(), 2);
}

#[test]
fn a_bad_file_or_a_full_store_stores_nothing_and_says_why_in_one_sentence() {
    let survey = survey();
    let store = MemoryStorage::default();
    let problem = import_file_text(&store, &survey, Some("{not json")).unwrap_err();
    assert!(matches!(problem, ImportProblem::File(ImportError::NotJson { .. })));
    assert_eq!(import_file_text(&store, &survey, None), Err(ImportProblem::NotRead));
    *store.fail_writes.borrow_mut() = Some(StoreError::Full);
    let file = file_of(vec![response(&id(1), "student", None, &all(&TRUST, 4))]);
    let problem = import_file_text(&store, &survey, Some(&file)).unwrap_err();
    assert_eq!(problem, ImportProblem::Store(StoreError::Full));
    let message = problem.to_string();
    assert!(message.contains("storage for this site is full"), "{message}");
    assert!(!message.ends_with(".."), "one full stop: {message}");
    assert!(store.values.borrow().is_empty(), "nothing written");
}

#[test]
fn codes_are_stored_together_and_unreadable_ones_are_listed_by_line() {
    let survey = survey();
    let store = MemoryStorage::default();
    let good = encode_response(&survey, &response(&id(7), "student", None, &all(&TRUST, 5))).unwrap();
    let outcome = import_codes(&store, &survey, &format!("\n{good}\nPP1-ZZZZZ-ZZZZZ\n"));
    assert_eq!(outcome.unreadable.len(), 1);
    assert_eq!(outcome.unreadable[0].0, 2, "the second non-empty line");
    assert_eq!(outcome.stored.as_ref().unwrap().as_ref().unwrap().added, 1);
    assert!(!outcome.all_taken(), "the typed text is kept while a code is unreadable");
    let again = import_codes(&store, &survey, &good);
    assert!(again.all_taken());
    assert_eq!(again.stored.unwrap().unwrap().duplicates, 1);
    assert_eq!(import_codes(&store, &survey, "  \n").stored, None, "no code, nothing to store");
}

#[test]
fn export_reports_a_storage_problem_instead_of_an_empty_file() {
    let survey = survey();
    let store = MemoryStorage::default();
    append_response(&store, &response(&id(3), "student", None, &all(&TRUST, 3))).unwrap();
    let json = export_responses(&store, &survey, ExportFormat::Json).unwrap();
    assert!(json.contains(&id(3)));
    let csv = export_responses(&store, &survey, ExportFormat::Csv).unwrap();
    assert_eq!(csv.lines().count(), 2, "header and one response");
    store.values.borrow_mut().insert(responses_key(&survey.id), "[{broken".into());
    let failed = export_responses(&store, &survey, ExportFormat::Json);
    assert!(matches!(failed, Err(StoreError::Unreadable { .. })), "{failed:?}");
}
