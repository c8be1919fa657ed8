//! After submitting: thanks, what happens next, and the response as a file.

use crate::response::Response;
use crate::store::StoreError;
use crate::submission::Delivery;
use crate::transfer::ResponseFile;
use yew::prelude::*;

/// Properties of [`Thanks`].
#[derive(Properties, PartialEq)]
pub struct ThanksProps {
    /// The response just submitted.
    pub response: Option<Response>,
    /// The response as a typeable code, when it could be made into one.
    #[prop_or_default]
    pub code: Option<AttrValue>,
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
    let download = {
        let response = props.response.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(response) = &response {
                if let Ok(json) = ResponseFile::new(vec![response.clone()]).to_json() {
                    let name = format!("partnership-pulse-response-{}.json", &response.id[..8.min(response.id.len())]);
                    super::super::platform::download(&name, "application/json", &json);
                }
            }
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
            <h1 id={host.id("thanks-title")} tabindex="-1" ref={heading}>{ "Thank you" }</h1>
            if let Some(delivery) = &props.delivery {
                { delivery_note(delivery, props.sent_to.as_deref().unwrap_or_default(), stored) }
            } else if stored {
                <p>{ "Your response has been saved on this device." }</p>
            }
            if !stored {
                <div class="pp-alert" role="alert">
                    <p>{ format!("Your response could not be saved on this device. {}", props.store_error.as_ref().map(ToString::to_string).unwrap_or_default()) }</p>
                    <p>{ "Please download it as a file now and send it to the person running the survey, so it is not lost." }</p>
                </div>
            }
            <h2>{ "What happens next" }</h2>
            <p>{ format!("The person running the survey gathers everyone's responses. The partnership then looks at the results together, by group, and agrees what to change. Results are only ever shown for groups of at least {} people.", props.threshold) }</p>
            if props.kiosk {
                <p>{ format!("This shared device returns to the start in {KIOSK_RETURN_SECONDS} seconds.") }</p>
                <div class="pp-nav">
                    if !stored || matches!(props.delivery, Some(Delivery::Refused(_))) {
                        <button type="button" class="pp-button" onclick={download}>{ "Download your response" }</button>
                    }
                    <button type="button" class="pp-button pp-primary" onclick={on_done}>{ "Start for the next person" }</button>
                </div>
            } else {
                if let Some(code) = &props.code {
                    <h2>{ "Your response code" }</h2>
                    <p>{ "If you were asked to pass your response on, copy this code and send it to the person running the survey (by message or email), or download your response as a file and send that. The code holds only your answers, never your name." }</p>
                    <div class="pp-code-row">
                        <p class="pp-code">{ code.clone() }</p>
                        <button type="button" class="pp-button" onclick={on_copy}>{ "Copy code" }</button>
                    </div>
                    <p role="status" class="pp-hint">
                        { match *copied {
                            Some(true) => "Code copied. Paste it into a message to the person running the survey.",
                            Some(false) => "This browser did not let the code be copied: select it above and copy it.",
                            None => "",
                        } }
                    </p>
                    <p>{ "Or let them scan this QR code of it with a phone camera, then paste the code into their dashboard." }</p>
                    <crate::ui::qr_code::QrCode text={code.clone()} label="your response code" />
                } else {
                    <p>{ "If you were asked to send your response, download it as a file and send it on." }</p>
                }
                <div class="pp-nav">
                    <button type="button" class="pp-button" onclick={download}>{ "Download your response" }</button>
                    <button type="button" class="pp-button" onclick={on_done}>{ "Back to the start" }</button>
                </div>
            }
        </section>
    }
}

/// What happened to the response at the submission address, in a live region so that a screen
/// reader hears "Sending" become "Sent".
fn delivery_note(delivery: &Delivery, server: &str, stored: bool) -> Html {
    let text = match delivery {
        // Not kept on the device, so nothing will try again: the alert above asks for the file.
        Delivery::WaitingForConnection | Delivery::WillRetry if !stored => {
            format!("It could not be sent to {server} either.")
        }
        Delivery::Sending => format!("Sending your response to the person running the survey ({server})…"),
        Delivery::Sent => format!("Sent to the person running the survey ({server})."),
        Delivery::WaitingForConnection => {
            "This device is offline. Your response is kept on it and will be sent when you are back online.".to_owned()
        }
        Delivery::WillRetry => format!(
            "Your response could not reach {server} just now. It is kept on this device and will be sent by itself when the connection returns or the survey is next opened here."
        ),
        Delivery::Refused(reason) => {
            return html! {
                <div class="pp-alert" role="alert">
                    <p>{ format!("{server} did not accept your response: {reason}") }</p>
                    <p>{ "Please download it as a file and send it to the person running the survey, so it is not lost." }</p>
                </div>
            }
        }
        Delivery::NotKept(error) => error.to_string(),
    };
    html! { <p role="status">{ text }</p> }
}
