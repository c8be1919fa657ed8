//! Why a change to the themes was refused.

use std::fmt;

/// A change to the themes that cannot be made; the themes are left as they were.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ThemeError {
    /// The name is empty or only spaces.
    BlankName,
    /// The name is longer than the limit.
    NameTooLong { limit: usize },
    /// The question already has a theme of this name (letter case aside).
    DuplicateName { name: String },
    /// No theme of this name.
    NoSuchTheme { name: String },
    /// A theme cannot be merged into itself.
    MergeIntoItself { name: String },
}

impl fmt::Display for ThemeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ThemeError::BlankName => f.write_str("Give the theme a name."),
            ThemeError::NameTooLong { limit } => write!(f, "A theme's name can be at most {limit} characters."),
            ThemeError::DuplicateName { name } => write!(f, "There is already a theme called \"{name}\"."),
            ThemeError::NoSuchTheme { name } => write!(f, "There is no theme called \"{name}\" any more."),
            ThemeError::MergeIntoItself { name } => write!(f, "\"{name}\" cannot be merged into itself."),
        }
    }
}

impl std::error::Error for ThemeError {}
