//! Data that could not be read is kept aside in its own collection, never deleted, so that the
//! app can go on and the data can still be recovered.

use super::{Change, Collection, Record, RecordStore, StoreError};

/// Every record kept aside because it could not be read, under the name it is kept as.
pub async fn kept_aside<S: RecordStore>(store: &S, from: Collection) -> Result<Vec<Record>, StoreError> {
    store.group(Collection::KeptAside, from.name()).await
}

/// A free name to keep data from `from` under `key` as: `<collection>:<key>`, with `#2`, `#3`…
/// when data of that key was kept aside before.
pub(super) async fn free_name<S: RecordStore>(store: &S, from: Collection, key: &str) -> Result<String, StoreError> {
    let taken: Vec<String> = kept_aside(store, from).await?.into_iter().map(|record| record.key).collect();
    Ok(unused_name(from, key, |name| taken.iter().any(|kept| kept == name)))
}

/// The name to keep data from `from` under `key` as (see [`free_name`]) when `taken` says which
/// names are in use.
pub(super) fn unused_name(from: Collection, key: &str, taken: impl Fn(&str) -> bool) -> String {
    let base = format!("{}:{key}", from.name());
    let mut name = base.clone();
    let mut number = 1;
    while taken(&name) {
        number += 1;
        name = format!("{base}#{number}");
    }
    name
}

/// The change that keeps `value` aside as `name` (see [`free_name`]).
pub(super) fn keep(from: Collection, name: &str, value: String) -> Change {
    Change::Put(Collection::KeptAside, Record::new(name, from.name(), value))
}

/// Moves the unreadable `record` of `from` aside, in one transaction; the error to report. If
/// even that cannot be written, the record stays where it is, and the error says so.
pub(super) async fn move_aside<S: RecordStore>(store: &S, from: Collection, record: Record) -> StoreError {
    let key = record.key.clone();
    let moved = match free_name(store, from, &key).await {
        Ok(name) => {
            let changes = vec![keep(from, &name, record.value), Change::Delete(from, key.clone())];
            store.write(changes).await.map(|()| name)
        }
        Err(error) => Err(error),
    };
    StoreError::Unreadable { kept_as: moved.unwrap_or_else(|_| key.clone()), key }
}
