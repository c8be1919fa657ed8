//! The survey model natively: the built-in instrument, every validation error, round trips.

use pulse_core::survey::*;
use serde_json::{json, Value};

fn builtin_value() -> Value {
    serde_json::from_str(BUILTIN_SURVEY_JSON).expect("built-in JSON parses")
}

/// Loads a definition built by editing the built-in one; returns its errors.
fn errors_after(edit: impl FnOnce(&mut Value)) -> Vec<SurveyError> {
    let mut value = builtin_value();
    edit(&mut value);
    load_survey(&value.to_string()).expect_err("the edited definition must be refused")
}

fn item_mut<'a>(value: &'a mut Value, id: &str) -> &'a mut Value {
    value["sections"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .flat_map(|section| section["items"].as_array_mut().unwrap().iter_mut())
        .find(|item| item["id"] == id)
        .unwrap_or_else(|| panic!("no item {id}"))
}

#[test]
fn builtin_instrument_loads_with_the_item_ids_of_the_design() {
    let survey = builtin_survey().expect("built-in survey is valid");
    let ids: Vec<&str> = survey.items().map(|item| item.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "group", "partner", "T1", "T2", "T3", "T4", "T5", "PT", "I1", "I2", "I3", "I4", "I5", "I6", "IX", "V1",
            "V2", "V3", "PV", "A1", "A2", "A3", "L1", "L2", "R1", "R2", "R3", "O1"
        ]
    );
    let indicators: Vec<(&str, usize)> =
        survey.indicators.iter().map(|indicator| (indicator.id.as_str(), indicator.items.len())).collect();
    assert_eq!(
        indicators,
        [("trust", 5), ("inclusion", 6), ("value", 3), ("aims", 3), ("leadership", 2), ("renewal", 3)]
    );
    assert_eq!(survey.groups.len(), 7, "the seven default stakeholder groups");
    assert_eq!(survey.group_question().map(|item| item.id.as_str()), Some("group"));
    assert_eq!(survey.small_group_threshold, 3);
    assert_eq!(survey.scales.agreement.labels[2].get("en", "en"), "Neither agree nor disagree");
    match &survey.item("PV").unwrap().kind {
        ItemKind::PartnerMatrix { questions, .. } => {
            let ids: Vec<&str> = questions.iter().map(|q| q.id.as_str()).collect();
            assert_eq!(ids, ["gain", "contribution"]);
        }
        other => panic!("PV should be a partner matrix, is {other:?}"),
    }
    assert_eq!(survey.version, 2, "version 2 added PT");
    match &survey.item("PT").unwrap().kind {
        ItemKind::PartnerMatrix { questions, scale } => {
            assert_eq!((questions.len(), *scale), (1, MatrixScale::Trust));
            let trust = survey.matrix_scale(*scale);
            assert_eq!(trust.labels[0].get("en", "en"), "Not at all");
            assert_eq!(trust.labels[4].get("en", "en"), "Completely");
        }
        other => panic!("PT should be a partner matrix on the trust scale, is {other:?}"),
    }
    match &survey.item("IX").unwrap().kind {
        ItemKind::MultiChoice(spec) => assert_eq!(spec.from, OptionsFrom::Groups),
        other => panic!("IX should be a multi-choice of groups, is {other:?}"),
    }
    match &survey.item("partner").unwrap().kind {
        ItemKind::SingleChoice(spec) => assert!(spec.prefer_not_to_say && spec.from == OptionsFrom::Partners),
        other => panic!("partner should be a single choice of partners, is {other:?}"),
    }
}

#[test]
fn serialising_and_parsing_keeps_the_definition_equal() {
    let survey = builtin_survey().unwrap();
    let again = load_survey(&survey_to_json(&survey)).expect("serialised definition loads");
    assert_eq!(again, survey);
}

#[test]
fn a_custom_definition_with_conditions_round_trips() {
    let mut survey = builtin_survey().unwrap();
    survey.sections[1].items[0].shown_to = vec!["student".into(), "university".into()];
    survey.sections[1].items[0].help = Some(LocalText::new("en", "Think of the last year."));
    // A language the built-in instrument does not offer (it offers English, Welsh and Easy Read).
    survey.languages.push("gd".into());
    survey.title.0.insert("gd".into(), "Cuisle a' Chom-pàirteachais".into());
    let again = load_survey(&survey_to_json(&survey)).expect("custom definition loads");
    assert_eq!(again, survey);
    assert_eq!(again.title.get("gd", "en"), "Cuisle a' Chom-pàirteachais");
    assert_eq!(again.purpose.get("gd", "en"), survey.purpose.get("en", "en"), "falls back to the default");
}

#[test]
fn text_that_is_not_json_is_reported_with_its_position() {
    let errors = load_survey("{\n  \"schema\": 1,\n  oops\n}").unwrap_err();
    match &errors[..] {
        [SurveyError::Malformed { line: 3, column, .. }] => assert!(*column > 0),
        other => panic!("expected one malformed error at line 3, got {other:?}"),
    }
}

#[test]
fn json_of_the_wrong_shape_is_malformed_and_names_the_field() {
    let errors = errors_after(|value| value["minutes"] = json!("ten"));
    assert!(matches!(&errors[..], [SurveyError::Malformed { reason, .. }] if reason.contains("invalid type")));
    let errors = errors_after(|value| {
        value.as_object_mut().unwrap().remove("title");
    });
    assert!(matches!(&errors[..], [SurveyError::Malformed { reason, .. }] if reason.contains("title")));
}

#[test]
fn a_newer_schema_version_is_refused_as_unsupported() {
    let errors = errors_after(|value| {
        value["schema"] = json!(2);
        value["sections"] = json!("a shape this build does not know");
    });
    assert_eq!(errors, [SurveyError::UnsupportedSchema { found: 2, supported: 1 }]);
    assert_eq!(
        errors[0].to_string(),
        "The survey uses definition format 2, but this version of the app reads format 1."
    );
}

#[test]
fn duplicate_item_ids_are_refused_across_sections() {
    let errors = errors_after(|value| item_mut(value, "A1")["id"] = json!("T1"));
    assert!(errors.contains(&SurveyError::DuplicateId {
        kind: IdKind::Item,
        id: "T1".into(),
        place: Place::Item("T1".into())
    }));
    // Indicator "aims" now names A1, which no longer exists.
    assert!(errors.contains(&SurveyError::UnknownItemInIndicator { indicator: "aims".into(), item: "A1".into() }));
}

#[test]
fn duplicate_group_partner_section_and_indicator_ids_are_each_refused() {
    let errors = errors_after(|value| {
        value["groups"][1]["id"] = json!("employer-strategic");
        value["partners"][1]["id"] = json!("council");
        value["sections"][2]["id"] = json!("trust");
        value["indicators"][1]["id"] = json!("trust");
    });
    let kinds: Vec<IdKind> = errors
        .iter()
        .filter_map(|error| match error {
            SurveyError::DuplicateId { kind, .. } => Some(*kind),
            _ => None,
        })
        .collect();
    assert_eq!(kinds, [IdKind::Group, IdKind::Partner, IdKind::Section, IdKind::Indicator]);
}

#[test]
fn an_indicator_naming_an_unknown_item_is_refused() {
    let errors = errors_after(|value| value["indicators"][0]["items"][4] = json!("T9"));
    assert_eq!(errors, [SurveyError::UnknownItemInIndicator { indicator: "trust".into(), item: "T9".into() }]);
    assert_eq!(errors[0].to_string(), "Indicator \"trust\" names item \"T9\", which the survey does not have.");
}

#[test]
fn an_indicator_naming_a_non_likert_item_is_refused() {
    let errors = errors_after(|value| value["indicators"][1]["items"][0] = json!("IX"));
    assert_eq!(errors, [SurveyError::UnscoredItemInIndicator { indicator: "inclusion".into(), item: "IX".into() }]);
}

#[test]
fn an_empty_indicator_is_refused() {
    let errors = errors_after(|value| value["indicators"][4]["items"] = json!([]));
    assert_eq!(errors, [SurveyError::EmptyIndicator { indicator: "leadership".into() }]);
}

#[test]
fn an_empty_label_is_refused_and_says_where() {
    let errors = errors_after(|value| item_mut(value, "T3")["label"] = json!({"en": "   "}));
    assert_eq!(
        errors,
        [SurveyError::EmptyLabel { place: Place::Item("T3".into()), field: "label", language: "en".into() }]
    );
    assert_eq!(errors[0].to_string(), "The label of item \"T3\" is empty in the default language \"en\".");
}

#[test]
fn a_label_missing_in_the_default_language_is_refused() {
    let errors = errors_after(|value| value["groups"][3]["label"] = json!({"cy": "Myfyriwr"}));
    assert_eq!(
        errors,
        [SurveyError::EmptyLabel { place: Place::Group("student".into()), field: "label", language: "en".into() }]
    );
}

#[test]
fn an_unknown_group_in_a_condition_is_refused() {
    let errors = errors_after(|value| item_mut(value, "R2")["shown_to"] = json!(["student", "alumni"]));
    assert_eq!(errors, [SurveyError::UnknownGroupInCondition { item: "R2".into(), group: "alumni".into() }]);
    assert_eq!(errors[0].to_string(), "Item \"R2\" is shown only to group \"alumni\", which the survey does not have.");
}

#[test]
fn the_group_question_cannot_itself_be_conditional() {
    let errors = errors_after(|value| item_mut(value, "group")["shown_to"] = json!(["student"]));
    assert_eq!(errors, [SurveyError::ConditionOnGroupQuestion { item: "group".into() }]);
}

#[test]
fn a_survey_needs_exactly_one_group_question_and_some_groups() {
    let errors = errors_after(|value| item_mut(value, "group")["from"] = json!("partners"));
    assert_eq!(errors, [SurveyError::NoGroupQuestion]);
    let errors = errors_after(|value| {
        let copy = item_mut(value, "group").clone();
        let mut second = copy;
        second["id"] = json!("group2");
        value["sections"][0]["items"].as_array_mut().unwrap().push(second);
    });
    assert_eq!(errors, [SurveyError::SeveralGroupQuestions { item: "group2".into() }]);
    let errors = errors_after(|value| value["groups"] = json!([]));
    assert_eq!(errors, [SurveyError::NoGroups]);
}

#[test]
fn a_listed_choice_without_options_and_a_matrix_without_questions_are_refused() {
    let errors = errors_after(|value| {
        let item = item_mut(value, "partner");
        item["from"] = json!("listed");
        item_mut(value, "PV")["questions"] = json!([]);
    });
    assert_eq!(
        errors,
        [SurveyError::NoOptions { item: "partner".into() }, SurveyError::NoOptions { item: "PV".into() }]
    );
}

#[test]
fn a_scale_without_five_labels_is_refused() {
    let errors = errors_after(|value| {
        value["scales"]["amount"]["labels"].as_array_mut().unwrap().pop();
    });
    assert_eq!(errors, [SurveyError::WrongScaleLength { scale: "amount", found: 4 }]);
}

#[test]
fn a_trust_matrix_needs_the_trust_scale_and_only_a_matrix_takes_a_scale() {
    let errors = errors_after(|value| {
        value["scales"].as_object_mut().unwrap().remove("trust");
    });
    assert_eq!(errors, [SurveyError::NoTrustScale { item: "PT".into() }]);
    assert_eq!(
        errors[0].to_string(),
        "Question \"PT\" is answered on the trust scale, but the survey's scales have no \"trust\" scale."
    );
    let errors = errors_after(|value| {
        item_mut(value, "T1")["scale"] = json!("trust");
    });
    assert!(
        matches!(&errors[0], SurveyError::Malformed { reason, .. } if reason.contains("cannot have `questions / scale`")),
        "{errors:?}"
    );
    // A survey without a trust matrix needs no trust scale, and its matrices read the amount scale.
    let mut value = builtin_value();
    value["scales"].as_object_mut().unwrap().remove("trust");
    let sections = value["sections"].as_array_mut().unwrap();
    sections.retain(|section| section["id"] != "trust_between");
    let survey = load_survey(&value.to_string()).expect("valid without PT");
    assert_eq!(survey.scales.trust, None);
    assert_eq!(survey.matrix_scale(MatrixScale::Trust), &survey.scales.amount);
}

#[test]
fn bad_ids_empty_sections_and_an_unoffered_default_language_are_refused() {
    let errors = errors_after(|value| {
        item_mut(value, "O1")["id"] = json!("O 1");
        value["sections"][6]["items"] = json!([]);
        value["default_language"] = json!("gd");
        value["title"]["gd"] = json!("Cuisle");
    });
    assert!(errors.contains(&SurveyError::BadId { place: Place::Item("O 1".into()) }), "{errors:?}");
    assert!(errors.contains(&SurveyError::EmptySection { section: "leadership".into() }), "{errors:?}");
    assert!(errors.contains(&SurveyError::DefaultLanguageNotOffered { language: "gd".into() }), "{errors:?}");
    // Leadership's items are gone, so its indicator now names unknown items.
    assert!(errors.contains(&SurveyError::UnknownItemInIndicator { indicator: "leadership".into(), item: "L1".into() }));
}

#[test]
fn an_unknown_field_in_a_choice_question_is_refused_rather_than_ignored() {
    let errors = errors_after(|value| item_mut(value, "IX")["form"] = json!("groups"));
    assert!(matches!(&errors[..], [SurveyError::Malformed { reason, .. }] if reason.contains("form")), "{errors:?}");
}

#[test]
fn a_field_of_another_item_type_is_refused() {
    let errors = errors_after(|value| item_mut(value, "T1")["max_chars"] = json!(20));
    assert!(
        matches!(&errors[..], [SurveyError::Malformed { reason, .. }] if reason.contains("item \"T1\" of type likert cannot have `max_chars`")),
        "{errors:?}"
    );
}

/// A definition that says 0 or 1 (a hand-edited file, a crafted link) is still protected at 3.
#[test]
fn the_dashboard_never_protects_below_three() {
    let mut survey = builtin_survey().unwrap();
    for (given, used) in [(0, 3), (1, 3), (3, 3), (5, 5)] {
        survey.small_group_threshold = given;
        assert_eq!(survey.protection_threshold(), used, "given {given}");
    }
}

#[test]
fn a_small_number_threshold_below_three_is_refused_not_quietly_raised() {
    // Before, 0 and 1 were accepted and the figures protected with 3 regardless: the file said
    // one thing and the app did another without a word.
    for found in [0, 1, 2] {
        let errors = errors_after(|survey| survey["small_group_threshold"] = found.into());
        assert_eq!(errors, vec![SurveyError::ThresholdTooSmall { found }]);
    }
    let mut three = builtin_value();
    three["small_group_threshold"] = 3.into();
    assert_eq!(load_survey(&three.to_string()).unwrap().small_group_threshold, 3);
    let words = SurveyError::ThresholdTooSmall { found: 1 }.to_string();
    assert!(words.contains("is 1; it must be 3 or more"), "{words}");
}
