//! The facilitator's set-up screen: surveys on this device, editing one, sharing it.

mod app;
mod database;
mod details;
mod follow_through;
mod invitations;
mod named_list;
mod page;
mod questions;
mod saved_list;
mod sealing;
mod share;
mod statements;
mod translations;
pub mod words;

pub use app::SetUpApp;
pub use page::SetUpPage;
