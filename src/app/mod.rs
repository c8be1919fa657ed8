//! Application state, changed only through a reducer that is testable without a browser.

mod state;

pub use state::{AppAction, AppState, Screen};
