//! An in-memory store for tests, which can be told to fail like a full or absent browser store.

use super::{KeyValueStore, StoreError};
use std::cell::RefCell;
use std::collections::BTreeMap;

/// A [`KeyValueStore`] in memory.
#[derive(Debug, Default)]
pub struct MemoryStorage {
    /// The stored values.
    pub values: RefCell<BTreeMap<String, String>>,
    /// When set, every write fails with this error (reads still work).
    pub fail_writes: RefCell<Option<StoreError>>,
}

impl KeyValueStore for MemoryStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.values.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(error) = self.fail_writes.borrow().clone() {
            return Err(error);
        }
        self.values.borrow_mut().insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.values.borrow().keys().cloned().collect())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        if let Some(error) = self.fail_writes.borrow().clone() {
            return Err(error);
        }
        self.values.borrow_mut().remove(key);
        Ok(())
    }
}
