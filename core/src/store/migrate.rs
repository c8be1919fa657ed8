//! Moving what earlier releases kept in `localStorage` into IndexedDB. Everything is copied and
//! checked before anything is removed, a value is removed only if no tab changed it meanwhile,
//! and data that cannot be read is kept aside, never dropped. Running it again (another tab, the
//! next start after a failure) adds nothing twice and never replaces newer data.

use super::keys::{
    slot_of, LEGACY_DEFINITION, LEGACY_DRAFT, LEGACY_KIOSK, LEGACY_PREFIX, LEGACY_RESPONSES, LEGACY_SURVEYS, SAVED_LIST,
};
use super::{keys::definition_key, Collection, KeyValueStore, Record, RecordStore, StoreError};
use crate::fast_hash::FastSet;
use std::collections::BTreeMap;

/// What a stored response is filed under. Only this is read when moving: the survey page, which
/// moves a kiosk's responses, never reads a whole response, so its bundle has no reader for one.
#[derive(serde::Deserialize)]
struct Identity {
    id: String,
    survey_id: String,
}

/// What a migration moved.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Migrated {
    /// `localStorage` values moved (and removed).
    pub values: usize,
    /// Responses among them.
    pub responses: usize,
    /// Pieces that could not be read, kept aside.
    pub kept_aside: usize,
}

/// The elements of a JSON array as text, or `None` when `raw` is not a whole array. A small
/// scanner (strings, escapes, nesting) rather than a JSON value tree, which would add to every
/// page's bundle.
fn array_elements(raw: &str) -> Option<Vec<&str>> {
    let inner = raw.trim().strip_prefix('[')?.strip_suffix(']')?;
    let (mut elements, mut start, mut depth, mut in_string, mut escaped) = (Vec::new(), 0, 0i32, false, false);
    for (at, byte) in inner.bytes().enumerate() {
        match byte {
            _ if escaped => escaped = false,
            b'\\' if in_string => escaped = true,
            b'"' => in_string = !in_string,
            _ if in_string => {}
            b'{' | b'[' => depth += 1,
            b'}' | b']' => depth -= 1,
            b',' if depth == 0 => {
                elements.push(inner[start..at].trim());
                start = at + 1;
            }
            _ => {}
        }
        if depth < 0 {
            return None;
        }
    }
    if depth != 0 || in_string {
        return None;
    }
    let last = inner[start..].trim();
    if !last.is_empty() || !elements.is_empty() {
        elements.push(last);
    }
    Some(elements)
}

/// The records one migration writes, by collection.
#[derive(Default)]
struct Plan {
    records: BTreeMap<Collection, Vec<Record>>,
    responses: usize,
    kept_aside: usize,
}

impl Plan {
    fn add(&mut self, collection: Collection, record: Record) {
        self.records.entry(collection).or_default().push(record);
    }

    fn keep_aside(&mut self, name: &str, raw: &str) {
        self.kept_aside += 1;
        self.add(Collection::KeptAside, Record::new(&format!("local-storage:{name}"), "local-storage", raw.to_owned()));
    }

    /// A list of responses: each becomes its own record, its text unchanged (checked in full
    /// when read, like every stored response); one without an id and survey is kept aside.
    fn responses(&mut self, name: &str, raw: &str) {
        let Some(elements) = array_elements(raw) else {
            self.keep_aside(name, raw);
            return;
        };
        let mut unreadable = Vec::new();
        for element in elements {
            match serde_json::from_str::<Identity>(element) {
                Ok(identity) => {
                    self.responses += 1;
                    self.add(Collection::Responses, Record::new(&identity.id, &identity.survey_id, element.to_owned()));
                }
                Err(_) => unreadable.push(element),
            }
        }
        if !unreadable.is_empty() {
            self.keep_aside(name, &format!("[{}]", unreadable.join(",")));
        }
    }

    /// Plans the move of one value, under `name` (its key without [`LEGACY_PREFIX`]).
    fn value(&mut self, name: &str, raw: &str) {
        if let Some(slot) = name.strip_prefix(LEGACY_DRAFT) {
            self.add(Collection::Drafts, Record::new(slot, slot_of(slot), raw.to_owned()));
        } else if name.starts_with(LEGACY_RESPONSES) {
            self.responses(name, raw);
        } else if name == LEGACY_KIOSK {
            if raw == "on" {
                self.add(Collection::Settings, Record::new("kiosk", "", "true".to_owned()));
            }
        } else if name == LEGACY_SURVEYS {
            self.add(Collection::Surveys, Record::new(SAVED_LIST, "", raw.to_owned()));
        } else if let Some(id) = name.strip_prefix(LEGACY_DEFINITION) {
            self.add(Collection::Surveys, Record::new(&definition_key(id), super::keys::DEFINITIONS, raw.to_owned()));
        } else {
            // Data earlier releases had already set aside, or a key this release does not know.
            self.keep_aside(name, raw);
        }
    }
}

/// Whether every planned record is now in `store` (added now, or there before).
async fn all_there<S: RecordStore>(store: &S, plan: &Plan) -> Result<bool, StoreError> {
    for (&collection, records) in &plan.records {
        let mut groups: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for record in records {
            groups.entry(&record.group).or_default().push(&record.key);
        }
        for (group, keys) in groups {
            let stored: FastSet<String> = store.group(collection, group).await?.into_iter().map(|r| r.key).collect();
            if keys.iter().any(|key| !stored.contains(*key)) {
                return Ok(false);
            }
        }
    }
    Ok(true)
}

/// Moves every value under [`LEGACY_PREFIX`] in `old` into `store`: copied (never replacing a
/// record already there), checked, and only then removed from `old`.
pub async fn migrate_local_storage<S: RecordStore>(old: &dyn KeyValueStore, store: &S) -> Result<Migrated, StoreError> {
    // Without `localStorage` there is nothing an earlier release could have left.
    let Ok(keys) = old.keys() else { return Ok(Migrated::default()) };
    let mut snapshot = Vec::new();
    for key in keys.into_iter().filter(|key| key.starts_with(LEGACY_PREFIX)) {
        if let Some(raw) = old.get(&key)? {
            snapshot.push((key, raw));
        }
    }
    if snapshot.is_empty() {
        return Ok(Migrated::default());
    }
    let mut plan = Plan::default();
    for (key, raw) in &snapshot {
        plan.value(&key[LEGACY_PREFIX.len()..], raw);
    }
    for (&collection, records) in &plan.records {
        store.add_new(collection, records.clone(), Vec::new()).await?;
    }
    if !all_there(store, &plan).await? {
        return Err(StoreError::NotMoved);
    }
    for (key, raw) in &snapshot {
        // A tab of an earlier release may have written since: then the value stays for next time.
        if old.get(key)?.as_deref() == Some(raw.as_str()) {
            old.remove(key)?;
        }
    }
    Ok(Migrated { values: snapshot.len(), responses: plan.responses, kept_aside: plan.kept_aside })
}
