//! The dashboard's reports in the page's language: in English the sentences listed at the end of
//! this file, word for word, and in Welsh the translation file's own.

use partnership_pulse::analytics::AnalyticsError;
use partnership_pulse::i18n::{Catalogue, DashMsg, Msg, Texts};
use partnership_pulse::seal::SealError;
use partnership_pulse::services::{Added, ImportProblem, Progress, SyncReport};
use partnership_pulse::store::StoreError;
use partnership_pulse::themes::ThemeError;
use partnership_pulse::transfer::ImportError;
use partnership_pulse::ui::dashboard::words::{
    added_words, import_problem_words, live_line_words, progress_in_words, sync_report_words, theme_error_words,
};
use std::rc::Rc;

fn english() -> Texts<DashMsg> {
    Texts::english()
}

fn welsh() -> Texts<DashMsg> {
    let path = format!("{}/locales/dashboard/cy.json", env!("CARGO_MANIFEST_DIR"));
    let json = std::fs::read_to_string(&path).expect("the dashboard's Welsh");
    Texts::translated(Rc::new(Catalogue::read(&json, "cy").expect("a valid catalogue")))
}

/// An import that added 12, found 3 already here, skipped 7 documents and refused 2 (1 named).
fn busy_import() -> Added {
    Added {
        added: 12,
        duplicates: 3,
        refused: vec![AnalyticsError::DuplicateResponse { response: "r-9".into() }],
        refused_more: 1,
        not_responses: (1..=7).map(|n| format!("doc-{n}")).collect(),
        ..Added::default()
    }
}

#[test]
fn import_reports_read_in_english() {
    let english = english();
    let plain = Added { added: 1, duplicates: 0, ..Added::default() };
    let one_skipped = Added { not_responses: vec!["_design/x".into()], ..plain.clone() };
    let sealed = Added {
        conflicted: vec!["r-7".into()],
        unopened: vec![("r-8".into(), SealError::WrongKey), ("r-9".into(), SealError::Damaged)],
        ..plain.clone()
    };
    let said: Vec<String> =
        [plain, one_skipped, busy_import(), sealed].iter().map(|added| added_words(&english, added)).collect();
    assert_eq!(said, ADDED);
    let store = Texts::<Msg>::english();
    let mut said = Vec::new();
    for problem in [
        ImportProblem::File(ImportError::NotJson { line: 3, column: 7 }),
        ImportProblem::NotRead,
        ImportProblem::Store(StoreError::Full),
    ] {
        said.push(import_problem_words(&english, &store, &problem));
    }
    assert_eq!(said, IMPORT_PROBLEMS);
    let report =
        SyncReport { received: busy_import(), sent: 4, refused_by_server: vec![("r-1".into(), "forbidden".into())] };
    assert_eq!(sync_report_words(&english, &report), SYNC_REPORT);
}

#[test]
fn theme_refusals_progress_and_the_live_line_read_in_english() {
    let english = english();
    let mut said = Vec::new();
    for error in [
        ThemeError::BlankName,
        ThemeError::NameTooLong { limit: 80 },
        ThemeError::DuplicateName { name: "Transport".into() },
        ThemeError::NoSuchTheme { name: "Transport".into() },
        ThemeError::MergeIntoItself { name: "Transport".into() },
    ] {
        said.push(theme_error_words(&english, &error));
    }
    assert_eq!(said, THEME_ERRORS);
    let progress = [
        Progress { received: 1_200, to_receive: Some(5_000), kept: 1_000, ..Progress::default() },
        Progress { received: 1_200, to_receive: None, kept: 1_200, ..Progress::default() },
        Progress { sent: 30, to_send: 12_345, ..Progress::default() },
    ];
    let said: Vec<String> = progress.iter().map(|progress| progress_in_words(&english, progress)).collect();
    assert_eq!(
        said,
        [
            "Received 1,200 of 5,000 changes from the database; 1,000 kept on this device…",
            "Received 1,200 changes from the database…",
            "Sent 30 of 12,345 responses to the database…",
        ]
    );
    assert_eq!(
        live_line_words(&english, "215", Some("14:32:05")),
        "Live: 215 responses; the last arrived at 14:32:05."
    );
    assert_eq!(
        live_line_words(&english, "215", None),
        "Live: 215 responses; new ones appear as they reach the database."
    );
}

#[test]
fn in_welsh_the_reports_keep_every_figure() {
    let welsh = welsh();
    // 12 added, 3 already here, 7 skipped (5 named and "2 more"), 2 refused (1 named, "1 more").
    let words = added_words(&welsh, &busy_import());
    assert_eq!(
        words,
        "12 wedi'u hychwanegu, 3 yma'n barod, 7 dogfen nad ydyn nhw'n ymatebion wedi'u hepgor (doc-1, doc-2, doc-3, \
         doc-4, doc-5 a 2 arall), 2 wedi'u gwrthod: Response r-9 is already included. A 1 arall."
    );
    let progress = Progress { received: 1_200, to_receive: Some(5_000), kept: 1_000, ..Progress::default() };
    assert_eq!(
        progress_in_words(&welsh, &progress),
        "Derbyniwyd 1,200 o 5,000 newid o'r gronfa ddata; 1,000 wedi'u cadw ar y ddyfais hon…"
    );
    assert_eq!(theme_error_words(&welsh, &ThemeError::BlankName), "Rhowch enw i'r thema.");
}

const ADDED: [&str; 4] = [
    "1 added, 0 already here.",
    "1 added, 0 already here, 1 document that is not a response skipped (_design/x).",
    "12 added, 3 already here, 7 documents that are not responses skipped (doc-1, doc-2, doc-3, doc-4, doc-5 and 2 more), 2 refused: Response r-9 is already included. And 1 more.",
    "1 added, 0 already here, 1 response held by the database in conflicting versions: someone with the database's own rights replaced it (r-7), 2 sealed responses that do not open with this survey's key kept aside on this device (r-8, r-9).",
];
const IMPORT_PROBLEMS: [&str; 3] = [
    "not imported, because it is not a response file (not JSON: line 3, column 7).",
    "not imported, because the browser could not read it.",
    "nothing could be stored: This browser's storage for this site is full.",
];
const SYNC_REPORT: &str =
    "Received: 12 added, 3 already here, 7 documents that are not responses skipped (doc-1, doc-2, doc-3, doc-4, doc-5 and 2 more), 2 refused: Response r-9 is already included. And 1 more. Sent: 4. The database refused response r-1: forbidden.";
const THEME_ERRORS: [&str; 5] = [
    "Give the theme a name.",
    "A theme's name can be at most 80 characters.",
    "There is already a theme called \"Transport\".",
    "There is no theme called \"Transport\" any more.",
    "\"Transport\" cannot be merged into itself.",
];
