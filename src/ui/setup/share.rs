//! Sharing the open survey: its link (compressed in the fragment), a copy button, its QR code,
//! the survey file, the dashboard, the next wave, and deleting it.

use crate::setup::{link_content, link_from_compressed, SavedSurvey, WorkspaceAction};
use crate::survey::SurveyDefinition;
use crate::ui::host::use_host;
use crate::ui::platform;
use crate::ui::qr_code::QrCode;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Properties of [`Share`].
#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub saved: SavedSurvey,
    pub builtin: Rc<SurveyDefinition>,
    /// Position of the survey in the workspace, for deleting it.
    pub open: usize,
    pub on_action: Callback<WorkspaceAction>,
}

/// The same link opening in kiosk mode, for a shared device at a workshop (the option goes in the
/// query, before the fragment that carries the survey).
fn kiosk_link(url: &str) -> String {
    match url.split_once('#') {
        Some((page, fragment)) => format!("{page}?mode=kiosk#{fragment}"),
        None => format!("{url}?mode=kiosk"),
    }
}

/// Why there is no link in a browser without `CompressionStream`.
const NO_COMPRESSION: &str =
    "This browser cannot compress the link (it needs CompressionStream, in browsers since 2023). Share the survey file instead.";

/// The share panel of the open survey.
#[function_component(Share)]
pub fn share(props: &ShareProps) -> Html {
    let host = use_host();
    // Validated once per change of the survey, not on every render.
    let definition =
        use_memo((props.saved.clone(), props.builtin.clone()), |(saved, builtin)| saved.definition(builtin));
    // The link, or why there is none, in words.
    let link = use_state(|| None::<Result<String, String>>);
    let copied = use_state(|| None::<bool>);
    let confirm_delete = use_state(|| false);
    let link_field = use_node_ref();
    {
        let (link, copied, folder, definition) = (link.clone(), copied.clone(), host.app_folder(), definition.clone());
        use_effect_with(props.saved.clone(), move |saved| {
            link.set(None);
            copied.set(None);
            if let Ok(survey) = definition.as_ref() {
                match link_content(saved, survey) {
                    Err(error) => link.set(Some(Err(error.to_string()))),
                    Ok((kind, json)) => wasm_bindgen_futures::spawn_local(async move {
                        let compressed = platform::deflate_raw(&json).await;
                        link.set(Some(
                            compressed
                                .map(|bytes| format!("{folder}index.html#{}", link_from_compressed(kind, &bytes)))
                                .ok_or_else(|| NO_COMPRESSION.to_owned()),
                        ));
                    }),
                }
            }
        });
    }
    let on_copy = {
        let (link, copied, link_field) = (link.clone(), copied.clone(), link_field.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(Ok(text)) = (*link).clone() else { return };
            let (copied, link_field) = (copied.clone(), link_field.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let done = platform::copy_to_clipboard(&text).await;
                if !done {
                    // Selected, so Ctrl+C (or a long press) copies it.
                    if let Some(input) = link_field.cast::<HtmlInputElement>() {
                        let _ = input.focus();
                        input.select();
                    }
                }
                copied.set(Some(done));
            });
        })
    };
    let survey_id = props.saved.setup.id.clone();
    let on_download = {
        let (saved, builtin) = (props.saved.clone(), props.builtin.clone());
        Callback::from(move |_: MouseEvent| {
            if let Ok(json) = saved.definition_file(&builtin) {
                let name = format!("{}-v{}.survey.json", saved.setup.id, saved.setup.version);
                platform::download(&name, "application/json", &json);
            }
        })
    };
    let on_next_wave = props.on_action.reform(|_: MouseEvent| WorkspaceAction::NextWave);
    let ask_delete = {
        let confirm_delete = confirm_delete.clone();
        Callback::from(move |_: MouseEvent| confirm_delete.set(true))
    };
    let keep = {
        let confirm_delete = confirm_delete.clone();
        Callback::from(move |_: MouseEvent| confirm_delete.set(false))
    };
    let delete = {
        let (confirm_delete, on_action, open) = (confirm_delete.clone(), props.on_action.clone(), props.open);
        Callback::from(move |_: MouseEvent| {
            confirm_delete.set(false);
            on_action.emit(WorkspaceAction::Delete(open));
        })
    };
    // "Show large" opens the QR code in a modal dialog, which Esc or Close dismisses (the browser
    // then returns focus to the button); it is drawn only while open.
    let large = use_state(|| false);
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with(*large, move |large| {
            if let (true, Some(dialog)) = (*large, dialog.cast::<web_sys::HtmlDialogElement>()) {
                let _ = dialog.show_modal();
            }
        });
    }
    let show_large = {
        let large = large.clone();
        Callback::from(move |_: MouseEvent| large.set(true))
    };
    let on_dialog_closed = {
        let large = large.clone();
        Callback::from(move |_: Event| large.set(false))
    };
    let close_large = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>() {
                dialog.close();
            }
        })
    };
    let field = host.id("share-link");
    html! {
        <section aria-labelledby={host.id("share-title")}>
            <h2 id={host.id("share-title")}>{ "Share" }</h2>
            { match definition.as_ref() {
                Err(errors) => html! {
                    <div class="pp-alert" role="status">
                        <p>{ "Before this survey can be shared:" }</p>
                        <ul>{ for crate::setup::share_problems(errors).into_iter().map(|problem| html! { <li>{ problem }</li> }) }</ul>
                    </div>
                },
                Ok(_) => match &*link {
                    None => html! { <p role="status">{ "Making the link…" }</p> },
                    Some(Err(reason)) => html! { <p class="pp-alert" role="alert">{ reason.clone() }</p> },
                    Some(Ok(url)) => html! {
                        <>
                            <p>{ "Anyone who opens this link gets exactly this survey. The set-up travels inside the link, after the #, which browsers never send to a web server." }</p>
                            <label class="pp-block-label" for={field.clone()}>{ "Survey link" }</label>
                            <input id={field} class="pp-input pp-link-box" type="text" readonly=true value={url.clone()} ref={link_field} data-length={url.len().to_string()} />
                            <p class="pp-hint">{ format!("{} characters.", url.len()) }</p>
                            if let Some(address) = Some(props.saved.setup.submission_address.as_str()).filter(|address| !address.is_empty()) {
                                <p>{ format!("Each respondent's device sends their response to {address} as they submit. If the site serving the survey page sets a Content-Security-Policy, it must allow that server: connect-src 'self' {}.", crate::submission::site_of(address)) }</p>
                            }
                            <div class="pp-actions">
                                <button type="button" class="pp-button pp-primary" onclick={on_copy}>{ "Copy link" }</button>
                                <a class="pp-button" href={url.clone()} target="_blank" rel="noopener">
                                    { "Open the survey" }<span class="pp-visually-hidden">{ " (opens in a new tab)" }</span>
                                </a>
                                <a class="pp-button" href={kiosk_link(url)} target="_blank" rel="noopener">
                                    { "Open on a shared workshop device" }<span class="pp-visually-hidden">{ " (kiosk mode, opens in a new tab)" }</span>
                                </a>
                            </div>
                            <p role="status">{ match *copied {
                                Some(true) => "Link copied.",
                                Some(false) => "This browser did not let the app copy: the link is selected above, so press Ctrl+C (⌘C on a Mac) to copy it.",
                                None => "",
                            } }</p>
                            <div class="pp-qr-box">
                                <QrCode text={AttrValue::from(url.clone())} label="QR code of the survey link" />
                                <button type="button" class="pp-button" onclick={show_large}>{ "Show the QR code large, for a projector" }</button>
                            </div>
                            if *large {
                                <dialog class="pp-qr-dialog" ref={dialog.clone()} aria-labelledby={host.id("qr-dialog-title")} onclose={on_dialog_closed.clone()}>
                                    <h2 id={host.id("qr-dialog-title")}>{ "Scan to open the survey" }</h2>
                                    <QrCode text={AttrValue::from(url.clone())} label="QR code of the survey link" />
                                    <button type="button" class="pp-button" onclick={close_large.clone()}>{ "Close" }</button>
                                </dialog>
                            }
                        </>
                    },
                },
            } }
            <h3>{ "Responses and the next wave" }</h3>
            <div class="pp-actions">
                <a class="pp-button" href={format!("{}dashboard.html?survey=saved:{survey_id}", host.app_folder())}>{ "Open this survey's dashboard" }</a>
                if definition.as_ref().is_ok() {
                    <button type="button" class="pp-button" onclick={on_download}>{ "Download the survey file" }</button>
                }
                <button type="button" class="pp-button" onclick={on_next_wave}>{ "Duplicate for the next wave" }</button>
                <button type="button" class="pp-button pp-danger" onclick={ask_delete}>{ "Delete this survey" }</button>
            </div>
            if *confirm_delete {
                <div class="pp-confirm" role="alertdialog" aria-label="Delete this survey?">
                    <p>{ format!("Delete \"{}\" from this browser? Its responses stay on the dashboard; its set-up cannot be brought back unless you downloaded its survey file.", props.saved.name()) }</p>
                    <button type="button" class="pp-button pp-danger" onclick={delete}>{ "Yes, delete it" }</button>
                    <button type="button" class="pp-button" onclick={keep}>{ "No, keep it" }</button>
                </div>
            }
        </section>
    }
}
