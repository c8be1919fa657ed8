//! The set-up page's words: in English the sentences listed at the end of this file (the
//! catalogue's English, checked here word for word), and in Welsh the translation file's own.

use partnership_pulse::i18n::{Catalogue, FacilitatorMsg, SetupMsg, Texts};
use partnership_pulse::services::Published;
use partnership_pulse::setup::{
    EditError, LinkError, Notice, SavedSurvey, SetUp, SetUpEdit, ThresholdEntry, TranslationProblem,
};
use partnership_pulse::store::StoreError;
use partnership_pulse::survey::AddressError;
use partnership_pulse::survey::{builtin_survey, SurveyError};
use partnership_pulse::sync::{ConnectionError, SyncError};
use partnership_pulse::ui::problem_words::store_error_words;
use partnership_pulse::ui::setup::words::{
    edit_error_words, notice_words, opened_survey_words, published_survey_words, share_link_error_words,
    share_problem_words, threshold_words, translation_problem_words,
};
use partnership_pulse::ui::sync_words::{connection_error_words, sync_error_words};
use std::rc::Rc;

fn welsh() -> Texts<SetupMsg> {
    let path = format!("{}/locales/setup/cy.json", env!("CARGO_MANIFEST_DIR"));
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
fn every_edit_error_and_notice_reads_in_english() {
    let english = Texts::<SetupMsg>::english();
    // Every refusal the editor gives, produced by the editor itself where it can be.
    let mut setup = SetUp::from_definition(&builtin_survey().expect("built in"), "survey-1");
    let mut errors: Vec<EditError> = [
        SetUpEdit::Add(partnership_pulse::setup::ListKind::Groups, " ".into()),
        SetUpEdit::Add(partnership_pulse::setup::ListKind::Partners, "".into()),
        SetUpEdit::AddStatement { label: "".into(), section: "trust".into(), indicator: None },
        SetUpEdit::Threshold(1),
        SetUpEdit::Include("group".into(), false),
        SetUpEdit::Remove(partnership_pulse::setup::ListKind::Groups, 99),
        SetUpEdit::Wave("w".repeat(500)),
        SetUpEdit::SubmissionAddress("http://example.org/submit".into()),
    ]
    .into_iter()
    .map(|edit| setup.apply(edit).expect_err("refused"))
    .collect();
    let first_group = setup.groups[0].1.clone();
    errors.push(setup.apply(SetUpEdit::Add(partnership_pulse::setup::ListKind::Groups, first_group)).unwrap_err());
    errors.push(EditError::LastGroup);
    errors.push(EditError::ListFull { what: "stakeholder groups", limit: 12 });
    errors.push(EditError::ListFull { what: "partner organisations", limit: 30 });
    errors.extend(addresses().map(EditError::Address));
    assert_eq!(errors.len(), 18);
    let said: Vec<String> = errors.iter().map(|error| edit_error_words(&english, error)).collect();
    assert_eq!(said, EDIT_ERRORS);
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
    let said: Vec<String> = notices.iter().map(|notice| notice_words(&english, notice)).collect();
    assert_eq!(said, NOTICES);
    for entry in [ThresholdEntry::read("2", 5), ThresholdEntry::read("5000", 5), ThresholdEntry::read("five", 7)] {
        assert!(entry.needs_note());
    }
    let said: Vec<String> =
        [ThresholdEntry::read("2", 5), ThresholdEntry::read("5000", 5), ThresholdEntry::read("five", 7)]
            .into_iter()
            .map(|entry| threshold_words(&english, entry))
            .collect();
    assert_eq!(said, THRESHOLDS);
}

#[test]
fn translation_sharing_storage_and_database_words_read_in_english() {
    let english = Texts::<SetupMsg>::english();
    let problems = [
        TranslationProblem::NotATranslationFile("expected value at line 1".into()),
        TranslationProblem::OtherSurvey { expected: "a".into(), found: "b".into() },
        TranslationProblem::LanguageNotOffered("fr".into()),
        TranslationProblem::Missing("group.staff".into()),
        TranslationProblem::Extra("group.gone".into()),
        TranslationProblem::Empty("title".into()),
    ];
    let said: Vec<String> = problems.iter().map(|problem| translation_problem_words(&english, problem)).collect();
    assert_eq!(said, TRANSLATION_PROBLEMS);
    // A survey with no title, partners or groups: what to put right, as the domain words it.
    let mut setup = SetUp::from_definition(&builtin_survey().expect("built in"), "survey-1");
    setup.title.clear();
    setup.partners.clear();
    let errors = setup.to_definition(&builtin_survey().expect("built in")).expect_err("not shareable");
    assert_eq!(share_problem_words(&english, &errors), SHARE_PROBLEMS);
    assert_eq!(share_link_error_words(&english, &LinkError::TooLarge), LINK_TOO_LARGE);
    let stores = [
        StoreError::Unavailable,
        StoreError::Full,
        StoreError::Unreadable { key: "setups".into(), kept_as: "kept-1".into() },
        StoreError::SomeUnreadable { count: 2, kept_as: "kept-2".into() },
        StoreError::NotEncodable,
        StoreError::NotMoved,
    ];
    let said: Vec<String> = stores.iter().map(|error| store_error_words(&english, error)).collect();
    assert_eq!(said, STORE_ERRORS);
    let mut connections: Vec<ConnectionError> = addresses().into_iter().map(ConnectionError::Server).collect();
    connections.extend([ConnectionError::DatabaseName, ConnectionError::HalfCredentials]);
    let english_sync = Texts::<FacilitatorMsg>::english();
    let said: Vec<String> = connections.iter().map(|error| connection_error_words(&english_sync, error)).collect();
    assert_eq!(said, CONNECTION_ERRORS);
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
    let said: Vec<String> =
        syncs.iter().map(|error| sync_error_words(&english_sync, error, &|e| store_error_words(&english, e))).collect();
    assert_eq!(said, SYNC_ERRORS);
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
        let path = format!("{}/locales/facilitator/cy.json", env!("CARGO_MANIFEST_DIR"));
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

const EDIT_ERRORS: [&str; 18] = [
    "Please type the group.",
    "Please type the partner.",
    "Please type the statement.",
    "The small-number threshold must be a whole number from 3 to 100: fewer than 3 responses could identify people.",
    "The question about which group people belong to is always asked: every chart needs it.",
    "That entry is no longer there.",
    "The wave label can be at most 100 characters long.",
    "The submission address must start with https:// (answers are never sent unencrypted).",
    "\"Employer – strategic or senior manager\" is already in the list.",
    "A survey needs at least one stakeholder group.",
    "A survey can have at most 12 stakeholder groups; remove one before adding another.",
    "A survey can have at most 30 partner organisations; remove one before adding another.",
    "The submission address must start with https:// (answers are never sent unencrypted).",
    "The submission address must name a server after https://.",
    "The submission address must not hold a user name or password: anyone with the survey link could read them. The host's proxy adds them.",
    "The submission address must not contain ? or #.",
    "The submission address cannot contain spaces or quotation marks.",
    "The submission address is too long (at most 300 characters).",
];
const NOTICES: [&str; 10] = [
    "A survey needs at least one stakeholder group.",
    "The questions, groups or partners now differ from another wave of this survey, so this is version 3: its responses are analysed apart from the other version's.",
    "A copy for the next wave is open. Give it a wave label, then share its new link.",
    "\"Spring\" was imported and is open.",
    "\"Spring\" is already on this device, so it was not added again; it is open.",
    "\"Spring\" was deleted from this device.",
    "\"Spring\" uses the survey id \"survey-1\", which a different survey on this device already has. Import it as another version of that survey, or as a survey of its own? Nothing is imported until you choose, and no stored response is changed either way.",
    "\"Spring\" was imported as version 2. Responses to other versions stay stored; the dashboard of each version shows its own and says how many belong to others.",
    "\"Spring\" was imported as a survey of its own, with the id \"survey-2\".",
    "Nothing was imported.",
];
const THRESHOLDS: [&str; 3] = [
    "2 is too small: in a group of fewer than 3 people, someone could be recognised from the figures. The smallest group shown is set to 3.",
    "5,000 would hide nearly every figure: the smallest group shown is set to 100, the most this app allows.",
    "Please type a whole number from 3 to 100. The smallest group shown stays 7.",
];
const TRANSLATION_PROBLEMS: [&str; 6] = [
    "This is not a translation file: expected value at line 1.",
    "This file translates the survey \"b\", not \"a\".",
    "The survey is not offered in \"fr\", so there is nothing to translate into it.",
    "\"group.staff\" is missing: every text needs its translation.",
    "\"group.gone\" is not a text of this survey.",
    "\"title\" is empty.",
];
const STORE_ERRORS: [&str; 6] = [
    "This browser is not letting the survey save anything (private browsing or storage turned off).",
    "This browser's storage for this site is full.",
    "Saved data under \"setups\" could not be read. It has been kept aside as \"kept-1\", not deleted.",
    "2 stored responses could not be read. They have been kept aside as \"kept-2\", not deleted; every other response is used.",
    "The data could not be prepared for saving, so nothing stored was changed.",
    "Answers saved by an earlier version of this app could not be moved to its new storage. They are still kept where they were, and the app will try again next time.",
];
const CONNECTION_ERRORS: [&str; 8] = [
    "The server's address must start with https:// (http:// only for this computer).",
    "Type the server's address, for example https://couch.example.org.",
    "Type the user name and password in their own boxes, not in the server's address.",
    "The server's address must not contain ? or #.",
    "Type the server's address, for example https://couch.example.org.",
    "The server's address is too long (at most 300 characters).",
    "The database name must start with a small letter and hold only small letters, digits and _ $ ( ) + - /.",
    "Type both the user name and the password, or neither.",
];
const SYNC_ERRORS: [&str; 9] = [
    "This device is offline. Sync again once it is back online; nothing was lost.",
    "Could not reach couch.example.org. The server may be down or slow, or it does not allow this site to connect (ask its host to allow this site in CouchDB's CORS settings); on a page with a Content-Security-Policy, connect-src must name the server.",
    "The server did not accept this user name and password.",
    "This user may not use this database (the server said: not a member).",
    "There is no database called pulse on this server. Check its name, or ask the host to create it.",
    "The server refused a request as too large; ask its host to allow larger ones.",
    "The server failed (it answered 503). Try again later; nothing was lost.",
    "The server's answer is not a CouchDB database's: check the address.",
    "This device could not store what arrived: This browser's storage for this site is full.",
];
const SHARE_PROBLEMS: [&str; 2] = [
    "Give the survey a title (under \"About this survey\"): respondents see it first.",
    "Add at least one partner organisation (under \"Partner organisations\"): respondents say which partner they belong to and rate each one.",
];
const LINK_TOO_LARGE: &str =
    "This survey is too large for a link (links carry at most 64 KB of survey): share the survey file instead.";

#[test]
fn a_survey_that_cannot_be_shared_says_why_in_the_set_up_pages_words() {
    // A new survey has no partners yet.
    let mut saved = SavedSurvey::new(&builtin_survey().expect("built in"), "survey-1");
    saved.setup.apply(SetUpEdit::Title(String::new())).unwrap();
    let errors = saved.definition(&builtin_survey().expect("built in")).unwrap_err();
    // The validator names the partner question, by its id, and the empty title.
    assert!(errors.contains(&SurveyError::NoPartners { item: "partner".into() }), "{errors:?}");
    let problems = share_problem_words(&Texts::english(), &errors);
    assert_eq!(problems.len(), 2, "one sentence for the partners, one for the title: {problems:?}");
    assert!(problems.iter().any(|p| p.starts_with("Add at least one partner organisation")));
    assert!(problems.iter().any(|p| p.starts_with("Give the survey a title")));
    assert!(
        problems.iter().all(|p| !p.contains("Question \"") && !p.contains("\"PT\"")),
        "no internal ids: {problems:?}"
    );
}
