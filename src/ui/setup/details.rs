//! Title, wave, language, small-number threshold and submission address of the open survey.

use super::app::use_setup_texts;
use crate::i18n::SetupMsg as M;
use crate::setup::{SetUp, SetUpEdit, ThresholdEntry, WorkspaceAction, MAX_THRESHOLD, MIN_THRESHOLD};
use crate::ui::host::use_host;
use crate::ui::setup::words::threshold_words;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Properties of [`Details`].
#[derive(Properties, PartialEq)]
pub struct DetailsProps {
    pub setup: SetUp,
    /// Languages the base instrument is written in.
    pub languages: Vec<String>,
    pub on_action: Callback<WorkspaceAction>,
}

/// The survey's basic facts, each saved when the field is left.
#[function_component(Details)]
pub fn details(props: &DetailsProps) -> Html {
    let host = use_host();
    let texts = use_setup_texts();
    let text_edit = |make: fn(String) -> SetUpEdit| {
        props.on_action.reform(move |event: Event| {
            WorkspaceAction::Edit(make(event.target_unchecked_into::<HtmlInputElement>().value()))
        })
    };
    // What was typed is settled at once (a 2 becomes 3), the field shows what the survey got, and
    // a note beside it says why when that differs.
    let threshold_note = use_state(|| None::<ThresholdEntry>);
    let on_threshold = {
        let (on_action, threshold_note, current) =
            (props.on_action.clone(), threshold_note.clone(), props.setup.threshold);
        Callback::from(move |event: Event| {
            let field = event.target_unchecked_into::<HtmlInputElement>();
            let entry = ThresholdEntry::read(&field.value(), current);
            field.set_value(&entry.value().to_string());
            threshold_note.set(entry.needs_note().then_some(entry));
            on_action.emit(WorkspaceAction::Edit(SetUpEdit::Threshold(entry.value())));
        })
    };
    let on_language = props.on_action.reform(|event: Event| {
        WorkspaceAction::Edit(SetUpEdit::Language(event.target_unchecked_into::<HtmlSelectElement>().value()))
    });
    let field = |name: &str| host.id(&format!("setup-{name}"));
    html! {
        <fieldset class="pp-fieldset">
            <legend>{ texts.get(M::AboutThisSurvey) }</legend>
            <label class="pp-block-label" for={field("title")}>{ texts.get(M::TitleRespondentsSee) }</label>
            <input id={field("title")} class="pp-input" type="text" value={props.setup.title.clone()} onchange={text_edit(SetUpEdit::Title)} />
            <label class="pp-block-label" for={field("wave")}>{ texts.get(M::WaveLabel) }</label>
            <p class="pp-hint" id={field("wave-hint")}>{ texts.get(M::WaveHint) }</p>
            <input id={field("wave")} class="pp-input" type="text" value={props.setup.wave.clone()} aria-describedby={field("wave-hint")} onchange={text_edit(SetUpEdit::Wave)} />
            <label class="pp-block-label" for={field("language")}>{ texts.get(M::SurveyLanguage) }</label>
            <select id={field("language")} class="pp-input" onchange={on_language}>
                { for props.languages.iter().map(|tag| html! {
                    <option value={tag.clone()} selected={*tag == props.setup.language}>{ crate::i18n::language_name(tag) }</option>
                }) }
            </select>
            <label class="pp-block-label" for={field("threshold")}>{ texts.get(M::SmallestGroupShown) }</label>
            <p class="pp-hint" id={field("threshold-hint")}>{ texts.format(M::ThresholdHint, &[("minimum", MIN_THRESHOLD.into())]) }</p>
            <input id={field("threshold")} class="pp-input pp-narrow" type="number" inputmode="numeric" min={MIN_THRESHOLD.to_string()} max={MAX_THRESHOLD.to_string()}
                value={props.setup.threshold.to_string()} aria-describedby={format!("{} {}", field("threshold-hint"), field("threshold-note"))} onchange={on_threshold} />
            <p class="pp-field-note" id={field("threshold-note")} role="status">{ threshold_note.map(|entry| threshold_words(&texts, entry)).unwrap_or_default() }</p>
            <label class="pp-block-label" for={field("submission")}>{ texts.get(M::SubmissionAddress) }</label>
            <p class="pp-hint" id={field("submission-hint")}>{ texts.get(M::SubmissionHint) }</p>
            <input id={field("submission")} class="pp-input" type="url" inputmode="url" autocomplete="off" spellcheck="false"
                value={props.setup.submission_address.clone()} aria-describedby={field("submission-hint")} onchange={text_edit(SetUpEdit::SubmissionAddress)} />
        </fieldset>
    }
}
