//! The dashboard's reports in the page's language: in English exactly what the domain says (its
//! `Display`, kept for logs and the command line), and in Welsh the translation file's own.

use pulse_core::analytics::AnalyticsError;
use pulse_core::i18n::{
    added_words, import_problem_words, live_line_words, progress_in_words, sync_report_words, theme_error_words,
    Catalogue, DashMsg, Msg, Texts,
};
use pulse_core::services::{Added, ImportProblem, Progress, SyncReport};
use pulse_core::store::StoreError;
use pulse_core::themes::ThemeError;
use pulse_core::transfer::ImportError;
use std::rc::Rc;

fn english() -> Texts<DashMsg> {
    Texts::english()
}

fn welsh() -> Texts<DashMsg> {
    let path = format!("{}/../locales/dashboard/cy.json", env!("CARGO_MANIFEST_DIR"));
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
fn import_reports_read_in_english_as_the_domain_says_them() {
    let english = english();
    let plain = Added { added: 1, duplicates: 0, ..Added::default() };
    let one_skipped = Added { not_responses: vec!["_design/x".into()], ..plain.clone() };
    for added in [plain, one_skipped, busy_import()] {
        assert_eq!(added_words(&english, &added), added.to_string());
    }
    let store = Texts::<Msg>::english();
    for problem in [
        ImportProblem::File(ImportError::NotJson { line: 3, column: 7 }),
        ImportProblem::NotRead,
        ImportProblem::Store(StoreError::Full),
    ] {
        assert_eq!(import_problem_words(&english, &store, &problem), problem.to_string());
    }
    let report =
        SyncReport { received: busy_import(), sent: 4, refused_by_server: vec![("r-1".into(), "forbidden".into())] };
    assert_eq!(sync_report_words(&english, &report), report.to_string());
}

#[test]
fn theme_refusals_progress_and_the_live_line_read_in_english_as_the_domain_says_them() {
    let english = english();
    for error in [
        ThemeError::BlankName,
        ThemeError::NameTooLong { limit: 80 },
        ThemeError::DuplicateName { name: "Transport".into() },
        ThemeError::NoSuchTheme { name: "Transport".into() },
        ThemeError::MergeIntoItself { name: "Transport".into() },
    ] {
        assert_eq!(theme_error_words(&english, &error), error.to_string());
    }
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
