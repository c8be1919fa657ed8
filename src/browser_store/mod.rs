//! The browser's stores: IndexedDB (every collection of `store::RecordStore`) and the
//! `localStorage` earlier releases kept everything in (`store::KeyValueStore`, read once to move).

mod indexed_db;
mod local_storage;

pub use indexed_db::IndexedDbStore;
pub use local_storage::LocalStorage;
