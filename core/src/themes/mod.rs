//! The facilitator's themes: names they give to groups of free-text answers ("Notice of
//! meetings", "Paying carers"), one set per free-text question, kept on their device with the
//! survey and in the figures CSV, never sent to respondents. Plain data and a reducer, tested
//! natively; the counts by group are in `analytics::theme_counts`.

mod book;
mod error;

pub use book::{
    answer_key_of, answer_key_text, load_themes, save_themes, QuestionThemes, Theme, ThemeAction, ThemeBook,
    MAX_THEME_NAME_CHARS, THEMES_FORMAT,
};
pub use error::ThemeError;
