//! The facilitator's themes of a survey's open answers, kept on the device with the survey.

use crate::store::{load_themes, save_themes, RecordStore, StoreError};
use crate::themes::ThemeBook;

/// The themes of survey `survey_id` kept on this device (an empty book when there are none yet).
pub async fn open_theme_book<S: RecordStore>(store: &S, survey_id: &str) -> Result<ThemeBook, StoreError> {
    load_themes(store, survey_id).await
}

/// Keeps `book` on this device, in place of the survey's earlier themes.
pub async fn keep_theme_book<S: RecordStore>(store: &S, book: &ThemeBook) -> Result<(), StoreError> {
    save_themes(store, book).await
}
