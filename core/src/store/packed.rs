//! A survey's responses packed a few thousand to a record, so that a facilitator's device reads
//! and writes 100,000 responses as some fifty records instead of 100,000 (one record per
//! response is the cost no tuning of IndexedDB removes).
//!
//! A pack is two records under one key, `<survey id>/<number>`: in [`Collection::Packed`] the
//! responses' JSON texts as one JSON array, and in [`Collection::PackedIds`] their ids, one a
//! line, which is all an import or a sync reads to know what is here already. Responses a
//! respondent submits on this device stay "loose", one record each in
//! [`Collection::Responses`] (the survey page writes only those, and earlier releases wrote
//! nothing else); the dashboard packs them when it opens ([`pack_loose`]), which is also how a
//! device of an earlier release moves to packs, once and in place.

use super::json_array::array_elements;
use super::{kept_aside, AddError, Change, Collection, Record, RecordStore, StoreError};
use crate::fast_hash::{FastMap, FastSet};

/// How many responses a pack holds at most: a few hundred kilobytes of text.
pub const PACK_SIZE: usize = 2_000;

/// The key of pack `number` of `survey_id`: numbers written with ten digits, so that keys sort
/// in the order packs were made.
fn pack_key(survey_id: &str, number: u64) -> String {
    format!("{survey_id}/{number:010}")
}

/// The number of the pack `key` names, if it is a pack's key.
fn pack_number(key: &str) -> Option<u64> {
    key.rsplit_once('/').and_then(|(_, number)| number.parse().ok())
}

/// What a survey's id records say is here: every response id, and the next pack's number.
struct Present {
    ids: FastSet<String>,
    next: u64,
}

impl Present {
    /// From the survey's id records and its loose responses.
    fn of(id_records: &[Record], loose: &[Record]) -> Present {
        let mut ids = FastSet::default();
        let mut next = 0;
        for record in id_records {
            next = next.max(pack_number(&record.key).map_or(0, |number| number + 1));
            ids.extend(record.value.split('\n').filter(|id| !id.is_empty()).map(str::to_owned));
        }
        ids.extend(loose.iter().map(|record| record.key.clone()));
        Present { ids, next }
    }
}

/// Packs under construction: the changes that write them, a pack at a time.
struct Packer<'a> {
    survey_id: &'a str,
    next: u64,
    texts: Vec<String>,
    ids: Vec<String>,
    changes: Vec<Change>,
    added: usize,
}

impl<'a> Packer<'a> {
    fn new(survey_id: &'a str, next: u64) -> Self {
        Packer { survey_id, next, texts: Vec::new(), ids: Vec::new(), changes: Vec::new(), added: 0 }
    }

    /// Adds the response of `record` (its id the key, its JSON text the value).
    fn push(&mut self, record: Record) {
        self.ids.push(record.key);
        self.texts.push(record.value);
        self.added += 1;
        if self.ids.len() == PACK_SIZE {
            self.seal();
        }
    }

    /// Writes the pack being filled.
    fn seal(&mut self) {
        if self.ids.is_empty() {
            return;
        }
        let key = pack_key(self.survey_id, self.next);
        self.next += 1;
        let value = format!("[{}]", std::mem::take(&mut self.texts).join(","));
        self.changes.push(Change::Put(Collection::Packed, Record::new(&key, self.survey_id, value)));
        let ids = std::mem::take(&mut self.ids).join("\n");
        self.changes.push(Change::Put(Collection::PackedIds, Record::new(&key, self.survey_id, ids)));
    }

    /// The changes of the packs sealed so far, to give to the transaction now.
    fn sealed(&mut self) -> Vec<Change> {
        std::mem::take(&mut self.changes)
    }

    /// Every change, the last pack's included.
    fn finish(mut self) -> (Vec<Change>, usize) {
        self.seal();
        (self.changes, self.added)
    }
}

/// The collections `with` touches, beside the packs'.
fn scope(with: &[Change]) -> Vec<Collection> {
    let mut collections = vec![Collection::Packed, Collection::PackedIds];
    for change in with {
        let (Change::Put(collection, _) | Change::Delete(collection, _)) = change;
        collections.push(*collection);
    }
    collections
}

/// Adds each of the response `records` of `survey_id` (keyed by response id, JSON text as
/// value) that is not here yet, loose or packed, in new packs, and makes the changes `with` (a
/// sync's checkpoint, responses kept aside), in one transaction: all or none. Returns how many
/// were added; a record whose id is here already, or given twice, is left out.
pub async fn add_packed<S: RecordStore>(
    store: &S,
    survey_id: &str,
    records: Vec<Record>,
    with: Vec<Change>,
) -> Result<usize, StoreError> {
    let mut records = records.into_iter();
    let added = add_packed_as_made(store, survey_id, with, || records.next().map(Ok::<_, StoreError>)).await;
    added.map_err(AddError::into_store)
}

/// Like [`add_packed`], with the records made one at a time by `next` while the transaction is
/// open (an import reading its file); when `next` fails, nothing is added.
pub async fn add_packed_as_made<S: RecordStore, E>(
    store: &S,
    survey_id: &str,
    with: Vec<Change>,
    mut next: impl FnMut() -> Option<Result<Record, E>>,
) -> Result<usize, AddError<E>> {
    let reads = [(Collection::PackedIds, survey_id), (Collection::Responses, survey_id)];
    let writes = scope(&with);
    store
        .update(&reads, &writes, |found, give| {
            let mut present = Present::of(&found[0], &found[1]);
            let mut packer = Packer::new(survey_id, present.next);
            while let Some(record) = next() {
                let record = record?;
                if present.ids.insert(record.key.clone()) {
                    packer.push(record);
                    packer.sealed().into_iter().for_each(&mut *give);
                }
            }
            let (mut changes, added) = packer.finish();
            changes.extend(with);
            Ok((changes, added))
        })
        .await
}

/// What packing a survey's loose responses did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Packing {
    /// Loose responses moved into packs.
    pub packed: usize,
    /// Set when some could not be read, or had the id of a packed response: they were kept
    /// aside, not deleted.
    pub set_aside: Option<StoreError>,
    /// How many packs hold fewer than half of [`PACK_SIZE`] (a live sync's pages, a few codes):
    /// when they grow many, [`compact_packs`] joins them.
    pub small_packs: usize,
}

/// How many small packs a survey may have before [`compact_packs`] is worth its writing.
pub const SMALL_PACKS_KEPT: usize = 8;

/// Whether an id record lists fewer than half of [`PACK_SIZE`] ids.
fn is_small(ids: &Record) -> bool {
    ids.value.split('\n').filter(|id| !id.is_empty()).count() < PACK_SIZE / 2
}

/// Moves `survey_id`'s loose responses into packs, in one transaction. A record that cannot be
/// read as a response of the survey, or whose id a pack already holds, is kept aside (never
/// packed, never dropped) and said.
pub async fn pack_loose<S: RecordStore>(store: &S, survey_id: &str) -> Result<Packing, StoreError> {
    // What was kept aside before is read in the same transaction, for the names of what goes now.
    let kept_before = (Collection::KeptAside, Collection::Responses.name());
    let reads = [(Collection::PackedIds, survey_id), (Collection::Responses, survey_id), kept_before];
    let writes = [Collection::Packed, Collection::PackedIds, Collection::Responses];
    let packed = store
        .update(&reads, &writes, |mut found, give| {
            let loose = std::mem::take(&mut found[1]);
            let small_packs = found[0].iter().filter(|ids| is_small(ids)).count();
            if loose.is_empty() {
                return Ok::<_, StoreError>((Vec::new(), Packing { small_packs, ..Packing::default() }));
            }
            let present = Present::of(&found[0], &[]);
            let mut packer = Packer::new(survey_id, present.next);
            let mut aside = Vec::new();
            let mut deletes = Vec::with_capacity(loose.len());
            let mut seen = FastSet::default();
            for record in loose {
                deletes.push(Change::Delete(Collection::Responses, record.key.clone()));
                let readable = super::response_of(&record, survey_id).is_some();
                if readable && !present.ids.contains(&record.key) && seen.insert(record.key.clone()) {
                    packer.push(record);
                    packer.sealed().into_iter().for_each(&mut *give);
                } else {
                    aside.push(record);
                }
            }
            let (mut changes, packed) = packer.finish();
            let count = aside.len();
            let mut kept = Aside::new(&found[2]);
            for record in aside {
                changes.push(kept.keep(&record.key, record.value));
            }
            let set_aside = kept.last.map(|kept_as| StoreError::SomeUnreadable { count, kept_as });
            changes.extend(deletes);
            // The new packs: at most one of them small.
            Ok((changes, Packing { packed, set_aside, small_packs: small_packs + 1 }))
        })
        .await;
    packed.map_err(AddError::into_store)
}

/// Responses being kept aside in one transaction, each under a name of its own.
struct Aside {
    /// Names kept aside already, before and in this transaction.
    taken: FastSet<String>,
    /// The name the last was kept as.
    last: Option<String>,
}

impl Aside {
    fn new(kept_before: &[Record]) -> Aside {
        Aside { taken: kept_before.iter().map(|record| record.key.clone()).collect(), last: None }
    }

    /// The change that keeps `value`, the response of id `key` (or a pack of that key), aside
    /// as `responses:<key>` (with `#2`, `#3`… when taken).
    fn keep(&mut self, key: &str, value: String) -> Change {
        let name = kept_aside::unused_name(Collection::Responses, key, |name| self.taken.contains(name));
        self.taken.insert(name.clone());
        let change = kept_aside::keep(Collection::Responses, &name, value);
        self.last = Some(name);
        change
    }
}

/// Every response record of `survey_id` on this device, loose and packed, handed to `each` a
/// batch at a time (a pack at a time, while the store reads the next), each keyed by its id. A
/// pack whose ids do not match its responses is handed over whole, under its own key, as one
/// record no reader takes for a response: it is then kept aside and said like any unreadable one.
pub async fn response_records_in_batches<S: RecordStore>(
    store: &S,
    survey_id: &str,
    // `dyn`: one copy of this and of the store's batched read for all its callers.
    each: &mut dyn FnMut(Vec<Record>),
) -> Result<(), StoreError> {
    let loose = store.group(Collection::Responses, survey_id).await?;
    if !loose.is_empty() {
        each(loose);
    }
    let mut ids = FastMap::default();
    for record in store.group(Collection::PackedIds, survey_id).await? {
        ids.insert(record.key, record.value);
    }
    store
        .group_in_batches(Collection::Packed, survey_id, 2, |packs| {
            for pack in packs {
                let key = pack.key.clone();
                each(unpacked(pack, ids.remove(&key).as_deref()));
            }
        })
        .await
}

/// The response records of `pack` given its ids, or the pack whole when they do not match.
fn unpacked(pack: Record, ids: Option<&str>) -> Vec<Record> {
    let elements = array_elements(&pack.value).unwrap_or_default();
    let ids: Vec<&str> = ids.map(|ids| ids.split('\n').filter(|id| !id.is_empty()).collect()).unwrap_or_default();
    if ids.len() != elements.len() || ids.is_empty() {
        return vec![pack];
    }
    ids.iter().zip(&elements).map(|(id, text)| Record::new(id, &pack.group, (*text).to_owned())).collect()
}

/// Whether `key` names a pack (a response id never holds a `/`).
pub(super) fn is_pack_key(key: &str) -> bool {
    key.contains('/')
}

/// Keeps aside the packed responses of `survey_id` whose ids are `unreadable` (and whole packs
/// whose key is among them), taking them out of their packs, in one transaction: what cannot be
/// read is said once, then no longer read. Returns the name the last was kept as.
pub(super) async fn set_aside_packed<S: RecordStore>(
    store: &S,
    survey_id: &str,
    unreadable: &FastSet<String>,
) -> Result<Option<String>, StoreError> {
    let kept_before = (Collection::KeptAside, Collection::Responses.name());
    let reads = [(Collection::Packed, survey_id), (Collection::PackedIds, survey_id), kept_before];
    let kept = store
        .update(&reads, &[], |found, _| {
            let mut ids = FastMap::default();
            for record in &found[1] {
                ids.insert(record.key.as_str(), record.value.as_str());
            }
            let mut aside = Aside::new(&found[2]);
            let mut changes = Vec::new();
            for pack in &found[0] {
                let pack_ids = ids.remove(pack.key.as_str());
                if unreadable.contains(&pack.key) {
                    changes.push(aside.keep(&pack.key, pack.value.clone()));
                    changes.push(Change::Delete(Collection::Packed, pack.key.clone()));
                    changes.push(Change::Delete(Collection::PackedIds, pack.key.clone()));
                    continue;
                }
                let records = unpacked(pack.clone(), pack_ids);
                if !records.iter().any(|record| unreadable.contains(&record.key)) {
                    continue;
                }
                let (mut texts, mut kept_ids) = (Vec::new(), Vec::new());
                for record in records {
                    if unreadable.contains(&record.key) {
                        changes.push(aside.keep(&record.key, record.value));
                    } else {
                        kept_ids.push(record.key);
                        texts.push(record.value);
                    }
                }
                let value = format!("[{}]", texts.join(","));
                changes.push(Change::Put(Collection::Packed, Record::new(&pack.key, survey_id, value)));
                changes
                    .push(Change::Put(Collection::PackedIds, Record::new(&pack.key, survey_id, kept_ids.join("\n"))));
            }
            let last = aside.last;
            Ok::<_, StoreError>((changes, last))
        })
        .await;
    kept.map_err(AddError::into_store)
}

/// Joins `survey_id`'s small packs (fewer than half of [`PACK_SIZE`] responses each) into full
/// ones, in one transaction; the other packs are not rewritten. Returns how many packs were
/// joined.
pub async fn compact_packs<S: RecordStore>(store: &S, survey_id: &str) -> Result<usize, StoreError> {
    let reads = [(Collection::Packed, survey_id), (Collection::PackedIds, survey_id)];
    let joined = store
        .update(&reads, &[], |found, _| {
            let mut ids = FastMap::default();
            for record in &found[1] {
                ids.insert(record.key.as_str(), record);
            }
            let next = found[1].iter().filter_map(|record| pack_number(&record.key)).max().map_or(0, |n| n + 1);
            let mut packer = Packer::new(survey_id, next);
            let mut deletes = Vec::new();
            for pack in &found[0] {
                let Some(pack_ids) = ids.remove(pack.key.as_str()).filter(|ids| is_small(ids)) else { continue };
                let records = unpacked(pack.clone(), Some(&pack_ids.value));
                // A pack whose ids do not match is left for reading to keep aside.
                if records.len() == 1 && records[0].key == pack.key {
                    continue;
                }
                deletes.push(Change::Delete(Collection::Packed, pack.key.clone()));
                deletes.push(Change::Delete(Collection::PackedIds, pack.key.clone()));
                for record in records {
                    packer.push(record);
                }
            }
            let joined = deletes.len() / 2;
            if joined <= 1 {
                return Ok::<_, StoreError>((Vec::new(), 0));
            }
            let (mut changes, _) = packer.finish();
            changes.extend(deletes);
            Ok((changes, joined))
        })
        .await;
    joined.map_err(AddError::into_store)
}
