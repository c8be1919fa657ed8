//! The survey page's side of the submission address: posting a document, the browser's view of
//! the connection, and emptying this device's outbox — once at a time per page, again whenever
//! the connection returns and every minute while something waits.

use super::device;
use crate::services::{send_waiting, OutboxReport};
use crate::submission::ServerAnswer;
use js_sys::{Object, Reflect};
use std::cell::Cell;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// How long one submission may take before it counts as unanswered and waits for a retry.
const TIMEOUT_MS: i32 = 20_000;

/// Whether the browser believes it is online (it is sure only when it says it is not).
pub fn is_online() -> bool {
    web_sys::window().is_none_or(|window| window.navigator().on_line())
}

/// PUTs the JSON `document` at `address` (its [`crate::survey::document_address`]), without
/// cookies, credentials or referrer; the server's answer, or `None` when none came (offline,
/// unreachable, refused by the browser's cross-origin or content-security checks, or over
/// [`TIMEOUT_MS`]).
pub async fn put_json(address: &str, document: String) -> Option<ServerAnswer> {
    let window = web_sys::window()?;
    let init = Object::new();
    let set = |key: &str, value: &JsValue| Reflect::set(&init, &key.into(), value).ok();
    let headers = Object::new();
    Reflect::set(&headers, &"Content-Type".into(), &"application/json".into()).ok()?;
    set("method", &"PUT".into())?;
    set("body", &document.into())?;
    set("headers", &headers)?;
    set("credentials", &"omit".into())?;
    set("cache", &"no-store".into())?;
    set("referrerPolicy", &"no-referrer".into())?;
    let controller = web_sys::AbortController::new().ok()?;
    set("signal", &controller.signal())?;
    let give_up = gloo::timers::callback::Timeout::new(TIMEOUT_MS as u32, move || controller.abort());
    let request = window.fetch_with_str_and_init(address, init.unchecked_ref());
    let response: web_sys::Response = JsFuture::from(request).await.ok()?.dyn_into().ok()?;
    let body = JsFuture::from(response.text().ok()?).await.ok()?.as_string().unwrap_or_default();
    drop(give_up);
    Some(ServerAnswer { status: response.status(), body })
}

thread_local! {
    /// Whether this page is emptying the outbox now, and whether it should go round again after.
    static SENDING: Cell<(bool, bool)> = const { Cell::new((false, false)) };
}

/// Empties this device's outbox, then calls `done` with what happened. While one emptying runs,
/// another request makes it go round once more (and only that last round is reported).
pub fn send_outbox(done: impl Fn(OutboxReport) + 'static) {
    let busy = SENDING.with(|cell| {
        let (running, _) = cell.get();
        cell.set((true, running));
        running
    });
    if busy {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        loop {
            let store = device::store();
            let report =
                send_waiting(&store, is_online, |to, document| async move { put_json(&to, document).await }).await;
            let again = SENDING.with(|cell| {
                let (_, again) = cell.get();
                cell.set((again, false));
                again
            });
            if !again {
                if let Ok(report) = report {
                    done(report);
                }
                break;
            }
        }
    });
}
