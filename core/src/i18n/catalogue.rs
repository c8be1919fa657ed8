//! A language's translation of the app's own text, read from its translation file
//! (`locales/<language>.json`) and checked message by message.

use super::error::CatalogueProblem;
use super::messages::{English, MessageSet, Msg};
use super::plural::{categories, PluralCategory};
use crate::sorted_map::SortedMap;
use serde::Deserialize;
use std::marker::PhantomData;

/// One message's translated words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Translated {
    /// The same words whatever the number.
    Text(String),
    /// A form per plural category of the language.
    Plural(Vec<(PluralCategory, String)>),
}

/// A language's translation of a page's messages; messages it lacks are shown in English.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Catalogue<M: MessageSet = Msg> {
    language: String,
    messages: Vec<Option<Translated>>,
    set: PhantomData<M>,
}

/// A translation file: its language, and each message's words under its id — or, for a message
/// whose words depend on a number, under `id.form` for each plural form (`"question-count.one"`).
/// A flat map of strings, read by the same code as the survey's own texts.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TranslationFile {
    language: String,
    messages: SortedMap<String, String>,
}

/// A message's words as the file gives them: plain, and (form, words) pairs.
type GivenWords = (Option<String>, Vec<(String, String)>);

impl<M: MessageSet> Catalogue<M> {
    /// Reads `language`'s translation file, refusing it with every problem named.
    pub fn read(json: &str, language: &str) -> Result<Catalogue<M>, Vec<CatalogueProblem>> {
        let messages = read_messages(json, language, M::TABLE)?;
        Ok(Catalogue { language: language.to_owned(), messages, set: PhantomData })
    }

    /// The language translated into.
    pub fn language(&self) -> &str {
        &self.language
    }

    /// The messages this catalogue leaves in English.
    pub fn missing(&self) -> Vec<M> {
        M::ALL.iter().zip(&self.messages).filter(|(_, translated)| translated.is_none()).map(|(msg, _)| *msg).collect()
    }

    /// A message's translation, if the catalogue has one.
    pub fn get(&self, msg: M) -> Option<&Translated> {
        self.messages.get(msg.index())?.as_ref()
    }
}

/// Each message of `table` (ids and English, in catalogue order) translated by the file, or
/// every problem named. Not generic, so every page's message sets share one copy of it.
fn read_messages(
    json: &str,
    language: &str,
    table: &[(&str, English)],
) -> Result<Vec<Option<Translated>>, Vec<CatalogueProblem>> {
    let file: TranslationFile =
        serde_json::from_str(json).map_err(|error| vec![CatalogueProblem::NotJson(error.to_string())])?;
    let mut problems = Vec::new();
    if file.language != language {
        problems.push(CatalogueProblem::WrongLanguage { expected: language.to_owned(), found: file.language });
    }
    // Each message's words, gathered from its keys: plain, or a form per key.
    let mut given: Vec<GivenWords> = vec![(None, Vec::new()); table.len()];
    let known = |id: &str| table.iter().position(|(known, _)| *known == id);
    for (key, words) in file.messages {
        match known(&key) {
            Some(index) => given[index].0 = Some(words),
            None => match key.rsplit_once('.').and_then(|(id, form)| Some((known(id)?, form))) {
                Some((index, form)) => given[index].1.push((form.to_owned(), words)),
                None => problems.push(CatalogueProblem::UnknownMessage(key)),
            },
        }
    }
    let messages = table
        .iter()
        .zip(given)
        .map(|((id, english), (plain, forms))| check(id, *english, plain, forms, language, &mut problems))
        .collect();
    if problems.is_empty() {
        Ok(messages)
    } else {
        Err(problems)
    }
}

fn check(
    id: &str,
    english: English,
    plain: Option<String>,
    forms: Vec<(String, String)>,
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
    let translated = match (plain, forms.is_empty()) {
        (None, true) => return None,
        (Some(words), true) => {
            words_problems(&words, None, problems);
            Translated::Text(words)
        }
        (_, false) if english.plural_on().is_none() => {
            problems.push(CatalogueProblem::NotPlural(id.to_owned()));
            return None;
        }
        (Some(_), false) => {
            problems.push(CatalogueProblem::PlainAndForms(id.to_owned()));
            return None;
        }
        (None, false) => {
            let needed = categories(language);
            let mut checked = Vec::new();
            for (name, words) in forms {
                match PluralCategory::from_name(&name).filter(|category| needed.contains(category)) {
                    Some(category) => {
                        words_problems(&words, Some(category.name()), problems);
                        checked.push((category, words));
                    }
                    None => problems.push(CatalogueProblem::UnknownForm { id: id.to_owned(), form: name }),
                }
            }
            for category in needed {
                if !checked.iter().any(|(given, _)| given == category) {
                    problems.push(CatalogueProblem::MissingForm { id: id.to_owned(), form: category.name() });
                }
            }
            Translated::Plural(checked)
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
