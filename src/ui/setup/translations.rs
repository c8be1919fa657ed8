//! The facilitator's own texts in the survey's other languages: a field for each, a translation
//! file to download for a translator, and one to import back, refused with every problem named.

use super::app::use_setup_texts;
use crate::i18n::{language_name, markup_language, Arg, SetupMsg as M};
use crate::setup::{
    read_translation, translation_keys, translation_of, SetUp, SetUpEdit, TranslationFile, TranslationProblem,
    WorkspaceAction,
};
use crate::survey::SurveyDefinition;
use crate::ui::host::use_host;
use crate::ui::platform;
use crate::ui::setup::words::translation_problem_words;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Largest translation file read: far more than any set-up's texts.
const MAX_TRANSLATION_BYTES: f64 = 256.0 * 1024.0;

/// Properties of [`Translations`].
#[derive(Properties, PartialEq)]
pub struct TranslationsProps {
    pub setup: SetUp,
    /// The instrument the set-up adapts: the languages it offers, and its own translations.
    pub base: Rc<SurveyDefinition>,
    pub on_action: Callback<WorkspaceAction>,
}

/// What an import of a translation file came to.
#[derive(Clone, PartialEq)]
enum Imported {
    /// A file's texts were taken: its name, how many, their language.
    Taken(String, usize, String),
    /// A file could not be read: its name, and whether it was too large.
    Unreadable(String, bool),
    Refused(String, Rc<Vec<TranslationProblem>>),
}

/// What kind of text a key is, for its field's label.
fn kind_of(key: &str) -> M {
    match key.split_once('.').map_or(key, |(kind, _)| kind) {
        "title" => M::KindTitle,
        "group" => M::KindGroup,
        "partner" => M::KindPartner,
        "follow-through" => M::KindSection,
        "action" => M::KindAction,
        _ => M::KindStatement,
    }
}

/// A panel per language the survey offers besides the set-up's own.
#[function_component(Translations)]
pub fn translations(props: &TranslationsProps) -> Html {
    let host = use_host();
    let texts = use_setup_texts();
    let imported = use_state(|| None::<Imported>);
    let setup = &props.setup;
    let languages: Vec<String> =
        props.base.languages.iter().filter(|language| **language != setup.language).cloned().collect();
    if languages.is_empty() {
        return Html::default();
    }
    let on_file = {
        let (on_action, imported, setup, offered) =
            (props.on_action.clone(), imported.clone(), setup.clone(), props.base.languages.clone());
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
            input.set_value("");
            let (on_action, imported, setup, offered) =
                (on_action.clone(), imported.clone(), setup.clone(), offered.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                let text = match platform::small_file_text(&file, MAX_TRANSLATION_BYTES).await {
                    Ok(text) => text,
                    Err(problem) => {
                        let too_large = problem == platform::FileTextProblem::TooLarge;
                        return imported.set(Some(Imported::Unreadable(name, too_large)));
                    }
                };
                match read_translation(&text, &setup, &offered) {
                    Ok((language, texts)) => {
                        imported.set(Some(Imported::Taken(name, texts.len(), language.clone())));
                        on_action.emit(WorkspaceAction::Edit(SetUpEdit::ImportTranslation { language, texts }));
                    }
                    Err(problems) => imported.set(Some(Imported::Refused(name, Rc::new(problems)))),
                }
            });
        })
    };
    let keys = translation_keys(setup);
    let file_id = host.id("import-translation");
    html! {
        <section aria-labelledby={host.id("translations-title")}>
            <h3 id={host.id("translations-title")}>{ texts.get(M::Translations) }</h3>
            <p class="pp-hint">{ texts.get(M::TranslationsHint) }</p>
            { for languages.iter().map(|language| {
                let name = language_name(language);
                let download = {
                    let file = TranslationFile::new(setup, &props.base, language);
                    let file_name = format!("{}-{language}.translation.json", setup.id);
                    Callback::from(move |_: MouseEvent| {
                        platform::download(&file_name, "application/json", &file.to_json());
                    })
                };
                html! {
                    <fieldset class="pp-fieldset pp-translation" key={language.clone()}>
                        <legend>{ name.to_owned() }</legend>
                        { for keys.iter().map(|(key, source)| {
                            let id = host.id(&format!("translation-{language}-{key}"));
                            let on_change = props.on_action.reform({
                                let (language, key) = (language.clone(), key.clone());
                                move |event: Event| {
                                    let words = event.target_unchecked_into::<HtmlInputElement>().value();
                                    WorkspaceAction::Edit(SetUpEdit::Translate { language: language.clone(), key: key.clone(), words })
                                }
                            });
                            html! {
                                <div class="pp-field" key={key.clone()}>
                                    <label class="pp-block-label" for={id.clone()}>{ texts.format(kind_of(key), &[("text", source.as_str().into())]) }</label>
                                    <input id={id} class="pp-input" type="text" lang={markup_language(language).to_owned()}
                                        value={translation_of(setup, &props.base, key, language).unwrap_or_default()}
                                        onchange={on_change} />
                                </div>
                            }
                        }) }
                        <div class="pp-actions">
                            <button type="button" class="pp-button" onclick={download}>
                                { texts.format(M::DownloadTranslation, &[("language", name.into())]) }
                            </button>
                        </div>
                    </fieldset>
                }
            }) }
            <label class="pp-block-label" for={file_id.clone()}>{ texts.get(M::ImportTranslation) }</label>
            <input id={file_id} class="pp-file" type="file" accept=".json,application/json" onchange={on_file} />
            { match &*imported {
                None => Html::default(),
                Some(Imported::Taken(name, count, language)) => html! {
                    <p class="pp-status" role="status">{ texts.format(M::TranslationTaken, &[
                        ("file", name.as_str().into()), ("count", (*count).into()), ("language", language_name(language).into()),
                    ]) }</p>
                },
                Some(Imported::Unreadable(name, too_large)) => html! {
                    <p class="pp-alert" role="alert">{ texts.format(
                        if *too_large { M::TranslationTooLarge } else { M::FileUnreadable },
                        &[("file", Arg::Text(name))],
                    ) }</p>
                },
                Some(Imported::Refused(name, problems)) => html! {
                    <div class="pp-alert" role="alert">
                        <p>{ texts.format(M::TranslationRefused, &[("file", Arg::Text(name))]) }</p>
                        <ul>{ for problems.iter().map(|problem| html! { <li>{ translation_problem_words(&texts, problem) }</li> }) }</ul>
                    </div>
                },
            } }
        </section>
    }
}
