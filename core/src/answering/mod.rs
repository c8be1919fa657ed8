//! Answering a survey: the draft being filled in, and the reducer that moves through it.
//! Plain Rust, tested natively; the UI only renders this state and dispatches actions.

mod answer_text;
mod clearing;
mod draft;
mod flow;
mod screens;
mod spoken;
mod visibility;

pub use answer_text::{answer_text, follow_through_label, FOLLOW_THROUGH_ORDER};
pub use clearing::clear_partner;
pub use draft::{Draft, DraftPosition, DRAFT_FORMAT};
pub use flow::{FlowProblem, RespondAction, RespondState, Step};
pub use screens::{section_screens, Layout, Screen};
pub use spoken::spoken_question;
pub use visibility::{answered_count, is_answered, visible_items, visible_sections};
