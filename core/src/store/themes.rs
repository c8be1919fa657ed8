//! The facilitator's themes of each survey, kept with its definitions.

use super::{kept_aside, Change, Collection, Record, RecordStore, StoreError};
use crate::themes::ThemeBook;

/// Group of the theme books in [`Collection::Surveys`].
const THEMES: &str = "themes";

fn themes_key(survey_id: &str) -> String {
    format!("themes:{survey_id}")
}

/// The themes of survey `survey_id` on this device (none yet: an empty book). An unreadable
/// record is moved aside and reported, never overwritten unread.
pub async fn load_themes<S: RecordStore>(store: &S, survey_id: &str) -> Result<ThemeBook, StoreError> {
    let Some(record) = store.get(Collection::Surveys, &themes_key(survey_id)).await? else {
        return Ok(ThemeBook::new(survey_id));
    };
    match serde_json::from_str::<ThemeBook>(&record.value) {
        Ok(book) if book.survey_id == survey_id => Ok(book),
        _ => Err(kept_aside::move_aside(store, Collection::Surveys, record).await),
    }
}

/// Stores `book` in place of the survey's themes, all or nothing.
pub async fn save_themes<S: RecordStore>(store: &S, book: &ThemeBook) -> Result<(), StoreError> {
    let record = Record::new(&themes_key(&book.survey_id), THEMES, super::to_json(book)?);
    store.write(vec![Change::Put(Collection::Surveys, record)]).await
}
