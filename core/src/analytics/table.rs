//! Responses in a compact column layout, validated on the way in, ready for fast aggregation.
//!
//! The dashboard keeps one table per survey and appends responses as they arrive, so each
//! aggregation walks small integer arrays instead of maps of strings.

use super::codes::UNANSWERED;
use super::error::AnalyticsError;
use crate::fast_hash::{FastMap as HashMap, FastSet as HashSet};
use crate::response::{scale_code, AnswerView, Response, ResponseChecker, ResponseView};
use crate::survey::{ItemKind, MatrixScale, SurveyDefinition};
use std::rc::Rc;

/// Partner code of a respondent who gave no partner organisation.
pub(crate) const NO_PARTNER: u16 = u16::MAX;
/// Bit of the named-groups mask saying the respondent answered the question (maybe naming none).
pub(crate) const NAMED_ANSWERED: u64 = 1 << 63;

/// Where each scored answer lives, derived once from the survey.
#[derive(Clone, Debug)]
pub(crate) struct Layout {
    pub groups: Vec<String>,
    pub partners: Vec<String>,
    pub likert_items: Vec<String>,
    pub likert_column: HashMap<String, usize>,
    /// Per indicator: its id and the Likert columns it averages.
    pub indicators: Vec<(String, Vec<usize>)>,
    /// The multi-choice of groups ("which groups do not get enough say").
    pub named_groups_item: Option<String>,
    /// The partner matrix, and the positions of its "gain" and "contribution" questions.
    pub matrix_item: Option<String>,
    pub matrix_questions: Vec<String>,
    pub gain_question: Option<usize>,
    pub contribution_question: Option<usize>,
    /// The partner matrix on the trust scale (the trust map), and the question of it that is read.
    pub trust_item: Option<String>,
    pub trust_question: Option<String>,
    /// The free-text items, in survey order.
    pub text_items: Vec<String>,
}

impl Layout {
    fn new(survey: &SurveyDefinition) -> Result<Layout, AnalyticsError> {
        if survey.groups.len() > crate::survey::MAX_GROUPS {
            return Err(AnalyticsError::TooManyGroups { groups: survey.groups.len() });
        }
        let likert_items: Vec<String> =
            survey.items().filter(|item| item.kind.is_scored()).map(|item| item.id.clone()).collect();
        let likert_column: HashMap<String, usize> =
            likert_items.iter().enumerate().map(|(column, id)| (id.clone(), column)).collect();
        let indicators = survey
            .indicators
            .iter()
            .map(|indicator| {
                let columns = indicator.items.iter().filter_map(|id| likert_column.get(id).copied()).collect();
                (indicator.id.clone(), columns)
            })
            .collect();
        let named_groups_item = survey.named_groups_question().map(|item| item.id.clone());
        let matrix = survey.items().find_map(|item| match &item.kind {
            ItemKind::PartnerMatrix { questions, scale: MatrixScale::Amount } => Some((item.id.clone(), questions)),
            _ => None,
        });
        let trust = survey.items().find_map(|item| match &item.kind {
            ItemKind::PartnerMatrix { questions, scale: MatrixScale::Trust } => {
                Some((item.id.clone(), questions.first().map(|question| question.id.clone())))
            }
            _ => None,
        });
        let matrix_questions: Vec<String> =
            matrix.as_ref().map(|(_, questions)| questions.iter().map(|q| q.id.clone()).collect()).unwrap_or_default();
        let position = |id: &str| matrix_questions.iter().position(|question| question == id);
        Ok(Layout {
            groups: survey.groups.iter().map(|group| group.id.clone()).collect(),
            partners: survey.partners.iter().map(|partner| partner.id.clone()).collect(),
            gain_question: position("gain"),
            contribution_question: position("contribution"),
            likert_items,
            likert_column,
            indicators,
            named_groups_item,
            matrix_item: matrix.map(|(id, _)| id),
            matrix_questions,
            trust_question: trust.as_ref().and_then(|(_, question)| question.clone()),
            trust_item: trust.map(|(id, _)| id),
            text_items: survey
                .items()
                .filter(|item| matches!(item.kind, ItemKind::FreeText { .. }))
                .map(|item| item.id.clone())
                .collect(),
        })
    }
}

impl Layout {
    /// Trust codes per response: one per partner when the survey has a trust matrix, else none.
    pub(crate) fn trust_width(&self) -> usize {
        if self.trust_item.is_some() {
            self.partners.len()
        } else {
            0
        }
    }
}

/// A survey round as found in the responses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WaveInfo {
    /// The wave label as given in responses.
    pub label: String,
    /// Earliest submission day seen in this wave; waves are ordered by it.
    pub first_day: String,
}

/// The validated responses of one survey version, column by column.
#[derive(Clone, Debug)]
pub struct ResponseTable {
    pub(crate) layout: Layout,
    /// Whether a response fits the survey: the rule lives in `response::check`.
    checker: ResponseChecker,
    ids: HashSet<String>,
    pub(crate) group: Vec<u8>,
    pub(crate) partner: Vec<u16>,
    pub(crate) wave: Vec<u16>,
    pub(crate) waves: Vec<WaveInfo>,
    wave_index: HashMap<String, u16>,
    /// Row-major: `likert_items.len()` codes per response. The answer columns are shared, as
    /// the texts are, with a protected copy of every row (no copy of 100,000 rows' answers).
    pub(crate) likert: Rc<Vec<u8>>,
    /// Bit g set: the respondent named group g; [`NAMED_ANSWERED`] set: they answered.
    pub(crate) named: Vec<u64>,
    /// Row-major: per response, per partner, gain code then contribution code.
    pub(crate) matrix: Rc<Vec<u8>>,
    /// Row-major: per response, the trust code given each partner (empty without a trust matrix).
    pub(crate) trust: Rc<Vec<u8>>,
    /// Per response, its free-text answers (none for most): see [`TextAnswer`].
    /// Shared with a protected copy of every row, which has the same texts.
    pub(crate) texts: Rc<Vec<Vec<TextAnswer>>>,
}

/// The key of a response's free-text answers: the 64-bit FNV-1a hash of the survey id, a zero
/// byte and the response id. Stable across releases (themes stored on a device name answers by
/// it), and it reveals neither the response id nor when the answer was given.
pub fn answer_key(survey_id: &str, response_id: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in survey_id.bytes().chain([0]).chain(response_id.bytes()) {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// One free-text answer as the table keeps it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct TextAnswer {
    /// Position of its item in [`Layout::text_items`].
    pub item: u16,
    /// Where it goes in a list, and how the facilitator's themes name it: [`answer_key`], so that
    /// the order is fixed for the survey yet says nothing of who answered when.
    pub order: u64,
    /// The answer as given, shared with the lists of what people said (a view's list copies no text).
    pub text: std::rc::Rc<str>,
}

impl ResponseTable {
    /// An empty table for `survey`.
    pub fn new(survey: &SurveyDefinition) -> Result<ResponseTable, AnalyticsError> {
        Ok(ResponseTable {
            layout: Layout::new(survey)?,
            checker: ResponseChecker::new(survey),
            ids: HashSet::default(),
            group: Vec::new(),
            partner: Vec::new(),
            wave: Vec::new(),
            waves: Vec::new(),
            wave_index: HashMap::default(),
            likert: Rc::default(),
            named: Vec::new(),
            matrix: Rc::default(),
            trust: Rc::default(),
            texts: Rc::default(),
        })
    }

    /// A table of `responses`, refusing the whole set at the first response that does not fit.
    pub fn from_responses<'a>(
        survey: &SurveyDefinition,
        responses: impl IntoIterator<Item = &'a Response>,
    ) -> Result<ResponseTable, AnalyticsError> {
        let mut table = ResponseTable::new(survey)?;
        for response in responses {
            table.push(survey, response)?;
        }
        Ok(table)
    }

    /// Number of responses held.
    pub fn len(&self) -> usize {
        self.group.len()
    }

    /// Whether the table holds no responses.
    pub fn is_empty(&self) -> bool {
        self.group.is_empty()
    }

    /// The waves seen, in order of their first submission day.
    pub fn waves(&self) -> Vec<&WaveInfo> {
        let mut waves: Vec<&WaveInfo> = self.waves.iter().collect();
        super::stats::insertion_sort_by(&mut waves, |a, b| (&a.first_day, &a.label) < (&b.first_day, &b.label));
        waves
    }

    /// Whether the response `id` is in the table already.
    pub fn contains(&self, id: &str) -> bool {
        self.ids.contains(id)
    }

    /// Checks `response` against the survey (see [`ResponseChecker`]) and appends it; on error
    /// the table is unchanged.
    pub fn push(&mut self, survey: &SurveyDefinition, response: &Response) -> Result<(), AnalyticsError> {
        self.push_view(survey, &response.view())
    }

    /// As [`Self::push`], for a response read as a view.
    pub fn push_view(&mut self, survey: &SurveyDefinition, response: &ResponseView) -> Result<(), AnalyticsError> {
        let placed = self.checker.check_view(survey, response)?;
        if self.ids.contains(&*response.id) {
            return Err(AnalyticsError::DuplicateResponse { response: response.id.to_string() });
        }
        let partner = placed.partner.map_or(NO_PARTNER, |partner| partner as u16);
        self.append(response, placed.group as u8, partner);
        Ok(())
    }

    /// Appends an already validated response.
    fn append(&mut self, response: &ResponseView, group: u8, partner: u16) {
        let layout = &self.layout;
        let mut likert = vec![UNANSWERED; layout.likert_items.len()];
        let mut named = 0u64;
        let mut matrix = vec![UNANSWERED; layout.partners.len() * 2];
        let mut trust = vec![UNANSWERED; layout.trust_width()];
        let mut texts = Vec::new();
        for (item_id, answer) in &response.answers {
            let item_id: &str = item_id;
            match answer {
                AnswerView::Text(text) if !text.trim().is_empty() => {
                    if let Some(item) = layout.text_items.iter().position(|known| known == item_id) {
                        let order = answer_key(&response.survey_id, &response.id);
                        texts.push(TextAnswer { item: item as u16, order, text: std::rc::Rc::from(&**text) });
                    }
                }
                AnswerView::Scale(value) => {
                    if let Some(column) = layout.likert_column.get(item_id) {
                        likert[*column] = scale_code(Some(*value));
                    }
                }
                AnswerView::Choices(options) if layout.named_groups_item.as_deref() == Some(item_id) => {
                    named |= NAMED_ANSWERED;
                    for option in options {
                        if let Some(group) = layout.groups.iter().position(|group| *group == **option) {
                            named |= 1 << group;
                        }
                    }
                }
                AnswerView::Matrix(rows) if layout.matrix_item.as_deref() == Some(item_id) => {
                    for (partner, ratings) in rows {
                        let Some(row) = layout.partners.iter().position(|known| *known == **partner) else { continue };
                        for (question, value) in ratings {
                            let slot = layout.matrix_questions.iter().position(|known| *known == **question);
                            if slot.is_some() && slot == layout.gain_question {
                                matrix[row * 2] = scale_code(Some(*value));
                            } else if slot.is_some() && slot == layout.contribution_question {
                                matrix[row * 2 + 1] = scale_code(Some(*value));
                            }
                        }
                    }
                }
                AnswerView::Matrix(rows) if layout.trust_item.as_deref() == Some(item_id) => {
                    for (partner, ratings) in rows {
                        let Some(row) = layout.partners.iter().position(|known| *known == **partner) else { continue };
                        let rating = layout.trust_question.as_deref().and_then(|trust_question| {
                            ratings.iter().find(|(question, _)| **question == *trust_question)
                        });
                        if let Some((_, value)) = rating {
                            trust[row] = scale_code(Some(*value));
                        }
                    }
                }
                _ => {}
            }
        }
        let wave = match self.wave_index.get(&*response.wave) {
            Some(wave) => {
                let info = &mut self.waves[*wave as usize];
                if *response.submitted < *info.first_day {
                    info.first_day = response.submitted.to_string();
                }
                *wave
            }
            None => {
                let wave = self.waves.len() as u16;
                self.waves
                    .push(WaveInfo { label: response.wave.to_string(), first_day: response.submitted.to_string() });
                self.wave_index.insert(response.wave.to_string(), wave);
                wave
            }
        };
        self.ids.insert(response.id.to_string());
        self.group.push(group);
        self.partner.push(partner);
        self.wave.push(wave);
        Rc::make_mut(&mut self.likert).extend_from_slice(&likert);
        self.named.push(named);
        Rc::make_mut(&mut self.matrix).extend_from_slice(&matrix);
        Rc::make_mut(&mut self.trust).extend_from_slice(&trust);
        Rc::make_mut(&mut self.texts).push(texts);
    }

    /// A copy of rows `rows` (ascending) for analysis only (no response ids), with the group
    /// list `groups` (the protection step may add a pooled group).
    pub(crate) fn subset(&self, rows: &[usize], groups: Vec<String>) -> ResponseTable {
        let mut layout = self.layout.clone();
        layout.groups = groups;
        let likert_width = layout.likert_items.len();
        let matrix_width = layout.partners.len() * 2;
        let trust_width = layout.trust_width();
        let every_row = rows.len() == self.len();
        // Only what differs from the source is copied: every row (they are ascending and
        // distinct), as it usually is, shares the answer columns and the texts.
        let copied = |source: &Rc<Vec<u8>>, width: usize| {
            if every_row {
                return Rc::clone(source);
            }
            let mut copy = Vec::with_capacity(rows.len() * width);
            for &row in rows {
                copy.extend_from_slice(&source[row * width..(row + 1) * width]);
            }
            Rc::new(copy)
        };
        ResponseTable {
            checker: self.checker.clone(),
            ids: HashSet::default(),
            group: rows.iter().map(|&row| self.group[row]).collect(),
            partner: rows.iter().map(|&row| self.partner[row]).collect(),
            wave: rows.iter().map(|&row| self.wave[row]).collect(),
            waves: self.waves.clone(),
            wave_index: HashMap::default(),
            likert: copied(&self.likert, likert_width),
            named: rows.iter().map(|&row| self.named[row]).collect(),
            matrix: copied(&self.matrix, matrix_width),
            trust: copied(&self.trust, trust_width),
            texts: if every_row {
                Rc::clone(&self.texts)
            } else {
                Rc::new(rows.iter().map(|&row| self.texts[row].clone()).collect())
            },
            layout,
        }
    }

    /// Row `row`'s stakeholder group, partner code and wave: the cell small-number protection
    /// counts it in.
    pub fn cell_of(&self, row: usize) -> (u8, u16, u16) {
        (self.group[row], self.partner[row], self.wave[row])
    }

    /// Marks `id` as taken without adding a row, so a response with that id counts as a duplicate.
    pub fn reserve_id(&mut self, id: &str) -> Result<(), AnalyticsError> {
        self.ids.insert(id.to_owned());
        Ok(())
    }

    /// Likert codes of row `row`.
    #[inline(always)]
    pub(crate) fn likert_row(&self, row: usize) -> &[u8] {
        let width = self.layout.likert_items.len();
        &self.likert[row * width..(row + 1) * width]
    }

    /// Whether row `row` answered the named-groups question, and whether it named `group`.
    #[inline(always)]
    pub(crate) fn named(&self, row: usize, group: usize) -> (bool, bool) {
        let mask = self.named[row];
        (mask & NAMED_ANSWERED != 0, mask & (1 << group) != 0)
    }

    /// Trust codes row `row` gave each partner (empty without a trust matrix).
    #[inline(always)]
    pub(crate) fn trust_row(&self, row: usize) -> &[u8] {
        let width = self.layout.trust_width();
        &self.trust[row * width..(row + 1) * width]
    }

    /// Gain and contribution codes that row `row` gave partner `partner`.
    #[inline(always)]
    pub(crate) fn matrix_cell(&self, row: usize, partner: usize) -> (u8, u8) {
        let at = (row * self.layout.partners.len() + partner) * 2;
        (self.matrix[at], self.matrix[at + 1])
    }

    /// Every free-text answer with its row, in the order lists show them: by question,
    /// then by answer key (one per response, so no two answers to a question tie). Each is a copy
    /// beside its row (its text shared), so that a view of 100,000 answers reads them in one sweep
    /// rather than two jumps across memory each through their rows.
    pub(crate) fn answers_in_order(&self) -> Vec<(u32, TextAnswer)> {
        let mut ordered: Vec<(u32, TextAnswer)> = Vec::new();
        for (row, answers) in self.texts.iter().enumerate() {
            ordered.extend(answers.iter().map(|answer| (row as u32, answer.clone())));
        }
        ordered.sort_unstable_by_key(|(row, answer)| (answer.item, answer.order, *row));
        ordered
    }
}
