//! In-memory stores for tests, which can be told to fail like a full or absent browser store.

use super::{AddError, Change, Collection, KeyValueStore, Record, RecordStore, StoreError};
use std::cell::RefCell;
use std::collections::BTreeMap;

/// A [`RecordStore`] in memory, with IndexedDB's all-or-nothing writes.
#[derive(Debug, Default)]
pub struct MemoryStore {
    /// The stored records.
    pub records: RefCell<BTreeMap<(Collection, String), Record>>,
    /// When set, every write fails with this error (reads still work).
    pub fail_writes: RefCell<Option<StoreError>>,
}

impl MemoryStore {
    /// How many records `collection` holds.
    pub fn count(&self, collection: Collection) -> usize {
        self.records.borrow().keys().filter(|(c, _)| *c == collection).count()
    }

    /// How many responses are stored, loose and packed.
    pub fn response_count(&self) -> usize {
        let records = self.records.borrow();
        let packed = records
            .iter()
            .filter(|((collection, _), _)| *collection == Collection::PackedIds)
            .map(|(_, record)| record.value.split('\n').filter(|id| !id.is_empty()).count())
            .sum::<usize>();
        packed + records.keys().filter(|(collection, _)| *collection == Collection::Responses).count()
    }

    fn refuse_write(&self) -> Result<(), StoreError> {
        self.fail_writes.borrow().clone().map_or(Ok(()), Err)
    }

    fn apply(&self, changes: Vec<Change>) {
        let mut records = self.records.borrow_mut();
        for change in changes {
            match change {
                Change::Put(collection, record) => records.insert((collection, record.key.clone()), record),
                Change::Delete(collection, key) => records.remove(&(collection, key)),
            };
        }
    }
}

impl RecordStore for MemoryStore {
    async fn get(&self, collection: Collection, key: &str) -> Result<Option<Record>, StoreError> {
        Ok(self.records.borrow().get(&(collection, key.to_owned())).cloned())
    }

    async fn group(&self, collection: Collection, group: &str) -> Result<Vec<Record>, StoreError> {
        let records = self.records.borrow();
        Ok(records.iter().filter(|((c, _), r)| *c == collection && r.group == group).map(|(_, r)| r.clone()).collect())
    }

    async fn write(&self, changes: Vec<Change>) -> Result<(), StoreError> {
        self.refuse_write()?;
        self.apply(changes);
        Ok(())
    }

    async fn add_new(&self, collection: Collection, new: Vec<Record>, with: Vec<Change>) -> Result<usize, StoreError> {
        self.refuse_write()?;
        let before = self.records.borrow().len();
        {
            let mut records = self.records.borrow_mut();
            for record in new {
                records.entry((collection, record.key.clone())).or_insert(record);
            }
        }
        let added = self.records.borrow().len() - before;
        self.apply(with);
        Ok(added)
    }

    async fn update<T, E>(
        &self,
        reads: &[(Collection, &str)],
        _writes: &[Collection],
        decide: impl FnOnce(Vec<Vec<Record>>, &mut dyn FnMut(Change)) -> Result<(Vec<Change>, T), E>,
    ) -> Result<T, AddError<E>> {
        let mut found = Vec::with_capacity(reads.len());
        for (collection, group) in reads {
            found.push(self.group(*collection, group).await.map_err(AddError::Store)?);
        }
        // Held until the end, as a transaction holds them: all or nothing.
        let mut given = Vec::new();
        let (changes, value) = decide(found, &mut |change| given.push(change)).map_err(AddError::Maker)?;
        given.extend(changes);
        self.write(given).await.map_err(AddError::Store)?;
        Ok(value)
    }

    async fn add_new_as_made<E>(
        &self,
        collection: Collection,
        mut next: impl FnMut() -> Option<Result<Record, E>>,
    ) -> Result<usize, AddError<E>> {
        // Made in full first, as a transaction would hold them, then added all at once.
        let mut made = Vec::new();
        while let Some(record) = next() {
            made.push(record.map_err(AddError::Maker)?);
        }
        self.refuse_write().map_err(AddError::Store)?;
        self.add_new(collection, made, Vec::new()).await.map_err(AddError::Store)
    }
}

/// A [`KeyValueStore`] in memory (a `localStorage` written by an earlier release, in tests).
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
