//! Bringing response files into this device, and taking all responses out as JSON or CSV.

use super::sync::SyncHandle;
use super::texts::use_dashboard_texts;
use crate::i18n::{Arg, DashMsg as M, Msg, Texts};
use crate::response::Response;
use crate::services::{export_responses, import_codes, CodeImport, ExportFormat, ImportProblem};
use crate::survey::SurveyDefinition;
use crate::transfer::{ImportError, SealedResponseFile, MAX_FILE_BYTES};
use crate::ui::dashboard::words::{added_words, import_problem_words};
use crate::ui::device;
use crate::ui::file_pieces::JsTextPieces;
use crate::ui::host::use_host;
use crate::ui::platform;
use crate::ui::problem_words::store_error_words;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What an import brought to the page's figures.
#[derive(Clone, Debug, PartialEq)]
pub enum Imported {
    /// These responses were stored.
    Responses(Vec<Response>),
    /// More responses were stored than an import hands back: the figures read the store.
    ManyInStore,
}

/// Properties of [`TransferPanel`].
#[derive(Properties, PartialEq)]
pub struct TransferPanelProps {
    pub survey: Rc<SurveyDefinition>,
    /// The page's sync, whose unlocked key opens a sealed survey's response files.
    pub sync: SyncHandle,
    /// Called with what was stored, so the figures take it in.
    pub on_imported: Callback<Imported>,
}

/// The panel's words and the app's words for storage problems, in the page's language.
#[derive(Clone)]
struct Words {
    texts: Texts<M>,
    store: Texts<Msg>,
}

/// Reads one file and hands its text, a piece at a time, to the import service: the report line,
/// and what was stored (told to this site's other tabs too).
async fn import_file(sync: &SyncHandle, file: web_sys::File, words: &Words) -> (String, Imported) {
    let name = file.name();
    let survey = sync.survey();
    let outcome = if file.size() > MAX_FILE_BYTES as f64 {
        Err(ImportProblem::File(ImportError::TooLarge { bytes: file.size() as usize }))
    } else {
        let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok();
        match text.and_then(|text| text.dyn_into::<js_sys::JsString>().ok()) {
            Some(text) => {
                let _ = device::ready().await;
                // A sealed response file is small and read whole; any other is read in pieces.
                let start = String::from(text.slice(0, 200));
                match SealedResponseFile::starts(&start).then(|| SealedResponseFile::read(&String::from(&text))) {
                    Some(Some(sealed)) => sync.import_sealed(sealed).await,
                    _ => crate::services::import_file(&device::store(), survey, JsTextPieces::new(text)).await,
                }
            }
            None => Err(ImportProblem::NotRead),
        }
    };
    let line = |report: String| {
        words.texts.format(M::FileReport, &[("file", Arg::Text(&name)), ("report", Arg::Text(&report))])
    };
    match outcome {
        Ok(added) if added.more_in_store => {
            device::announce_many();
            (line(added_report(&words.texts, survey, &added)), Imported::ManyInStore)
        }
        Ok(added) => {
            device::announce(&added.responses);
            (line(added_report(&words.texts, survey, &added)), Imported::Responses(added.responses))
        }
        Err(problem) => {
            (line(import_problem_words(&words.texts, &words.store, &problem)), Imported::Responses(Vec::new()))
        }
    }
}

/// What an import added, in words; in a survey by invitation, why a response already here by its
/// code was not stored again.
fn added_report(texts: &Texts<M>, survey: &SurveyDefinition, added: &crate::services::Added) -> String {
    let words = added_words(texts, added);
    if survey.invitations.is_some() && added.duplicates > 0 {
        format!("{words} {}", texts.get(M::InvitationUsedOnce))
    } else {
        words
    }
}

/// The report lines of a batch of codes: what was stored first, then each unreadable code.
fn code_report(survey: &SurveyDefinition, outcome: &CodeImport, words: &Words) -> Vec<String> {
    let texts = &words.texts;
    let stored = outcome.stored.as_ref().map(|stored| match stored {
        Ok(added) => texts.format(M::CodesReport, &[("report", Arg::Text(&added_report(texts, survey, added)))]),
        Err(error) => {
            texts.format(M::CodesNotStored, &[("reason", Arg::Text(&store_error_words(&words.store, error)))])
        }
    });
    let unreadable = outcome.unreadable.iter().map(|(line, error)| {
        texts.format(M::CodeNotAdded, &[("line", (*line).into()), ("reason", Arg::Text(&error.to_string()))])
    });
    stored.into_iter().chain(unreadable).collect()
}

/// Files chosen or dropped, imported one after another.
/// Files larger than this (about 15,000 responses) are said to take a while.
const LARGE_FILE_BYTES: f64 = 10_000_000.0;

fn import_all(
    sync: SyncHandle,
    files: Vec<web_sys::File>,
    report: UseStateHandle<Vec<String>>,
    done: Callback<Imported>,
    words: Words,
) {
    wasm_bindgen_futures::spawn_local(async move {
        let (mut lines, mut stored, mut many) = (Vec::new(), Vec::new(), false);
        for file in files {
            // Said while the file is read and stored (the page is busy meanwhile): which file,
            // and for a large one, that it takes a while.
            let mut shown = lines.clone();
            let reading = if file.size() > LARGE_FILE_BYTES { M::ReadingLargeFile } else { M::ReadingFile };
            shown.push(words.texts.format(reading, &[("file", Arg::Text(&file.name()))]));
            report.set(shown);
            let (line, imported) = import_file(&sync, file, &words).await;
            lines.push(line);
            match imported {
                Imported::Responses(responses) if !many => stored.extend(responses),
                Imported::Responses(_) => {}
                Imported::ManyInStore => {
                    many = true;
                    stored = Vec::new();
                }
            }
        }
        report.set(lines);
        done.emit(if many { Imported::ManyInStore } else { Imported::Responses(stored) });
    });
}

fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    list.map(|list| (0..list.length()).filter_map(|i| list.item(i)).collect()).unwrap_or_default()
}

/// The "Responses on this device" panel.
#[function_component(TransferPanel)]
pub fn transfer_panel(props: &TransferPanelProps) -> Html {
    let host = use_host();
    let texts = use_dashboard_texts();
    let words = Words { texts: texts.clone(), store: crate::ui::language::use_texts() };
    let report = use_state(Vec::<String>::new);
    let dragging = use_state(|| false);
    let on_choose = {
        let (sync, report, done, words) =
            (props.sync.clone(), report.clone(), props.on_imported.clone(), words.clone());
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let files = files_of(input.files());
            input.set_value("");
            import_all(sync.clone(), files, report.clone(), done.clone(), words.clone());
        })
    };
    let on_drop = {
        let (sync, report, done, dragging, words) =
            (props.sync.clone(), report.clone(), props.on_imported.clone(), dragging.clone(), words.clone());
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            let files = files_of(event.data_transfer().and_then(|transfer| transfer.files()));
            import_all(sync.clone(), files, report.clone(), done.clone(), words.clone());
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let codes = use_node_ref();
    let on_codes = {
        let (survey, report, done, codes, words) =
            (props.survey.clone(), report.clone(), props.on_imported.clone(), codes.clone(), words.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(area) = codes.cast::<web_sys::HtmlTextAreaElement>() else { return };
            let (survey, report, done, words) = (survey.clone(), report.clone(), done.clone(), words.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let _ = device::ready().await;
                let outcome = import_codes(&device::store(), &survey, &area.value()).await;
                if outcome.all_taken() {
                    area.set_value("");
                }
                report.set(code_report(&survey, &outcome, &words));
                if let Some(Ok(added)) = outcome.stored {
                    device::announce(&added.responses);
                    done.emit(Imported::Responses(added.responses));
                }
            });
        })
    };
    let survey = props.survey.clone();
    let export = {
        let (report, words) = (report.clone(), words.clone());
        move |format: ExportFormat| {
            let (survey, report, words) = (survey.clone(), report.clone(), words.clone());
            Callback::from(move |_: MouseEvent| {
                let (survey, report, words) = (survey.clone(), report.clone(), words.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = device::ready().await;
                    // The file's pieces go straight to the browser's strings: the page's own
                    // memory holds one pack's worth at a time, never the whole file.
                    let parts = js_sys::Array::new();
                    let write = |piece: String| {
                        parts.push(&piece.into());
                    };
                    match export_responses(&device::store(), &survey, format, write).await {
                        Ok(export) => {
                            let (name, mime) = match format {
                                ExportFormat::Json => ("partnership-pulse-responses.json", "application/json"),
                                ExportFormat::Csv => ("partnership-pulse-responses.csv", "text/csv"),
                            };
                            let mut lines = Vec::new();
                            if !platform::download_parts(name, mime, &parts) {
                                lines.push(words.texts.get(M::NoDownloadStarted));
                            }
                            lines.extend(export.set_aside.map(|error| {
                                let reason = store_error_words(&words.store, &error);
                                words.texts.format(M::DownloadedWithout, &[("reason", Arg::Text(&reason))])
                            }));
                            report.set(lines);
                        }
                        Err(error) => {
                            let reason = store_error_words(&words.store, &error);
                            report
                                .set(vec![words.texts.format(M::NothingDownloaded, &[("reason", Arg::Text(&reason))])])
                        }
                    }
                });
            })
        }
    };
    let input_id = host.id("import-files");
    let drop_class = if *dragging { "pp-drop pp-dragging" } else { "pp-drop" };
    html! {
        <section class="pp-transfer" aria-labelledby={host.id("transfer-title")}>
            <h2 id={host.id("transfer-title")}>{ texts.get(M::ResponsesOnDevice) }</h2>
            <crate::ui::StoragePersistence />
            <div class={drop_class} ondrop={on_drop} ondragover={on_drag_over} ondragleave={on_drag_leave}>
                <label for={input_id.clone()}>{ texts.get(M::BringInFiles) }</label>
                <input type="file" id={input_id} multiple=true accept=".json,application/json" onchange={on_choose} />
                <p class="pp-hint">{ texts.get(M::DropFiles) }</p>
            </div>
            <label for={host.id("import-codes")} class="pp-block-label">{ texts.get(M::PasteCodes) }</label>
            <textarea id={host.id("import-codes")} class="pp-textarea pp-code" rows="3" ref={codes}
                spellcheck="false" autocomplete="off" />
            <div class="pp-nav">
                <button type="button" class="pp-button" onclick={on_codes}>{ texts.get(M::AddCodes) }</button>
            </div>
            <div role="status" class="pp-import-report">
                if !report.is_empty() {
                    <ul>{ for report.iter().map(|line| html! { <li>{ line.clone() }</li> }) }</ul>
                }
            </div>
            <p class="pp-hint" id={host.id("export-note")}>{ texts.get(M::ExportNote) }</p>
            <div class="pp-nav">
                <button type="button" class="pp-button" onclick={export(ExportFormat::Json)}
                    aria-describedby={host.id("export-note")}>{ texts.get(M::DownloadJson) }</button>
                <button type="button" class="pp-button" onclick={export(ExportFormat::Csv)}
                    aria-describedby={host.id("export-note")}>{ texts.get(M::DownloadCsv) }</button>
            </div>
        </section>
    }
}
