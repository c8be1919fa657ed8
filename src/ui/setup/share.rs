//! Sharing the open survey: its link (compressed in the fragment), a copy button, its QR code,
//! the survey file, the dashboard, the next wave, and deleting it.

use super::app::use_setup_texts;
use crate::i18n::{Arg, SetupMsg as M};
use crate::setup::{link_content, link_from_compressed, LinkError, SavedSurvey, WorkspaceAction};
use crate::survey::SurveyDefinition;
use crate::ui::host::use_host;
use crate::ui::platform;
use crate::ui::qr_code::QrCode;
use crate::ui::setup::words::{share_link_error_words, share_problem_words};
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

/// The share panel of the open survey.
#[function_component(Share)]
pub fn share(props: &ShareProps) -> Html {
    let host = use_host();
    let texts = use_setup_texts();
    // Validated once per change of the survey, not on every render.
    let definition =
        use_memo((props.saved.clone(), props.builtin.clone()), |(saved, builtin)| saved.definition(builtin));
    // The link, or why there is none (no error: the browser cannot compress).
    let link = use_state(|| None::<Result<String, Option<LinkError>>>);
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
                    Err(error) => link.set(Some(Err(Some(error)))),
                    Ok((kind, json)) => wasm_bindgen_futures::spawn_local(async move {
                        let compressed = platform::deflate_raw(&json).await;
                        link.set(Some(
                            compressed
                                .map(|bytes| format!("{folder}index.html#{}", link_from_compressed(kind, &bytes)))
                                .ok_or(None),
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
    let field = host.id("share-link");
    // Responses reach a server through the link: sealed by default (docs/formats/sealed-responses.md).
    let awaits_sealing = props.saved.awaits_sealing(!props.saved.setup.submission_address.is_empty());
    html! {
        <section aria-labelledby={host.id("share-title")}>
            <h2 id={host.id("share-title")}>{ texts.get(M::Share) }</h2>
            { match definition.as_ref() {
                Err(errors) => html! {
                    <div class="pp-alert" role="status">
                        <p>{ texts.get(M::BeforeSharing) }</p>
                        <ul>{ for share_problem_words(&texts, errors).into_iter().map(|problem| html! { <li>{ problem }</li> }) }</ul>
                    </div>
                },
                Ok(_) if awaits_sealing => html! {
                    <super::sealing::SealFirst why={M::SealBeforeSharing} without={M::ShareUnsealed} on_action={props.on_action.clone()} />
                },
                Ok(_) => match &*link {
                    None => html! { <p role="status">{ texts.get(M::MakingTheLink) }</p> },
                    Some(Err(reason)) => html! { <p class="pp-alert" role="alert">{ match reason {
                        Some(error) => share_link_error_words(&texts, error),
                        None => texts.get(M::NoCompression),
                    } }</p> },
                    Some(Ok(url)) => html! {
                        <>
                            <p>{ texts.get(M::LinkExplained) }</p>
                            <label class="pp-block-label" for={field.clone()}>{ texts.get(M::SurveyLink) }</label>
                            <input id={field} class="pp-input pp-link-box" type="text" readonly=true value={url.clone()} ref={link_field} data-length={url.len().to_string()} />
                            <p class="pp-hint">{ texts.format(M::LinkCharacters, &[("count", url.len().into())]) }</p>
                            if let Some(address) = Some(props.saved.setup.submission_address.as_str()).filter(|address| !address.is_empty()) {
                                <p>{ texts.format(M::SubmissionExplained, &[
                                    ("address", Arg::Text(address)), ("site", Arg::Text(crate::survey::site_of(address))),
                                ]) }</p>
                            }
                            <div class="pp-actions">
                                <button type="button" class="pp-button pp-primary" onclick={on_copy}>{ texts.get(M::CopyLink) }</button>
                                <a class="pp-button" href={url.clone()} target="_blank" rel="noopener">
                                    { texts.get(M::OpenTheSurvey) }<span class="pp-visually-hidden">{ texts.get(M::OpensInNewTab) }</span>
                                </a>
                                <a class="pp-button" href={kiosk_link(url)} target="_blank" rel="noopener">
                                    { texts.get(M::OpenOnSharedDevice) }<span class="pp-visually-hidden">{ texts.get(M::KioskOpensInNewTab) }</span>
                                </a>
                            </div>
                            <p role="status">{ match *copied {
                                Some(true) => texts.get(M::LinkCopied),
                                Some(false) => texts.get(M::LinkNotCopied),
                                None => String::new(),
                            } }</p>
                            <QrBox url={AttrValue::from(url.clone())} />
                        </>
                    },
                },
            } }
            <super::invitations::Invitations setup={props.saved.setup.clone()} on_action={props.on_action.clone()}
                link={match &*link { Some(Ok(url)) if !awaits_sealing => Some(AttrValue::from(url.clone())), _ => None }} />
            <h3>{ texts.get(M::ResponsesAndNextWave) }</h3>
            <div class="pp-actions">
                <a class="pp-button" href={format!("{}dashboard.html?survey=saved:{survey_id}", host.app_folder())}>{ texts.get(M::OpenDashboard) }</a>
                if definition.as_ref().is_ok() {
                    <button type="button" class="pp-button" onclick={on_download}>{ texts.get(M::DownloadSurveyFile) }</button>
                }
                <button type="button" class="pp-button" onclick={on_next_wave}>{ texts.get(M::DuplicateForNextWave) }</button>
                <button type="button" class="pp-button pp-danger" onclick={ask_delete}>{ texts.get(M::DeleteThisSurvey) }</button>
            </div>
            if *confirm_delete {
                <div class="pp-confirm" role="alertdialog" aria-label={texts.get(M::DeleteThisSurveyQuestion)}>
                    <p>{ texts.format(M::DeleteConfirm, &[("survey", Arg::Text(&props.saved.name()))]) }</p>
                    <button type="button" class="pp-button pp-danger" onclick={delete}>{ texts.get(M::YesDelete) }</button>
                    <button type="button" class="pp-button" onclick={keep}>{ texts.get(M::NoKeep) }</button>
                </div>
            }
        </section>
    }
}

/// Properties of [`QrBox`].
#[derive(Properties, PartialEq)]
struct QrBoxProps {
    url: AttrValue,
}

/// The link's QR code, and "Show large": the code in a modal dialog, which Esc or Close dismisses
/// (the browser then returns focus to the button); drawn only while open.
#[function_component(QrBox)]
fn qr_box(props: &QrBoxProps) -> Html {
    let host = use_host();
    let texts = use_setup_texts();
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
    let too_long = AttrValue::from(
        texts.format(M::QrTooLong, &[("length", props.url.len().into()), ("most", crate::qr::QR_MAX_BYTES.into())]),
    );
    html! {
        <>
            <div class="pp-qr-box">
                <QrCode text={props.url.clone()} label={texts.get(M::QrOfLink)} too_long={too_long.clone()} />
                <button type="button" class="pp-button" onclick={show_large}>{ texts.get(M::ShowQrLarge) }</button>
            </div>
            if *large {
                <dialog class="pp-qr-dialog" ref={dialog} aria-labelledby={host.id("qr-dialog-title")} onclose={on_dialog_closed}>
                    <h2 id={host.id("qr-dialog-title")}>{ texts.get(M::ScanToOpen) }</h2>
                    <QrCode text={props.url.clone()} label={texts.get(M::QrOfLink)} too_long={too_long.clone()} />
                    <button type="button" class="pp-button" onclick={close_large}>{ texts.get(M::Close) }</button>
                </dialog>
            }
        </>
    }
}
