//! The application layer's response workflows natively, against the memory store: importing
//! files and codes, exporting, and every failure reported in words with nothing overwritten.

mod support;

use pollster::block_on;
use pulse_core::services::*;
use pulse_core::store::*;
use pulse_core::transfer::{encode_response, ImportError, ResponseFile};
use support::{all, response, survey, TRUST};

fn file_of(responses: Vec<pulse_core::response::Response>) -> String {
    ResponseFile::new(responses).to_json().unwrap()
}

fn id(n: u32) -> String {
    format!("{n:032x}")
}

#[test]
fn a_file_s_new_responses_are_stored_once_and_its_repeats_counted() {
    let survey = survey();
    let store = MemoryStore::default();
    let file = file_of(vec![
        response(&id(1), "student", None, &all(&TRUST, 4)),
        response(&id(2), "student", None, &all(&TRUST, 2)),
    ]);
    let first = block_on(import_file_text(&store, &survey, Some(&file))).unwrap();
    assert_eq!((first.added, first.duplicates, first.refused.len()), (2, 0, 0));
    assert_eq!(first.responses.len(), 2, "handed to the dashboards");
    let again = block_on(import_file_text(&store, &survey, Some(&file))).unwrap();
    assert_eq!((again.added, again.duplicates), (0, 2));
    assert_eq!(block_on(load_responses(&store, &survey.id)).unwrap().len(), 2);
}

#[test]
fn a_bad_file_or_a_full_store_stores_nothing_and_says_why_in_one_sentence() {
    let survey = survey();
    let store = MemoryStore::default();
    let problem = block_on(import_file_text(&store, &survey, Some("{not json"))).unwrap_err();
    assert!(matches!(problem, ImportProblem::File(ImportError::NotJson { .. })));
    assert_eq!(block_on(import_file_text(&store, &survey, None)), Err(ImportProblem::NotRead));
    *store.fail_writes.borrow_mut() = Some(StoreError::Full);
    let file = file_of(vec![response(&id(1), "student", None, &all(&TRUST, 4))]);
    let problem = block_on(import_file_text(&store, &survey, Some(&file))).unwrap_err();
    assert_eq!(problem, ImportProblem::Store(StoreError::Full));
    assert!(store.records.borrow().is_empty(), "nothing written");
}

#[test]
fn a_big_file_is_stored_as_it_is_read_and_left_in_the_store_for_the_dashboard() {
    // HANDED_BACK + 1 good responses, one of them twice, read in pieces of 1 KB.
    let survey = survey();
    let store = MemoryStore::default();
    let count = HANDED_BACK as u32 + 1;
    let mut responses: Vec<_> = (0..count).map(|n| response(&id(n), "student", None, &all(&TRUST, 4))).collect();
    responses.push(responses[5].clone());
    let file = file_of(responses);
    let added = block_on(import_file(&store, &survey, pulse_core::transfer::StrPieces::sized(&file, 1024))).unwrap();
    assert_eq!((added.added, added.duplicates), (count as usize, 1));
    assert!(added.more_in_store, "more than an import hands back");
    assert!(added.responses.is_empty(), "none held for the dashboard: it reads the store");
    assert_eq!(block_on(load_responses(&store, &survey.id)).unwrap().len(), count as usize);
    // One response fewer is handed back whole.
    let small = MemoryStore::default();
    let file = file_of((0..HANDED_BACK as u32).map(|n| response(&id(n), "student", None, &all(&TRUST, 4))).collect());
    let added = block_on(import_file_text(&small, &survey, Some(&file))).unwrap();
    assert_eq!((added.responses.len(), added.more_in_store), (HANDED_BACK, false));
}

#[test]
fn a_file_of_another_survey_s_responses_names_the_first_reasons_and_counts_the_rest() {
    let survey = survey();
    let store = MemoryStore::default();
    let others: Vec<_> = (0..25)
        .map(|n| {
            let mut other = response(&id(n), "student", None, &all(&TRUST, 4));
            other.survey_id = "another".into();
            other
        })
        .collect();
    let added = block_on(import_file_text(&store, &survey, Some(&file_of(others)))).unwrap();
    assert_eq!((added.added, added.refused.len(), added.refused_more), (0, NAMED_REFUSED, 5));
    assert_eq!((added.duplicates, added.refused.len() + added.refused_more), (0, 25));
}

#[test]
fn one_answer_of_the_wrong_type_leaves_out_its_response_and_no_other() {
    // Three responses; the second's T1 is `true` (no kind of answer). Before, the whole file
    // was refused, its two good responses with it.
    let survey = survey();
    let store = MemoryStore::default();
    let file = file_of((1..=3).map(|n| response(&id(n), "student", None, &all(&TRUST, 4))).collect());
    let second = format!("\"id\":\"{}\"", id(2));
    let at = file.find(&second).unwrap();
    let t1 = at + file[at..].find("\"T1\":4").unwrap();
    let file = format!("{}\"T1\":true{}", &file[..t1], &file[t1 + "\"T1\":4".len()..]);
    let added = block_on(import_file_text(&store, &survey, Some(&file))).unwrap();
    assert_eq!((added.added, added.refused.len()), (2, 1));
    let why = added.refused[0].to_string();
    assert!(why.starts_with("The response at line 1, column "), "{why}");
    assert!(why.contains("did not match any variant") || why.contains("invalid type"), "{why}");
    let stored: Vec<String> = block_on(load_responses(&store, &survey.id)).unwrap().into_iter().map(|r| r.id).collect();
    assert_eq!(stored, [id(1), id(3)]);
}

#[test]
fn a_file_that_goes_wrong_after_many_good_responses_stores_none_of_them() {
    let survey = survey();
    let store = MemoryStore::default();
    let good = file_of((0..500).map(|n| response(&id(n), "student", None, &all(&TRUST, 4))).collect());
    // The file cut off inside its last response, as an interrupted download would leave it.
    let cut = &good[..good.len() - 40];
    let problem = block_on(import_file_text(&store, &survey, Some(cut))).unwrap_err();
    assert!(matches!(problem, ImportProblem::File(ImportError::NotJson { .. })), "{problem:?}");
    assert!(store.records.borrow().is_empty(), "nothing stored");
}

#[test]
fn codes_are_stored_together_and_unreadable_ones_are_listed_by_line() {
    let survey = survey();
    let store = MemoryStore::default();
    let good = encode_response(&survey, &response(&id(7), "student", None, &all(&TRUST, 5))).unwrap();
    let outcome = block_on(import_codes(&store, &survey, &format!("\n{good}\nPP1-ZZZZZ-ZZZZZ\n")));
    assert_eq!(outcome.unreadable.len(), 1);
    assert_eq!(outcome.unreadable[0].0, 2, "the second non-empty line");
    assert_eq!(outcome.stored.as_ref().unwrap().as_ref().unwrap().added, 1);
    assert!(!outcome.all_taken(), "the typed text is kept while a code is unreadable");
    let again = block_on(import_codes(&store, &survey, &good));
    assert!(again.all_taken());
    assert_eq!(again.stored.unwrap().unwrap().duplicates, 1);
    assert_eq!(block_on(import_codes(&store, &survey, "  \n")).stored, None, "no code, nothing to store");
}

/// An export's pieces, joined, and what it reported.
fn export(store: &impl RecordStore, format: ExportFormat) -> Result<(String, Vec<usize>, Exported), StoreError> {
    let mut pieces = Vec::new();
    let exported = block_on(export_responses(store, &survey(), format, |piece| pieces.push(piece)))?;
    Ok((pieces.concat(), pieces.iter().map(String::len).collect(), exported))
}

#[test]
fn export_holds_every_response_and_reports_what_was_set_aside() {
    let survey = survey();
    let store = MemoryStore::default();
    let two = [response(&id(3), "student", None, &all(&TRUST, 3)), response(&id(4), "student", None, &all(&TRUST, 4))];
    block_on(add_responses(&store, &two)).unwrap();
    let (json, _, exported) = export(&store, ExportFormat::Json).unwrap();
    assert_eq!(json, file_of(two.to_vec()), "exactly the response file of both");
    assert_eq!(exported, Exported { responses: 2, set_aside: None });
    let (csv, _, _) = export(&store, ExportFormat::Csv).unwrap();
    assert_eq!(csv, pulse_core::transfer::responses_csv(&survey, &two), "header and two responses");
    // A record that is not a response is kept aside and said beside the file, never an empty file.
    let broken = Record::new("broken", &survey.id, "[{broken".into());
    block_on(store.write(vec![Change::Put(Collection::Responses, broken)])).unwrap();
    let (partial, _, exported) = export(&store, ExportFormat::Json).unwrap();
    assert_eq!(partial, file_of(two.to_vec()));
    assert!(matches!(exported.set_aside, Some(StoreError::SomeUnreadable { count: 1, .. })), "{exported:?}");
    // Storage that cannot be read at all gives no file and says why.
    assert_eq!(export(&StoreThatFailsReads, ExportFormat::Json), Err(StoreError::Unavailable));
}

#[test]
fn an_export_of_packs_is_written_a_pack_at_a_time_and_reads_back_whole() {
    // 3 loose responses (a kiosk's) and 4,500 packed (2,000 + 2,000 + 500): the file is the
    // head, one piece per batch (loose, then each pack), and the tail: 6 pieces, none holding
    // more than a pack's worth.
    let survey = survey();
    let store = MemoryStore::default();
    let loose: Vec<_> = (0..3).map(|n| response(&id(n), "student", None, &all(&TRUST, 3))).collect();
    block_on(add_responses(&store, &loose)).unwrap();
    let packed: Vec<_> = (3..4503).map(|n| response(&id(n), "student", None, &all(&TRUST, 4))).collect();
    let records = packed.iter().map(|response| response_record(response).unwrap()).collect();
    assert_eq!(block_on(add_packed(&store, &survey.id, records, Vec::new())), Ok(4500));
    let (json, sizes, exported) = export(&store, ExportFormat::Json).unwrap();
    assert_eq!(exported.responses, 4503);
    assert_eq!(sizes.len(), 6, "{sizes:?}");
    assert!(sizes.iter().all(|&size| size <= json.len() / 2), "{sizes:?} of {}", json.len());
    let read = pulse_core::transfer::read_response_file(&json).unwrap();
    assert_eq!(read, loose.into_iter().chain(packed).collect::<Vec<_>>(), "every response once, in order");
    let (csv, sizes, _) = export(&store, ExportFormat::Csv).unwrap();
    assert_eq!((csv.lines().count(), sizes.len()), (4504, 6), "a header and a line per response");
}

/// A browser store that refuses every read (storage turned off after the page loaded).
struct StoreThatFailsReads;

impl RecordStore for StoreThatFailsReads {
    async fn get(&self, _: Collection, _: &str) -> Result<Option<Record>, StoreError> {
        Err(StoreError::Unavailable)
    }
    async fn group(&self, _: Collection, _: &str) -> Result<Vec<Record>, StoreError> {
        Err(StoreError::Unavailable)
    }
    async fn write(&self, _: Vec<Change>) -> Result<(), StoreError> {
        Err(StoreError::Unavailable)
    }
    async fn add_new(&self, _: Collection, _: Vec<Record>, _: Vec<Change>) -> Result<usize, StoreError> {
        Err(StoreError::Unavailable)
    }
    async fn add_new_as_made<E>(
        &self,
        _: Collection,
        _: impl FnMut() -> Option<Result<Record, E>>,
    ) -> Result<usize, AddError<E>> {
        Err(AddError::Store(StoreError::Unavailable))
    }
    async fn update<T, E>(
        &self,
        _: &[(Collection, &str)],
        _: &[Collection],
        _: impl FnOnce(Vec<Vec<Record>>, &mut dyn FnMut(Change)) -> Result<(Vec<Change>, T), E>,
    ) -> Result<T, AddError<E>> {
        Err(AddError::Store(StoreError::Unavailable))
    }
}

#[test]
fn two_tabs_adding_at_once_each_keep_theirs_and_a_response_in_both_counts_once() {
    let survey = survey();
    let store = MemoryStore::default();
    for n in 0..10 {
        block_on(add_responses(&store, &[response(&id(100 + n), "student", None, &all(&TRUST, 4))])).unwrap();
        block_on(add_responses(&store, &[response(&id(200 + n), "university", None, &all(&TRUST, 2))])).unwrap();
    }
    // The same response reaching the device in two tabs is stored once.
    let shared = response(&id(999), "student", None, &all(&TRUST, 5));
    assert_eq!(block_on(add_responses(&store, std::slice::from_ref(&shared))).unwrap(), 1);
    assert_eq!(block_on(add_responses(&store, std::slice::from_ref(&shared))).unwrap(), 0);
    assert_eq!(block_on(load_responses(&store, &survey.id)).unwrap().len(), 21);
    // An import on a third tab reports it as already here.
    let file = file_of(vec![shared]);
    assert_eq!(block_on(import_file_text(&store, &survey, Some(&file))).unwrap().duplicates, 1);
}

#[test]
fn the_dashboard_s_table_grows_with_arriving_responses_and_counts_each_once() {
    let survey = survey();
    let store = MemoryStore::default();
    let mut other_version = response(&id(2), "student", None, &all(&TRUST, 4));
    other_version.survey_version = 9;
    block_on(add_responses(&store, &[response(&id(1), "student", None, &all(&TRUST, 4)), other_version])).unwrap();
    let mut device = block_on(DeviceResponses::load(&store, &survey));
    assert_eq!(device.table.as_ref().unwrap().len(), 1);
    assert_eq!(device.refused.len(), 1, "the other version's response is said, not counted");
    // A kiosk in another tab announces two; one of them also arrives by an import here.
    let (three, four) =
        (response(&id(3), "student", None, &all(&TRUST, 2)), response(&id(4), "university", None, &all(&TRUST, 5)));
    assert_eq!(device.take(&survey, &[three.clone(), four.clone()]), 2);
    assert_eq!(device.take(&survey, std::slice::from_ref(&four)), 0, "each response once");
    // Looking at the store again adds nothing already in the table, and refuses nothing twice.
    block_on(add_responses(&store, &[three, four])).unwrap();
    assert_eq!(block_on(device.take_stored(&store, &survey)), 0);
    assert_eq!(device.table.as_ref().unwrap().len(), 3);
    assert_eq!(device.refused.len(), 1, "a refusal is not repeated on each look");
    // A response of another survey announced by another tab is not this survey's.
    let mut elsewhere = response(&id(6), "student", None, &all(&TRUST, 1));
    elsewhere.survey_id = "another-survey".into();
    assert_eq!(device.take(&survey, &[elsewhere]), 0);
    assert_eq!(device.refused.len(), 1);
    // Protection is made once per change of the responses, and each view analysed from it gives
    // what a whole analysis gives.
    let protected = device.protected(3).unwrap();
    assert!(std::rc::Rc::ptr_eq(&protected, &device.protected(3).unwrap()), "made once");
    let table = device.table.as_ref().unwrap();
    let filter = pulse_core::analytics::Filter::default();
    assert_eq!(
        pulse_core::analytics::analyse_view(&protected, &filter),
        pulse_core::analytics::analyse(table, &filter, 3)
    );
    assert_eq!(device.take(&survey, &[response(&id(5), "student", None, &all(&TRUST, 1))]), 1);
    assert!(!std::rc::Rc::ptr_eq(&protected, &device.protected(3).unwrap()), "made again after new responses");
}

#[test]
fn the_dashboard_loads_in_batches_and_sets_an_unreadable_record_aside() {
    let survey = survey();
    let store = MemoryStore::default();
    let many: Vec<_> = (0..25).map(|n| response(&id(n), "student", None, &all(&TRUST, 3))).collect();
    block_on(add_responses(&store, &many)).unwrap();
    let broken = Record::new("broken", &survey.id, "{\"id\":".into());
    block_on(store.write(vec![Change::Put(Collection::Responses, broken)])).unwrap();
    // The memory store hands over batches of the size asked for: 26 records as 10 + 10 + 6.
    let mut sizes = Vec::new();
    block_on(store.group_in_batches(Collection::Responses, &survey.id, 10, |batch| sizes.push(batch.len()))).unwrap();
    assert_eq!(sizes, [10, 10, 6]);
    let device = block_on(DeviceResponses::load(&store, &survey));
    assert_eq!(device.table.as_ref().unwrap().len(), 25);
    assert!(
        matches!(device.store_error, Some(StoreError::SomeUnreadable { count: 1, .. })),
        "{:?}",
        device.store_error
    );
    assert_eq!(block_on(kept_aside(&store, Collection::Responses)).unwrap().len(), 1, "kept, not deleted");
}

/// A live workshop: eight university staff are shown; one more arrives and waits, since the
/// university's figures would change by one person (k = 3); three more arrive in the same
/// group, partner and wave, and the four are shown together.
#[test]
fn new_responses_wait_until_enough_arrive_together_that_no_one_stands_out() {
    let survey = survey();
    let store = MemoryStore::default();
    let staff = |n: u32| response(&id(n), "university", None, &all(&TRUST, 1 + (n % 5) as u8));
    block_on(add_responses(&store, &(0..8).map(staff).collect::<Vec<_>>())).unwrap();
    let mut device = block_on(DeviceResponses::load(&store, &survey));
    let total = |device: &DeviceResponses| {
        let protected = device.protected(3).unwrap();
        pulse_core::analytics::analyse_view(&protected, &Default::default()).counts.total
    };
    use pulse_core::analytics::Figure;
    assert_eq!((total(&device), device.waiting()), (Figure::Shown(8), 0));
    device.take(&survey, &[staff(8)]);
    assert_eq!((total(&device), device.waiting()), (Figure::Shown(8), 1), "one newcomer would stand out");
    device.take(&survey, &[staff(9), staff(10)]);
    assert_eq!((total(&device), device.waiting()), (Figure::Shown(8), 3), "three are still k or fewer");
    device.take(&survey, &[staff(11)]);
    assert_eq!((total(&device), device.waiting()), (Figure::Shown(12), 0), "four together are shown");
    // A student arrives alone: a group of 1 is in no figure, so no figure changes and nothing
    // waits; the student is counted among the responses in no figure.
    device.take(&survey, &[response(&id(12), "student", None, &all(&TRUST, 3))]);
    assert_eq!((total(&device), device.waiting()), (Figure::Shown(12), 0));
    let protected = device.protected(3).unwrap();
    let report = pulse_core::analytics::analyse_view(&protected, &Default::default());
    assert_eq!(report.pooling.small_groups_left_out, 1);
}

/// The dashboard's feed: responses announced before the table is loaded, or while it is read
/// again, are kept and taken in once it is there (each once); a reread asked for while one runs
/// is not started twice; a table read again during the first load is newer and stays.
#[test]
fn the_dashboard_feed_keeps_what_arrives_until_its_table_is_there() {
    let survey = survey();
    let store = MemoryStore::default();
    let staff = |n: u32| response(&id(n), "university", None, &all(&TRUST, 3));
    block_on(add_responses(&store, &(0..4).map(staff).collect::<Vec<_>>())).unwrap();
    let rows = |feed: &ResponseFeed| feed.loaded().map(|loaded| loaded.table.as_ref().unwrap().len());

    let mut feed = ResponseFeed::default();
    assert_eq!(feed.arrived(&survey, vec![staff(4), staff(0)]), FeedChange::Nothing, "no table yet");
    assert_eq!(rows(&feed), None);
    let stored = block_on(DeviceResponses::load(&store, &survey));
    assert_eq!(feed.first_load_done(&survey, stored), FeedChange::Redraw);
    assert_eq!(rows(&feed), Some(5), "four stored, one early (the other early one was stored too)");
    assert_eq!(feed.arrived(&survey, vec![staff(5)]), FeedChange::Redraw);
    assert_eq!(feed.arrived(&survey, vec![staff(5)]), FeedChange::Nothing, "counted once");

    // A big import: the store is read again; what arrives meanwhile waits for the new table.
    block_on(add_responses(&store, &(6..10).map(staff).collect::<Vec<_>>())).unwrap();
    assert!(feed.begin_reread());
    assert!(!feed.begin_reread(), "one reading at a time");
    assert_eq!(feed.arrived(&survey, vec![staff(10)]), FeedChange::Nothing);
    assert_eq!(rows(&feed), Some(6), "the figures shown stay until the new ones are ready");
    let fresh = block_on(DeviceResponses::load(&store, &survey));
    assert_eq!(feed.reread_done(&survey, fresh), FeedChange::Redraw);
    assert_eq!(rows(&feed), Some(9), "the 8 stored (0-3, 6-9) and 10; 4 and 5 were never stored");
    assert!(feed.begin_reread(), "a new reading may start");

    // A reading finished during the first load is newer: the first load's table is not used.
    let mut feed = ResponseFeed::default();
    assert!(feed.begin_reread());
    feed.reread_done(&survey, block_on(DeviceResponses::load(&store, &survey)));
    let empty_store = MemoryStore::default();
    feed.first_load_done(&survey, block_on(DeviceResponses::load(&empty_store, &survey)));
    assert_eq!(rows(&feed), Some(8));
}
