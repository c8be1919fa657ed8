//! A language's translation of the app's own text, read from its translation file
//! (`locales/<language>.json`) and checked message by message.

use super::error::CatalogueProblem;
use super::messages::{English, Msg};
use super::plural::{categories, PluralCategory};
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;

/// One message's translated words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Translated {
    /// The same words whatever the number.
    Text(String),
    /// A form per plural category of the language.
    Plural(Vec<(PluralCategory, String)>),
}

/// A language's translation of the app's own text; messages it lacks are shown in English.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Catalogue {
    language: String,
    messages: Vec<Option<Translated>>,
}

/// A message as a translation file writes it: words, or words per plural form.
enum RawText {
    Text(String),
    Forms(Vec<(String, String)>),
}

impl<'de> Deserialize<'de> for RawText {
    // By hand rather than `#[serde(untagged)]`, which buffers every value first.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct RawVisitor;
        impl<'de> Visitor<'de> for RawVisitor {
            type Value = RawText;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("words, or an object of plural forms")
            }
            fn visit_str<E: de::Error>(self, words: &str) -> Result<RawText, E> {
                Ok(RawText::Text(words.to_owned()))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawText, A::Error> {
                let mut forms = Vec::new();
                while let Some(entry) = map.next_entry::<String, String>()? {
                    forms.push(entry);
                }
                Ok(RawText::Forms(forms))
            }
        }
        deserializer.deserialize_any(RawVisitor)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TranslationFile {
    language: String,
    messages: BTreeMap<String, RawText>,
}

impl Catalogue {
    /// Reads `language`'s translation file, refusing it with every problem named.
    pub fn read(json: &str, language: &str) -> Result<Catalogue, Vec<CatalogueProblem>> {
        let file: TranslationFile =
            serde_json::from_str(json).map_err(|error| vec![CatalogueProblem::NotJson(error.to_string())])?;
        let mut problems = Vec::new();
        if file.language != language {
            problems.push(CatalogueProblem::WrongLanguage { expected: language.to_owned(), found: file.language });
        }
        let mut messages = vec![None; Msg::ALL.len()];
        for (id, raw) in file.messages {
            let Some(index) = Msg::ALL.iter().position(|msg| msg.id() == id) else {
                problems.push(CatalogueProblem::UnknownMessage(id));
                continue;
            };
            let english = Msg::ALL[index].english();
            if let Some(translated) = check(&id, english, raw, language, &mut problems) {
                messages[index] = Some(translated);
            }
        }
        if problems.is_empty() {
            Ok(Catalogue { language: language.to_owned(), messages })
        } else {
            Err(problems)
        }
    }

    /// The language translated into.
    pub fn language(&self) -> &str {
        &self.language
    }

    /// The messages this catalogue leaves in English.
    pub fn missing(&self) -> Vec<Msg> {
        Msg::ALL
            .iter()
            .zip(&self.messages)
            .filter(|(_, translated)| translated.is_none())
            .map(|(msg, _)| *msg)
            .collect()
    }

    /// A message's translation, if the catalogue has one.
    pub fn get(&self, msg: Msg) -> Option<&Translated> {
        let index = Msg::ALL.iter().position(|known| *known == msg)?;
        self.messages.get(index)?.as_ref()
    }
}

fn check(
    id: &str,
    english: English,
    raw: RawText,
    language: &str,
    problems: &mut Vec<CatalogueProblem>,
) -> Option<Translated> {
    let known = english.wordings().into_iter().flat_map(placeholders).collect::<Vec<_>>();
    let before = problems.len();
    let words_problems = |words: &str, form: Option<&'static str>, problems: &mut Vec<CatalogueProblem>| {
        if words.trim().is_empty() {
            problems.push(CatalogueProblem::Empty { id: id.to_owned(), form });
        }
        for placeholder in placeholders(words) {
            if !known.contains(&placeholder) {
                problems.push(CatalogueProblem::UnknownPlaceholder {
                    id: id.to_owned(),
                    placeholder: placeholder.to_owned(),
                });
            }
        }
    };
    let translated = match raw {
        RawText::Text(words) => {
            words_problems(&words, None, problems);
            Translated::Text(words)
        }
        RawText::Forms(_) if english.plural_on().is_none() => {
            problems.push(CatalogueProblem::NotPlural(id.to_owned()));
            return None;
        }
        RawText::Forms(given) => {
            let needed = categories(language);
            let mut forms = Vec::new();
            for (name, words) in given {
                match PluralCategory::from_name(&name).filter(|category| needed.contains(category)) {
                    Some(category) => {
                        words_problems(&words, Some(category.name()), problems);
                        forms.push((category, words));
                    }
                    None => problems.push(CatalogueProblem::UnknownForm { id: id.to_owned(), form: name }),
                }
            }
            for category in needed {
                if !forms.iter().any(|(given, _)| given == category) {
                    problems.push(CatalogueProblem::MissingForm { id: id.to_owned(), form: category.name() });
                }
            }
            Translated::Plural(forms)
        }
    };
    (problems.len() == before).then_some(translated)
}

/// The `{name}` placeholders of some words, in order.
pub fn placeholders(words: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = words;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        let name = &after[..close];
        if !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
            found.push(name);
        }
        rest = &after[close + 1..];
    }
    found
}
