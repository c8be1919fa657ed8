//! Problems found in a translation file of the app's own text, each naming the message.

/// Why a translation file (or one of its messages) was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CatalogueProblem {
    /// The file is not a translation file at all.
    #[error("not a translation file: {0}")]
    NotJson(String),
    /// The file is for another language than the one asked for.
    #[error("the file is for language \"{found}\", not \"{expected}\"")]
    WrongLanguage { expected: String, found: String },
    /// A message id the app does not have (misspelt, or from another release).
    #[error("message \"{0}\" is not one of the app's")]
    UnknownMessage(String),
    /// A message (or one of its forms) with no words.
    #[error("message \"{id}\"{} is empty", .form.map(|form| format!(": form \"{form}\"")).unwrap_or_default())]
    Empty { id: String, form: Option<&'static str> },
    /// Forms given for a message whose words do not depend on a number.
    #[error("message \"{0}\" is given plural forms, but its words do not depend on a number")]
    NotPlural(String),
    /// A message given both as plain words and as plural forms.
    #[error("message \"{0}\" is given both as words for every number and as plural forms")]
    PlainAndForms(String),
    /// A plural form the language needs is missing.
    #[error("message \"{id}\" lacks its \"{form}\" form")]
    MissingForm { id: String, form: &'static str },
    /// A form that is not a plural category of the language.
    #[error("message \"{id}\": \"{form}\" is not a plural form of this language")]
    UnknownForm { id: String, form: String },
    /// A `{placeholder}` the English message does not have, so nothing would fill it.
    #[error("message \"{id}\" uses {{{placeholder}}}, which the message does not have")]
    UnknownPlaceholder { id: String, placeholder: String },
}
