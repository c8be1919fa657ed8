//! Moving what earlier releases kept in `localStorage` into IndexedDB. Everything is copied and
//! checked before anything is removed, a value is removed only if no tab changed it meanwhile,
//! and data that cannot be read is kept aside, never dropped. Running it again (another tab, the
//! next start after a failure) adds nothing twice and never replaces newer data.

use super::json_array::array_elements;
use super::keys::{
    slot_of, LEGACY_DEFINITION, LEGACY_DRAFT, LEGACY_KIOSK, LEGACY_PREFIX, LEGACY_RESPONSES, LEGACY_SURVEYS, SAVED_LIST,
};
use super::{keys::definition_key, Collection, KeyValueStore, Record, RecordStore, StoreError};
use crate::sorted_map::SortedMap;

/// What a stored response is filed under. Only this is read when moving: the survey page, which
/// moves a kiosk's responses, never reads a whole response, so its bundle has no reader for one.
#[derive(serde::Deserialize)]
struct Identity {
    id: String,
    survey_id: String,
}

/// What a migration moved.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Migrated {
    /// `localStorage` values moved (and removed).
    pub values: usize,
    /// Responses among them.
    pub responses: usize,
    /// Pieces that could not be read, or differed from what was stored under their name, kept
    /// aside.
    pub kept_aside: usize,
    /// What to tell the user when anything was kept aside (the first piece, by name).
    pub set_aside: Option<StoreError>,
}

/// The records one migration writes, by collection.
#[derive(Default)]
struct Plan {
    /// A list, not a map: there are a handful of collections, and each B-tree instance costs the
    /// survey page's wasm bytes.
    records: Vec<(Collection, Vec<Record>)>,
    responses: usize,
    kept_aside: usize,
    /// The first piece kept aside: its name in `localStorage` and the name it is kept as.
    first_aside: Option<(String, String)>,
}

impl Plan {
    fn add(&mut self, collection: Collection, record: Record) {
        match self.records.iter_mut().find(|(kept, _)| *kept == collection) {
            Some((_, records)) => records.push(record),
            None => self.records.push((collection, vec![record])),
        }
    }

    fn keep_aside(&mut self, name: &str, raw: &str) {
        self.kept_aside += 1;
        let kept_as = format!("local-storage:{name}");
        if self.first_aside.is_none() {
            self.first_aside = Some((format!("{LEGACY_PREFIX}{name}"), kept_as.clone()));
        }
        self.add(Collection::KeptAside, Record::new(&kept_as, "local-storage", raw.to_owned()));
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

/// The planned records now in `store` with other content than planned (a response of that id
/// stored already, say, with other answers), or `None` when some are not there at all.
async fn differing<S: RecordStore>(store: &S, plan: &Plan) -> Result<Option<Vec<(Collection, Record)>>, StoreError> {
    let mut differing = Vec::new();
    for (collection, records) in &plan.records {
        let collection = *collection;
        // The groups in the order first planned; a migration plans few.
        let mut groups: Vec<&str> = Vec::new();
        for record in records {
            if !groups.contains(&record.group.as_str()) {
                groups.push(&record.group);
            }
        }
        for group in groups {
            let planned = records.iter().filter(|record| record.group == group);
            // The map of the survey's texts, whose code the page has already; the store gives a
            // group's records in key order, so each is appended.
            let mut stored = SortedMap::new();
            for record in store.group(collection, group).await? {
                stored.insert(record.key, record.value);
            }
            for record in planned {
                match stored.get(&record.key) {
                    None => return Ok(None),
                    Some(value) if *value != record.value => differing.push((collection, record.clone())),
                    Some(_) => {}
                }
            }
        }
    }
    Ok(Some(differing))
}

/// Moves every value under [`LEGACY_PREFIX`] in `old` into `store`: copied (never replacing a
/// record already there: a value that differs from the record of its name is kept aside, and
/// said), checked, and only then removed from `old`.
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
    for (collection, records) in &plan.records {
        store.add_new(*collection, records.clone(), Vec::new()).await?;
    }
    let Some(differing) = differing(store, &plan).await? else { return Err(StoreError::NotMoved) };
    let mut set_aside = plan.first_aside.clone().map(|(key, kept_as)| StoreError::Unreadable { key, kept_as });
    if !differing.is_empty() {
        let mut aside = Plan::default();
        for (collection, record) in differing {
            let name = format!("{}:{}", collection.name(), record.key);
            aside.keep_aside(&name, &record.value);
            set_aside =
                set_aside.or_else(|| Some(StoreError::Differs { kept_as: format!("local-storage:{name}"), key: name }));
        }
        for (_, records) in &aside.records {
            store.add_new(Collection::KeptAside, records.clone(), Vec::new()).await?;
        }
        if differing_again(store, &aside).await? {
            return Err(StoreError::NotMoved);
        }
        plan.kept_aside += aside.kept_aside;
    }
    for (key, raw) in &snapshot {
        // A tab of an earlier release may have written since: then the value stays for next time.
        if old.get(key)?.as_deref() == Some(raw.as_str()) {
            old.remove(key)?;
        }
    }
    Ok(Migrated { values: snapshot.len(), responses: plan.responses, kept_aside: plan.kept_aside, set_aside })
}

/// Whether a record kept aside for the move is missing or holds something else.
async fn differing_again<S: RecordStore>(store: &S, aside: &Plan) -> Result<bool, StoreError> {
    Ok(differing(store, aside).await?.is_none_or(|differing| !differing.is_empty()))
}
