//! Opening a sealed survey's responses on the dashboard: the survey's key, kept wrapped on this
//! device with its saved survey, unwrapped with the passphrase the facilitator types
//! (docs/formats/sealed-responses.md). The unwrapped key lives as long as the page.

use super::sync::SyncHandle;
use super::texts::use_dashboard_texts;
use crate::i18n::DashMsg as M;
use crate::seal::{SealCrypto, SealError, WrappedKey};
use crate::store::StoreError;
use crate::ui::device;
use crate::ui::host::use_host;
use crate::ui::language::use_texts;
use crate::ui::problem_words::store_error_words;
use crate::web_crypto::WebCrypto;
use yew::prelude::*;

/// Where opening the responses stands.
#[derive(Clone, PartialEq)]
enum Unlock {
    /// Looking for the survey's key on this device.
    Finding,
    /// The key is here, waiting for the passphrase (`wrong`: the last one typed did not open it).
    Locked { key: WrappedKey, wrong: bool },
    /// Unwrapping it.
    Checking,
    /// Unwrapped: the page opens responses as they arrive.
    Opened,
    /// This device has no key for the survey (or only a damaged one).
    NoKey,
    /// The browser has no Web Crypto here.
    Unavailable,
    /// The device's storage could not be read.
    Store(StoreError),
}

/// Properties of [`SealedUnlock`].
#[derive(Properties, PartialEq)]
pub struct SealedUnlockProps {
    pub sync: SyncHandle,
}

/// The passphrase form of a sealed survey, above its sync panel.
#[function_component(SealedUnlock)]
pub fn sealed_unlock(props: &SealedUnlockProps) -> Html {
    let (host, texts, app) = (use_host(), use_dashboard_texts(), use_texts());
    let state = use_state_eq(|| Unlock::Finding);
    let passphrase = use_node_ref();
    {
        let (state, survey) = (state.clone(), props.sync.survey().clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let _ = device::ready().await;
                state.set(match crate::services::survey_key(&device::store(), &survey).await {
                    Ok(Some(key)) => Unlock::Locked { key, wrong: false },
                    Ok(None) => Unlock::NoKey,
                    Err(error) => Unlock::Store(error),
                });
            });
        });
    }
    let on_submit = {
        let (state, passphrase, sync) = (state.clone(), passphrase.clone(), props.sync.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Unlock::Locked { key, .. } = (*state).clone() else { return };
            let typed = passphrase.cast::<web_sys::HtmlInputElement>().map(|input| input.value()).unwrap_or_default();
            state.set(Unlock::Checking);
            let (state, sync, passphrase) = (state.clone(), sync.clone(), passphrase.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match WebCrypto::default().unwrap_key(&key, &typed).await {
                    Ok(private) => {
                        sync.unlock(private);
                        state.set(Unlock::Opened);
                    }
                    Err(SealError::WrongPassphrase) => {
                        state.set(Unlock::Locked { key, wrong: true });
                        if let Some(input) = passphrase.cast::<web_sys::HtmlInputElement>() {
                            input.select();
                            let _ = input.focus();
                        }
                    }
                    Err(SealError::Unavailable(_)) => state.set(Unlock::Unavailable),
                    Err(_) => state.set(Unlock::NoKey),
                }
            });
        })
    };
    let field_id = host.id("sealed-passphrase");
    let problem_id = host.id("sealed-problem");
    let (locked, checking, wrong) = match &*state {
        Unlock::Locked { wrong, .. } => (true, false, *wrong),
        Unlock::Checking => (true, true, false),
        _ => (false, false, false),
    };
    html! {
        <div class="pp-sealed">
            <p>{ texts.get(M::SealedHint) }</p>
            if locked {
                <form class="pp-sync-form" onsubmit={on_submit} novalidate=true>
                    <div class="pp-field">
                        <label for={field_id.clone()}>{ texts.get(M::SealedPassphrase) }</label>
                        <input id={field_id} class="pp-input" type="password" ref={passphrase} autocomplete="current-password"
                            spellcheck="false" autocapitalize="off" aria-invalid={wrong.then_some("true")}
                            aria-describedby={wrong.then(|| problem_id.clone())} />
                    </div>
                    <div class="pp-nav">
                        <button type="submit" class="pp-button pp-primary" disabled={checking}>{ texts.get(M::SealedOpen) }</button>
                    </div>
                </form>
            }
            <div role="status">
                if checking {
                    <p>{ texts.get(M::SealedOpening) }</p>
                } else if *state == Unlock::Opened {
                    <p>{ texts.get(M::SealedOpened) }</p>
                }
            </div>
            { match &*state {
                Unlock::Locked { wrong: true, .. } => html! { <p id={problem_id} class="pp-alert" role="alert">{ texts.get(M::SealedWrong) }</p> },
                Unlock::NoKey => html! { <p class="pp-alert" role="alert">{ texts.get(M::SealedNoKey) }</p> },
                Unlock::Unavailable => html! { <p class="pp-alert" role="alert">{ texts.get(M::SealedUnavailable) }</p> },
                Unlock::Store(error) => html! { <p class="pp-alert" role="alert">{ store_error_words(&app, error) }</p> },
                _ => html! {},
            } }
        </div>
    }
}
