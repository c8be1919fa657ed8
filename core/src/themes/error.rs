//! Why a change to the themes was refused.

/// A change to the themes that cannot be made; the themes are left as they were.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ThemeError {
    /// The name is empty or only spaces.
    #[error("blank theme name")]
    BlankName,
    /// The name is longer than the limit.
    #[error("theme name over {limit} characters")]
    NameTooLong { limit: usize },
    /// The question already has a theme of this name (letter case aside).
    #[error("duplicate theme name \"{name}\"")]
    DuplicateName { name: String },
    /// No theme of this name.
    #[error("no theme \"{name}\"")]
    NoSuchTheme { name: String },
    /// A theme cannot be merged into itself.
    #[error("theme \"{name}\" merged into itself")]
    MergeIntoItself { name: String },
}
