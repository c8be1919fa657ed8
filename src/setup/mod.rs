//! A facilitator's set-up of the built-in instrument, and the share link that carries it.
//! Plain Rust, tested natively.

mod link;
mod model;

pub use link::{decode_link, encode_link, link_bytes, setup_from_json, LinkError, LINK_PREFIX, MAX_SETUP_BYTES};
pub use model::{CustomStatement, SetUp};
