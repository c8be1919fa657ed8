//! Text in one or more languages, as a survey author writes it.

use crate::sorted_map::SortedMap;
use serde::{Deserialize, Serialize};

/// A piece of survey text keyed by language tag (`"en"`, `"cy"`, ...).
///
/// The survey's default language must always be present; other languages fall back to it,
/// so a partly translated survey still shows every question.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LocalText(pub SortedMap<String, String>);

impl LocalText {
    /// Text in one language only; handy for tests and for the set-up screen.
    pub fn new(language: &str, text: &str) -> Self {
        let mut map = SortedMap::new();
        map.insert(language.to_owned(), text.to_owned());
        LocalText(map)
    }

    /// The text in `language`, else in `fallback`, else empty.
    pub fn get<'a>(&'a self, language: &str, fallback: &str) -> &'a str {
        self.0.get(language).or_else(|| self.0.get(fallback)).map(String::as_str).unwrap_or("")
    }

    /// Whether the text in `language` is missing or only whitespace.
    pub fn is_blank_in(&self, language: &str) -> bool {
        self.0.get(language).is_none_or(|text| text.trim().is_empty())
    }
}
