//! After submitting: thanks, what happens next, and the response as a file.

use crate::i18n::{Msg, Texts};
use crate::response::Response;
use crate::store::StoreError;
use crate::submission::Delivery;
use crate::ui::language::use_texts;
use crate::ui::problem_words::store_error_words;
use yew::prelude::*;

/// Properties of [`Thanks`].
#[derive(Properties, PartialEq)]
pub struct ThanksProps {
    /// The response just submitted.
    pub response: Option<Response>,
    /// The response as a typeable code, when it could be made into one (never for a sealed
    /// survey: sealed, a code would be over 350 characters).
    #[prop_or_default]
    pub code: Option<AttrValue>,
    /// The survey's public key: the file offered is sealed for it.
    #[prop_or_default]
    pub seal_key: Option<crate::seal::PublicKey>,
    /// Why it could not be stored on this device, if it could not.
    pub store_error: Option<StoreError>,
    /// Where it stands with the survey's submission address; none when the survey names none.
    #[prop_or_default]
    pub delivery: Option<Delivery>,
    /// The server of the submission address, as the respondent is told it.
    #[prop_or_default]
    pub sent_to: Option<AttrValue>,
    /// Small-number threshold, for the privacy sentence.
    pub threshold: u32,
    /// On a shared workshop device: offer the next person a fresh start, and nothing else.
    pub kiosk: bool,
    /// Called to go back to the welcome screen.
    pub on_done: Callback<()>,
}

/// Seconds before a kiosk returns to the welcome screen by itself.
const KIOSK_RETURN_SECONDS: u32 = 15;

/// The thank-you screen.
#[function_component(Thanks)]
pub fn thanks(props: &ThanksProps) -> Html {
    let host = crate::ui::host::use_host();
    let t = use_texts();
    let heading = use_node_ref();
    super::super::focus::use_focus_on_mount(heading.clone());
    {
        // A kiosk returns to the start by itself, so the next person never meets this screen.
        let on_done = props.on_done.clone();
        let kiosk = props.kiosk;
        use_effect_with(kiosk, move |&kiosk| {
            let timeout = kiosk
                .then(|| gloo::timers::callback::Timeout::new(KIOSK_RETURN_SECONDS * 1000, move || on_done.emit(())));
            move || drop(timeout)
        });
    }
    let not_sealed = use_state_eq(|| false);
    let download = {
        let (response, seal_key, not_sealed) = (props.response.clone(), props.seal_key.clone(), not_sealed.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(response) = response.clone() else { return };
            let (seal_key, not_sealed) = (seal_key.clone(), not_sealed.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let name = format!("partnership-pulse-response-{}", &response.id[..8.min(response.id.len())]);
                let sealed = seal_key.is_some();
                let made = super::response_file::download_response(seal_key.as_ref(), response, &name).await;
                not_sealed.set(sealed && !made);
            });
        })
    };
    let copied = use_state(|| None::<bool>);
    let on_copy = {
        let (code, copied) = (props.code.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let (Some(code), copied) = (code.clone(), copied.clone()) else { return };
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(Some(super::super::platform::copy_to_clipboard(&code).await));
            });
        })
    };
    let on_done = props.on_done.reform(|_: MouseEvent| ());
    let stored = props.store_error.is_none();
    html! {
        <section class="pp-screen pp-thanks" aria-labelledby={host.id("thanks-title")}>
            <h1 id={host.id("thanks-title")} tabindex="-1" ref={heading}>{ t.get(Msg::ThankYou) }</h1>
            if let Some(delivery) = &props.delivery {
                { delivery_note(delivery, props.sent_to.as_deref().unwrap_or_default(), stored, &t) }
            } else if stored {
                <p>{ t.get(Msg::SavedOnDevice) }</p>
            }
            if !stored {
                <div class="pp-alert" role="alert">
                    <p>{ t.format(Msg::NotSavedOnDevice, &[("reason", props.store_error.as_ref().map(|error| store_error_words(&t, error)).unwrap_or_default().as_str().into())]) }</p>
                    <p>{ t.get(Msg::DownloadToKeep) }</p>
                </div>
            }
            <h2>{ t.get(Msg::WhatHappensNext) }</h2>
            <p>{ t.format(Msg::NextSteps, &[("threshold", props.threshold.into())]) }</p>
            if props.kiosk {
                <p>{ t.format(Msg::KioskReturns, &[("seconds", KIOSK_RETURN_SECONDS.into())]) }</p>
                <div class="pp-nav">
                    if !stored || matches!(props.delivery, Some(Delivery::Refused(_))) {
                        <button type="button" class="pp-button" onclick={download}>{ t.get(Msg::DownloadYourResponse) }</button>
                    }
                    <button type="button" class="pp-button pp-primary" onclick={on_done}>{ t.get(Msg::StartForNextPerson) }</button>
                </div>
            } else {
                if let Some(code) = &props.code {
                    <h2>{ t.get(Msg::YourResponseCode) }</h2>
                    <p>{ t.get(Msg::CodeExplained) }</p>
                    <div class="pp-code-row">
                        <p class="pp-code">{ code.clone() }</p>
                        <button type="button" class="pp-button" onclick={on_copy}>{ t.get(Msg::CopyCode) }</button>
                    </div>
                    <p role="status" class="pp-hint">
                        { match *copied {
                            Some(true) => t.get(Msg::CodeCopied),
                            Some(false) => t.get(Msg::CodeNotCopied),
                            None => String::new(),
                        } }
                    </p>
                    <p>{ t.get(Msg::CodeQr) }</p>
                    <crate::ui::qr_code::QrCode text={code.clone()} label={t.get(Msg::CodeQrLabel)} too_long={t.get(Msg::CodeTooLongForQr)} />
                } else {
                    <p>{ t.get(Msg::SendIfAsked) }</p>
                }
                <div class="pp-nav">
                    <button type="button" class="pp-button" onclick={download}>{ t.get(Msg::DownloadYourResponse) }</button>
                    <button type="button" class="pp-button" onclick={on_done}>{ t.get(Msg::BackToStart) }</button>
                </div>
            }
            if *not_sealed {
                <p class="pp-alert" role="alert">{ t.get(Msg::CannotSealFile) }</p>
            }
        </section>
    }
}

/// What happened to the response at the submission address, in a live region so that a screen
/// reader hears "Sending" become "Sent".
fn delivery_note(delivery: &Delivery, server: &str, stored: bool, t: &Texts) -> Html {
    let at = [("server", server.into())];
    let text = match delivery {
        Delivery::WaitingForConnection | Delivery::WillRetry if !stored => t.format(Msg::NotSentEither, &at),
        Delivery::Sending => t.format(Msg::Sending, &at),
        Delivery::Sent => t.format(Msg::Sent, &at),
        Delivery::WaitingForConnection => t.get(Msg::Offline),
        Delivery::WillRetry => t.format(Msg::WillRetry, &at),
        Delivery::Refused(reason) => {
            return html! {
                <div class="pp-alert" role="alert">
                    <p>{ t.format(Msg::Refused, &[("server", server.into()), ("reason", reason.as_str().into())]) }</p>
                    <p>{ t.get(Msg::DownloadToKeep) }</p>
                </div>
            }
        }
        Delivery::NotKept(error) => store_error_words(t, error),
        Delivery::CannotSeal => t.format(Msg::CannotSeal, &at),
    };
    html! { <p role="status">{ text }</p> }
}
