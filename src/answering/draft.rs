//! The answers given so far, saved the moment each is given so nothing is lost on reload.

use crate::response::Answer;
use crate::survey::SurveyDefinition;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Version of the stored draft format.
pub const DRAFT_FORMAT: u32 = 1;

/// Where the person was when the draft was saved.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "at", content = "section")]
pub enum DraftPosition {
    /// Not started yet (or back on the welcome screen).
    #[default]
    Welcome,
    /// On a section, by its index in the survey.
    Section(usize),
    /// On the review page.
    Review,
}

/// An unfinished response.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// Draft format version, [`DRAFT_FORMAT`].
    pub format: u32,
    /// Survey the draft answers.
    pub survey_id: String,
    /// Survey version the draft answers; a draft of another version is never applied.
    pub survey_version: u32,
    /// Where the person was.
    pub position: DraftPosition,
    /// Answers by item id, including the group and partner questions.
    pub answers: BTreeMap<String, Answer>,
}

impl Draft {
    /// An empty draft for `survey`.
    pub fn new(survey: &SurveyDefinition) -> Draft {
        Draft {
            format: DRAFT_FORMAT,
            survey_id: survey.id.clone(),
            survey_version: survey.version,
            position: DraftPosition::Welcome,
            answers: BTreeMap::new(),
        }
    }

    /// Whether this draft was made for exactly this survey and version.
    pub fn fits(&self, survey: &SurveyDefinition) -> bool {
        self.format == DRAFT_FORMAT && self.survey_id == survey.id && self.survey_version == survey.version
    }

    /// Whether anything has been answered.
    pub fn has_answers(&self) -> bool {
        !self.answers.is_empty()
    }
}
