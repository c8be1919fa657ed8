//! An answer in words, for the review page.

use crate::i18n::{Msg, Texts};
use crate::response::PREFER_NOT_TO_SAY;
use crate::response::{Answer, DONT_KNOW};
use crate::survey::{Item, ItemKind, Scale, SurveyDefinition};

/// The label of option `id` of a choice item.
fn option_label(survey: &SurveyDefinition, item: &Item, id: &str, language: &str, texts: &Texts) -> String {
    if id == PREFER_NOT_TO_SAY {
        return texts.get(Msg::PreferNotToSay);
    }
    let (ItemKind::SingleChoice(spec) | ItemKind::MultiChoice(spec)) = &item.kind else { return id.to_owned() };
    survey
        .options(spec)
        .iter()
        .find(|option| option.id == id)
        .map_or_else(|| id.to_owned(), |option| option.label.get(language, &survey.default_language).to_owned())
}

/// The label of point `value` (1-5, or don't know) of `scale`; none for a value it does not have.
fn point_label<'a>(survey: &'a SurveyDefinition, scale: &'a Scale, value: u8, language: &str) -> Option<&'a str> {
    let label =
        if value == DONT_KNOW { Some(&scale.dont_know) } else { scale.labels.get(usize::from(value).wrapping_sub(1)) };
    label.map(|label| label.get(language, &survey.default_language))
}

/// The words of answer `value` to an agreed action's follow-through question (yes, partly, no,
/// or the survey's "don't know"); none for a value it does not have.
pub fn follow_through_label(survey: &SurveyDefinition, value: u8, language: &str, texts: &Texts) -> Option<String> {
    match value {
        3 => Some(texts.get(Msg::FollowYes)),
        2 => Some(texts.get(Msg::FollowPartly)),
        1 => Some(texts.get(Msg::FollowNo)),
        DONT_KNOW => Some(survey.scales.agreement.dont_know.get(language, &survey.default_language).to_owned()),
        _ => None,
    }
}

/// The follow-through answers in the order they are offered: yes, partly, no, don't know.
pub const FOLLOW_THROUGH_ORDER: [u8; 4] = [3, 2, 1, DONT_KNOW];

/// How an answer reads on the review page, in `language` (the survey's text) with the app's own
/// words from `texts`.
pub fn answer_text(
    survey: &SurveyDefinition,
    item: &Item,
    answer: Option<&Answer>,
    language: &str,
    texts: &Texts,
) -> String {
    let scale_label =
        |value: u8| point_label(survey, &survey.scales.agreement, value, language).unwrap_or_default().to_owned();
    match (answer, &item.kind) {
        (Some(Answer::Scale(value)), ItemKind::FollowThrough { .. }) => {
            follow_through_label(survey, *value, language, texts).unwrap_or_default()
        }
        (Some(Answer::Scale(value)), _) => scale_label(*value),
        (Some(Answer::Text(text)), ItemKind::FreeText { .. }) => text.clone(),
        (Some(Answer::Text(id)), _) => option_label(survey, item, id, language, texts),
        (Some(Answer::Choices(ids)), _) if ids.is_empty() => texts.get(Msg::NoneOfThem),
        (Some(Answer::Choices(ids)), _) => {
            ids.iter().map(|id| option_label(survey, item, id, language, texts)).collect::<Vec<_>>().join("; ")
        }
        (Some(Answer::Matrix(rows)), ItemKind::PartnerMatrix { questions, scale }) => {
            let scale = survey.matrix_scale(*scale);
            let point = |value: u8| point_label(survey, scale, value, language).unwrap_or("–");
            // Each partner rated, with its answers in question order ("A lot / Some").
            let rated: Vec<String> = survey
                .partners
                .iter()
                .filter_map(|partner| {
                    let ratings = rows.get(&partner.id).filter(|ratings| !ratings.is_empty())?;
                    let answers: Vec<&str> =
                        questions.iter().map(|q| ratings.get(&q.id).map_or("–", |value| point(*value))).collect();
                    Some(format!("{}: {}", partner.label.get(language, &survey.default_language), answers.join(" / ")))
                })
                .collect();
            let order = if questions.len() > 1 {
                let names: Vec<&str> =
                    questions.iter().map(|q| q.label.get(language, &survey.default_language)).collect();
                format!(" ({})", names.join(" / "))
            } else {
                String::new()
            };
            let count = texts.format(
                Msg::PartnersRated,
                &[("rated", rated.len().into()), ("partners", survey.partners.len().into())],
            );
            format!("{count}{order}. {}", rated.join("; "))
        }
        (Some(Answer::Matrix(_)), _) => String::new(),
        (None, _) => String::new(),
    }
}
