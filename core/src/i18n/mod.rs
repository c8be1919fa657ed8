//! The app's own text in the respondent's language: every message by id with English compiled
//! in ([`Msg`]), other languages read from translation files on demand ([`Catalogue`]), plural
//! forms by the CLDR rules of each language, and the direction text runs in.
//!
//! Why not Fluent: `fluent-bundle` with its language-tag crate cost the survey page 64.5 KB
//! gzip in a probe, against 6.6 KB for this compile-time catalogue (docs/guide.md, "Languages").

mod catalogue;
mod direction;
mod error;
mod messages;
mod numbers;
mod plural;
mod texts;

pub use catalogue::{placeholders, Catalogue, Translated};
pub use direction::{direction, is_right_to_left};
pub use error::CatalogueProblem;
pub use messages::{DashMsg, English, FacilitatorMsg, MessageSet, Msg, SetupMsg};
pub use numbers::{install_number_rules, plural_category, with_commas, written_count, NumberRules};
pub use plural::{categories, category, primary_language, PluralCategory};
pub use texts::{Arg, Texts};

/// The languages the respondent's screens are translated into, besides English: each has its
/// file `locales/<language>.json`, fetched from beside the app when chosen.
pub const TRANSLATED: &[&str] = <Msg as MessageSet>::TRANSLATED;

/// The tag for a page's `lang` attribute: Easy Read is English to a screen reader or a
/// browser (`en-easy` is the app's own tag, not a valid BCP 47 one).
pub fn markup_language(tag: &str) -> &str {
    tag.strip_suffix("-easy").unwrap_or(tag)
}

/// A language's own name, for the language switcher; the tag when the app does not know it.
pub fn language_name(tag: &str) -> &str {
    match tag {
        "en" => "English",
        "en-easy" => "Easy Read English",
        "cy" => "Cymraeg (Welsh)",
        "gd" => "Gàidhlig (Scottish Gaelic)",
        "ga" => "Gaeilge (Irish)",
        "fr" => "Français (French)",
        "de" => "Deutsch (German)",
        "es" => "Español (Spanish)",
        "pl" => "Polski (Polish)",
        "ar" => "العربية (Arabic)",
        "ur" => "اردو (Urdu)",
        "pa" => "ਪੰਜਾਬੀ (Punjabi)",
        other => other,
    }
}
