//! Answering in a tab through the application layer, natively: the tab's own draft kept and
//! discarded, a closed tab's draft taken up, and the submission in the tab's own list.

mod support;

use pollster::block_on;
use pulse_core::answering::{Draft, DraftPosition};
use pulse_core::response::Answer;
use pulse_core::services::TabAnswering;
use pulse_core::store::{
    kept_aside, load_responses, save_draft, Change, Collection, DraftFound, MemoryStore, Record, RecordStore,
    StoreError,
};
use support::rust_crypto::RustCrypto;
use support::{all, response, survey, TRUST};

fn draft_answering_t1(value: u8) -> Draft {
    let mut draft = Draft::new(&survey());
    draft.answers.insert("T1".into(), Answer::Scale(value));
    draft
}

#[test]
fn a_tab_keeps_its_own_draft_and_lets_it_go_when_it_is_empty_again() {
    let survey = survey();
    let store = MemoryStore::default();
    let tab = TabAnswering::new("partnership-pulse", Some("tab-1"));
    assert_eq!(block_on(tab.start(&store, &survey)).unwrap(), DraftFound::Nothing);
    block_on(tab.keep(&store, &draft_answering_t1(5))).unwrap();
    assert!(
        block_on(store.get(Collection::Drafts, "partnership-pulse@tab-1")).unwrap().is_some(),
        "in the tab's own slot"
    );
    assert_eq!(
        block_on(tab.start(&store, &survey)).unwrap(),
        DraftFound::Fits(draft_answering_t1(5)),
        "after a reload"
    );
    // Back to nothing (a submission, or "start again"): the draft goes.
    block_on(tab.keep(&store, &Draft::new(&survey))).unwrap();
    assert_eq!(block_on(tab.start(&store, &survey)).unwrap(), DraftFound::Nothing);
    // A draft somewhere in the survey with no answers yet is still kept (the place matters).
    let mut placed = Draft::new(&survey);
    placed.position = DraftPosition::Section(2);
    block_on(tab.keep(&store, &placed)).unwrap();
    assert_eq!(block_on(tab.start(&store, &survey)).unwrap(), DraftFound::Fits(placed));
    // Discarding removes the tab's draft and one of another version in the shared slot.
    let mut old = draft_answering_t1(1);
    old.survey_version = 0;
    block_on(save_draft(&store, &old, "partnership-pulse")).unwrap();
    block_on(tab.discard(&store)).unwrap();
    assert_eq!(store.count(Collection::Drafts), 0);
}

#[test]
fn a_new_tab_takes_up_a_closed_tab_s_draft_but_never_an_open_one_s() {
    let survey = survey();
    let store = MemoryStore::default();
    block_on(TabAnswering::new("partnership-pulse", Some("closed")).keep(&store, &draft_answering_t1(4))).unwrap();
    block_on(TabAnswering::new("partnership-pulse", Some("open")).keep(&store, &draft_answering_t1(2))).unwrap();
    let new_tab = TabAnswering::new("partnership-pulse", Some("new"));
    let open = vec!["open".to_owned()];
    assert_eq!(block_on(new_tab.take_up_orphan(&store, &survey, &open)), (Some(draft_answering_t1(4)), None));
    assert_eq!(
        block_on(new_tab.start(&store, &survey)).unwrap(),
        DraftFound::Fits(draft_answering_t1(4)),
        "now its own"
    );
    assert_eq!(
        block_on(new_tab.take_up_orphan(&store, &survey, &open)),
        (None, None),
        "the open tab's draft is left alone"
    );
}

#[test]
fn a_closed_tab_s_unreadable_draft_is_kept_aside_and_said() {
    // Before, it was moved aside and the respondent told nothing.
    let survey = survey();
    let store = MemoryStore::default();
    let damaged = Record::new("partnership-pulse@closed", "partnership-pulse", "{\"answers\":7}".into());
    block_on(store.write(vec![Change::Put(Collection::Drafts, damaged)])).unwrap();
    block_on(TabAnswering::new("partnership-pulse", Some("other")).keep(&store, &draft_answering_t1(3))).unwrap();
    let new_tab = TabAnswering::new("partnership-pulse", Some("new"));
    let (draft, problem) = block_on(new_tab.take_up_orphan(&store, &survey, &[]));
    assert_eq!(draft, Some(draft_answering_t1(3)), "the readable draft is still taken up");
    assert_eq!(
        problem,
        Some(StoreError::Unreadable {
            key: "partnership-pulse@closed".into(),
            kept_as: "drafts:partnership-pulse@closed".into()
        })
    );
    assert_eq!(block_on(kept_aside(&store, Collection::Drafts)).unwrap()[0].value, "{\"answers\":7}");
}

#[test]
fn a_submission_is_stored_once_whichever_tab_makes_it() {
    let survey = survey();
    let store = MemoryStore::default();
    let submitted = response(&format!("{:032x}", 1), "student", None, &all(&TRUST, 3));
    block_on(TabAnswering::new("partnership-pulse", Some("kiosk-2")).submit(&store, &RustCrypto, &survey, &submitted))
        .unwrap();
    assert!(block_on(store.get(Collection::Responses, &submitted.id)).unwrap().is_some(), "keyed by its id");
    // Without sessionStorage (no tab id) the submission is stored just the same.
    let other = response(&format!("{:032x}", 2), "student", None, &all(&TRUST, 3));
    block_on(TabAnswering::new("partnership-pulse", None).submit(&store, &RustCrypto, &survey, &other)).unwrap();
    block_on(TabAnswering::new("partnership-pulse", Some("kiosk-3")).submit(&store, &RustCrypto, &survey, &other))
        .unwrap();
    assert_eq!(block_on(load_responses(&store, &survey.id)).unwrap().len(), 2);
}
