//! Checking a response against its survey: the one place that decides whether a response fits
//! (its survey and version, id, wave, day, group, partner, and every answer), whatever reads it —
//! the analysis table, an import, a response code.

use super::view::{AnswerView, ResponseView};
use super::Response;
use crate::survey::{ItemKind, SurveyDefinition};
use rustc_hash::FxHashMap;

/// Option id a single choice stores when the respondent prefers not to say.
pub const PREFER_NOT_TO_SAY: &str = "prefer-not-to-say";

/// Why a response does not fit its survey, naming the response and the reason.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ResponseError {
    /// The response answers another survey.
    #[error("Response {response} answers survey \"{found}\", not \"{expected}\", so it is not mixed in.")]
    WrongSurvey { response: String, found: String, expected: String },
    /// The response answers another version of this survey.
    #[error("Response {response} answers version {found} of the survey, but version {expected} is being analysed.")]
    WrongVersion { response: String, found: u32, expected: u32 },
    /// The submission day is not a calendar day written `YYYY-MM-DD`.
    #[error("Response {response} has submission date \"{}\", which is not a calendar day written YYYY-MM-DD.", .date.chars().take(20).collect::<String>())]
    BadDate { response: String, date: String },
    /// The response id is empty, too long, or not made of letters, digits, `-` and `_`.
    #[error(
        "A response has an id of {length} characters that is not a response id (1 to 64 letters, digits, '-' or '_')."
    )]
    BadResponseId { length: usize },
    /// The wave label is longer than any set-up makes.
    #[error("Response {response} has a wave label longer than 100 characters.")]
    WaveTooLong { response: String },
    /// The response names a stakeholder group the survey does not have.
    #[error("Response {response} names group \"{group}\", which the survey does not have.")]
    UnknownGroup { response: String, group: String },
    /// The response names a partner organisation the survey does not have.
    #[error("Response {response} names partner \"{partner}\", which the survey does not have.")]
    UnknownPartner { response: String, partner: String },
    /// The response answers an item the survey does not have.
    #[error("Response {response} answers item \"{item}\", which the survey does not have.")]
    UnknownItem { response: String, item: String },
    /// A response in a file is JSON but not a response (an answer of the wrong type, a number
    /// too large to read), at this line and column of the file.
    #[error(
        "The response at line {line}, column {column} of the file could not be read ({reason}), so it was left out."
    )]
    Unreadable { line: usize, column: usize, reason: String },
    /// The answer does not fit its item: wrong kind, out of the scale, or an unknown option.
    #[error("Response {response} has an answer to item \"{item}\" that does not fit the question.")]
    InvalidAnswer { response: String, item: String },
}

/// What a choice question accepts.
fn accepts_choice(survey: &SurveyDefinition, kind: &ItemKind, option: &str) -> bool {
    let spec = match kind {
        ItemKind::SingleChoice(spec) | ItemKind::MultiChoice(spec) => spec,
        _ => return false,
    };
    if spec.prefer_not_to_say && option == PREFER_NOT_TO_SAY {
        return true;
    }
    survey.options(spec).iter().any(|choice| choice.id == option)
}

/// Whether `answer` fits `kind`.
fn answer_fits(survey: &SurveyDefinition, kind: &ItemKind, answer: &AnswerView) -> bool {
    let on_scale = |value: u8| value <= 5;
    match (kind, answer) {
        (ItemKind::Likert, AnswerView::Scale(value)) => on_scale(*value),
        (ItemKind::FollowThrough { .. }, AnswerView::Scale(value)) => *value <= crate::survey::FOLLOW_THROUGH_POINTS,
        (ItemKind::SingleChoice(_), AnswerView::Text(option)) => accepts_choice(survey, kind, option),
        (ItemKind::MultiChoice(_), AnswerView::Choices(options)) => {
            // Each option at most once: a list is never longer than the options offered.
            options.len() <= crate::survey::MAX_OPTIONS.max(survey.groups.len()).max(survey.partners.len())
                && options
                    .iter()
                    .enumerate()
                    .all(|(at, option)| accepts_choice(survey, kind, option) && !options[..at].contains(option))
        }
        (ItemKind::PartnerMatrix { questions, .. }, AnswerView::Matrix(rows)) => {
            rows.iter().all(|(partner, ratings)| {
                survey.partners.iter().any(|known| known.id == **partner)
                    && ratings.iter().all(|(question, value)| {
                        questions.iter().any(|known| known.id == **question) && on_scale(*value)
                    })
            })
        }
        (ItemKind::FreeText { max_chars }, AnswerView::Text(text)) => text.chars().count() <= *max_chars as usize,
        _ => false,
    }
}

/// A submission day must be a real calendar day written `YYYY-MM-DD`, so that days sort as text.
pub(crate) fn is_day(text: &str) -> bool {
    let bytes = text.as_bytes();
    let shaped = bytes.len() == 10
        && bytes
            .iter()
            .enumerate()
            .all(|(at, byte)| if at == 4 || at == 7 { *byte == b'-' } else { byte.is_ascii_digit() });
    if !shaped {
        return false;
    }
    let number = |range: std::ops::Range<usize>| text[range].parse::<u32>().unwrap_or(0);
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    };
    (1..=days_in_month).contains(&day)
}

/// Longest response id accepted (the app's own are 32 characters).
pub const MAX_RESPONSE_ID_CHARS: usize = 64;
/// Longest wave label accepted.
pub const MAX_WAVE_CHARS: usize = 100;

/// A response id: 1 to [`MAX_RESPONSE_ID_CHARS`] letters, digits, `-` or `_`.
fn is_response_id(id: &str) -> bool {
    (1..=MAX_RESPONSE_ID_CHARS).contains(&id.len())
        && id.bytes().all(|byte| byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_')
}

/// Checks responses against one survey, with the look-ups made once (many thousands of
/// responses are checked on an import).
#[derive(Clone, Debug)]
pub struct ResponseChecker {
    /// Where every item is: its section's position and its own within the section.
    item_place: FxHashMap<String, (usize, usize)>,
}

/// Where a fitting response sits in its survey: its group's position, and its partner's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placed {
    pub group: usize,
    pub partner: Option<usize>,
}

impl ResponseChecker {
    /// A checker for `survey`.
    pub fn new(survey: &SurveyDefinition) -> ResponseChecker {
        let mut item_place = FxHashMap::default();
        for (section_at, section) in survey.sections.iter().enumerate() {
            for (item_at, item) in section.items.iter().enumerate() {
                item_place.insert(item.id.clone(), (section_at, item_at));
            }
        }
        ResponseChecker { item_place }
    }

    /// Whether `response` fits `survey` (the survey this checker was made for), and where.
    pub fn check(&self, survey: &SurveyDefinition, response: &Response) -> Result<Placed, ResponseError> {
        self.check_view(survey, &response.view())
    }

    /// As [`Self::check`], for a response read as a view.
    pub fn check_view(&self, survey: &SurveyDefinition, response: &ResponseView) -> Result<Placed, ResponseError> {
        if !is_response_id(&response.id) {
            return Err(ResponseError::BadResponseId { length: response.id.chars().count() });
        }
        let id = || response.id.to_string();
        if response.wave.chars().count() > MAX_WAVE_CHARS {
            return Err(ResponseError::WaveTooLong { response: id() });
        }
        if *response.survey_id != *survey.id {
            return Err(ResponseError::WrongSurvey {
                response: id(),
                found: response.survey_id.to_string(),
                expected: survey.id.clone(),
            });
        }
        if response.survey_version != survey.version {
            return Err(ResponseError::WrongVersion {
                response: id(),
                found: response.survey_version,
                expected: survey.version,
            });
        }
        if !is_day(&response.submitted) {
            return Err(ResponseError::BadDate { response: id(), date: response.submitted.to_string() });
        }
        let group = survey
            .groups
            .iter()
            .position(|group| group.id == *response.group)
            .ok_or_else(|| ResponseError::UnknownGroup { response: id(), group: response.group.to_string() })?;
        let partner =
            match &response.partner {
                None => None,
                Some(partner) => {
                    Some(survey.partners.iter().position(|known| known.id == **partner).ok_or_else(|| {
                        ResponseError::UnknownPartner { response: id(), partner: partner.to_string() }
                    })?)
                }
            };
        for (item_id, answer) in &response.answers {
            let item = self
                .item_place
                .get(&**item_id)
                .and_then(|&(section, item)| survey.sections.get(section)?.items.get(item))
                .ok_or_else(|| ResponseError::UnknownItem { response: id(), item: item_id.to_string() })?;
            if !answer_fits(survey, &item.kind, answer) {
                return Err(ResponseError::InvalidAnswer { response: id(), item: item_id.to_string() });
            }
        }
        Ok(Placed { group, partner })
    }
}
