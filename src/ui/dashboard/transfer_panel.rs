//! Bringing response files into this device, and taking all responses out as JSON or CSV.

use crate::response::Response;
use crate::store::{append_responses, load_responses, BrowserStorage, ResponseFile};
use crate::survey::SurveyDefinition;
use crate::transfer::{
    decode_response, merge_responses, read_response_file, responses_csv, ImportError, MAX_FILE_BYTES,
};
use crate::ui::host::use_host;
use crate::ui::platform;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`TransferPanel`].
#[derive(Properties, PartialEq)]
pub struct TransferPanelProps {
    pub survey: Rc<SurveyDefinition>,
    /// Called after responses were stored, so the figures reload.
    pub on_imported: Callback<()>,
}

/// What happened to one file.
fn report_line(name: &str, outcome: Result<(usize, usize, Vec<String>), String>) -> String {
    match outcome {
        Err(reason) => format!("{name}: not imported, because {reason}."),
        Ok((added, duplicates, refused)) => {
            let mut line = format!("{name}: {added} added, {duplicates} already here");
            if !refused.is_empty() {
                line.push_str(&format!(", {} refused: {}", refused.len(), refused.join(" ")));
            } else {
                line.push('.');
            }
            line
        }
    }
}

/// Reads, checks and stores one file; all its valid responses are stored in one write, or none.
async fn import_file(survey: &SurveyDefinition, file: web_sys::File) -> String {
    let name = file.name();
    if file.size() > MAX_FILE_BYTES as f64 {
        let error = ImportError::TooLarge { bytes: file.size() as usize };
        return report_line(&name, Err(error.to_string()));
    }
    let text = match wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string()) {
        Some(text) => text,
        None => return report_line(&name, Err("the browser could not read it".into())),
    };
    let incoming = match read_response_file(&text) {
        Ok(incoming) => incoming,
        Err(error) => return report_line(&name, Err(error.to_string())),
    };
    let storage = BrowserStorage::open();
    let stored: Vec<Response> = match load_responses(&storage, &survey.id) {
        Ok(stored) => stored,
        Err(error) => return report_line(&name, Err(error.to_string())),
    };
    let merge = merge_responses(survey, &stored, incoming);
    if let Err(error) = append_responses(&storage, &survey.id, &merge.added) {
        return report_line(&name, Err(format!("nothing could be stored: {error}")));
    }
    let refused = merge.refused.iter().map(ToString::to_string).collect();
    report_line(&name, Ok((merge.added.len(), merge.duplicates, refused)))
}

/// Reads pasted codes (one per line) and stores those that fit, in one write.
fn import_codes(survey: &SurveyDefinition, text: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut decoded = Vec::new();
    for (number, code) in text.lines().map(str::trim).filter(|line| !line.is_empty()).enumerate() {
        match decode_response(survey, code) {
            Ok(response) => decoded.push(response),
            Err(error) => lines.push(format!("Code {}: not added, because {error}.", number + 1)),
        }
    }
    if decoded.is_empty() {
        return lines;
    }
    let storage = BrowserStorage::open();
    let stored = match load_responses(&storage, &survey.id) {
        Ok(stored) => stored,
        Err(error) => {
            lines.push(format!("Codes: not added, because {error}"));
            return lines;
        }
    };
    let merge = merge_responses(survey, &stored, decoded);
    match append_responses(&storage, &survey.id, &merge.added) {
        Ok(()) => {
            let refused: Vec<String> = merge.refused.iter().map(ToString::to_string).collect();
            lines.insert(0, report_line("Codes", Ok((merge.added.len(), merge.duplicates, refused))));
        }
        Err(error) => lines.insert(0, format!("Codes: nothing could be stored: {error}")),
    }
    lines
}

/// Files chosen or dropped, imported one after another.
fn import_all(
    survey: Rc<SurveyDefinition>,
    files: Vec<web_sys::File>,
    report: UseStateHandle<Vec<String>>,
    done: Callback<()>,
) {
    wasm_bindgen_futures::spawn_local(async move {
        let mut lines = Vec::new();
        for file in files {
            lines.push(import_file(&survey, file).await);
        }
        report.set(lines);
        done.emit(());
    });
}

fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    list.map(|list| (0..list.length()).filter_map(|i| list.item(i)).collect()).unwrap_or_default()
}

/// The "Responses on this device" panel.
#[function_component(TransferPanel)]
pub fn transfer_panel(props: &TransferPanelProps) -> Html {
    let host = use_host();
    let report = use_state(Vec::<String>::new);
    let dragging = use_state(|| false);
    let on_choose = {
        let (survey, report, done) = (props.survey.clone(), report.clone(), props.on_imported.clone());
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let files = files_of(input.files());
            input.set_value("");
            import_all(survey.clone(), files, report.clone(), done.clone());
        })
    };
    let on_drop = {
        let (survey, report, done, dragging) =
            (props.survey.clone(), report.clone(), props.on_imported.clone(), dragging.clone());
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            let files = files_of(event.data_transfer().and_then(|transfer| transfer.files()));
            import_all(survey.clone(), files, report.clone(), done.clone());
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
        let (survey, report, done, codes) =
            (props.survey.clone(), report.clone(), props.on_imported.clone(), codes.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(area) = codes.cast::<web_sys::HtmlTextAreaElement>() else { return };
            let lines = import_codes(&survey, &area.value());
            if lines.iter().all(|line| !line.starts_with("Code ")) {
                area.set_value("");
            }
            report.set(lines);
            done.emit(());
        })
    };
    let survey = props.survey.clone();
    let export = move |csv: bool| {
        let survey = survey.clone();
        Callback::from(move |_: MouseEvent| {
            let responses = load_responses(&BrowserStorage::open(), &survey.id).unwrap_or_default();
            if csv {
                platform::download("partnership-pulse-responses.csv", "text/csv", &responses_csv(&survey, &responses));
            } else {
                let json = ResponseFile::new(responses).to_json();
                platform::download("partnership-pulse-responses.json", "application/json", &json);
            }
        })
    };
    let input_id = host.id("import-files");
    let drop_class = if *dragging { "pp-drop pp-dragging" } else { "pp-drop" };
    html! {
        <section class="pp-transfer" aria-labelledby={host.id("transfer-title")}>
            <h2 id={host.id("transfer-title")}>{ "Responses on this device" }</h2>
            <div class={drop_class} ondrop={on_drop} ondragover={on_drag_over} ondragleave={on_drag_leave}>
                <label for={input_id.clone()}>{ "Bring in response files (from respondents, or another facilitator's export)" }</label>
                <input type="file" id={input_id} multiple=true accept=".json,application/json" onchange={on_choose} />
                <p class="pp-hint">{ "Or drop the files here. Responses already here are counted once; nothing is stored from a file that cannot be read." }</p>
            </div>
            <label for={host.id("import-codes")} class="pp-block-label">{ "Or type or paste response codes, one per line" }</label>
            <textarea id={host.id("import-codes")} class="pp-textarea pp-code" rows="3" ref={codes}
                spellcheck="false" autocomplete="off" />
            <div class="pp-nav">
                <button type="button" class="pp-button" onclick={on_codes}>{ "Add codes" }</button>
            </div>
            <div role="status" class="pp-import-report">
                if !report.is_empty() {
                    <ul>{ for report.iter().map(|line| html! { <li>{ line.clone() }</li> }) }</ul>
                }
            </div>
            <div class="pp-nav">
                <button type="button" class="pp-button" onclick={export(false)}>{ "Download all responses (JSON)" }</button>
                <button type="button" class="pp-button" onclick={export(true)}>{ "Download all responses (CSV)" }</button>
            </div>
        </section>
    }
}
