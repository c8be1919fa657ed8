//! The app's own text in the language being shown: a message's words with its placeholders
//! filled, in the catalogue's language where it has them and in English where it does not.

use super::catalogue::{Catalogue, Translated};
use super::messages::{English, MessageSet, Msg};
use super::numbers::{plural_category, written_count};
use super::plural::PluralCategory;
use std::rc::Rc;

/// A value for a message's placeholder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arg<'a> {
    /// A count: it chooses a plural message's form, and is written in digits as the language
    /// writes them (`12,345` in English, `12 345` in French).
    Count(u64),
    /// Words (a name, an address, a reason), written as they are.
    Text(&'a str),
}

impl From<usize> for Arg<'_> {
    fn from(count: usize) -> Self {
        Arg::Count(count as u64)
    }
}

impl From<u32> for Arg<'_> {
    fn from(count: u32) -> Self {
        Arg::Count(u64::from(count))
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(words: &'a str) -> Self {
        Arg::Text(words)
    }
}

/// A page's own text in one language: a catalogue, or none for English.
#[derive(Clone, Debug)]
pub struct Texts<M: MessageSet = Msg> {
    catalogue: Option<Rc<Catalogue<M>>>,
}

impl<M: MessageSet> Default for Texts<M> {
    fn default() -> Self {
        Texts { catalogue: None }
    }
}

impl<M: MessageSet> PartialEq for Texts<M> {
    fn eq(&self, other: &Self) -> bool {
        match (&self.catalogue, &other.catalogue) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        }
    }
}

impl<M: MessageSet> Texts<M> {
    /// English, the language every message has.
    pub fn english() -> Texts<M> {
        Texts::default()
    }

    /// Text in `catalogue`'s language, English where it lacks a message.
    pub fn translated(catalogue: Rc<Catalogue<M>>) -> Texts<M> {
        Texts { catalogue: Some(catalogue) }
    }

    /// The language tag of the text (`en` when English).
    pub fn language(&self) -> &str {
        self.catalogue.as_deref().map_or("en", Catalogue::language)
    }

    /// A message with no placeholders.
    pub fn get(&self, msg: M) -> String {
        self.format(msg, &[])
    }

    /// A message with its placeholders filled from `args`; a plural message's form is chosen
    /// by the count given for its placeholder.
    pub fn format(&self, msg: M, args: &[(&str, Arg)]) -> String {
        let translated = self.catalogue.as_ref().and_then(|catalogue| catalogue.get(msg));
        format_words(msg.english(), translated, self.language(), args)
    }
}

/// A message's words filled from `args`: the translation when there is one, else the English.
/// Not generic, so every page's message sets share one copy of it.
fn format_words(english: English, translated: Option<&Translated>, language: &str, args: &[(&str, Arg)]) -> String {
    let count =
        english.plural_on().and_then(|on| args.iter().find(|(name, _)| *name == on)).and_then(|(_, arg)| match arg {
            Arg::Count(n) => Some(*n),
            Arg::Text(_) => None,
        });
    let words = match (translated, count) {
        (Some(Translated::Text(words)), _) => words.as_str(),
        (Some(Translated::Plural(forms)), count) => {
            // Without a count, the form for "other".
            let wanted = count.map_or(PluralCategory::Other, |n| plural_category(language, n));
            let form = |want: PluralCategory| forms.iter().find(|(category, _)| *category == want);
            form(wanted).or_else(|| form(PluralCategory::Other)).map_or("", |(_, words)| words.as_str())
        }
        (None, _) => english_words(english, count),
    };
    fill(words, language, args)
}

fn english_words(english: English, count: Option<u64>) -> &'static str {
    match english {
        English::Text(words) => words,
        English::Plural { one, .. } if count == Some(1) => one,
        English::Plural { other, .. } => other,
    }
}

/// `words` with each `{name}` replaced by its argument (a count written as `language` writes
/// numbers); a placeholder without one stays.
fn fill(words: &str, language: &str, args: &[(&str, Arg)]) -> String {
    let mut out = String::with_capacity(words.len() + 16);
    let mut rest = words;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            args.iter().find(|(arg, _)| *arg == name).map(|(_, value)| (close, *value))
        });
        match value {
            Some((close, Arg::Count(n))) => {
                out.push_str(&written_count(language, n));
                rest = &after[close + 1..];
            }
            Some((close, Arg::Text(words))) => {
                out.push_str(words);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}
