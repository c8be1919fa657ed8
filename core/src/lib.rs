//! Partnership Pulse's domain: the survey, answering it, the responses and their formats,
//! scoring, aggregation and small-number protection, the charts, the set-up, invitations, the
//! store's trait and the workflows over it. Plain Rust with no browser in it: it compiles and is
//! tested natively, and the web crate (`partnership-pulse`: Yew components, the browser's store
//! and services) builds on it. See docs/architecture.md.

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
pub mod seal;
pub mod services;
pub mod setup;
pub mod sorted_map;
pub mod store;
pub mod submission;
pub mod survey;
pub mod sync;
pub mod themes;
pub mod transfer;
pub mod workshop;
