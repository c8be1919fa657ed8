//! The map of texts and answers (`sorted_map::SortedMap`) against the standard library's
//! `BTreeMap` it replaced: the same entries in the same order after any inserts and removals,
//! and the same JSON read and written, repeated keys included.

use proptest::prelude::*;
use pulse_core::sorted_map::SortedMap;
use std::collections::BTreeMap;

/// An insert (`Some`) or a removal (`None`) of a key drawn from a few, so keys repeat.
fn steps() -> impl Strategy<Value = Vec<(String, Option<u8>)>> {
    proptest::collection::vec(("[a-e]{1,2}", proptest::option::of(any::<u8>())), 0..60)
}

proptest! {
    #[test]
    fn behaves_as_a_btree_map(steps in steps()) {
        let (mut sorted, mut btree) = (SortedMap::new(), BTreeMap::new());
        for (key, value) in steps {
            match value {
                Some(value) => prop_assert_eq!(sorted.insert(key.clone(), value), btree.insert(key, value)),
                None => prop_assert_eq!(sorted.remove(key.as_str()), btree.remove(key.as_str())),
            }
            prop_assert_eq!(sorted.len(), btree.len());
        }
        let entries: Vec<_> = sorted.iter().collect();
        prop_assert_eq!(entries, btree.iter().collect::<Vec<_>>());
        for key in ["a", "b", "ee", "z"] {
            prop_assert_eq!(sorted.get(key), btree.get(key));
        }
    }

    #[test]
    fn reads_and_writes_json_as_a_btree_map(pairs in proptest::collection::vec(("[a-d]{1,2}", any::<u8>()), 0..12)) {
        // An object written in any order, with repeated keys: the last of each counts.
        let body: Vec<String> = pairs.iter().map(|(key, value)| format!("\"{key}\":{value}")).collect();
        let json = format!("{{{}}}", body.join(","));
        let sorted: SortedMap<String, u8> = serde_json::from_str(&json).unwrap();
        let btree: BTreeMap<String, u8> = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(serde_json::to_string(&sorted).unwrap(), serde_json::to_string(&btree).unwrap());
    }
}
