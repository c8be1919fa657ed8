//! Helpers shared by the component tests in headless Chromium.

use std::time::Duration;

/// Waits until `ready` holds, looking every 10 ms for at most 5 s (polling, not a fixed pause,
/// so a slow machine only takes longer); fails saying what never happened.
pub async fn until(what: &str, ready: impl Fn() -> bool) {
    for _ in 0..500 {
        if ready() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("timed out waiting for {what}");
}
