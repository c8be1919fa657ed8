//! Small holes in input checking, each refused with a reason: impossible dates, huge ids and
//! waves, repeated options, surveys too large to carry, unsafe host addresses, CSV formulas.

mod support;

use pulse_core::response::ResponseError;

use pulse_core::analytics::{AnalyticsError, ResponseTable};
use pulse_core::embed::{is_safe_app_base, is_same_site_address};
use pulse_core::response::Answer;
use pulse_core::setup::{EditError, ListKind, SetUp, SetUpEdit};
use pulse_core::survey::{validate, Choice, LocalText, SurveyError};
use pulse_core::transfer::csv_field;
use support::{all, response, survey, TRUST};

fn push(edit: impl FnOnce(&mut pulse_core::response::Response)) -> Result<(), AnalyticsError> {
    let survey = survey();
    let mut response = response("0123456789abcdef0123456789abcdef", "student", None, &all(&TRUST, 4));
    edit(&mut response);
    ResponseTable::new(&survey).unwrap().push(&survey, &response)
}

#[test]
fn impossible_days_are_refused_and_real_ones_kept() {
    for day in ["2026-13-45", "2026-02-29", "2026-04-31", "2026-00-10", "2026-01-00"] {
        assert!(
            matches!(push(|r| r.submitted = day.into()), Err(AnalyticsError::Response(ResponseError::BadDate { .. }))),
            "{day}"
        );
    }
    for day in ["2028-02-29", "2026-12-31", "2000-02-29"] {
        assert_eq!(push(|r| r.submitted = day.into()), Ok(()), "{day}");
    }
}

#[test]
fn huge_ids_and_waves_are_refused_without_repeating_them() {
    let huge = "a".repeat(100 * 1024);
    let refused = push(|r| r.id = huge.clone()).unwrap_err();
    assert_eq!(refused, AnalyticsError::Response(ResponseError::BadResponseId { length: 100 * 1024 }));
    assert!(refused.to_string().len() < 200, "the message does not carry the id");
    assert!(matches!(
        push(|r| r.id = "<b>x</b>".into()),
        Err(AnalyticsError::Response(ResponseError::BadResponseId { .. }))
    ));
    assert!(matches!(
        push(|r| r.wave = huge.clone()),
        Err(AnalyticsError::Response(ResponseError::WaveTooLong { .. }))
    ));
    assert_eq!(push(|r| r.wave = "w".repeat(100)), Ok(()), "100 characters is the limit");
}

#[test]
fn a_multi_choice_answer_naming_one_option_twice_is_refused() {
    let repeated = vec!["student".to_owned(); 1000];
    let result = push(|r| {
        r.answers.insert("IX".into(), Answer::Choices(repeated.clone()));
    });
    assert!(matches!(result, Err(AnalyticsError::Response(ResponseError::InvalidAnswer { .. }))), "{result:?}");
    let twice = push(|r| {
        r.answers.insert("IX".into(), Answer::Choices(vec!["student".into(), "other".into(), "student".into()]));
    });
    assert!(matches!(twice, Err(AnalyticsError::Response(ResponseError::InvalidAnswer { .. }))));
    let distinct = push(|r| {
        r.answers.insert("IX".into(), Answer::Choices(vec!["student".into(), "other".into()]));
    });
    assert_eq!(distinct, Ok(()));
}

#[test]
fn a_survey_with_more_groups_than_can_be_analysed_is_refused_at_import_and_at_set_up() {
    let mut big = survey();
    big.groups =
        (0..65).map(|n| Choice { id: format!("g{n}"), label: LocalText::new("en", &format!("Group {n}")) }).collect();
    assert!(validate(&big).contains(&SurveyError::TooMany { what: "stakeholder groups", found: 65, limit: 60 }));
    let mut setup = SetUp::from_definition(&survey(), "big");
    while setup.groups.len() < 60 {
        let name = format!("Group {}", setup.groups.len());
        setup.apply(SetUpEdit::Add(ListKind::Groups, name)).unwrap();
    }
    let refused = setup.apply(SetUpEdit::Add(ListKind::Groups, "One more".into()));
    assert_eq!(refused, Err(EditError::ListFull { what: "stakeholder groups", limit: 60 }));
    assert_eq!(setup.groups.len(), 60, "unchanged on refusal");
    assert!(matches!(setup.apply(SetUpEdit::Wave("w".repeat(101))), Err(EditError::TooLong { .. })));
}

#[test]
fn ids_over_64_characters_are_refused_by_the_validator() {
    let mut long = survey();
    long.id = "s".repeat(65);
    assert!(validate(&long).iter().any(|e| matches!(e, SurveyError::BadId { .. })));
    long.id = "s".repeat(64);
    assert!(validate(&long).is_empty());
}

#[test]
fn csv_cells_hiding_a_formula_behind_white_space_are_defused() {
    for cell in ["\t=1+1", "\r=1+1", "\n=cmd", "  =cmd", " @SUM(A1)", "\t+1", "\n-x"] {
        let field = csv_field(cell);
        assert!(field.trim_start_matches('"').starts_with('\''), "{cell:?} became {field:?}");
    }
    assert_eq!(csv_field("-12.5"), "-12.5", "a plain number stays a number");
    assert_eq!(csv_field(" 42"), " 42");
}

#[test]
fn only_relative_or_same_site_addresses_are_followed() {
    let page = "https://forum.example.org/pulse/index.html?mode=kiosk";
    assert!(is_same_site_address("surveys/2026.json", page));
    assert!(is_same_site_address("/surveys/2026.json", page));
    assert!(is_same_site_address("https://forum.example.org/s.json", page));
    assert!(is_same_site_address("HTTPS://Forum.Example.org/s.json", page));
    for foreign in [
        "https://evil.example/s.json",
        "//evil.example/s.json",
        "http://forum.example.org/s.json",
        "https://forum.example.org.evil.example/s.json",
        "data:application/json,{}",
        "\\\\evil.example/s.json",
    ] {
        assert!(!is_same_site_address(foreign, page), "{foreign}");
    }
    assert!(is_safe_app_base("https://forum.example.org/pulse/"));
    assert!(is_safe_app_base("pulse/"));
    for unsafe_base in ["javascript:alert(1)//", "JavaScript:alert(1)", "data:text/html,x", " javascript:x", ""] {
        assert!(!is_safe_app_base(unsafe_base), "{unsafe_base:?}");
    }
}
