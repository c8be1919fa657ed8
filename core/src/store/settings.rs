//! Settings of this device.

use super::{Change, Collection, Record, RecordStore, StoreError};

/// Key of the kiosk-mode setting.
const KIOSK: &str = "kiosk";

/// Whether kiosk mode was turned on on this device.
pub async fn kiosk_setting<S: RecordStore>(store: &S) -> Result<bool, StoreError> {
    Ok(store.get(Collection::Settings, KIOSK).await?.is_some_and(|record| record.value == "true"))
}

/// Turns kiosk mode on or off for this device.
pub async fn set_kiosk_setting<S: RecordStore>(store: &S, on: bool) -> Result<(), StoreError> {
    let change = if on {
        Change::Put(Collection::Settings, Record::new(KIOSK, "", "true".to_owned()))
    } else {
        Change::Delete(Collection::Settings, KIOSK.to_owned())
    };
    store.write(vec![change]).await
}
