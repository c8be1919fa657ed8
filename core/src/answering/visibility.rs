//! Which questions a person sees, given the group they chose.

use crate::response::Answer;
use crate::sorted_map::SortedMap;
use crate::survey::{Item, SurveyDefinition};

/// The respondent's group id, once the group question is answered.
pub(crate) fn chosen_group<'a>(survey: &SurveyDefinition, answers: &'a SortedMap<String, Answer>) -> Option<&'a str> {
    let question = survey.group_question()?;
    match answers.get(&question.id) {
        Some(Answer::Text(group)) => Some(group),
        _ => None,
    }
}

fn shown(item: &Item, group: Option<&str>) -> bool {
    item.shown_to.is_empty() || group.is_some_and(|group| item.shown_to.iter().any(|g| g == group))
}

/// Items of section `section` that this person sees.
pub fn visible_items<'a>(
    survey: &'a SurveyDefinition,
    answers: &SortedMap<String, Answer>,
    section: usize,
) -> Vec<&'a Item> {
    let group = chosen_group(survey, answers);
    survey.sections.get(section).map_or_else(Vec::new, |s| s.items.iter().filter(|item| shown(item, group)).collect())
}

/// Indices of the sections that have at least one question for this person.
pub fn visible_sections(survey: &SurveyDefinition, answers: &SortedMap<String, Answer>) -> Vec<usize> {
    (0..survey.sections.len()).filter(|&section| !visible_items(survey, answers, section).is_empty()).collect()
}

/// Whether an answer counts as given: an empty matrix or empty text does not.
pub fn is_answered(answer: Option<&Answer>) -> bool {
    match answer {
        None => false,
        Some(Answer::Text(text)) => !text.trim().is_empty(),
        Some(Answer::Matrix(rows)) => rows.values().any(|ratings| !ratings.is_empty()),
        Some(_) => true,
    }
}

/// (answered, total) over every question this person sees.
pub fn answered_count(survey: &SurveyDefinition, answers: &SortedMap<String, Answer>) -> (usize, usize) {
    visible_sections(survey, answers)
        .into_iter()
        .flat_map(|section| visible_items(survey, answers, section))
        .fold((0, 0), |(answered, total), item| (answered + usize::from(is_answered(answers.get(&item.id))), total + 1))
}
