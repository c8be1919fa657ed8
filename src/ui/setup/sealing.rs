//! Sealing the open survey's responses (docs/formats/sealed-responses.md): a key made in this
//! browser, its private half wrapped under a passphrase the facilitator chooses; the key file to
//! keep; a key file brought back.

use super::app::use_setup_texts;
use crate::i18n::SetupMsg as M;
use crate::seal::{KeyBackup, SealCrypto, WRAP_ITERATIONS};
use crate::setup::{SavedSurvey, WorkspaceAction};
use crate::ui::host::use_host;
use crate::ui::platform;
use crate::web_crypto::WebCrypto;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Fewest characters a passphrase may have.
const MIN_PASSPHRASE_CHARS: usize = 12;
/// Largest key file read (one is under a kilobyte).
const MAX_KEY_FILE_BYTES: f64 = 16_384.0;

/// Properties of [`Sealing`].
#[derive(Properties, PartialEq)]
pub struct SealingProps {
    pub saved: SavedSurvey,
    pub on_action: Callback<WorkspaceAction>,
}

/// What the last attempt came to.
#[derive(Clone, Copy, PartialEq)]
enum Attempt {
    Idle,
    Making,
    TooShort,
    Mismatch,
    Unavailable,
    KeyFileUnreadable,
}

fn value_of(node: &NodeRef) -> String {
    node.cast::<HtmlInputElement>().map(|input| input.value()).unwrap_or_default()
}

/// The "Sealed responses" section of the set-up page.
#[function_component(Sealing)]
pub fn sealing(props: &SealingProps) -> Html {
    let (host, texts) = (use_host(), use_setup_texts());
    let attempt = use_state_eq(|| Attempt::Idle);
    let (first, second) = (use_node_ref(), use_node_ref());
    let on_seal = {
        let (attempt, first, second, on_action) =
            (attempt.clone(), first.clone(), second.clone(), props.on_action.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let passphrase = value_of(&first);
            if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
                return attempt.set(Attempt::TooShort);
            }
            if passphrase != value_of(&second) {
                return attempt.set(Attempt::Mismatch);
            }
            attempt.set(Attempt::Making);
            let (attempt, on_action) = (attempt.clone(), on_action.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match WebCrypto::default().new_key(&passphrase, WRAP_ITERATIONS).await {
                    Ok((wrapped, _)) => {
                        attempt.set(Attempt::Idle);
                        on_action.emit(WorkspaceAction::Seal(wrapped));
                    }
                    Err(_) => attempt.set(Attempt::Unavailable),
                }
            });
        })
    };
    let on_key_file = {
        let (attempt, on_action) = (attempt.clone(), props.on_action.clone());
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
            input.set_value("");
            let (attempt, on_action) = (attempt.clone(), on_action.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let read = platform::small_file_text(&file, MAX_KEY_FILE_BYTES).await.ok();
                match read.as_deref().map(KeyBackup::read) {
                    Some(Ok(backup)) => {
                        attempt.set(Attempt::Idle);
                        on_action.emit(WorkspaceAction::Seal(backup.key));
                    }
                    Some(Err(_)) | None => attempt.set(Attempt::KeyFileUnreadable),
                }
            });
        })
    };
    let download = {
        let saved = props.saved.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(key) = &saved.key {
                let backup = KeyBackup::new(&saved.setup.id, key.clone());
                if let Ok(text) = serde_json::to_string_pretty(&backup) {
                    platform::download(&format!("{}.survey-key.json", saved.setup.id), "application/json", &text);
                }
            }
        })
    };
    let id = |name: &str| host.id(&format!("seal-{name}"));
    let problem = match *attempt {
        Attempt::TooShort => Some(M::SealTooShort),
        Attempt::Mismatch => Some(M::SealMismatch),
        Attempt::Unavailable => Some(M::SealUnavailable),
        Attempt::KeyFileUnreadable => Some(M::KeyFileUnreadable),
        Attempt::Idle | Attempt::Making => None,
    };
    let (setup, sealed, holds_key) =
        (&props.saved.setup, props.saved.setup.seal_key.is_some(), props.saved.key.is_some());
    html! {
        <section aria-labelledby={id("title")}>
            <h2 id={id("title")}>{ texts.get(M::SealTitle) }</h2>
            if !sealed {
                <p>{ texts.get(M::SealWhy) }</p>
                if !setup.submission_address.is_empty() {
                    <p class="pp-hint"><strong>{ texts.get(M::SealRecommended) }</strong></p>
                }
                <form class="pp-sync-form" onsubmit={on_seal} novalidate=true>
                    <div class="pp-field">
                        <label for={id("passphrase")}>{ texts.get(M::SealPassphrase) }</label>
                        <input id={id("passphrase")} class="pp-input" type="password" ref={first} autocomplete="new-password"
                            spellcheck="false" autocapitalize="off" aria-describedby={problem.map(|_| id("problem"))} />
                    </div>
                    <div class="pp-field">
                        <label for={id("again")}>{ texts.get(M::SealPassphraseAgain) }</label>
                        <input id={id("again")} class="pp-input" type="password" ref={second} autocomplete="new-password"
                            spellcheck="false" autocapitalize="off" />
                    </div>
                    <div class="pp-nav">
                        <button type="submit" class="pp-button pp-primary" disabled={*attempt == Attempt::Making}>
                            { texts.get(M::SealButton) }
                        </button>
                    </div>
                </form>
            } else if holds_key {
                <p>{ texts.get(M::SealedNow) }</p>
                <div class="pp-nav">
                    <button type="button" class="pp-button" onclick={download}>{ texts.get(M::DownloadKey) }</button>
                </div>
            } else {
                <p>{ texts.get(M::SealedWithoutKey) }</p>
            }
            if !holds_key {
                <label class="pp-block-label" for={id("key-file")}>{ texts.get(M::ImportKeyFile) }</label>
                <input id={id("key-file")} class="pp-file" type="file" accept=".json,application/json" onchange={on_key_file} />
            }
            <div role="status">
                if *attempt == Attempt::Making { <p>{ texts.get(M::SealMaking) }</p> }
            </div>
            if let Some(problem) = problem {
                <p id={id("problem")} class="pp-alert" role="alert">{ texts.get(problem) }</p>
            }
        </section>
    }
}

/// Properties of [`SealFirst`].
#[derive(Properties, PartialEq)]
pub struct SealFirstProps {
    /// Why the step waits for sealing.
    pub why: M,
    /// The button that goes on without sealing.
    pub without: M,
    pub on_action: Callback<WorkspaceAction>,
}

/// In place of a step that lets responses reach a server (the link, publishing): why it waits
/// for the survey to be sealed, and the way on without sealing.
#[function_component(SealFirst)]
pub fn seal_first(props: &SealFirstProps) -> Html {
    let texts = use_setup_texts();
    html! {
        <div class="pp-alert" role="status">
            <p>{ texts.get(props.why) }</p>
            <div class="pp-nav">
                <button type="button" class="pp-button" onclick={props.on_action.reform(|_: MouseEvent| WorkspaceAction::SendUnsealed)}>
                    { texts.get(props.without) }
                </button>
            </div>
        </div>
    }
}
