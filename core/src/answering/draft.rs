//! The answers given so far, saved the moment each is given so nothing is lost on reload.

use crate::response::Answer;
use crate::sorted_map::SortedMap;
use crate::survey::SurveyDefinition;
use serde::{Deserialize, Serialize};

/// Version of the stored draft format.
pub const DRAFT_FORMAT: u32 = 1;

/// Where the person was when the draft was saved; stored as `"welcome"`, `"review"` or
/// `"section:3"` (a plain string, which serde reads without buffering).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub enum DraftPosition {
    /// Not started yet (or back on the welcome screen).
    #[default]
    Welcome,
    /// On a section, by its index in the survey.
    Section(usize),
    /// On the review page.
    Review,
}

impl From<DraftPosition> for String {
    fn from(position: DraftPosition) -> String {
        match position {
            DraftPosition::Welcome => "welcome".to_owned(),
            DraftPosition::Review => "review".to_owned(),
            DraftPosition::Section(section) => format!("section:{section}"),
        }
    }
}

impl TryFrom<String> for DraftPosition {
    type Error = String;

    fn try_from(text: String) -> Result<DraftPosition, String> {
        match text.as_str() {
            "welcome" => Ok(DraftPosition::Welcome),
            "review" => Ok(DraftPosition::Review),
            other => other
                .strip_prefix("section:")
                .and_then(|section| section.parse().ok())
                .map(DraftPosition::Section)
                .ok_or_else(|| format!("unknown draft position \"{other}\"")),
        }
    }
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
    pub answers: SortedMap<String, Answer>,
    /// The invitation code as typed, in a survey by invitation.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub invitation: String,
}

impl Draft {
    /// An empty draft for `survey`.
    pub fn new(survey: &SurveyDefinition) -> Draft {
        Draft {
            format: DRAFT_FORMAT,
            survey_id: survey.id.clone(),
            survey_version: survey.version,
            position: DraftPosition::Welcome,
            answers: SortedMap::new(),
            invitation: String::new(),
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
