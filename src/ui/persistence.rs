//! Facilitator pages ask the browser to keep this site's storage (`navigator.storage.persist()`),
//! so responses and surveys are not cleared when the device runs short of space, and say what the
//! browser answered.

use yew::prelude::*;

/// What the browser said about keeping this site's data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kept {
    /// Kept until the user removes it.
    Persistent,
    /// May be cleared under storage pressure.
    BestEffort,
    /// The browser cannot say (no Storage API).
    Unknown,
}

/// Asks for persistent storage (unless already granted) and returns the outcome.
async fn ask() -> Kept {
    let Some(window) = web_sys::window() else { return Kept::Unknown };
    let manager = window.navigator().storage();
    // Some browsers (and insecure origins) have no `navigator.storage` at all.
    if !manager.is_object() {
        return Kept::Unknown;
    }
    let answer = |promise: Result<js_sys::Promise, wasm_bindgen::JsValue>| async move {
        let promise = promise.ok()?;
        wasm_bindgen_futures::JsFuture::from(promise).await.ok()?.as_bool()
    };
    let granted = match answer(manager.persisted()).await {
        Some(true) => Some(true),
        _ => answer(manager.persist()).await,
    };
    match granted {
        Some(true) => Kept::Persistent,
        Some(false) => Kept::BestEffort,
        None => Kept::Unknown,
    }
}

/// A line saying whether the browser will keep what is stored here; asks once when shown.
#[function_component(StoragePersistence)]
pub fn storage_persistence() -> Html {
    let texts = crate::ui::language::use_page_texts::<crate::i18n::FacilitatorMsg>();
    let kept = use_state(|| None::<Kept>);
    {
        let kept = kept.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move { kept.set(Some(ask().await)) });
        });
    }
    use crate::i18n::FacilitatorMsg as M;
    let text = match *kept {
        None => return html! {},
        Some(Kept::Persistent) => M::KeptPersistent,
        Some(Kept::BestEffort) => M::KeptMayClear,
        Some(Kept::Unknown) => M::KeptUnknown,
    };
    html! { <p class="pp-hint pp-persistence">{ texts.get(text) }</p> }
}
