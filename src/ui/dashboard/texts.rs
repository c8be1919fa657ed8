//! The dashboard's own words, shared by its components.

use crate::i18n::{DashMsg, Texts};
use crate::ui::language::use_page_texts;
use yew::prelude::*;

/// The dashboard's own words in the language shown (English outside a dashboard).
#[hook]
pub fn use_dashboard_texts() -> Texts<DashMsg> {
    use_page_texts::<DashMsg>()
}
