//! Submitting a response: built from the respondent's answers, stored on the device with its
//! outbox entry in one write, sent to the survey's submission address, and handed to the host
//! page; the thank-you screen follows whatever happened, since it offers the answers as a file.

use super::{AnsweringOnUse, OutboxHandle};
use crate::answering::RespondAction;
use crate::services::{outgoing_document, OutgoingError, Queued};
use crate::store::StoreError;
use crate::submission::Delivery;
use crate::survey::SurveyDefinition;
use crate::ui::host::Host;
use crate::ui::submission::{is_online, put_json};
use crate::ui::{device, platform};
use crate::web_crypto::WebCrypto;
use std::rc::Rc;
use yew::prelude::*;

/// The Submit of the respondent `state`, and why storing the last submission failed, if it did.
#[hook]
pub fn use_submit(
    survey: Rc<SurveyDefinition>,
    state: crate::ui::reduced::RespondHandle,
    answering: Rc<AnsweringOnUse>,
    outbox: OutboxHandle,
    host: Host,
) -> (Callback<()>, Option<StoreError>, Callback<()>) {
    let submit_error = use_state_eq(|| None::<StoreError>);
    // One submission at a time: a second press while storing would make a second response.
    let submitting = use_mut_ref(|| false);
    let submit = {
        let (state, submit_error) = (state.clone(), submit_error.clone());
        Callback::from(move |_: ()| match state.build_response(platform::random_id(), platform::today()) {
            Err(problem) => state.dispatch(RespondAction::Problem(problem)),
            Ok(_) if *submitting.borrow() => {}
            Ok(response) => {
                *submitting.borrow_mut() = true;
                let (state, submit_error, host, answering) =
                    (state.clone(), submit_error.clone(), host.clone(), answering.clone());
                let (outbox, survey, submitting) = (outbox.clone(), survey.clone(), submitting.clone());
                outbox.follow.emit((response.id.clone(), None));
                wasm_bindgen_futures::spawn_local(async move {
                    let address = survey.submission_address.as_deref();
                    let crypto = WebCrypto::default();
                    let stored = answering.get().submit(&device::store(), &crypto, &survey, &response).await;
                    match (&stored, address) {
                        (Ok(Queued::ForAddress), _) => {
                            outbox.set_delivery.emit(Some(Delivery::Sending));
                            outbox.send_now.emit(());
                        }
                        (Ok(Queued::NoAddress), _) => outbox.set_delivery.emit(None),
                        (Ok(Queued::CannotSeal(_)), _) => outbox.set_delivery.emit(Some(Delivery::CannotSeal)),
                        // Not kept on the device: sent straight away, once, so it may still reach
                        // the facilitator; the thank-you page offers the file either way.
                        (Err(_), Some(address)) => {
                            outbox.set_delivery.emit(Some(Delivery::Sending));
                            let (set_delivery, address) = (outbox.set_delivery.clone(), address.to_owned());
                            let (survey, response) = (survey.clone(), response.clone());
                            wasm_bindgen_futures::spawn_local(async move {
                                let delivery = match outgoing_document(&crypto, &survey, &response).await {
                                    Ok(document) => {
                                        let at = crate::survey::document_address(&address, &response.id);
                                        Delivery::of_answer(put_json(&at, document).await.as_ref(), is_online())
                                    }
                                    Err(OutgoingError::Seal(_)) => Delivery::CannotSeal,
                                    Err(OutgoingError::Store(error)) => Delivery::NotKept(error),
                                };
                                set_delivery.emit(Some(delivery));
                            });
                        }
                        (Err(_), None) => outbox.set_delivery.emit(None),
                    }
                    if stored.is_ok() {
                        device::announce(std::slice::from_ref(&response));
                    }
                    submit_error.set(stored.err());
                    // The host receives the response itself, to forward or store as it sees fit.
                    let detail = serde_json::to_string(&response).ok().and_then(|json| js_sys::JSON::parse(&json).ok());
                    host.emit("submitted", detail.unwrap_or(wasm_bindgen::JsValue::NULL));
                    *submitting.borrow_mut() = false;
                    state.dispatch(RespondAction::Submitted(response));
                });
            }
        })
    };
    let restart = {
        let submit_error = submit_error.clone();
        Callback::from(move |()| {
            submit_error.set(None);
            state.dispatch(RespondAction::Restart);
        })
    };
    (submit, (*submit_error).clone(), restart)
}
