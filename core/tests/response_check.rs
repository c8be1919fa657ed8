//! Checking a response against its survey, in its own module and error type.

mod support;

use pulse_core::response::{Answer, Placed, ResponseChecker, ResponseError};
use support::{all, response, survey, TRUST};

#[test]
fn a_fitting_response_is_placed_by_group_and_partner_and_each_misfit_named() {
    let survey = survey();
    let checker = ResponseChecker::new(&survey);
    let good = response("r1", "student", Some("council"), &all(&TRUST, 4));
    let student = survey.groups.iter().position(|g| g.id == "student").unwrap();
    let council = survey.partners.iter().position(|p| p.id == "council").unwrap();
    assert_eq!(checker.check(&survey, &good), Ok(Placed { group: student, partner: Some(council) }));
    let mut no_partner = good.clone();
    no_partner.partner = None;
    assert_eq!(checker.check(&survey, &no_partner).unwrap().partner, None);

    let misfit = |edit: &dyn Fn(&mut pulse_core::response::Response)| {
        let mut bad = good.clone();
        edit(&mut bad);
        checker.check(&survey, &bad).unwrap_err()
    };
    assert!(matches!(misfit(&|r| r.survey_id = "other".into()), ResponseError::WrongSurvey { .. }));
    assert!(matches!(misfit(&|r| r.survey_version = 7), ResponseError::WrongVersion { found: 7, expected: 2, .. }));
    assert!(matches!(misfit(&|r| r.submitted = "2026-02-30".into()), ResponseError::BadDate { .. }));
    assert!(matches!(misfit(&|r| r.group = "alumni".into()), ResponseError::UnknownGroup { .. }));
    assert!(matches!(misfit(&|r| r.partner = Some("bank".into())), ResponseError::UnknownPartner { .. }));
    let unknown_item = misfit(&|r| {
        r.answers.insert("Z9".into(), Answer::Scale(3));
    });
    assert_eq!(unknown_item, ResponseError::UnknownItem { response: "r1".into(), item: "Z9".into() });
    assert_eq!(unknown_item.to_string(), "Response r1 answers item \"Z9\", which the survey does not have.");
}
