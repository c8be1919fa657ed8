//! Why a survey cannot be shared yet, in the set-up page's own words: the validator speaks of
//! item ids ("Question \"partner\"…"), which a facilitator never sees on that page.

use crate::survey::{Place, SurveyError};

/// One sentence per thing to put right on the set-up page, in the order found, each once.
pub fn share_problems(errors: &[SurveyError]) -> Vec<String> {
    let mut sentences: Vec<String> = Vec::new();
    for error in errors {
        let sentence = match error {
            // Three questions ask about the partners; the facilitator has one thing to do.
            SurveyError::NoPartners { .. } => "Add at least one partner organisation (under \"Partner organisations\"): respondents say which partner they belong to and rate each one.".to_owned(),
            SurveyError::NoGroups => "Add at least one stakeholder group (under \"Stakeholder groups\"): every figure is shown by group.".to_owned(),
            SurveyError::EmptyLabel { place: Place::Survey, field: "title", .. } => {
                "Give the survey a title (under \"About this survey\"): respondents see it first.".to_owned()
            }
            other => other.to_string(),
        };
        if !sentences.contains(&sentence) {
            sentences.push(sentence);
        }
    }
    sentences
}
