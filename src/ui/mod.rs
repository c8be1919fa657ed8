//! The Yew layer: components that show the domain state and dispatch reducer actions.

mod app;
mod focus;
mod load_errors;
mod outline;
pub mod welcome;

pub use app::{App, AppProps};
pub use load_errors::LoadErrors;
pub use outline::Outline;
pub use welcome::{language_name, Welcome};
