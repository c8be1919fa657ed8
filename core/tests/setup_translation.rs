//! The facilitator's translations of their own texts: the translation file checked key by key,
//! the survey made with them, and the share link carrying them.

use pulse_core::setup::{
    read_translation, setup_from_json, ListKind, SetUp, SetUpEdit, TranslationFile, TranslationProblem,
};
use pulse_core::survey::builtin_survey;
use std::collections::BTreeMap;

fn offered() -> Vec<String> {
    ["en", "cy", "en-easy"].map(String::from).to_vec()
}

/// The built-in set-up with a statement added and the university renamed.
fn workshop() -> SetUp {
    let base = builtin_survey().unwrap();
    let mut setup = SetUp::from_definition(&base, "workshop");
    setup
        .apply(SetUpEdit::AddStatement {
            label: "Meetings start on time.".into(),
            section: "trust".into(),
            indicator: None,
        })
        .unwrap();
    setup.apply(SetUpEdit::Rename(ListKind::Partners, 2, "Northshire University".into())).unwrap();
    setup
}

fn file(texts: &[(&str, &str)]) -> String {
    let texts: BTreeMap<&str, &str> = texts.iter().copied().collect();
    serde_json::json!({ "format": 1, "survey": "workshop", "from_language": "en", "language": "cy",
        "source": {}, "texts": texts })
    .to_string()
}

/// Every key of `workshop()` with Welsh words, `except` left out.
fn all_but(except: &[&str]) -> Vec<(&'static str, &'static str)> {
    [
        ("title", "Pwls y Bartneriaeth"),
        ("group.employer-strategic", "Cyflogwr – uwch reolwr"),
        ("group.employer-practice", "Cyflogwr – ymarferydd"),
        ("group.university", "Staff prifysgol"),
        ("group.student", "Myfyriwr"),
        ("group.service-user-carer", "Defnyddiwr gwasanaeth neu ofalwr"),
        ("group.voluntary", "Sector gwirfoddol"),
        ("group.other", "Arall"),
        ("partner.council", "Y cyngor"),
        ("partner.nhs-trust", "Yr ymddiriedolaeth GIG"),
        ("partner.university", "Prifysgol Northshire"),
        ("partner.voluntary-forum", "Fforwm gwirfoddol"),
        ("partner.carers-network", "Rhwydwaith gofalwyr"),
        ("statement.C1", "Mae cyfarfodydd yn dechrau ar amser."),
    ]
    .into_iter()
    .filter(|(key, _)| !except.contains(key))
    .collect()
}

#[test]
fn a_file_with_missing_extra_and_empty_keys_is_refused_with_each_named() {
    let setup = workshop();
    let mut texts = all_but(&["partner.university", "title"]);
    texts.push(("title", "  "));
    texts.push(("group.gone", "Wedi mynd"));
    let problems = read_translation(&file(&texts), &setup, &offered()).unwrap_err();
    assert_eq!(
        problems,
        vec![
            TranslationProblem::Empty("title".into()),
            TranslationProblem::Missing("partner.university".into()),
            TranslationProblem::Extra("group.gone".into()),
        ]
    );
    assert_eq!(problems[1], TranslationProblem::Missing("partner.university".into()));
}

#[test]
fn a_file_of_another_survey_language_or_format_is_refused() {
    let setup = workshop();
    let other = file(&all_but(&[])).replace("\"workshop\"", "\"elsewhere\"").replace("\"cy\"", "\"fr\"");
    assert_eq!(
        read_translation(&other, &setup, &offered()).unwrap_err(),
        vec![
            TranslationProblem::OtherSurvey { expected: "workshop".into(), found: "elsewhere".into() },
            TranslationProblem::LanguageNotOffered("fr".into()),
        ]
    );
    let own_language = file(&all_but(&[])).replace("\"language\":\"cy\"", "\"language\":\"en\"");
    assert_eq!(
        read_translation(&own_language, &setup, &offered()).unwrap_err(),
        vec![TranslationProblem::LanguageNotOffered("en".into())]
    );
    let problems = read_translation("{\"format\": 2}", &setup, &offered()).unwrap_err();
    assert!(matches!(problems.as_slice(), [TranslationProblem::NotATranslationFile(_)]), "{problems:?}");
}

#[test]
fn the_file_to_translate_holds_every_text_with_the_base_instruments_welsh_where_it_was_kept() {
    let base = builtin_survey().unwrap();
    let exported = TranslationFile::new(&workshop(), &base, "cy");
    assert_eq!(exported.texts.len(), 14, "the title, 7 groups, 5 partners and 1 statement");
    assert_eq!(exported.source["statement.C1"], "Meetings start on time.");
    // Kept from the built-in instrument: its Welsh. Renamed or added: empty, to translate.
    assert_eq!(exported.texts["group.student"], "Myfyriwr");
    assert_eq!(exported.texts["title"], "Partnership Pulse: sut mae ein partneriaeth yn gweithio?");
    assert_eq!(exported.texts["partner.university"], "");
    assert_eq!(exported.texts["statement.C1"], "");
    // Written, translated and read back: taken whole.
    let mut translated = exported.clone();
    translated.texts.insert("partner.university".into(), "Prifysgol Northshire".into());
    translated.texts.insert("statement.C1".into(), " Mae cyfarfodydd yn dechrau ar amser. ".into());
    let (language, texts) = read_translation(&translated.to_json(), &workshop(), &offered()).unwrap();
    assert_eq!(language, "cy");
    assert_eq!(texts["statement.C1"], "Mae cyfarfodydd yn dechrau ar amser.", "trimmed");
}

#[test]
fn the_survey_made_from_a_translated_set_up_speaks_welsh_and_the_link_carries_it() {
    let base = builtin_survey().unwrap();
    let mut setup = workshop();
    setup
        .apply(SetUpEdit::Translate {
            language: "cy".into(),
            key: "statement.C1".into(),
            words: "Mae cyfarfodydd yn dechrau ar amser.".into(),
        })
        .unwrap();
    let survey = setup.to_definition(&base).unwrap();
    let statement = survey.item("C1").unwrap();
    assert_eq!(statement.label.get("cy", "en"), "Mae cyfarfodydd yn dechrau ar amser.");
    assert_eq!(statement.label.get("en-easy", "en"), "Meetings start on time.", "untranslated: the set-up's language");
    let partner = |id: &str| survey.partners.iter().find(|p| p.id == id).unwrap().label.clone();
    // Renamed and untranslated: English in Welsh too; kept: the built-in Welsh.
    assert_eq!(partner("university").get("cy", "en"), "Northshire University");
    assert_eq!(partner("council").get("cy", "en"), "Gwasanaethau oedolion a phlant Cyngor y Ddinas");
    // The share link carries the set-up's JSON: the translation travels with it.
    let carried = setup_from_json(&serde_json::to_vec(&setup).unwrap()).unwrap();
    assert_eq!(
        carried.to_definition(&base).unwrap().item("C1").unwrap().label.get("cy", "en"),
        statement.label.get("cy", "en")
    );
    // Emptied, the translation goes.
    setup.apply(SetUpEdit::Translate { language: "cy".into(), key: "statement.C1".into(), words: " ".into() }).unwrap();
    assert!(setup.translations.get("cy").is_none_or(|texts| !texts.contains_key("statement.C1")));
}

#[test]
fn an_imported_translation_replaces_the_languages_words_whole() {
    let base = builtin_survey().unwrap();
    let mut setup = workshop();
    let (language, texts) = read_translation(&file(&all_but(&[])), &setup, &offered()).unwrap();
    setup.apply(SetUpEdit::ImportTranslation { language, texts }).unwrap();
    let survey = setup.to_definition(&base).unwrap();
    assert_eq!(survey.title.get("cy", "en"), "Pwls y Bartneriaeth");
    assert_eq!(survey.groups.iter().find(|g| g.id == "student").unwrap().label.get("cy", "en"), "Myfyriwr");
    assert_eq!(survey.item("C1").unwrap().label.get("cy", "en"), "Mae cyfarfodydd yn dechrau ar amser.");
    // The structure responses depend on is unchanged by a translation.
    assert_eq!(setup.structure(), workshop().structure());
}
