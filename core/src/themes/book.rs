//! One survey's themes, and the changes a facilitator makes to them.

use super::error::ThemeError;
use serde::{Deserialize, Serialize};

/// Version of the stored themes' format.
pub const THEMES_FORMAT: u32 = 1;
/// Longest theme name, in characters: it labels a chart row and a checkbox.
pub const MAX_THEME_NAME_CHARS: usize = 80;

/// How a theme names an answer: its answer key (`analytics::answer_key`) as 16 hex digits.
pub fn answer_key_text(key: u64) -> String {
    format!("{key:016x}")
}

/// The answer key a theme's answer names, if it is one.
pub fn answer_key_of(text: &str) -> Option<u64> {
    u64::from_str_radix(text, 16).ok()
}

/// A theme: its name and the answers in it, each named by its answer key as 16 hex digits
/// (`analytics::answer_key`: neither the response id nor when it was given). An answer may be in
/// several themes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Theme {
    pub name: String,
    #[serde(default)]
    pub answers: Vec<String>,
}

/// The themes of one free-text question, in the order they were added.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionThemes {
    /// The question's item id.
    pub item: String,
    pub themes: Vec<Theme>,
}

/// Every theme of one survey (all its versions: answer keys depend on the survey id only).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThemeBook {
    /// [`THEMES_FORMAT`].
    pub format: u32,
    pub survey_id: String,
    pub questions: Vec<QuestionThemes>,
}

/// A change to the themes of the question `item`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ThemeAction {
    /// A new theme, with no answers yet.
    Add { item: String, name: String },
    /// A new name for a theme.
    Rename { item: String, theme: String, name: String },
    /// Every answer of `from` goes into `into`, and `from` is removed.
    Merge { item: String, from: String, into: String },
    /// The theme is removed (its answers stay, in other themes or none).
    Delete { item: String, theme: String },
    /// The answer is put in the theme (`on`) or taken out of it.
    Tag { item: String, theme: String, answer: String, on: bool },
}

/// `name` trimmed, when it may name a theme of `themes` (`except` is the theme being renamed).
fn checked_name(name: &str, themes: &[Theme], except: Option<usize>) -> Result<String, ThemeError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(ThemeError::BlankName);
    }
    if name.chars().count() > MAX_THEME_NAME_CHARS {
        return Err(ThemeError::NameTooLong { limit: MAX_THEME_NAME_CHARS });
    }
    let taken = themes
        .iter()
        .enumerate()
        .any(|(at, theme)| Some(at) != except && theme.name.to_lowercase() == name.to_lowercase());
    if taken {
        return Err(ThemeError::DuplicateName { name: name.to_owned() });
    }
    Ok(name.to_owned())
}

fn position(themes: &[Theme], name: &str) -> Result<usize, ThemeError> {
    themes.iter().position(|theme| theme.name == name).ok_or_else(|| ThemeError::NoSuchTheme { name: name.to_owned() })
}

impl ThemeBook {
    /// No themes yet for survey `survey_id`.
    pub fn new(survey_id: &str) -> ThemeBook {
        ThemeBook { format: THEMES_FORMAT, survey_id: survey_id.to_owned(), questions: Vec::new() }
    }

    /// The themes of question `item` (none when it has none).
    pub fn themes(&self, item: &str) -> &[Theme] {
        self.questions.iter().find(|question| question.item == item).map_or(&[], |question| &question.themes)
    }

    fn themes_mut(&mut self, item: &str) -> &mut Vec<Theme> {
        let at = match self.questions.iter().position(|question| question.item == item) {
            Some(at) => at,
            None => {
                self.questions.push(QuestionThemes { item: item.to_owned(), themes: Vec::new() });
                self.questions.len() - 1
            }
        };
        &mut self.questions[at].themes
    }

    /// The book after `action`, or why it cannot be made (the book is then unchanged).
    pub fn apply(&self, action: &ThemeAction) -> Result<ThemeBook, ThemeError> {
        let mut book = self.clone();
        match action {
            ThemeAction::Add { item, name } => {
                let themes = book.themes_mut(item);
                let name = checked_name(name, themes, None)?;
                themes.push(Theme { name, answers: Vec::new() });
            }
            ThemeAction::Rename { item, theme, name } => {
                let themes = book.themes_mut(item);
                let at = position(themes, theme)?;
                themes[at].name = checked_name(name, themes, Some(at))?;
            }
            ThemeAction::Merge { item, from, into } => {
                let themes = book.themes_mut(item);
                let (from_at, into_at) = (position(themes, from)?, position(themes, into)?);
                if from_at == into_at {
                    return Err(ThemeError::MergeIntoItself { name: from.clone() });
                }
                let moved = themes.remove(from_at).answers;
                let into_at = if from_at < into_at { into_at - 1 } else { into_at };
                let target = &mut themes[into_at].answers;
                for answer in moved {
                    if !target.contains(&answer) {
                        target.push(answer);
                    }
                }
            }
            ThemeAction::Delete { item, theme } => {
                let themes = book.themes_mut(item);
                let at = position(themes, theme)?;
                themes.remove(at);
            }
            ThemeAction::Tag { item, theme, answer, on } => {
                let themes = book.themes_mut(item);
                let at = position(themes, theme)?;
                let answers = &mut themes[at].answers;
                let held = answers.iter().position(|held| held == answer);
                match (held, on) {
                    (None, true) => answers.push(answer.clone()),
                    (Some(index), false) => {
                        answers.remove(index);
                    }
                    _ => {}
                }
            }
        }
        book.questions.retain(|question| !question.themes.is_empty());
        Ok(book)
    }

    /// The themes of `item` that hold `answer`, by name.
    pub fn themes_of(&self, item: &str, answer: &str) -> Vec<&str> {
        self.themes(item)
            .iter()
            .filter(|theme| theme.answers.iter().any(|held| held == answer))
            .map(|theme| theme.name.as_str())
            .collect()
    }
}

impl crate::store::KeptWithSurvey for ThemeBook {
    const GROUP: &'static str = "themes";
    fn empty(survey_id: &str) -> Self {
        ThemeBook::new(survey_id)
    }
    fn survey_id(&self) -> &str {
        &self.survey_id
    }
}

/// The themes of survey `survey_id` on this device (none yet: an empty book). An unreadable
/// record is moved aside and reported, never overwritten unread.
pub async fn load_themes<S: crate::store::RecordStore>(
    store: &S,
    survey_id: &str,
) -> Result<ThemeBook, crate::store::StoreError> {
    crate::store::load_kept(store, survey_id).await
}

/// Stores `book` in place of the survey's themes, all or nothing.
pub async fn save_themes<S: crate::store::RecordStore>(
    store: &S,
    book: &ThemeBook,
) -> Result<(), crate::store::StoreError> {
    crate::store::save_kept(store, book).await
}
