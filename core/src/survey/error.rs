//! Typed problems found when loading a survey definition, each saying what and where.

use std::fmt;

/// Where in a definition a problem was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// The survey as a whole.
    Survey,
    /// The named scale (`agreement`, `amount` or `trust`).
    Scale(&'static str),
    /// A stakeholder group.
    Group(String),
    /// A partner organisation.
    Partner(String),
    /// A section.
    Section(String),
    /// An item.
    Item(String),
    /// An option (or matrix question) of an item.
    Option { item: String, option: String },
    /// An indicator.
    Indicator(String),
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Survey => f.write_str("the survey"),
            Place::Scale(name) => write!(f, "the {name} scale"),
            Place::Group(id) => write!(f, "group \"{id}\""),
            Place::Partner(id) => write!(f, "partner \"{id}\""),
            Place::Section(id) => write!(f, "section \"{id}\""),
            Place::Item(id) => write!(f, "item \"{id}\""),
            Place::Option { item, option } => write!(f, "option \"{option}\" of item \"{item}\""),
            Place::Indicator(id) => write!(f, "indicator \"{id}\""),
        }
    }
}

/// What kind of thing carries a duplicated id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdKind {
    Group,
    Partner,
    Section,
    Item,
    Option,
    Indicator,
    Language,
}

impl IdKind {
    fn noun(self) -> &'static str {
        match self {
            IdKind::Group => "group",
            IdKind::Partner => "partner",
            IdKind::Section => "section",
            IdKind::Item => "item",
            IdKind::Option => "option",
            IdKind::Indicator => "indicator",
            IdKind::Language => "language",
        }
    }
}

/// One problem with a survey definition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SurveyError {
    /// The text is not JSON, or not JSON of the definition's shape.
    Malformed { line: usize, column: usize, reason: String },
    /// The definition was written for a format version this build does not read.
    UnsupportedSchema { found: u64, supported: u32 },
    /// Two things of the same kind share an id.
    DuplicateId { kind: IdKind, id: String, place: Place },
    /// An id is empty or contains characters other than letters, digits, `-` and `_`.
    BadId { place: Place },
    /// A text is missing or blank in the survey's default language.
    EmptyLabel { place: Place, field: &'static str, language: String },
    /// The default language is not among the survey's languages.
    DefaultLanguageNotOffered { language: String },
    /// A scale does not have exactly five labels.
    WrongScaleLength { scale: &'static str, found: usize },
    /// The survey has no stakeholder groups.
    NoGroups,
    /// A partner matrix is answered on the trust scale, but the survey defines none.
    NoTrustScale { item: String },
    /// A question is about the partner organisations, but the survey names none.
    NoPartners { item: String },
    /// No single-choice question asks which stakeholder group the respondent belongs to.
    NoGroupQuestion,
    /// More than one question asks for the respondent's group.
    SeveralGroupQuestions { item: String },
    /// A section has no items.
    EmptySection { section: String },
    /// A choice question lists no options, or a matrix asks no questions.
    NoOptions { item: String },
    /// A question depends on the group, but it is the question that asks for the group.
    ConditionOnGroupQuestion { item: String },
    /// A "shown only to" condition names a group the survey does not have.
    UnknownGroupInCondition { item: String, group: String },
    /// An indicator lists no items.
    EmptyIndicator { indicator: String },
    /// An indicator names an item the survey does not have.
    UnknownItemInIndicator { indicator: String, item: String },
    /// An indicator names an item that is not a Likert statement, so cannot be scored.
    UnscoredItemInIndicator { indicator: String, item: String },
    /// More groups, partners or options than the app can carry (see `survey::MAX_GROUPS` etc.).
    TooMany { what: &'static str, found: usize, limit: usize },
    /// The submission address is not one respondents' devices may send to.
    SubmissionAddress(crate::submission::AddressError),
    /// An invitation's hash is not 32 hexadecimal digits, repeats another, or names a group the
    /// survey does not have (`index` from 1).
    BadInvitation { index: usize },
}

impl fmt::Display for SurveyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use SurveyError::*;
        match self {
            Malformed { line, column, reason } => {
                write!(f, "The survey file could not be read at line {line}, column {column}: {reason}.")
            }
            UnsupportedSchema { found, supported } => write!(
                f,
                "The survey uses definition format {found}, but this version of the app reads format {supported}."
            ),
            DuplicateId { kind, id, place } => {
                write!(f, "The {} id \"{id}\" is used more than once (again at {place}).", kind.noun())
            }
            BadId { place } => write!(
                f,
                "The id of {place} must be 1 to 64 characters long and use only letters, digits, '-' and '_'."
            ),
            EmptyLabel { place, field, language } => {
                write!(f, "The {field} of {place} is empty in the default language \"{language}\".")
            }
            DefaultLanguageNotOffered { language } => {
                write!(f, "The default language \"{language}\" is not in the survey's list of languages.")
            }
            WrongScaleLength { scale, found } => {
                write!(f, "The {scale} scale must have exactly 5 labels, but has {found}.")
            }
            NoTrustScale { item } => write!(
                f,
                "Question \"{item}\" is answered on the trust scale, but the survey's scales have no \"trust\" scale."
            ),
            NoGroups => f.write_str("The survey has no stakeholder groups; add at least one."),
            NoPartners { item } => write!(
                f,
                "Question \"{item}\" asks about the partner organisations, but the survey names none; add at least one partner."
            ),
            NoGroupQuestion => f.write_str(
                "No question asks which stakeholder group the respondent belongs to (a single choice from \"groups\").",
            ),
            SeveralGroupQuestions { item } => {
                write!(f, "Item \"{item}\" asks for the respondent's group again; only one question may.")
            }
            EmptySection { section } => write!(f, "Section \"{section}\" has no questions."),
            NoOptions { item } => write!(f, "Item \"{item}\" has no options to choose from."),
            ConditionOnGroupQuestion { item } => write!(
                f,
                "Item \"{item}\" asks for the respondent's group, so it cannot be shown only to some groups."
            ),
            UnknownGroupInCondition { item, group } => {
                write!(f, "Item \"{item}\" is shown only to group \"{group}\", which the survey does not have.")
            }
            EmptyIndicator { indicator } => write!(f, "Indicator \"{indicator}\" lists no items."),
            UnknownItemInIndicator { indicator, item } => {
                write!(f, "Indicator \"{indicator}\" names item \"{item}\", which the survey does not have.")
            }
            UnscoredItemInIndicator { indicator, item } => write!(
                f,
                "Indicator \"{indicator}\" names item \"{item}\", which is not an agree/disagree statement and cannot be scored."
            ),
            TooMany { what, found, limit } => {
                write!(f, "The survey has {found} {what}; at most {limit} can be answered and analysed.")
            }
            SubmissionAddress(error) => error.fmt(f),
            BadInvitation { index } => write!(
                f,
                "Invitation {index} is damaged: its hash is not 32 hexadecimal digits, repeats another, or names a group the survey does not have."
            ),
        }
    }
}

impl std::error::Error for SurveyError {}
