//! Every message of the app's own text, by id, with its English wording compiled in (English is
//! the fallback for any message a language lacks). Placeholders are `{name}`; a plural message
//! chooses its form by the number given for one named placeholder.
//!
//! Each page's messages are a set of their own ([`MessageSet`]) with its own translation files,
//! so a respondent's phone never downloads the set-up page's words.

mod dashboard;
mod facilitator;
mod respondent;
mod setup;

pub use dashboard::DashMsg;
pub use facilitator::FacilitatorMsg;
pub use respondent::Msg;
pub use setup::SetupMsg;

/// A message's English wording.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum English {
    /// The same words whatever the numbers.
    Text(&'static str),
    /// Words that depend on the number given for the placeholder `on`.
    Plural {
        /// The placeholder whose number chooses the form.
        on: &'static str,
        /// The form for 1.
        one: &'static str,
        /// The form for every other number.
        other: &'static str,
    },
}

impl English {
    /// The placeholder that chooses the form, for a plural message.
    pub fn plural_on(self) -> Option<&'static str> {
        match self {
            English::Text(_) => None,
            English::Plural { on, .. } => Some(on),
        }
    }

    /// The message's English words (for a plural message, its form for most numbers).
    pub fn text(self) -> &'static str {
        match self {
            English::Text(text) => text,
            English::Plural { other, .. } => other,
        }
    }

    /// Every wording of the message (one, or a form per category).
    pub fn wordings(self) -> Vec<&'static str> {
        match self {
            English::Text(text) => vec![text],
            English::Plural { one, other, .. } => vec![one, other],
        }
    }
}

pub(super) const fn text(words: &'static str) -> English {
    English::Text(words)
}

pub(super) const fn plural(on: &'static str, one: &'static str, other: &'static str) -> English {
    English::Plural { on, one, other }
}

/// A page's messages: each with an id and English words, translated in files of their own.
pub trait MessageSet: Copy + Eq + std::fmt::Debug + 'static {
    /// Every message, in catalogue order.
    const ALL: &'static [Self];
    /// Each message's id and English wording, in catalogue order.
    const TABLE: &'static [(&'static str, English)];
    /// Where the set's translation files are, under the app's folder (`<folder><language>.json`).
    const FOLDER: &'static str;
    /// The languages the set is translated into, besides English.
    const TRANSLATED: &'static [&'static str];
    /// The message's place in the catalogue.
    fn index(self) -> usize;
    /// The message's id in translation files.
    fn id(self) -> &'static str;
    /// The message's English wording.
    fn english(self) -> English;
}

macro_rules! messages {
    ($(#[$meta:meta])* $set:ident, folder $folder:literal, translated [$($language:literal),*];
     $( $name:ident $id:literal => $english:expr; )*) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $set { $( #[doc = $id] $name, )* }

        /// Each message's id and English wording, in catalogue order: a table rather than a
        /// `match`, so the bundle holds data instead of a branch per message.
        const TABLE: &[(&str, $crate::i18n::English)] = &[$( ($id, $english), )*];

        impl $set {
            /// Every message, in catalogue order.
            pub const ALL: &'static [$set] = &[$( $set::$name, )*];

            /// The message's id in translation files.
            pub fn id(self) -> &'static str {
                TABLE[self as usize].0
            }

            /// The message's English wording.
            pub fn english(self) -> $crate::i18n::English {
                TABLE[self as usize].1
            }
        }

        impl $crate::i18n::MessageSet for $set {
            const ALL: &'static [$set] = $set::ALL;
            const TABLE: &'static [(&'static str, $crate::i18n::English)] = TABLE;
            const FOLDER: &'static str = $folder;
            const TRANSLATED: &'static [&'static str] = &[$($language),*];
            fn index(self) -> usize {
                self as usize
            }
            fn id(self) -> &'static str {
                $set::id(self)
            }
            fn english(self) -> $crate::i18n::English {
                $set::english(self)
            }
        }
    };
}
pub(crate) use messages;
