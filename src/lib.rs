//! Partnership Pulse in the browser: the Yew components of the survey, set-up and dashboard
//! pages, the browser's store (IndexedDB, and `localStorage` of earlier releases) and services.
//! The domain is the `partnership-pulse-core` crate (`core/`), re-exported here by module so
//! that `crate::survey`, `crate::analytics`… read the same in both.

pub use pulse_core::{
    analytics, answering, charts, dashboard, embed, fast_hash, i18n, invitations, qr, radix, response, seal, services,
    setup, submission, survey, sync, themes, transfer, workshop,
};

/// The survey and set-up pages' memory allocator, which each of their binaries declares global:
/// Talc, 1.9 and 2.8 KB gzip smaller than the standard library's dlmalloc there. The dashboard
/// keeps dlmalloc: with 100,000 responses Talc made its start and import 3% slower
/// (docs/performance.md). A page is one thread, which Talc's cell relies on.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
pub type SmallAllocator = talc::wasm::WasmDynamicTalc;

/// A [`SmallAllocator`] for a binary's `#[global_allocator]`.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
pub const fn small_allocator() -> SmallAllocator {
    talc::wasm::new_wasm_dynamic_allocator()
}

mod browser_store;
pub mod ui;
pub mod web_crypto;

/// The record stores of `pulse_core::store`, with the browser's own.
pub mod store {
    pub use crate::browser_store::{IndexedDbStore, LocalStorage};
    pub use pulse_core::store::*;
}
