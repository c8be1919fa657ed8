//! Problems found in a translation file of the app's own text, each naming the message.

use std::fmt;

/// Why a translation file (or one of its messages) was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CatalogueProblem {
    /// The file is not a translation file at all.
    NotJson(String),
    /// The file is for another language than the one asked for.
    WrongLanguage { expected: String, found: String },
    /// A message id the app does not have (misspelt, or from another release).
    UnknownMessage(String),
    /// A message (or one of its forms) with no words.
    Empty { id: String, form: Option<&'static str> },
    /// Forms given for a message whose words do not depend on a number.
    NotPlural(String),
    /// A message given both as plain words and as plural forms.
    PlainAndForms(String),
    /// A plural form the language needs is missing.
    MissingForm { id: String, form: &'static str },
    /// A form that is not a plural category of the language.
    UnknownForm { id: String, form: String },
    /// A `{placeholder}` the English message does not have, so nothing would fill it.
    UnknownPlaceholder { id: String, placeholder: String },
}

impl fmt::Display for CatalogueProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CatalogueProblem::NotJson(reason) => write!(f, "not a translation file: {reason}"),
            CatalogueProblem::WrongLanguage { expected, found } => {
                write!(f, "the file is for language \"{found}\", not \"{expected}\"")
            }
            CatalogueProblem::UnknownMessage(id) => write!(f, "message \"{id}\" is not one of the app's"),
            CatalogueProblem::Empty { id, form: None } => write!(f, "message \"{id}\" is empty"),
            CatalogueProblem::Empty { id, form: Some(form) } => write!(f, "message \"{id}\": form \"{form}\" is empty"),
            CatalogueProblem::NotPlural(id) => {
                write!(f, "message \"{id}\" is given plural forms, but its words do not depend on a number")
            }
            CatalogueProblem::PlainAndForms(id) => {
                write!(f, "message \"{id}\" is given both as words for every number and as plural forms")
            }
            CatalogueProblem::MissingForm { id, form } => write!(f, "message \"{id}\" lacks its \"{form}\" form"),
            CatalogueProblem::UnknownForm { id, form } => {
                write!(f, "message \"{id}\": \"{form}\" is not a plural form of this language")
            }
            CatalogueProblem::UnknownPlaceholder { id, placeholder } => {
                write!(f, "message \"{id}\" uses {{{placeholder}}}, which the message does not have")
            }
        }
    }
}
