//! The Yew layer: components that show the domain state and dispatch reducer actions.

mod app;
pub mod connection_form;
pub mod couch;
pub mod dashboard;
pub mod device;
pub mod file_pieces;
mod focus;
mod hooks;
pub mod host;
pub mod language;
mod load_errors;
pub mod numbers;
mod persistence;
pub mod platform;
pub mod problem_words;
pub mod qr_code;
pub mod reduced;
pub mod respond;
mod respondent;
pub mod setup;
mod submission;
pub mod sync_words;

pub use app::{App, AppProps};
pub use load_errors::{error_screen, load_errors};
pub use persistence::StoragePersistence;
