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
    let first = import_file_text(&store, &survey, None, Some(&file)).unwrap();
    assert_eq!((first.added, first.duplicates, first.refused.len()), (2, 0, 0));
    assert_eq!(first.to_string(), "2 added, 0 already here.");
    let again = import_file_text(&store, &survey, None, Some(&file)).unwrap();
    assert_eq!((again.added, again.duplicates), (0, 2));
    assert_eq!(load_responses(&store, &survey.id).unwrap().len(), 2);
}

#[test]
fn a_bad_file_or_a_full_store_stores_nothing_and_says_why_in_one_sentence() {
    let survey = survey();
    let store = MemoryStorage::default();
    let problem = import_file_text(&store, &survey, None, Some("{not json")).unwrap_err();
    assert!(matches!(problem, ImportProblem::File(ImportError::NotJson { .. })));
    assert_eq!(import_file_text(&store, &survey, None, None), Err(ImportProblem::NotRead));
    *store.fail_writes.borrow_mut() = Some(StoreError::Full);
    let file = file_of(vec![response(&id(1), "student", None, &all(&TRUST, 4))]);
    let problem = import_file_text(&store, &survey, None, Some(&file)).unwrap_err();
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
    let outcome = import_codes(&store, &survey, None, &format!("\n{good}\nPP1-ZZZZZ-ZZZZZ\n"));
    assert_eq!(outcome.unreadable.len(), 1);
    assert_eq!(outcome.unreadable[0].0, 2, "the second non-empty line");
    assert_eq!(outcome.stored.as_ref().unwrap().as_ref().unwrap().added, 1);
    assert!(!outcome.all_taken(), "the typed text is kept while a code is unreadable");
    let again = import_codes(&store, &survey, None, &good);
    assert!(again.all_taken());
    assert_eq!(again.stored.unwrap().unwrap().duplicates, 1);
    assert_eq!(import_codes(&store, &survey, None, "  \n").stored, None, "no code, nothing to store");
}

#[test]
fn export_holds_every_tab_s_responses_and_reports_what_was_set_aside() {
    let survey = survey();
    let store = MemoryStorage::default();
    append_response(&store, Some("tab-a"), &response(&id(3), "student", None, &all(&TRUST, 3))).unwrap();
    append_response(&store, Some("tab-b"), &response(&id(4), "student", None, &all(&TRUST, 4))).unwrap();
    let json = export_responses(&store, &survey, ExportFormat::Json).unwrap();
    assert!(json.text.contains(&id(3)) && json.text.contains(&id(4)), "both tabs' responses");
    assert_eq!(json.set_aside, None);
    let csv = export_responses(&store, &survey, ExportFormat::Csv).unwrap();
    assert_eq!(csv.text.lines().count(), 3, "header and two responses");
    // A list that is not a list at all is kept aside and said beside the file, never an empty file.
    store.values.borrow_mut().insert(responses_key(&survey.id), "[{broken".into());
    let partial = export_responses(&store, &survey, ExportFormat::Json).unwrap();
    assert!(partial.text.contains(&id(3)) && partial.text.contains(&id(4)));
    assert!(matches!(partial.set_aside, Some(StoreError::Unreadable { .. })), "{:?}", partial.set_aside);
    // Storage that cannot be read at all gives no file and says why.
    let unavailable = StorageThatFailsReads;
    assert_eq!(export_responses(&unavailable, &survey, ExportFormat::Json), Err(StoreError::Unavailable));
}

/// A browser store that refuses every read (storage turned off after the page loaded).
struct StorageThatFailsReads;

impl KeyValueStore for StorageThatFailsReads {
    fn get(&self, _: &str) -> Result<Option<String>, StoreError> {
        Err(StoreError::Unavailable)
    }
    fn set(&self, _: &str, _: &str) -> Result<(), StoreError> {
        Err(StoreError::Unavailable)
    }
    fn remove(&self, _: &str) -> Result<(), StoreError> {
        Err(StoreError::Unavailable)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Err(StoreError::Unavailable)
    }
}

#[test]
fn two_tabs_appending_at_once_each_keep_their_own_and_a_response_in_both_counts_once() {
    let survey = survey();
    let store = MemoryStorage::default();
    // Each tab read-modify-writes only its own list, so interleaving cannot lose a write.
    for n in 0..10 {
        append_response(&store, Some("kiosk-1"), &response(&id(100 + n), "student", None, &all(&TRUST, 4))).unwrap();
        append_response(&store, Some("kiosk-2"), &response(&id(200 + n), "university", None, &all(&TRUST, 2))).unwrap();
    }
    // The same response imported in both tabs is stored twice but read once.
    let shared = response(&id(999), "student", None, &all(&TRUST, 5));
    append_response(&store, Some("kiosk-1"), &shared).unwrap();
    append_response(&store, Some("kiosk-2"), &shared).unwrap();
    let stored = load_responses(&store, &survey.id).unwrap();
    assert_eq!(stored.len(), 21);
    // An import on a third tab reports it as already here.
    let file = file_of(vec![shared]);
    assert_eq!(import_file_text(&store, &survey, Some("dashboard"), Some(&file)).unwrap().duplicates, 1);
}

#[test]
fn the_dashboard_s_table_grows_with_new_responses_and_counts_each_once() {
    let survey = survey();
    let store = MemoryStorage::default();
    append_response(&store, Some("kiosk"), &response(&id(1), "student", None, &all(&TRUST, 4))).unwrap();
    let mut other_version = response(&id(2), "student", None, &all(&TRUST, 4));
    other_version.survey_version = 9;
    append_response(&store, Some("kiosk"), &other_version).unwrap();
    let mut device = DeviceResponses::load(&store, &survey);
    assert_eq!(device.table.as_ref().unwrap().len(), 1);
    assert_eq!(device.refused.len(), 1, "the other version's response is said, not counted");
    // A kiosk in another tab stores two more; one of them also arrives by an import here.
    append_response(&store, Some("kiosk"), &response(&id(3), "student", None, &all(&TRUST, 2))).unwrap();
    append_response(&store, Some("kiosk"), &response(&id(4), "university", None, &all(&TRUST, 5))).unwrap();
    append_response(&store, Some("dashboard"), &response(&id(4), "university", None, &all(&TRUST, 5))).unwrap();
    assert_eq!(device.take_new(&store, &survey, None), 2, "each new response once");
    assert_eq!(device.table.as_ref().unwrap().len(), 3);
    assert_eq!(device.refused.len(), 1, "a refusal is not repeated on each look");
    assert_eq!(device.take_new(&store, &survey, None), 0);
    // Protection is made once per change of the responses, and each view analysed from it gives
    // what a whole analysis gives.
    let protected = device.protected(3).unwrap();
    assert!(std::rc::Rc::ptr_eq(&protected, &device.protected(3).unwrap()), "made once");
    let table = device.table.as_ref().unwrap();
    let filter = partnership_pulse::analytics::Filter::default();
    assert_eq!(
        partnership_pulse::analytics::analyse_view(&protected, &filter),
        partnership_pulse::analytics::analyse(table, &filter, 3)
    );
    append_response(&store, Some("kiosk"), &response(&id(5), "student", None, &all(&TRUST, 1))).unwrap();
    assert_eq!(device.take_new(&store, &survey, None), 1);
    assert!(!std::rc::Rc::ptr_eq(&protected, &device.protected(3).unwrap()), "made again after new responses");
}

#[test]
fn a_look_at_the_list_that_changed_reads_only_that_list() {
    let survey = survey();
    let store = MemoryStorage::default();
    let mut device = DeviceResponses::load(&store, &survey);
    append_response(&store, Some("kiosk-1"), &response(&id(1), "student", None, &all(&TRUST, 4))).unwrap();
    append_response(&store, Some("kiosk-2"), &response(&id(2), "student", None, &all(&TRUST, 4))).unwrap();
    let kiosk_1 = responses_list_key(&survey.id, Some("kiosk-1"));
    assert_eq!(device.take_new(&store, &survey, Some(&kiosk_1)), 1, "kiosk-1's list only");
    assert_eq!(device.take_new(&store, &survey, None), 1, "kiosk-2's comes with a look at every list");
    assert_eq!(device.table.as_ref().unwrap().len(), 2);
}
