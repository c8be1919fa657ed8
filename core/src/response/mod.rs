//! A submitted response: who answered (by group, never by name), when (day only) and what.

mod answer;
mod check;
mod view;

pub use answer::{scale_code, scale_of_code, Answer, DONT_KNOW, DONT_KNOW_CODE};
pub(crate) use check::is_day;
pub use check::{Placed, ResponseChecker, ResponseError, MAX_RESPONSE_ID_CHARS, MAX_WAVE_CHARS, PREFER_NOT_TO_SAY};
pub use view::{AnswerView, ResponseView, Text};

use crate::sorted_map::SortedMap;
use serde::{Deserialize, Serialize};

/// One person's submitted answers to one survey.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Response {
    /// Random identifier; the same response imported twice is recognised by it.
    pub id: String,
    /// Id of the survey answered.
    pub survey_id: String,
    /// Version of the survey answered; only responses of the same version are pooled.
    pub survey_version: u32,
    /// Survey round, e.g. "2026 spring"; empty when waves are not used.
    #[serde(default)]
    pub wave: String,
    /// Id of the respondent's stakeholder group.
    pub group: String,
    /// Id of the respondent's partner organisation; `None` when not given or "prefer not to say".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner: Option<String>,
    /// Day of submission, `YYYY-MM-DD`; no time, so submissions cannot be matched to people.
    pub submitted: String,
    /// Answers keyed by item id; unanswered items are absent.
    pub answers: SortedMap<String, Answer>,
}
