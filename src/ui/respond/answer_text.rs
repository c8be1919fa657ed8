//! An answer in words, for the review page.

use crate::analytics::PREFER_NOT_TO_SAY;
use crate::response::{Answer, DONT_KNOW};
use crate::survey::{Item, ItemKind, SurveyDefinition};

/// The label of option `id` of a choice item.
fn option_label(survey: &SurveyDefinition, item: &Item, id: &str, language: &str) -> String {
    if id == PREFER_NOT_TO_SAY {
        return "Prefer not to say".to_owned();
    }
    let (ItemKind::SingleChoice(spec) | ItemKind::MultiChoice(spec)) = &item.kind else { return id.to_owned() };
    survey
        .options(spec)
        .iter()
        .find(|option| option.id == id)
        .map_or_else(|| id.to_owned(), |option| option.label.get(language, &survey.default_language).to_owned())
}

/// How an answer reads on the review page.
pub fn answer_text(survey: &SurveyDefinition, item: &Item, answer: Option<&Answer>, language: &str) -> String {
    let scale_label = |value: u8| {
        let scale = &survey.scales.agreement;
        let label = if value == DONT_KNOW { Some(&scale.dont_know) } else { scale.labels.get(usize::from(value) - 1) };
        label.map(|l| l.get(language, &survey.default_language).to_owned()).unwrap_or_default()
    };
    match (answer, &item.kind) {
        (Some(Answer::Scale(value)), _) => scale_label(*value),
        (Some(Answer::Text(text)), ItemKind::FreeText { .. }) => text.clone(),
        (Some(Answer::Text(id)), _) => option_label(survey, item, id, language),
        (Some(Answer::Choices(ids)), _) if ids.is_empty() => "None of them".to_owned(),
        (Some(Answer::Choices(ids)), _) => {
            ids.iter().map(|id| option_label(survey, item, id, language)).collect::<Vec<_>>().join("; ")
        }
        (Some(Answer::Matrix(rows)), _) => {
            let rated = rows.values().filter(|ratings| !ratings.is_empty()).count();
            format!("{rated} of {} partners rated", survey.partners.len())
        }
        (None, _) => String::new(),
    }
}
