//! Typed problems found when loading a survey definition, each saying what and where.

/// Where in a definition a problem was found.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Place {
    /// The survey as a whole.
    #[error("the survey")]
    Survey,
    /// The named scale (`agreement`, `amount` or `trust`).
    #[error("the {0} scale")]
    Scale(&'static str),
    /// A stakeholder group.
    #[error("group \"{0}\"")]
    Group(String),
    /// A partner organisation.
    #[error("partner \"{0}\"")]
    Partner(String),
    /// A section.
    #[error("section \"{0}\"")]
    Section(String),
    /// An item.
    #[error("item \"{0}\"")]
    Item(String),
    /// An option (or matrix question) of an item.
    #[error("option \"{option}\" of item \"{item}\"")]
    Option { item: String, option: String },
    /// An indicator.
    #[error("indicator \"{0}\"")]
    Indicator(String),
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
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SurveyError {
    /// The text is not JSON, or not JSON of the definition's shape.
    #[error("The survey file could not be read at line {line}, column {column}: {reason}.")]
    Malformed { line: usize, column: usize, reason: String },
    /// The definition was written for a format version this build does not read.
    #[error("The survey uses definition format {found}, but this version of the app reads format {supported}.")]
    UnsupportedSchema { found: u64, supported: u32 },
    /// Two things of the same kind share an id.
    #[error("The {} id \"{id}\" is used more than once (again at {place}).", .kind.noun())]
    DuplicateId { kind: IdKind, id: String, place: Place },
    /// An id is empty or contains characters other than letters, digits, `-` and `_`.
    #[error("The id of {place} must be 1 to 64 characters long and use only letters, digits, '-' and '_'.")]
    BadId { place: Place },
    /// A text is missing or blank in the survey's default language.
    #[error("The {field} of {place} is empty in the default language \"{language}\".")]
    EmptyLabel { place: Place, field: &'static str, language: String },
    /// The default language is not among the survey's languages.
    #[error("The default language \"{language}\" is not in the survey's list of languages.")]
    DefaultLanguageNotOffered { language: String },
    /// A scale does not have exactly five labels.
    #[error("The {scale} scale must have exactly 5 labels, but has {found}.")]
    WrongScaleLength { scale: &'static str, found: usize },
    /// The small-number threshold is below the smallest that protects anyone.
    #[error(
        "The small-group threshold is {found}; it must be {} or more, so that no figure is about fewer people.",
        super::MIN_SMALL_GROUP_THRESHOLD
    )]
    ThresholdTooSmall { found: u32 },
    /// The survey has no stakeholder groups.
    #[error("The survey has no stakeholder groups; add at least one.")]
    NoGroups,
    /// A partner matrix is answered on the trust scale, but the survey defines none.
    #[error("Question \"{item}\" is answered on the trust scale, but the survey's scales have no \"trust\" scale.")]
    NoTrustScale { item: String },
    /// A question is about the partner organisations, but the survey names none.
    #[error("Question \"{item}\" asks about the partner organisations, but the survey names none; add at least one partner.")]
    NoPartners { item: String },
    /// No single-choice question asks which stakeholder group the respondent belongs to.
    #[error("No question asks which stakeholder group the respondent belongs to (a single choice from \"groups\").")]
    NoGroupQuestion,
    /// More than one question asks for the respondent's group.
    #[error("Item \"{item}\" asks for the respondent's group again; only one question may.")]
    SeveralGroupQuestions { item: String },
    /// A section has no items.
    #[error("Section \"{section}\" has no questions.")]
    EmptySection { section: String },
    /// A choice question lists no options, or a matrix asks no questions.
    #[error("Item \"{item}\" has no options to choose from.")]
    NoOptions { item: String },
    /// A question depends on the group, but it is the question that asks for the group.
    #[error("Item \"{item}\" asks for the respondent's group, so it cannot be shown only to some groups.")]
    ConditionOnGroupQuestion { item: String },
    /// A "shown only to" condition names a group the survey does not have.
    #[error("Item \"{item}\" is shown only to group \"{group}\", which the survey does not have.")]
    UnknownGroupInCondition { item: String, group: String },
    /// An indicator lists no items.
    #[error("Indicator \"{indicator}\" lists no items.")]
    EmptyIndicator { indicator: String },
    /// An indicator names an item the survey does not have.
    #[error("Indicator \"{indicator}\" names item \"{item}\", which the survey does not have.")]
    UnknownItemInIndicator { indicator: String, item: String },
    /// An indicator names an item that is not a Likert statement, so cannot be scored.
    #[error("Indicator \"{indicator}\" names item \"{item}\", which is not an agree/disagree statement and cannot be scored.")]
    UnscoredItemInIndicator { indicator: String, item: String },
    /// More groups, partners or options than the app can carry (see `survey::MAX_GROUPS` etc.).
    #[error("The survey has {found} {what}; at most {limit} can be answered and analysed.")]
    TooMany { what: &'static str, found: usize, limit: usize },
    /// The submission address is not one respondents' devices may send to.
    #[error("The submission address is not usable: {0}.")]
    SubmissionAddress(super::AddressError),
    /// An invitation's hash is not 32 hexadecimal digits, repeats another, or names a group the
    /// survey does not have (`index` from 1).
    #[error("Invitation {index} is damaged: its hash is not 32 hexadecimal digits, repeats another, or names a group the survey does not have.")]
    BadInvitation { index: usize },
}

/// Several problems as one line of text, for logs and messages that list them.
pub fn joined(errors: &[SurveyError]) -> String {
    errors.iter().map(ToString::to_string).collect::<Vec<_>>().join(" ")
}
