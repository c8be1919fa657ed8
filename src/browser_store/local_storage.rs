//! The browser's `localStorage`, with its exceptions turned into [`StoreError`]s.

use crate::store::{KeyValueStore, StoreError};
use wasm_bindgen::JsValue;

/// `window.localStorage`, or nothing when the browser refuses it.
#[derive(Clone, Debug, Default)]
pub struct LocalStorage {
    storage: Option<web_sys::Storage>,
}

impl LocalStorage {
    /// Opens `localStorage`; accessing it throws in some private modes, which is not an error
    /// yet: every later call reports [`StoreError::Unavailable`].
    pub fn open() -> LocalStorage {
        let storage = web_sys::window().and_then(|window| window.local_storage().ok().flatten());
        LocalStorage { storage }
    }

    fn storage(&self) -> Result<&web_sys::Storage, StoreError> {
        self.storage.as_ref().ok_or(StoreError::Unavailable)
    }
}

/// A failed write is "full" when the browser says so (QuotaExceededError), else unavailable.
fn write_error(error: JsValue) -> StoreError {
    let name = js_sys::Reflect::get(&error, &JsValue::from_str("name")).ok().and_then(|name| name.as_string());
    match name.as_deref() {
        Some("QuotaExceededError") | Some("NS_ERROR_DOM_QUOTA_REACHED") => StoreError::Full,
        _ => StoreError::Unavailable,
    }
}

impl KeyValueStore for LocalStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.storage()?.get_item(key).map_err(|_| StoreError::Unavailable)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.storage()?.set_item(key, value).map_err(write_error)
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.storage()?.remove_item(key).map_err(write_error)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let storage = self.storage()?;
        let count = storage.length().map_err(|_| StoreError::Unavailable)?;
        Ok((0..count).filter_map(|index| storage.key(index).ok().flatten()).collect())
    }
}
