//! The survey definition: everything needed to show a survey and score its answers.
//!
//! A definition is plain data (serde); [`crate::survey::load_survey`] parses *and* validates it,
//! so code that holds a [`SurveyDefinition`] obtained that way may rely on its invariants
//! (unique ids, indicators naming existing Likert items, and so on).

use super::text::LocalText;
use serde::{Deserialize, Serialize};

/// The schema version this build reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

/// A whole survey: its identity, who answers it, what it asks and how answers are scored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SurveyDefinition {
    /// Version of the definition format (not of this survey); see [`SCHEMA_VERSION`].
    pub schema: u32,
    /// Stable identifier of the survey; responses carry it.
    pub id: String,
    /// Version of this survey's content; responses carry it and are only pooled with their own.
    pub version: u32,
    /// Language used when a text lacks the requested one.
    pub default_language: String,
    /// Languages the survey is offered in, default first by convention.
    pub languages: Vec<String>,
    /// Survey title shown on the welcome screen.
    pub title: LocalText,
    /// What the survey is for, in a sentence or two.
    pub purpose: LocalText,
    /// The promise made to respondents about anonymity.
    pub anonymity: LocalText,
    /// Estimated minutes to complete, shown on the welcome screen.
    pub minutes: u16,
    /// Label of the survey round, e.g. "2026 spring"; empty when waves are not used.
    #[serde(default)]
    pub wave: String,
    /// Groups and cells with fewer responses than this show no figures.
    #[serde(default = "default_threshold")]
    pub small_group_threshold: u32,
    /// Labels of the answer scales.
    pub scales: Scales,
    /// Stakeholder groups a respondent can belong to.
    pub groups: Vec<Choice>,
    /// Partner organisations of the partnership.
    pub partners: Vec<Choice>,
    /// The questions, in the order they are asked.
    pub sections: Vec<Section>,
    /// Which Likert items are averaged into which indicator.
    pub indicators: Vec<Indicator>,
    /// The write-only address respondents' devices send each response to (docs/operating/workshops.md);
    /// none: responses stay on the device that took them, to be passed on by file or code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submission_address: Option<String>,
    /// Set when only responses with an invitation count (see [`crate::invitations`]); none:
    /// anyone with the link can add responses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invitations: Option<crate::invitations::Invitations>,
    /// The survey's public key: set, every response leaving a respondent's device (to the
    /// submission address, as a file or a code) is sealed for it (docs/formats/sealed-responses.md).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seal_key: Option<crate::seal::PublicKey>,
}

fn default_threshold() -> u32 {
    3
}

/// The two five-point scales the instrument uses.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scales {
    /// Strongly disagree ... Strongly agree, for Likert statements.
    pub agreement: Scale,
    /// Nothing ... A great deal, for the partner matrix.
    pub amount: Scale,
    /// Not at all ... Completely, for a partner matrix of trust (the trust map); needed only by
    /// a survey that has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trust: Option<Scale>,
}

/// Which scale a partner matrix is answered on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MatrixScale {
    /// Nothing ... A great deal (gain and contribution).
    #[default]
    Amount,
    /// Not at all ... Completely (trust in each organisation).
    Trust,
}

/// Number of points on every answer scale.
pub const SCALE_POINTS: usize = 5;

/// Labels of a five-point scale plus its "don't know" option.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    /// Label of each point, lowest (1) first; exactly [`SCALE_POINTS`] of them.
    pub labels: Vec<LocalText>,
    /// Label of the unscored "don't know / not applicable" answer.
    pub dont_know: LocalText,
}

/// An option with a stable id: a group, a partner, or a choice of a question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Stable identifier stored in responses.
    pub id: String,
    /// Text shown to people.
    pub label: LocalText,
}

/// A page of related questions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Stable identifier.
    pub id: String,
    /// Heading of the section.
    pub title: LocalText,
    /// Optional sentence introducing the section.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intro: Option<LocalText>,
    /// Questions in the order asked.
    pub items: Vec<Item>,
}

/// One question. In JSON its kind's fields sit beside the common ones (see [`RawItem`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawItem", into = "RawItem")]
pub struct Item {
    /// Stable identifier (e.g. `T1`); responses key answers by it.
    pub id: String,
    /// What kind of answer the question takes.
    pub kind: ItemKind,
    /// The question or statement.
    pub label: LocalText,
    /// Optional help text under the question.
    pub help: Option<LocalText>,
    /// Group ids this question is shown to; empty means everyone.
    pub shown_to: Vec<String>,
}

/// The kinds of question the app can ask.
#[derive(Clone, Debug, PartialEq)]
pub enum ItemKind {
    /// A statement answered on the agreement scale, with "don't know".
    Likert,
    /// Pick one option.
    SingleChoice(ChoiceSpec),
    /// Pick any number of options.
    MultiChoice(ChoiceSpec),
    /// For each partner organisation, rate each question on the matrix's scale.
    PartnerMatrix {
        /// The questions asked of every partner (e.g. gain, contribution).
        questions: Vec<Choice>,
        /// The scale its ratings use.
        scale: MatrixScale,
    },
    /// Free text.
    FreeText {
        /// Longest answer accepted, in characters.
        max_chars: u32,
    },
    /// Whether an action a workshop agreed was carried out, asked at a later wave: yes, partly,
    /// no (answers 3, 2, 1) or don't know, in the app's own words; the label is the action.
    FollowThrough {
        /// The action's number in the survey's plan (`workshop::AgreedAction::id`).
        action: u32,
    },
}

impl ItemKind {
    /// Answered on a scale whose answers the analysis counts point by point (a statement, or an
    /// agreed action's follow-through), so each is a column of the response table.
    pub fn is_scored(&self) -> bool {
        matches!(self, ItemKind::Likert | ItemKind::FollowThrough { .. })
    }
}

/// Answers of a [`ItemKind::FollowThrough`] item: no, partly, yes (don't know is `DONT_KNOW`).
pub const FOLLOW_THROUGH_POINTS: u8 = 3;

/// Longest free-text answer when the definition does not say.
const DEFAULT_MAX_CHARS: u32 = 2000;

/// The type names an item's `type` field takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemType {
    Likert,
    SingleChoice,
    MultiChoice,
    PartnerMatrix,
    FreeText,
    FollowThrough,
}

/// An item as written in JSON: one flat object whose `type` says which other fields apply.
///
/// Reading this flat form and checking it by hand keeps serde from buffering every item
/// (as `flatten` and internally tagged enums do), which costs kilobytes of wasm.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawItem {
    id: String,
    #[serde(rename = "type")]
    item_type: ItemType,
    label: LocalText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    help: Option<LocalText>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    shown_to: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    from: Option<OptionsFrom>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    options: Vec<Choice>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    prefer_not_to_say: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    questions: Vec<Choice>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    scale: Option<MatrixScale>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    max_chars: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    action: Option<u32>,
}

impl TryFrom<RawItem> for Item {
    type Error = String;

    fn try_from(raw: RawItem) -> Result<Item, String> {
        let type_name = match raw.item_type {
            ItemType::Likert => "likert",
            ItemType::SingleChoice => "single_choice",
            ItemType::MultiChoice => "multi_choice",
            ItemType::PartnerMatrix => "partner_matrix",
            ItemType::FreeText => "free_text",
            ItemType::FollowThrough => "follow_through",
        };
        let misplaced = |field: &str| format!("item \"{}\" of type {type_name} cannot have `{field}`", raw.id);
        let is_choice = matches!(raw.item_type, ItemType::SingleChoice | ItemType::MultiChoice);
        if !is_choice && (raw.from.is_some() || !raw.options.is_empty() || raw.prefer_not_to_say) {
            return Err(misplaced("from / options / prefer_not_to_say"));
        }
        if raw.item_type != ItemType::PartnerMatrix && (!raw.questions.is_empty() || raw.scale.is_some()) {
            return Err(misplaced("questions / scale"));
        }
        if raw.item_type != ItemType::FreeText && raw.max_chars.is_some() {
            return Err(misplaced("max_chars"));
        }
        if raw.item_type != ItemType::FollowThrough && raw.action.is_some() {
            return Err(misplaced("action"));
        }
        let spec = || ChoiceSpec {
            from: raw.from.unwrap_or_default(),
            options: raw.options.clone(),
            prefer_not_to_say: raw.prefer_not_to_say,
        };
        let kind = match raw.item_type {
            ItemType::Likert => ItemKind::Likert,
            ItemType::SingleChoice => ItemKind::SingleChoice(spec()),
            ItemType::MultiChoice => ItemKind::MultiChoice(spec()),
            ItemType::PartnerMatrix => {
                ItemKind::PartnerMatrix { questions: raw.questions.clone(), scale: raw.scale.unwrap_or_default() }
            }
            ItemType::FreeText => ItemKind::FreeText { max_chars: raw.max_chars.unwrap_or(DEFAULT_MAX_CHARS) },
            ItemType::FollowThrough => match raw.action {
                Some(action) => ItemKind::FollowThrough { action },
                None => return Err(format!("item \"{}\" of type follow_through needs `action`", raw.id)),
            },
        };
        Ok(Item { id: raw.id, kind, label: raw.label, help: raw.help, shown_to: raw.shown_to })
    }
}

impl From<Item> for RawItem {
    fn from(item: Item) -> RawItem {
        let mut raw = RawItem {
            id: item.id,
            item_type: ItemType::Likert,
            label: item.label,
            help: item.help,
            shown_to: item.shown_to,
            from: None,
            options: Vec::new(),
            prefer_not_to_say: false,
            questions: Vec::new(),
            scale: None,
            max_chars: None,
            action: None,
        };
        match item.kind {
            ItemKind::Likert => {}
            ItemKind::SingleChoice(spec) => {
                raw.item_type = ItemType::SingleChoice;
                (raw.from, raw.options, raw.prefer_not_to_say) =
                    (Some(spec.from), spec.options, spec.prefer_not_to_say);
            }
            ItemKind::MultiChoice(spec) => {
                raw.item_type = ItemType::MultiChoice;
                (raw.from, raw.options, raw.prefer_not_to_say) =
                    (Some(spec.from), spec.options, spec.prefer_not_to_say);
            }
            ItemKind::PartnerMatrix { questions, scale } => {
                raw.item_type = ItemType::PartnerMatrix;
                raw.questions = questions;
                raw.scale = (scale != MatrixScale::Amount).then_some(scale);
            }
            ItemKind::FreeText { max_chars } => {
                raw.item_type = ItemType::FreeText;
                raw.max_chars = Some(max_chars);
            }
            ItemKind::FollowThrough { action } => {
                raw.item_type = ItemType::FollowThrough;
                raw.action = Some(action);
            }
        }
        raw
    }
}

/// Where a choice question's options come from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OptionsFrom {
    /// The options listed on the item itself.
    #[default]
    Listed,
    /// The survey's stakeholder groups (the "which group are you in" question).
    Groups,
    /// The survey's partner organisations.
    Partners,
}

/// Options of a single- or multi-choice question.
#[derive(Clone, Debug, PartialEq)]
pub struct ChoiceSpec {
    /// Where the options come from.
    pub from: OptionsFrom,
    /// The options, when `from` is `listed`.
    pub options: Vec<Choice>,
    /// Whether "Prefer not to say" is offered.
    pub prefer_not_to_say: bool,
}

/// A scored indicator: the mean of its items, mapped to 0-100.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Stable identifier (e.g. `trust`).
    pub id: String,
    /// Name shown on charts.
    pub label: LocalText,
    /// Ids of the Likert items averaged into it.
    pub items: Vec<String>,
}

impl SurveyDefinition {
    /// The threshold k the figures are protected with: the survey's, never below
    /// [`MIN_SMALL_GROUP_THRESHOLD`](super::MIN_SMALL_GROUP_THRESHOLD).
    pub fn protection_threshold(&self) -> u32 {
        self.small_group_threshold.max(super::limits::MIN_SMALL_GROUP_THRESHOLD)
    }

    /// Every item, in the order asked.
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.sections.iter().flat_map(|section| section.items.iter())
    }

    /// How many questions the survey asks someone who sees every one: each item once, a partner
    /// matrix included (the one count the welcome screen, the set-up page and progress give).
    pub fn question_count(&self) -> usize {
        self.items().count()
    }

    /// The item with this id.
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items().find(|item| item.id == id)
    }

    /// The question that asks which stakeholder group the respondent belongs to.
    pub fn group_question(&self) -> Option<&Item> {
        self.items().find(|item| item.is_group_question())
    }

    /// The question that asks which partner organisation the respondent belongs to, if any.
    pub fn partner_question(&self) -> Option<&Item> {
        self.items().find(|item| item.is_partner_question())
    }

    /// The question "which groups do not get enough say" (a multi-choice of groups), if any.
    pub fn named_groups_question(&self) -> Option<&Item> {
        self.items().find(|item| matches!(&item.kind, ItemKind::MultiChoice(spec) if spec.from == OptionsFrom::Groups))
    }

    /// The options a choice question offers: its own list, the survey's groups or its partners
    /// ("Prefer not to say", where offered, is not among them).
    pub fn options<'a>(&'a self, spec: &'a ChoiceSpec) -> &'a [Choice] {
        match spec.from {
            OptionsFrom::Listed => &spec.options,
            OptionsFrom::Groups => &self.groups,
            OptionsFrom::Partners => &self.partners,
        }
    }

    /// The scale a partner matrix on `scale` is answered on: the trust scale when the survey has
    /// one (validation requires it for a trust matrix), else the amount scale.
    pub fn matrix_scale(&self, scale: MatrixScale) -> &Scale {
        match (scale, &self.scales.trust) {
            (MatrixScale::Trust, Some(trust)) => trust,
            _ => &self.scales.amount,
        }
    }

    /// Text in the default language; for places where no language was chosen yet.
    pub fn text<'a>(&self, text: &'a LocalText) -> &'a str {
        text.get(&self.default_language, &self.default_language)
    }
}

impl Item {
    /// Whether this question asks which stakeholder group the respondent belongs to.
    pub fn is_group_question(&self) -> bool {
        matches!(&self.kind, ItemKind::SingleChoice(spec) if spec.from == OptionsFrom::Groups)
    }

    /// Whether this question asks which partner organisation the respondent belongs to.
    pub fn is_partner_question(&self) -> bool {
        matches!(&self.kind, ItemKind::SingleChoice(spec) if spec.from == OptionsFrom::Partners)
    }
}

impl ItemKind {
    /// Where the options of a choice question come from; `None` for other kinds.
    pub fn options_from(&self) -> Option<OptionsFrom> {
        match self {
            ItemKind::SingleChoice(spec) | ItemKind::MultiChoice(spec) => Some(spec.from),
            _ => None,
        }
    }
}
