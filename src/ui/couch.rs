//! The browser's side of syncing with CouchDB: requests through `fetch` with the connection's
//! credentials in an `Authorization` header (never cookies), each given up after a while.

use crate::services::CouchServer;
use crate::submission::ServerAnswer;
use js_sys::{Object, Reflect};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// How long a request may take before it counts as unanswered: a long poll's own wait plus this.
const TIMEOUT_MS: u32 = 30_000;

/// A CouchDB server reached from this page, for one run of syncing: once the page starts another
/// run or disconnects, this one is stopped.
pub struct BrowserCouch {
    authorization: Option<String>,
    run: Rc<Cell<u32>>,
    mine: u32,
}

impl BrowserCouch {
    /// Requests with `authorization`, for the run numbered `mine` of the page's counter `run`.
    pub fn new(authorization: Option<String>, run: Rc<Cell<u32>>, mine: u32) -> BrowserCouch {
        BrowserCouch { authorization, run, mine }
    }
}

/// The wait a changes-feed address asks the server for (`timeout=`), in milliseconds.
fn long_poll_wait(url: &str) -> u32 {
    url.split_once("&timeout=").and_then(|(_, rest)| rest.split('&').next()?.parse().ok()).unwrap_or(0)
}

impl CouchServer for BrowserCouch {
    async fn request(&self, method: &'static str, url: &str, body: Option<String>) -> Option<ServerAnswer> {
        let window = web_sys::window()?;
        let init = Object::new();
        let set = |target: &Object, key: &str, value: &JsValue| Reflect::set(target, &key.into(), value).ok();
        let headers = Object::new();
        set(&headers, "Accept", &"application/json".into())?;
        if body.is_some() {
            set(&headers, "Content-Type", &"application/json".into())?;
        }
        if let Some(authorization) = &self.authorization {
            set(&headers, "Authorization", &authorization.into())?;
        }
        set(&init, "method", &method.into())?;
        if let Some(body) = body {
            set(&init, "body", &body.into())?;
        }
        set(&init, "headers", &headers)?;
        set(&init, "credentials", &"omit".into())?;
        set(&init, "cache", &"no-store".into())?;
        set(&init, "referrerPolicy", &"no-referrer".into())?;
        let controller = web_sys::AbortController::new().ok()?;
        set(&init, "signal", &controller.signal())?;
        let give_up =
            gloo::timers::callback::Timeout::new(long_poll_wait(url) + TIMEOUT_MS, move || controller.abort());
        let request = window.fetch_with_str_and_init(url, init.unchecked_ref());
        let response: web_sys::Response = JsFuture::from(request).await.ok()?.dyn_into().ok()?;
        let body = JsFuture::from(response.text().ok()?).await.ok()?.as_string().unwrap_or_default();
        drop(give_up);
        Some(ServerAnswer { status: response.status(), body })
    }

    fn online(&self) -> bool {
        super::submission::is_online()
    }

    fn stopped(&self) -> bool {
        self.run.get() != self.mine
    }
}

/// Waits `ms` milliseconds.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// The time now on this device's clock, as `14:32:05`.
pub fn clock_time() -> String {
    let now = js_sys::Date::new_0();
    let two = |n: u32| if n < 10 { format!("0{n}") } else { n.to_string() };
    format!("{}:{}:{}", two(now.get_hours()), two(now.get_minutes()), two(now.get_seconds()))
}
