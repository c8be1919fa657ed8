//! The app's own text in other languages: plural rules, translation files checked message by
//! message, fallback to English, and every language complete (natively).

use pulse_core::i18n::{
    categories, category, direction, Arg, Catalogue, CatalogueProblem, DashMsg, FacilitatorMsg, MessageSet, Msg,
    PluralCategory, SetupMsg, Texts,
};
use std::rc::Rc;

/// A message set's translation file for `language`, as the app fetches it from beside itself.
fn locale_of<M: MessageSet>(language: &str) -> String {
    let path = format!("{}/../{}{language}.json", env!("CARGO_MANIFEST_DIR"), M::FOLDER);
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

#[test]
fn welsh_numbers_take_the_six_cldr_forms() {
    use PluralCategory::*;
    // CLDR cardinal rules for Welsh: 0 zero, 1 one, 2 two, 3 few, 6 many, everything else other.
    let expected = [Zero, One, Two, Few, Other, Other, Many, Other, Other, Other, Other];
    let found: Vec<PluralCategory> = (0..=10).map(|n| category("cy", n)).collect();
    assert_eq!(found, expected);
    assert_eq!(category("cy", 100), Other);
    assert_eq!(categories("cy").len(), 6);
}

#[test]
fn english_and_arabic_numbers_take_their_forms() {
    use PluralCategory::*;
    assert_eq!([category("en", 0), category("en", 1), category("en", 2)], [Other, One, Other]);
    assert_eq!(category("en-easy", 1), One);
    assert_eq!(categories("en-easy"), &[One, Other]);
    // Arabic: 3–10 few and 11–99 many, counted within each hundred (103 few, 111 many, 100 other).
    let arabic: Vec<PluralCategory> =
        [0, 1, 2, 3, 10, 11, 99, 100, 103, 111].iter().map(|n| category("ar", *n)).collect();
    assert_eq!(arabic, [Zero, One, Two, Few, Few, Many, Many, Other, Few, Many]);
}

#[test]
fn text_runs_right_to_left_in_arabic_and_urdu_only() {
    assert_eq!(direction("ar"), "rtl");
    assert_eq!(direction("ur-PK"), "rtl");
    assert_eq!(direction("cy"), "ltr");
    assert_eq!(direction("en-easy"), "ltr");
}

#[test]
fn english_fills_placeholders_and_chooses_one_or_other() {
    let english = Texts::english();
    assert_eq!(english.get(Msg::Start), "Start");
    assert_eq!(english.format(Msg::AboutMinutes, &[("minutes", Arg::from(1_u32))]), "About 1 minute");
    assert_eq!(english.format(Msg::AboutMinutes, &[("minutes", Arg::from(10_u32))]), "About 10 minutes");
    assert_eq!(
        english.format(Msg::QuestionsAnswered, &[("answered", 3_usize.into()), ("total", 28_usize.into())]),
        "3 of 28 questions answered"
    );
    assert_eq!(
        english.format(Msg::Refused, &[("server", "{reason}".into())]),
        "{reason} did not accept your response: {reason}",
        "a value is written as it is, and a placeholder without one stays"
    );
}

fn fixture_catalogue() -> Catalogue {
    // Welsh forms of one plural message, each form marked so the test sees which was chosen.
    let json = r#"{ "language": "cy", "messages": {
        "start": "Dechrau",
        "partners-rated.zero": "Z {rated}/{partners}", "partners-rated.one": "O {rated}/{partners}",
        "partners-rated.two": "T {rated}/{partners}", "partners-rated.few": "F {rated}/{partners}",
        "partners-rated.many": "M {rated}/{partners}", "partners-rated.other": "X {rated}/{partners}"
    } }"#;
    Catalogue::read(json, "cy").expect("a valid catalogue")
}

#[test]
fn a_translation_chooses_the_form_of_its_own_language_and_lacks_fall_back_to_english() {
    let welsh = Texts::translated(Rc::new(fixture_catalogue()));
    assert_eq!(welsh.language(), "cy");
    assert_eq!(welsh.get(Msg::Start), "Dechrau");
    let rated =
        |partners: usize| welsh.format(Msg::PartnersRated, &[("rated", 1_usize.into()), ("partners", partners.into())]);
    // 0 zero, 1 one, 2 two, 3 few, 6 many, 5 other (Welsh rules above).
    assert_eq!(
        [rated(0), rated(1), rated(2), rated(3), rated(6), rated(5)],
        ["Z 1/0", "O 1/1", "T 1/2", "F 1/3", "M 1/6", "X 1/5"]
    );
    // Not in the fixture: English.
    assert_eq!(welsh.get(Msg::Next), "Next");
    assert_eq!(fixture_catalogue().missing().len(), Msg::ALL.len() - 2);
}

#[test]
fn a_translation_file_with_problems_is_refused_with_each_named() {
    let json = r#"{ "language": "cy", "messages": {
        "start": "   ",
        "no-such-message": "Dim",
        "next.one": "Nesaf",
        "partners-rated.one": "{rated}", "partners-rated.other": "{rated} o {partners}", "partners-rated.dual": "x",
        "back": "Yn ôl {where}",
        "question-count": "{questions} cwestiwn", "question-count.other": "{questions} cwestiwn"
    } }"#;
    let problems = Catalogue::<Msg>::read(json, "cy").expect_err("refused");
    let id = |id: &str| id.to_owned();
    for expected in [
        CatalogueProblem::Empty { id: id("start"), form: None },
        CatalogueProblem::UnknownMessage(id("no-such-message")),
        CatalogueProblem::NotPlural(id("next")),
        CatalogueProblem::UnknownForm { id: id("partners-rated"), form: id("dual") },
        // Welsh needs zero, two, few and many besides one and other.
        CatalogueProblem::MissingForm { id: id("partners-rated"), form: "zero" },
        CatalogueProblem::MissingForm { id: id("partners-rated"), form: "two" },
        CatalogueProblem::MissingForm { id: id("partners-rated"), form: "few" },
        CatalogueProblem::MissingForm { id: id("partners-rated"), form: "many" },
        CatalogueProblem::UnknownPlaceholder { id: id("back"), placeholder: id("where") },
        CatalogueProblem::PlainAndForms(id("question-count")),
    ] {
        assert!(problems.contains(&expected), "{expected} not among {problems:?}");
    }
    assert_eq!(problems.len(), 10, "{problems:?}");
    assert_eq!(
        CatalogueProblem::UnknownPlaceholder { id: id("back"), placeholder: id("where") }.to_string(),
        "message \"back\" uses {where}, which the message does not have"
    );
}

#[test]
fn a_file_for_another_language_or_not_json_is_refused() {
    let problems = Catalogue::<Msg>::read(r#"{ "language": "en-easy", "messages": {} }"#, "cy").expect_err("refused");
    assert_eq!(problems, vec![CatalogueProblem::WrongLanguage { expected: "cy".into(), found: "en-easy".into() }]);
    let problems = Catalogue::<Msg>::read("Dechrau", "cy").expect_err("refused");
    assert!(matches!(problems.as_slice(), [CatalogueProblem::NotJson(_)]), "{problems:?}");
}

#[test]
fn every_language_has_every_message() {
    // Lists every message missing from every language of every page, so a new message cannot
    // ship untranslated.
    fn missing_from<M: MessageSet>(missing: &mut Vec<String>) {
        for language in M::TRANSLATED {
            let catalogue = Catalogue::<M>::read(&locale_of::<M>(language), language)
                .unwrap_or_else(|problems| panic!("{}{language}.json: {problems:?}", M::FOLDER));
            missing.extend(catalogue.missing().into_iter().map(|msg| format!("{}{language}: {}", M::FOLDER, msg.id())));
        }
    }
    let mut missing = Vec::new();
    missing_from::<Msg>(&mut missing);
    missing_from::<SetupMsg>(&mut missing);
    missing_from::<DashMsg>(&mut missing);
    missing_from::<FacilitatorMsg>(&mut missing);
    assert!(missing.is_empty(), "messages missing from a language:\n{}", missing.join("\n"));
}

#[test]
fn every_built_in_text_is_in_every_language_the_survey_offers() {
    let path = format!("{}/../instruments/partnership-pulse.json", env!("CARGO_MANIFEST_DIR"));
    let value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("instrument")).expect("json");
    let languages: Vec<String> =
        value["languages"].as_array().expect("languages").iter().map(|l| l.as_str().expect("tag").to_owned()).collect();
    assert_eq!(languages, ["en", "cy", "en-easy"]);
    fn walk(value: &serde_json::Value, path: &str, languages: &[String], texts: &mut usize, gaps: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) if map.contains_key("en") => {
                *texts += 1;
                for language in languages {
                    if map.get(language).and_then(|t| t.as_str()).is_none_or(|t| t.trim().is_empty()) {
                        gaps.push(format!("{path}: {language}"));
                    }
                }
            }
            serde_json::Value::Object(map) => {
                map.iter().for_each(|(key, v)| walk(v, &format!("{path}.{key}"), languages, texts, gaps))
            }
            serde_json::Value::Array(items) => {
                items.iter().enumerate().for_each(|(i, v)| walk(v, &format!("{path}[{i}]"), languages, texts, gaps))
            }
            _ => {}
        }
    }
    let (mut texts, mut gaps) = (0, Vec::new());
    walk(&value, "", &languages, &mut texts, &mut gaps);
    // 3 of the survey, 18 of the scales (5 labels and a "don't know" each), 7 groups, 5 partners,
    // 9 sections with 2 intros, 28 items with 3 helps and 3 matrix questions, 6 indicators: 84.
    assert_eq!(texts, 84);
    assert!(gaps.is_empty(), "built-in texts missing a language:\n{}", gaps.join("\n"));
}

/// The app's plural rules against CLDR's (`tests/fixtures/cldr-plurals.json`, made from ICU's
/// data): every language the language list offers takes the same categories, and each number
/// the same form.
#[test]
fn plural_rules_agree_with_cldr_for_every_language_offered() {
    use pulse_core::i18n::{categories, category, language_name};
    let path = format!("{}/tests/fixtures/cldr-plurals.json", env!("CARGO_MANIFEST_DIR"));
    let cldr: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let languages = cldr["languages"].as_object().unwrap();
    let mut wrong = Vec::new();
    for (language, rules) in languages {
        assert_ne!(language_name(language), language, "{language} is offered by the language list");
        let mut expected: Vec<&str> =
            rules["categories"].as_array().unwrap().iter().map(|c| c.as_str().unwrap()).collect();
        expected.sort_unstable();
        let mut ours: Vec<&str> = categories(language).iter().map(|c| c.name()).collect();
        ours.sort_unstable();
        if ours != expected {
            wrong.push(format!("{language}: categories {ours:?}, CLDR {expected:?}"));
        }
        for (n, form) in rules["of"].as_object().unwrap() {
            let ours = category(language, n.parse().unwrap()).name();
            if ours != form.as_str().unwrap() {
                wrong.push(format!("{language} {n}: {ours}, CLDR {form}"));
            }
        }
    }
    assert_eq!(languages.len(), 11, "every language of the list but Easy Read (English's rules)");
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn counts_are_written_with_thousands_separated_where_no_browser_says_otherwise() {
    use pulse_core::i18n::with_commas;
    let written: Vec<String> = [0, 999, 1000, 100_000, 1_234_567].into_iter().map(with_commas).collect();
    assert_eq!(written, ["0", "999", "1,000", "100,000", "1,234,567"]);
    let english = Texts::<DashMsg>::english();
    let progress = english.format(DashMsg::ReceivedCount, &[("received", 1200_usize.into())]);
    assert_eq!(progress, "Received 1,200 changes from the database");
}
