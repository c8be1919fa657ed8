//! How a section is laid out: every question on one page, or one question a screen (on a phone,
//! where a long section is a long scroll), with a partner matrix taken one partner a screen.

use super::visibility::visible_items;
use crate::response::Answer;
use crate::sorted_map::SortedMap;
use crate::survey::{ItemKind, SurveyDefinition};

/// How the questions of a section are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Layout {
    /// Every question of the section on one page.
    #[default]
    WholeSection,
    /// One question a screen; a partner matrix one partner a screen.
    OneAtATime,
}

/// One screen of a section shown one question at a time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Screen {
    /// The item asked on this screen.
    pub item: String,
    /// For a partner matrix, the index (in the survey's partner list) of the partner rated here.
    pub partner: Option<usize>,
}

/// The screens of section `section` for this person, in order: one per question, and one per
/// partner for a partner matrix (a matrix with no partners listed still gets one screen, which
/// says so).
pub fn section_screens(survey: &SurveyDefinition, answers: &SortedMap<String, Answer>, section: usize) -> Vec<Screen> {
    let mut screens = Vec::new();
    for item in visible_items(survey, answers, section) {
        let partners = match item.kind {
            ItemKind::PartnerMatrix { .. } => survey.partners.len(),
            _ => 0,
        };
        if partners == 0 {
            screens.push(Screen { item: item.id.clone(), partner: None });
        } else {
            screens.extend((0..partners).map(|partner| Screen { item: item.id.clone(), partner: Some(partner) }));
        }
    }
    screens
}

/// Index of the first screen of section `section` that asks item `item`.
pub fn screen_of(
    survey: &SurveyDefinition,
    answers: &SortedMap<String, Answer>,
    section: usize,
    item: &str,
) -> Option<usize> {
    section_screens(survey, answers, section).iter().position(|screen| screen.item == item)
}
