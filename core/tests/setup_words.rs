//! The set-up page's words: in English exactly what the domain says (its `Display`, kept for
//! logs, files and the command line), and in Welsh the translation file's own.

use pulse_core::i18n::{
    connection_error_words, edit_error_words, notice_words, opened_survey_words, published_survey_words,
    share_link_error_words, share_problem_words, store_error_words, sync_error_words, threshold_words,
    translation_problem_words, Catalogue, FacilitatorMsg, SetupMsg, Texts,
};
use pulse_core::services::Published;
use pulse_core::setup::{
    share_problems, EditError, LinkError, Notice, SetUp, SetUpEdit, ThresholdEntry, TranslationProblem,
};
use pulse_core::store::StoreError;
use pulse_core::submission::AddressError;
use pulse_core::survey::builtin_survey;
use pulse_core::sync::{ConnectionError, SyncError};
use std::rc::Rc;

fn welsh() -> Texts<SetupMsg> {
    let path = format!("{}/../locales/setup/cy.json", env!("CARGO_MANIFEST_DIR"));
    let json = std::fs::read_to_string(&path).expect("the set-up page's Welsh");
    Texts::translated(Rc::new(Catalogue::read(&json, "cy").expect("a valid catalogue")))
}

fn addresses() -> [AddressError; 6] {
    [
        AddressError::NotHttps,
        AddressError::NoServer,
        AddressError::HasCredentials,
        AddressError::HasQueryOrFragment,
        AddressError::BadCharacter,
        AddressError::TooLong,
    ]
}

#[test]
fn every_edit_error_and_notice_reads_in_english_as_the_domain_says_it() {
    let english = Texts::<SetupMsg>::english();
    // Every refusal the editor gives, produced by the editor itself where it can be.
    let mut setup = SetUp::from_definition(&builtin_survey().expect("built in"), "survey-1");
    let mut errors: Vec<EditError> = [
        SetUpEdit::Add(pulse_core::setup::ListKind::Groups, " ".into()),
        SetUpEdit::Add(pulse_core::setup::ListKind::Partners, "".into()),
        SetUpEdit::AddStatement { label: "".into(), section: "trust".into(), indicator: None },
        SetUpEdit::Threshold(1),
        SetUpEdit::Include("group".into(), false),
        SetUpEdit::Remove(pulse_core::setup::ListKind::Groups, 99),
        SetUpEdit::Wave("w".repeat(500)),
        SetUpEdit::SubmissionAddress("http://example.org/submit".into()),
    ]
    .into_iter()
    .map(|edit| setup.apply(edit).expect_err("refused"))
    .collect();
    let first_group = setup.groups[0].1.clone();
    errors.push(setup.apply(SetUpEdit::Add(pulse_core::setup::ListKind::Groups, first_group)).unwrap_err());
    errors.push(EditError::LastGroup);
    errors.push(EditError::ListFull { what: "stakeholder groups", limit: 12 });
    errors.push(EditError::ListFull { what: "partner organisations", limit: 30 });
    errors.extend(addresses().map(EditError::Address));
    assert_eq!(errors.len(), 18);
    for error in &errors {
        assert_eq!(edit_error_words(&english, error), error.to_string());
    }
    let notices = [
        Notice::Refused(EditError::LastGroup),
        Notice::NewVersion(3),
        Notice::NextWave,
        Notice::Imported("Spring".into()),
        Notice::AlreadyHere("Spring".into()),
        Notice::Deleted("Spring".into()),
        Notice::SameId { name: "Spring".into(), id: "survey-1".into() },
        Notice::ImportedAsVersion { name: "Spring".into(), version: 2 },
        Notice::ImportedSeparately { name: "Spring".into(), id: "survey-2".into() },
        Notice::ImportCancelled,
    ];
    for notice in &notices {
        assert_eq!(notice_words(&english, notice), notice.message());
    }
    for entry in [ThresholdEntry::read("2", 5), ThresholdEntry::read("5000", 5), ThresholdEntry::read("five", 7)] {
        assert!(entry.needs_note());
        assert_eq!(threshold_words(&english, entry), entry.to_string());
    }
}

#[test]
fn translation_sharing_storage_and_database_words_read_in_english_as_the_domain_says_them() {
    let english = Texts::<SetupMsg>::english();
    let problems = [
        TranslationProblem::NotATranslationFile("expected value at line 1".into()),
        TranslationProblem::OtherSurvey { expected: "a".into(), found: "b".into() },
        TranslationProblem::LanguageNotOffered("fr".into()),
        TranslationProblem::Missing("group.staff".into()),
        TranslationProblem::Extra("group.gone".into()),
        TranslationProblem::Empty("title".into()),
    ];
    for problem in &problems {
        assert_eq!(translation_problem_words(&english, problem), problem.to_string());
    }
    // A survey with no title, partners or groups: what to put right, as the domain words it.
    let mut setup = SetUp::from_definition(&builtin_survey().expect("built in"), "survey-1");
    setup.title.clear();
    setup.partners.clear();
    let errors = setup.to_definition(&builtin_survey().expect("built in")).expect_err("not shareable");
    assert_eq!(share_problem_words(&english, &errors), share_problems(&errors));
    assert!(share_problems(&errors).len() >= 2);
    assert_eq!(share_link_error_words(&english, &LinkError::TooLarge), LinkError::TooLarge.to_string());
    let stores = [
        StoreError::Unavailable,
        StoreError::Full,
        StoreError::Unreadable { key: "setups".into(), kept_as: "kept-1".into() },
        StoreError::SomeUnreadable { count: 2, kept_as: "kept-2".into() },
        StoreError::NotEncodable,
        StoreError::NotMoved,
    ];
    for error in &stores {
        assert_eq!(store_error_words(&english, error), error.to_string());
    }
    let mut connections: Vec<ConnectionError> = addresses().into_iter().map(ConnectionError::Server).collect();
    connections.extend([ConnectionError::DatabaseName, ConnectionError::HalfCredentials]);
    let english_sync = Texts::<FacilitatorMsg>::english();
    for error in &connections {
        assert_eq!(connection_error_words(&english_sync, error), error.to_string());
    }
    let syncs = [
        SyncError::Unreachable { server: "couch.example.org".into(), offline: true },
        SyncError::Unreachable { server: "couch.example.org".into(), offline: false },
        SyncError::WrongPassword,
        SyncError::NotAllowed { reason: "not a member".into() },
        SyncError::DatabaseMissing { database: "pulse".into() },
        SyncError::TooLarge,
        SyncError::ServerFailed { status: 503 },
        SyncError::NotCouchDb,
        SyncError::Store(StoreError::Full),
    ];
    for error in &syncs {
        assert_eq!(sync_error_words(&english_sync, error, &|e| store_error_words(&english, e)), error.to_string());
    }
    let said = |published| published_survey_words(&english, published, "Spring", 2, "pulse");
    assert_eq!(
        said(Published::New),
        "Published version 2 of \"Spring\" to the database pulse. Another facilitator can open it from there: on their set-up page, \"Open a survey from a CouchDB database\"."
    );
    assert_eq!(
        said(Published::Unchanged),
        "The database pulse already has version 2 of \"Spring\", exactly as it is here."
    );
    assert_eq!(
        said(Published::Replaced),
        "Published: the database pulse now has this wording of version 2 of \"Spring\", in place of an earlier one."
    );
    assert_eq!(
        opened_survey_words(&english, "Spring", 2, "pulse"),
        "Opened version 2 of \"Spring\" from the database pulse. This device syncs it with that database: its dashboard receives the responses when opened."
    );
}

#[test]
fn in_welsh_the_set_up_page_says_its_own_words_with_the_figures_filled() {
    let welsh = welsh();
    assert_eq!(welsh.language(), "cy");
    assert_eq!(welsh.get(SetupMsg::SetUpASurvey), "Sefydlu arolwg");
    // Welsh counts: 1 is "one", 3 is "few", 6 is "many", 28 is "other".
    assert_eq!(welsh.format(SetupMsg::QuestionsAsked, &[("asked", 28_usize.into())]).split(' ').next(), Some("28"));
    assert_eq!(edit_error_words(&welsh, &EditError::Duplicate("Staff".into())), "Mae \"Staff\" yn y rhestr yn barod.");
    let welsh_sync = {
        let path = format!("{}/../locales/facilitator/cy.json", env!("CARGO_MANIFEST_DIR"));
        let json = std::fs::read_to_string(&path).expect("the Welsh about a database");
        Texts::<FacilitatorMsg>::translated(Rc::new(Catalogue::read(&json, "cy").expect("a valid catalogue")))
    };
    assert_eq!(
        sync_error_words(&welsh_sync, &SyncError::ServerFailed { status: 503 }, &|e| store_error_words(&welsh, e)),
        "Methodd y gweinydd (atebodd 503). Rhowch gynnig arall arni nes ymlaen; ni chollwyd dim."
    );
    let english = Texts::<SetupMsg>::english();
    assert_ne!(notice_words(&welsh, &Notice::NextWave), notice_words(&english, &Notice::NextWave));
}
