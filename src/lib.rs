//! Partnership Pulse: stakeholder perception surveys about partnerships between organisations,
//! answered, stored and analysed entirely in the browser.
//!
//! The domain (`survey`, `answering`, `analytics`, `charts`, `setup`, `transfer`, `store`,
//! `submission`) is plain Rust that compiles and is tested natively; `ui` is the thin Yew layer
//! on top.

pub mod analytics;
pub mod answering;
pub mod charts;
pub mod dashboard;
pub mod embed;
pub mod fast_hash;
pub mod i18n;
pub mod invitations;
pub mod qr;
pub mod radix;
pub mod response;
pub mod services;
pub mod setup;
pub mod store;
pub mod submission;
pub mod survey;
pub mod sync;
pub mod themes;
pub mod transfer;
pub mod ui;
