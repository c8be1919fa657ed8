//! The browser's IndexedDB, through `web-sys` directly: the app needs five operations, which cost
//! fewer bytes as a few calls than a wrapper crate's whole API on the survey page. Each record is
//! an object `{k, g, v}` (key, group, JSON text) in the object store of its collection, with an
//! index on `g`. Every request of a transaction is made at once and only the transaction's end is
//! awaited, so no transaction closes early while Rust waits.

use crate::store::{AddError, Change, Collection, Record, RecordStore, StoreError};
use js_sys::{Array, Function, Object, Promise, Reflect};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStoreParameters, IdbRequest, IdbTransaction, IdbTransactionMode};

/// The database's name.
const DATABASE: &str = "partnership-pulse";
/// The schema's version: raise it when collections change. Upgrading creates the collections a
/// database lacks (1: the first five; 2: the outbox; 3: packed responses and their ids) and leaves
/// the others and their records alone.
const SCHEMA: u32 = 3;
/// Name of the index on the group.
const BY_GROUP: &str = "g";
/// How long a call waits for the database to open before saying another tab holds it: opening
/// takes milliseconds, unless a connection elsewhere keeps an upgrade waiting (then for ever).
const OPEN_WAIT_MS: i32 = 8_000;
/// What opening rejects with when the database is a newer release's.
const NEWER_RELEASE: &str = "VersionError";
/// What opening rejects with when another connection keeps the upgrade waiting.
const BLOCKED: &str = "blocked";

/// The app's IndexedDB database, opened once and shared by clones.
#[derive(Clone, Debug)]
pub struct IndexedDbStore {
    /// Resolves to the open `IDBDatabase`, or rejects when the browser refuses storage.
    database: Promise,
    /// Set once opening has succeeded or failed.
    settled: Rc<Cell<bool>>,
    /// Set once a call gave up waiting for the database to open: later calls fail at once
    /// (until it opens after all) instead of each waiting again.
    gave_up: Rc<Cell<bool>>,
}

impl Default for IndexedDbStore {
    fn default() -> Self {
        IndexedDbStore::open()
    }
}

impl IndexedDbStore {
    /// Starts opening the database (creating its collections on first use); a browser that
    /// refuses IndexedDB makes every later call fail with [`StoreError::Unavailable`].
    pub fn open() -> IndexedDbStore {
        let settled = Rc::new(Cell::new(false));
        let on_settled = settled.clone();
        let database = Promise::new(&mut |resolve, reject| open_database(resolve, reject, on_settled.clone()));
        IndexedDbStore { database, settled, gave_up: Rc::new(Cell::new(false)) }
    }

    /// The open database. A database that does not open in [`OPEN_WAIT_MS`] is said to be
    /// blocked, so that nothing (a Submit) waits for ever without a word.
    async fn database(&self) -> Result<IdbDatabase, StoreError> {
        if !self.settled.get() && self.gave_up.get() {
            return Err(StoreError::Blocked);
        }
        let waited = Promise::race(&Array::of2(&self.database, &timer(OPEN_WAIT_MS)));
        let database = JsFuture::from(waited).await.map_err(|why| match why.as_string().as_deref() {
            Some(NEWER_RELEASE) => StoreError::NewerRelease,
            Some(BLOCKED) => StoreError::Blocked,
            _ => StoreError::Unavailable,
        })?;
        if !self.settled.get() {
            self.gave_up.set(true);
            return Err(StoreError::Blocked);
        }
        database.dyn_into().map_err(|_| StoreError::Unavailable)
    }

    async fn transaction(&self, collections: &[Collection], write: bool) -> Result<IdbTransaction, StoreError> {
        let names: Array = collections.iter().map(|c| JsValue::from_str(c.name())).collect();
        let mode = if write { IdbTransactionMode::Readwrite } else { IdbTransactionMode::Readonly };
        self.database().await?.transaction_with_str_sequence_and_mode(&names, mode).map_err(|_| StoreError::Unavailable)
    }
}

/// A promise that resolves (with nothing) after `milliseconds`.
fn timer(milliseconds: i32) -> Promise {
    Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, milliseconds);
        }
    })
}

impl IndexedDbStore {
    /// A read-write transaction over `reads` and `writes`, still active, with every record listed
    /// under each of `reads`. Requests end in the order they were made, so once the last has, all
    /// have; its end is awaited in the same turn as its success event (promise continuations run
    /// before the event ends), so the caller's changes still go into the transaction.
    async fn read_for_update(
        &self,
        reads: &[(Collection, &str)],
        writes: &[Collection],
    ) -> Result<(IdbTransaction, Vec<Vec<Record>>), StoreError> {
        let mut collections: Vec<Collection> = reads.iter().map(|(collection, _)| *collection).collect();
        collections.extend_from_slice(writes);
        let transaction = self.transaction(&collections, true).await?;
        let mut requests = Vec::with_capacity(reads.len());
        for (collection, group) in reads {
            let store = transaction.object_store(collection.name()).map_err(|_| StoreError::Unavailable)?;
            let index = store.index(BY_GROUP).map_err(|_| StoreError::Unavailable)?;
            requests.push(index.get_all_with_key(&JsValue::from_str(group)).map_err(|_| StoreError::Unavailable)?);
        }
        let waits: Vec<Promise> = requests.iter().map(ended).collect();
        if let Some(last) = waits.last() {
            if JsFuture::from(last.clone()).await.is_err() {
                let failed = requests.last().and_then(|request| request.error().ok().flatten());
                return Err(error_named(failed.map(|error| error.name())));
            }
        }
        let mut found = Vec::with_capacity(requests.len());
        for request in &requests {
            let objects: Array = request.result().map_err(|_| StoreError::Unavailable)?.unchecked_into();
            found.push(objects.iter().map(|object| from_object(&object)).collect());
        }
        Ok((transaction, found))
    }
}

/// Opens the database for `Promise::new`: resolves with it, or rejects (with [`NEWER_RELEASE`] or
/// [`BLOCKED`] when that is why); `settled` is set either way.
fn open_database(resolve: Function, reject: Function, settled: Rc<Cell<bool>>) {
    let request = web_sys::window()
        .and_then(|window| window.indexed_db().ok().flatten())
        .and_then(|factory| factory.open_with_u32(DATABASE, SCHEMA).ok());
    let Some(request) = request else {
        settled.set(true);
        let _ = reject.call0(&JsValue::NULL);
        return;
    };
    let upgrading = request.clone();
    let upgrade = wasm_bindgen::closure::Closure::once_into_js(move || {
        let Ok(database) = upgrading.result().and_then(|db| db.dyn_into::<IdbDatabase>()) else {
            return;
        };
        let parameters = IdbObjectStoreParameters::new();
        parameters.set_key_path(&JsValue::from_str("k"));
        let existing = database.object_store_names();
        for collection in Collection::ALL.into_iter().filter(|c| !existing.contains(c.name())) {
            if let Ok(store) = database.create_object_store_with_optional_parameters(collection.name(), &parameters) {
                let _ = store.create_index_with_str(BY_GROUP, BY_GROUP);
            }
        }
    });
    request.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    let opened = request.clone();
    let on_success = settled.clone();
    let success = wasm_bindgen::closure::Closure::once_into_js(move || {
        on_success.set(true);
        let database = opened.result().unwrap_or(JsValue::NULL);
        if let Some(open) = database.dyn_ref::<IdbDatabase>() {
            // A newer release opening the database in another tab must not wait for this one to
            // close: this tab lets go (its later calls fail as unavailable, said in words).
            let closing = open.clone();
            let let_go = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || closing.close());
            open.set_onversionchange(Some(let_go.as_ref().unchecked_ref()));
            let_go.forget();
        }
        let _ = resolve.call1(&JsValue::NULL, &database);
    });
    request.set_onsuccess(Some(success.unchecked_ref()));
    let failed = request.clone();
    let failing = reject.clone();
    let error = wasm_bindgen::closure::Closure::once_into_js(move || {
        settled.set(true);
        let name = failed.error().ok().flatten().map(|error| error.name()).unwrap_or_default();
        let _ = failing.call1(&JsValue::NULL, &JsValue::from_str(&name));
    });
    request.set_onerror(Some(error.unchecked_ref()));
    // Another connection (a tab of an earlier release) keeps the upgrade waiting: said at once;
    // should the database open after all, later calls use it.
    let blocked = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = reject.call1(&JsValue::NULL, &JsValue::from_str(BLOCKED));
    });
    request.set_onblocked(Some(blocked.unchecked_ref()));
}

/// The error a failed request or transaction names: full when the browser says so.
fn error_named(name: Option<String>) -> StoreError {
    match name.as_deref() {
        Some("QuotaExceededError") => StoreError::Full,
        _ => StoreError::Unavailable,
    }
}

/// A promise that settles when `request` ends (resolves on success, rejects on error).
fn ended(request: &IdbRequest) -> Promise {
    Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    })
}

/// Waits for `request`'s result.
async fn result(request: IdbRequest) -> Result<JsValue, StoreError> {
    match JsFuture::from(ended(&request)).await {
        Ok(_) => request.result().map_err(|_| StoreError::Unavailable),
        Err(_) => Err(error_named(request.error().ok().flatten().map(|error| error.name()))),
    }
}

/// Waits for `transaction` to commit; an abort (a failed request, a full disk) is an error and
/// nothing of the transaction is stored.
async fn committed(transaction: &IdbTransaction) -> Result<(), StoreError> {
    let done = Promise::new(&mut |resolve, reject| {
        transaction.set_oncomplete(Some(&resolve));
        transaction.set_onabort(Some(&reject));
    });
    JsFuture::from(done).await.map(|_| ()).map_err(|_| error_named(transaction.error().map(|error| error.name())))
}

/// The stored object of `record` in `collection`. A pack's JSON is kept as its UTF-8 bytes: read
/// back, bytes are copied into the page's memory in one go, where text is converted a character
/// at a time (about a tenth of the dashboard's start with 100,000 responses stored).
fn to_object(collection: Collection, record: &Record) -> JsValue {
    let object = Object::new();
    let _ = Reflect::set(&object, &JsValue::from_str("k"), &JsValue::from_str(&record.key));
    let _ = Reflect::set(&object, &JsValue::from_str(BY_GROUP), &JsValue::from_str(&record.group));
    let value: JsValue = if collection == Collection::Packed {
        js_sys::Uint8Array::from(record.value.as_bytes()).into()
    } else {
        JsValue::from_str(&record.value)
    };
    let _ = Reflect::set(&object, &JsValue::from_str("v"), &value);
    object.into()
}

/// The record of a stored object. One of another shape (written by something other than this
/// release) keeps its whole self as its value, which no reader takes for data of its own: it is
/// then kept aside and said like any unreadable record, never passed over without a word.
fn from_object(object: &JsValue) -> Record {
    let field = |name: &str| Reflect::get(object, &JsValue::from_str(name)).unwrap_or_default();
    let text = |value: JsValue| {
        value.as_string().unwrap_or_else(|| {
            js_sys::JSON::stringify(&value).ok().and_then(|text| text.as_string()).unwrap_or_default()
        })
    };
    let (key, group, value) = (field("k"), field(BY_GROUP), field("v"));
    // Text, or a pack's UTF-8 bytes (a pack of an earlier release is text).
    let bytes = value.dyn_ref::<js_sys::Uint8Array>().and_then(|bytes| String::from_utf8(bytes.to_vec()).ok());
    let value = match bytes {
        Some(text) => text,
        None if value.is_string() => text(value),
        None => text(object.clone()),
    };
    Record { key: text(key), group: group.as_string().unwrap_or_default(), value }
}

/// Gives up a transaction whose request could not even be made (the browser threw `error`), so
/// that nothing of it stays.
fn abandon(transaction: &IdbTransaction, error: JsValue) -> StoreError {
    let _ = transaction.abort();
    error_named(Reflect::get(&error, &JsValue::from_str("name")).ok().and_then(|name| name.as_string()))
}

impl RecordStore for IndexedDbStore {
    async fn get(&self, collection: Collection, key: &str) -> Result<Option<Record>, StoreError> {
        let transaction = self.transaction(&[collection], false).await?;
        let store = transaction.object_store(collection.name()).map_err(|_| StoreError::Unavailable)?;
        let request = store.get(&JsValue::from_str(key)).map_err(|_| StoreError::Unavailable)?;
        let found = result(request).await?;
        Ok((!found.is_undefined()).then(|| from_object(&found)))
    }

    async fn group(&self, collection: Collection, group: &str) -> Result<Vec<Record>, StoreError> {
        let transaction = self.transaction(&[collection], false).await?;
        let store = transaction.object_store(collection.name()).map_err(|_| StoreError::Unavailable)?;
        let index = store.index(BY_GROUP).map_err(|_| StoreError::Unavailable)?;
        let request = index.get_all_with_key(&JsValue::from_str(group)).map_err(|_| StoreError::Unavailable)?;
        let objects: Array = result(request).await?.unchecked_into();
        Ok(objects.iter().map(|object| from_object(&object)).collect())
    }

    async fn group_in_batches(
        &self,
        collection: Collection,
        group: &str,
        batch: u32,
        mut each: impl FnMut(Vec<Record>),
    ) -> Result<(), StoreError> {
        // Pages through the whole collection by key (an index on the group alone cannot be paged),
        // keeping the group's records: on a facilitator's device nearly all are one survey's. The
        // next page is asked for before this one is handed over, so the browser reads it while
        // the page works on this one.
        let transaction = self.transaction(&[collection], false).await?;
        let store = transaction.object_store(collection.name()).map_err(|_| StoreError::Unavailable)?;
        let page = |after: Option<&JsValue>| {
            let range = match after {
                Some(key) => web_sys::IdbKeyRange::lower_bound_with_open(key, true).map(JsValue::from),
                None => Ok(JsValue::UNDEFINED),
            };
            range
                .and_then(|range| store.get_all_with_key_and_limit(&range, batch.max(1)))
                .map_err(|_| StoreError::Unavailable)
        };
        let mut pending = Some(page(None)?);
        while let Some(request) = pending.take() {
            let objects: Array = result(request).await?.unchecked_into();
            if objects.length() == batch.max(1) {
                let last =
                    Reflect::get(&objects.get(objects.length() - 1), &JsValue::from_str("k")).unwrap_or_default();
                pending = Some(page(Some(&last))?);
            }
            each(objects.iter().map(|object| from_object(&object)).filter(|record| record.group == group).collect());
        }
        Ok(())
    }

    async fn write(&self, changes: Vec<Change>) -> Result<(), StoreError> {
        if changes.is_empty() {
            return Ok(());
        }
        let transaction = self.transaction(&scope(&changes, &[]), true).await?;
        make_changes(&transaction, &changes)?;
        committed(&transaction).await
    }

    async fn add_new(
        &self,
        collection: Collection,
        records: Vec<Record>,
        with: Vec<Change>,
    ) -> Result<usize, StoreError> {
        if records.is_empty() && with.is_empty() {
            return Ok(0);
        }
        let transaction = self.transaction(&scope(&with, &[collection]), true).await?;
        let store = transaction.object_store(collection.name()).map_err(|_| StoreError::Unavailable)?;
        // A key already stored fails its `add` with a ConstraintError; that failure is counted
        // and stopped from aborting the transaction, so the new records still go in.
        let (already, on_error) = counting_constraint_errors();
        let asked = records.iter().try_for_each(|record| {
            let request = store.add(&to_object(collection, record)).map_err(|error| abandon(&transaction, error))?;
            request.set_onerror(Some(on_error.as_ref().unchecked_ref()));
            Ok(())
        });
        if let Err(error) = asked.and_then(|()| make_changes(&transaction, &with)) {
            // The requests already made fail as the transaction aborts, calling the handler.
            on_error.forget();
            return Err(error);
        }
        let outcome = committed(&transaction).await;
        drop(on_error);
        outcome.map(|()| records.len() - already.get())
    }

    async fn update<T, E>(
        &self,
        reads: &[(Collection, &str)],
        writes: &[Collection],
        decide: impl FnOnce(Vec<Vec<Record>>, &mut dyn FnMut(Change)) -> Result<(Vec<Change>, T), E>,
    ) -> Result<T, AddError<E>> {
        // Only the deciding is generic: reading and writing are one copy of code for every caller.
        let (transaction, found) = self.read_for_update(reads, writes).await.map_err(AddError::Store)?;
        // Changes given along the way are asked of the transaction at once (the browser holds
        // them, this page only the one being made); the first refusal abandons it.
        let mut refused = None;
        let mut give = |change: Change| {
            if refused.is_none() {
                refused = make_changes(&transaction, std::slice::from_ref(&change)).err();
            }
        };
        let decided = decide(found, &mut give);
        let (changes, value) = match (decided, refused) {
            (Err(error), _) => {
                let _ = transaction.abort();
                return Err(AddError::Maker(error));
            }
            (Ok(_), Some(error)) => return Err(AddError::Store(error)),
            (Ok(decided), None) => decided,
        };
        make_changes(&transaction, &changes).map_err(AddError::Store)?;
        committed(&transaction).await.map_err(AddError::Store)?;
        Ok(value)
    }

    async fn add_new_as_made<E>(
        &self,
        collection: Collection,
        mut next: impl FnMut() -> Option<Result<Record, E>>,
    ) -> Result<usize, AddError<E>> {
        let transaction = self.transaction(&[collection], true).await.map_err(AddError::Store)?;
        let store =
            transaction.object_store(collection.name()).map_err(|_| AddError::Store(StoreError::Unavailable))?;
        let (already, on_error) = counting_constraint_errors();
        // Every record is asked for while the transaction is active (no await until all are):
        // the browser holds what is written, this page only the record being made.
        let mut asked = 0;
        while let Some(record) = next() {
            let problem = match record {
                Ok(record) => match store.add(&to_object(collection, &record)) {
                    Ok(request) => {
                        request.set_onerror(Some(on_error.as_ref().unchecked_ref()));
                        asked += 1;
                        continue;
                    }
                    Err(error) => AddError::Store(abandon(&transaction, error)),
                },
                Err(error) => {
                    let _ = transaction.abort();
                    AddError::Maker(error)
                }
            };
            // The requests already made fail as the transaction aborts, calling the handler.
            on_error.forget();
            return Err(problem);
        }
        let outcome = committed(&transaction).await;
        drop(on_error);
        outcome.map(|()| asked - already.get()).map_err(AddError::Store)
    }
}

/// A handler of a request's events, kept alive for as long as its requests may call it.
type RequestHandler = Closure<dyn FnMut(web_sys::Event)>;

/// A handler for `add` requests that counts those failing because the key is stored already
/// (a ConstraintError), and stops that failure from aborting the transaction; with the count.
fn counting_constraint_errors() -> (Rc<Cell<usize>>, RequestHandler) {
    let already = Rc::new(Cell::new(0usize));
    let counter = already.clone();
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        let request = event.target().and_then(|target| target.dyn_into::<IdbRequest>().ok());
        let name = request.and_then(|request| request.error().ok().flatten()).map(|error| error.name());
        if name.as_deref() == Some("ConstraintError") {
            event.prevent_default();
            event.stop_propagation();
            counter.set(counter.get() + 1);
        }
    });
    (already, on_error)
}

/// The collections `changes` (and `also`) touch: a transaction's scope (IndexedDB takes a name
/// given twice once).
fn scope(changes: &[Change], also: &[Collection]) -> Vec<Collection> {
    let mut collections = also.to_vec();
    for change in changes {
        let (Change::Put(collection, _) | Change::Delete(collection, _)) = change;
        collections.push(*collection);
    }
    collections
}

/// Asks `transaction` to make every change; on a refusal it is abandoned and nothing is made.
fn make_changes(transaction: &IdbTransaction, changes: &[Change]) -> Result<(), StoreError> {
    for change in changes {
        let made = match change {
            Change::Put(collection, record) => {
                transaction.object_store(collection.name()).and_then(|store| store.put(&to_object(*collection, record)))
            }
            Change::Delete(collection, key) => {
                transaction.object_store(collection.name()).and_then(|store| store.delete(&JsValue::from_str(key)))
            }
        };
        if let Err(error) = made {
            return Err(abandon(transaction, error));
        }
    }
    Ok(())
}
