//! The hasher of the maps keyed by ids (item ids, wave labels, response ids, invitation hashes): rustc's FxHash.
//!
//! The standard library's SipHash resists crafted collisions, at several times the cost per
//! key; here the keys come from the survey and from files a facilitator chose to import, and
//! the worst a crafted file could do is slow its own import.

/// A hash map with FxHash.
pub type FastMap<K, V> = rustc_hash::FxHashMap<K, V>;
/// A hash set with FxHash.
pub type FastSet<T> = rustc_hash::FxHashSet<T>;
