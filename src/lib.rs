//! Partnership Pulse in the browser: the Yew components of the survey, set-up and dashboard
//! pages, the browser's store (IndexedDB, and `localStorage` of earlier releases) and services.
//! The domain is the `partnership-pulse-core` crate (`core/`), re-exported here by module so
//! that `crate::survey`, `crate::analytics`… read the same in both.

pub use pulse_core::{
    analytics, answering, charts, dashboard, embed, fast_hash, i18n, invitations, qr, radix, response, seal, services,
    setup, submission, survey, sync, themes, transfer, workshop,
};

mod browser_store;
pub mod ui;
pub mod web_crypto;

/// The record stores of `pulse_core::store`, with the browser's own.
pub mod store {
    pub use crate::browser_store::{IndexedDbStore, LocalStorage};
    pub use pulse_core::store::*;
}
