//! The facilitator's translations of their own texts — the title, the group and partner names,
//! the statements they added — into the other languages the survey offers, and the translation
//! file that takes them to a translator and back, checked like a survey definition.

use super::model::SetUp;
use crate::sorted_map::SortedMap;
use crate::survey::SurveyDefinition;
use serde::{Deserialize, Serialize};

/// The format of translation files this version writes and reads.
pub const TRANSLATION_FORMAT: u32 = 1;

/// Every text of the set-up a translation gives, as (key, words in the set-up's language):
/// `title`, `group.<id>`, `partner.<id>`, `statement.<id>`, and when the survey asks about agreed
/// actions `follow-through.title`, `follow-through.intro` and `action.<number>`.
pub fn translation_keys(setup: &SetUp) -> Vec<(String, String)> {
    let mut keys = vec![("title".to_owned(), setup.title.clone())];
    keys.extend(setup.groups.iter().map(|(id, label)| (format!("group.{id}"), label.clone())));
    keys.extend(setup.partners.iter().map(|(id, label)| (format!("partner.{id}"), label.clone())));
    keys.extend(setup.custom.iter().map(|statement| (format!("statement.{}", statement.id), statement.label.clone())));
    if !setup.follow_through.is_empty() {
        let (title, intro) = setup.follow_through_words();
        keys.push(("follow-through.title".to_owned(), title.to_owned()));
        keys.push(("follow-through.intro".to_owned(), intro.to_owned()));
        keys.extend(setup.follow_through.iter().map(|(action, what)| (format!("action.{action}"), what.clone())));
    }
    keys
}

/// The base instrument's own words for `key` in `language`, when the set-up kept the base's
/// text unchanged (a built-in group keeps its Welsh name until it is renamed); the app's own
/// words for the follow-through section's title and introduction.
pub fn base_translation(setup: &SetUp, base: &SurveyDefinition, key: &str, language: &str) -> Option<String> {
    let source = &setup.language;
    let (kind, id) = key.split_once('.').unwrap_or((key, ""));
    let (text, kept) = match kind {
        "follow-through" => {
            let (title, intro) = super::model::follow_through_words(language)?;
            return Some(if id == "title" { title } else { intro }.to_owned());
        }
        "title" => (&base.title, &setup.title),
        "group" => {
            let kept = setup.groups.iter().find(|(group, _)| group == id).map(|(_, label)| label)?;
            (&base.groups.iter().find(|group| group.id == id)?.label, kept)
        }
        "partner" => {
            let kept = setup.partners.iter().find(|(partner, _)| partner == id).map(|(_, label)| label)?;
            (&base.partners.iter().find(|partner| partner.id == id)?.label, kept)
        }
        _ => return None,
    };
    let unchanged = text.0.get(source).is_some_and(|words| words == kept);
    text.0.get(language).filter(|words| unchanged && !words.trim().is_empty()).cloned()
}

/// The words respondents see for `key` in `language`: the facilitator's translation, else the
/// base instrument's own for an unchanged text, else none (they see the set-up's language).
pub fn translation_of(setup: &SetUp, base: &SurveyDefinition, key: &str, language: &str) -> Option<String> {
    let own =
        setup.translations.get(language).and_then(|texts| texts.get(key)).filter(|words| !words.trim().is_empty());
    own.cloned().or_else(|| base_translation(setup, base, key, language))
}

/// A translation file: the texts to translate in the survey's language, and their translations
/// by the same keys.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TranslationFile {
    /// [`TRANSLATION_FORMAT`].
    pub format: u32,
    /// The survey's id: a file is only read into the survey it was written for.
    pub survey: String,
    /// The language translated from (the set-up's language).
    pub from_language: String,
    /// The language translated into.
    pub language: String,
    /// Each text to translate, for the translator to read.
    pub source: SortedMap<String, String>,
    /// Each text's translation (empty until translated).
    pub texts: SortedMap<String, String>,
}

impl TranslationFile {
    /// The file for translating `setup` into `language`, with what is translated already.
    pub fn new(setup: &SetUp, base: &SurveyDefinition, language: &str) -> TranslationFile {
        let keys = translation_keys(setup);
        TranslationFile {
            format: TRANSLATION_FORMAT,
            survey: setup.id.clone(),
            from_language: setup.language.clone(),
            language: language.to_owned(),
            texts: keys
                .iter()
                .map(|(key, _)| (key.clone(), translation_of(setup, base, key, language).unwrap_or_default()))
                .collect(),
            source: keys.into_iter().collect(),
        }
    }

    /// The file as JSON, indented for a person to edit.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// Why a translation file was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TranslationProblem {
    /// Not a translation file (or one of another format).
    #[error("not a translation file: {0}")]
    NotATranslationFile(String),
    /// A file written for another survey.
    #[error("translates survey \"{found}\", not \"{expected}\"")]
    OtherSurvey { expected: String, found: String },
    /// A language the survey does not offer, or the survey's own.
    #[error("language \"{0}\" not offered")]
    LanguageNotOffered(String),
    /// A text of the survey the file does not translate.
    #[error("missing \"{0}\"")]
    Missing(String),
    /// A key that is not a text of this survey (a group since removed, a typing slip).
    #[error("unknown text \"{0}\"")]
    Extra(String),
    /// A text left empty.
    #[error("empty \"{0}\"")]
    Empty(String),
}

/// Reads a translation file for `setup` (whose base offers `offered`): its language and every
/// text's translation, or every problem named. Nothing of a refused file is taken.
pub fn read_translation(
    json: &str,
    setup: &SetUp,
    offered: &[String],
) -> Result<(String, SortedMap<String, String>), Vec<TranslationProblem>> {
    let file: TranslationFile =
        serde_json::from_str(json).map_err(|error| vec![TranslationProblem::NotATranslationFile(error.to_string())])?;
    if file.format != TRANSLATION_FORMAT {
        return Err(vec![TranslationProblem::NotATranslationFile(format!(
            "it is of format {}, and this version reads format {TRANSLATION_FORMAT}",
            file.format
        ))]);
    }
    let mut problems = Vec::new();
    if file.survey != setup.id {
        problems.push(TranslationProblem::OtherSurvey { expected: setup.id.clone(), found: file.survey.clone() });
    }
    if file.language == setup.language || !offered.contains(&file.language) {
        problems.push(TranslationProblem::LanguageNotOffered(file.language.clone()));
    }
    let keys = translation_keys(setup);
    for (key, _) in &keys {
        match file.texts.get(key) {
            None => problems.push(TranslationProblem::Missing(key.clone())),
            Some(words) if words.trim().is_empty() => problems.push(TranslationProblem::Empty(key.clone())),
            Some(_) => {}
        }
    }
    for key in file.texts.keys().filter(|key| !keys.iter().any(|(known, _)| known == *key)) {
        problems.push(TranslationProblem::Extra(key.clone()));
    }
    if problems.is_empty() {
        let texts = file.texts.into_iter().map(|(key, words)| (key, words.trim().to_owned())).collect();
        Ok((file.language, texts))
    } else {
        Err(problems)
    }
}
