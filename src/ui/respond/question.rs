//! One question as a fieldset with a legend, whatever its kind.

use super::read_aloud::{stop_reading, use_read_aloud};
use super::scale::{scale_options, ScaleOptions};
use crate::analytics::PREFER_NOT_TO_SAY;
use crate::answering::{clear_partner, follow_through_label, is_answered, spoken_question, FOLLOW_THROUGH_ORDER};
use crate::i18n::{Msg, Texts};
use crate::response::{Answer, DONT_KNOW};
use crate::survey::{Choice, ItemKind, LocalText, SurveyDefinition};
use crate::ui::language::use_texts;
use pulse_core::sorted_map::SortedMap;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`Question`].
#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub survey: Rc<SurveyDefinition>,
    /// Id of the item asked.
    pub item: AttrValue,
    pub language: AttrValue,
    /// The answer given so far.
    pub answer: Option<Answer>,
    /// For a partner matrix shown one partner a screen: the index of the partner rated here.
    #[prop_or_default]
    pub partner: Option<usize>,
    /// An error message to show with the question.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub on_answer: Callback<Answer>,
    pub on_clear: Callback<()>,
}

/// Element id of the fieldset of item `item`, which focus moves to from the review page.
pub fn item_element_id(host: &crate::ui::host::Host, item: &str) -> String {
    host.id(&format!("item-{item}"))
}

/// Options of a choice question, with "Prefer not to say" where offered.
fn choices(survey: &SurveyDefinition, kind: &ItemKind, texts: &Texts) -> Vec<Choice> {
    let (ItemKind::SingleChoice(spec) | ItemKind::MultiChoice(spec)) = kind else { return Vec::new() };
    let mut options = survey.options(spec).to_vec();
    if spec.prefer_not_to_say {
        options.push(Choice {
            id: PREFER_NOT_TO_SAY.to_owned(),
            label: LocalText::new(&survey.default_language, &texts.get(Msg::PreferNotToSay)),
        });
    }
    options
}

/// Radio buttons or checkboxes for `options`; `state(id)` gives each one's checked state and
/// change handler.
fn choice_list(
    name: &str,
    input_type: &'static str,
    options: &[Choice],
    language: &str,
    fallback: &str,
    state: impl Fn(&str) -> (bool, Callback<Event>),
) -> Html {
    html! {
        <div class="pp-options">
            { for options.iter().map(|choice| {
                let id = format!("{name}-{}", choice.id);
                let (checked, on_change) = state(&choice.id);
                html! {
                    <div class="pp-option" key={choice.id.clone()}>
                        <input type={input_type} id={id.clone()} name={name.to_owned()} value={choice.id.clone()}
                            checked={checked} onchange={on_change} />
                        <label for={id}>{ choice.label.get(language, fallback).to_owned() }</label>
                    </div>
                }
            }) }
        </div>
    }
}

/// Whether an agreed action was carried out: yes, partly, no, don't know, as radio buttons in the
/// app's words.
fn follow_through(props: &QuestionProps, name: &str, on_answer: &Callback<Answer>, texts: &Texts) -> Html {
    let (survey, language) = (&props.survey, props.language.as_str());
    let chosen = match &props.answer {
        Some(Answer::Scale(value)) => Some(*value),
        _ => None,
    };
    let options: Vec<Choice> = FOLLOW_THROUGH_ORDER
        .iter()
        .filter_map(|&value| {
            let label = follow_through_label(survey, value, language, texts)?;
            Some(Choice { id: value.to_string(), label: LocalText::new(language, &label) })
        })
        .collect();
    choice_list(name, "radio", &options, language, &survey.default_language, |id| {
        let value = id.parse::<u8>().unwrap_or(DONT_KNOW);
        (chosen == Some(value), on_answer.reform(move |_: Event| Answer::Scale(value)))
    })
}

/// A question: legend, help, the controls for its kind, and a way to clear the answer.
#[function_component(Question)]
pub fn question(props: &QuestionProps) -> Html {
    let host = crate::ui::host::use_host();
    let t = use_texts();
    let survey = &props.survey;
    let item = survey.item(&props.item);
    // The words to read are made only when "Read aloud" is pressed, not on every render.
    let words = {
        let (survey, item, partner, language, texts) =
            (survey.clone(), props.item.clone(), props.partner, props.language.clone(), t.clone());
        move || {
            survey
                .item(&item)
                .map(|item| spoken_question(&survey, item, partner, &language, &texts))
                .unwrap_or_default()
        }
    };
    let read_aloud = use_read_aloud(
        words,
        item.map(|item| item.label.get(&props.language, &survey.default_language).to_owned()).unwrap_or_default(),
        props.language.clone(),
    );
    let Some(item) = item else { return Html::default() };
    let language = props.language.as_str();
    let fallback: AttrValue = survey.default_language.clone().into();
    let text = |t: &LocalText| t.get(language, &survey.default_language).to_owned();
    // Answering stops a question being read aloud.
    let on_answer = props.on_answer.reform(|answer| {
        stop_reading();
        answer
    });
    let name = host.id(&item.id);
    let help_id = format!("{name}-help");
    let error_id = format!("{name}-error");
    let described_by = [item.help.as_ref().map(|_| help_id.clone()), props.error.as_ref().map(|_| error_id.clone())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let controls = match &item.kind {
        ItemKind::Likert => {
            let value = match &props.answer {
                Some(Answer::Scale(value)) => Some(*value),
                _ => None,
            };
            scale_options(ScaleOptions {
                name: name.clone().into(),
                scale: &survey.scales.agreement,
                language: &props.language,
                fallback: &fallback,
                value,
                on_pick: on_answer.reform(Answer::Scale),
                numbered: false,
            })
        }
        ItemKind::SingleChoice(_) => {
            let chosen = match &props.answer {
                Some(Answer::Text(chosen)) => Some(chosen.clone()),
                _ => None,
            };
            let options = choices(survey, &item.kind, &t);
            choice_list(&name, "radio", &options, language, &survey.default_language, |id| {
                let checked = chosen.as_deref() == Some(id);
                let value = id.to_owned();
                (checked, on_answer.reform(move |_: Event| Answer::Text(value.clone())))
            })
        }
        ItemKind::MultiChoice(_) => {
            let chosen: Vec<String> = match &props.answer {
                Some(Answer::Choices(chosen)) => chosen.clone(),
                _ => Vec::new(),
            };
            let options = choices(survey, &item.kind, &t);
            choice_list(&name, "checkbox", &options, language, &survey.default_language, |id| {
                let checked = chosen.iter().any(|c| c == id);
                let (chosen, value) = (chosen.clone(), id.to_owned());
                let on_toggle = on_answer.reform(move |_: Event| {
                    let mut next: Vec<String> = chosen.iter().filter(|c| **c != value).cloned().collect();
                    if !checked {
                        next.push(value.clone());
                    }
                    Answer::Choices(next)
                });
                (checked, on_toggle)
            })
        }
        ItemKind::PartnerMatrix { questions, scale } => {
            partner_matrix(props, &name, questions, survey.matrix_scale(*scale), &on_answer, &t)
        }
        ItemKind::FollowThrough { .. } => follow_through(props, &name, &on_answer, &t),
        ItemKind::FreeText { max_chars } => {
            let value = match &props.answer {
                Some(Answer::Text(value)) => value.clone(),
                _ => String::new(),
            };
            let on_input = on_answer.reform(|event: InputEvent| {
                let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
                Answer::Text(area.value())
            });
            let used = value.chars().count();
            html! {
                <>
                    <textarea id={format!("{name}-text")} class="pp-textarea" rows="5" maxlength={max_chars.to_string()}
                        aria-labelledby={format!("{name}-legend")} aria-describedby={(!described_by.is_empty()).then(|| described_by.clone())}
                        value={value} oninput={on_input} />
                    <p class="pp-hint">{ t.format(Msg::CharactersUsed, &[("used", used.into()), ("max", (*max_chars).into())]) }</p>
                </>
            }
        }
    };
    let (answered, on_clear) = clear_control(props, &on_answer);
    let class = if props.error.is_some() { "pp-question pp-has-error" } else { "pp-question" };
    html! {
        <fieldset class={class} id={item_element_id(&host, &item.id)} tabindex="-1"
            aria-describedby={(!described_by.is_empty()).then(|| described_by.clone())}>
            <legend id={format!("{name}-legend")} class="pp-legend">{ text(&item.label) }</legend>
            if let Some(help) = &item.help {
                <p class="pp-hint" id={help_id.clone()}>{ text(help) }</p>
            }
            if let Some(error) = &props.error {
                <p class="pp-error-message" id={error_id.clone()}>{ error.clone() }</p>
            }
            { controls }
            // After the answers, so the first Tab on a new screen reaches them (it reads the
            // question and its options aloud all the same).
            { read_aloud }
            if answered {
                <button type="button" class="pp-link" onclick={on_clear}
                    aria-label={t.format(Msg::ClearAnswerTo, &[("question", text(&item.label).as_str().into())])}>{ t.get(Msg::ClearAnswer) }</button>
            }
        </fieldset>
    }
}

/// Whether there is an answer to clear, and what "Clear answer" does: with one partner of a
/// matrix on the screen, that partner's ratings go ([`clear_partner`]); else the whole answer.
fn clear_control(props: &QuestionProps, on_answer: &Callback<Answer>) -> (bool, Callback<MouseEvent>) {
    let partner = props.partner.and_then(|index| props.survey.partners.get(index));
    match props.answer.as_ref().zip(partner).and_then(|(answer, partner)| clear_partner(answer, &partner.id)) {
        Some((answered, rest)) => (answered, on_answer.reform(move |_: MouseEvent| rest.clone())),
        None => (is_answered(props.answer.as_ref()), props.on_clear.reform(|_: MouseEvent| ())),
    }
}

/// A partner matrix's controls: a box per partner (or the one partner of this screen), each
/// question of it rated on `scale`'s numbered boxes.
fn partner_matrix(
    props: &QuestionProps,
    name: &str,
    questions: &[crate::survey::Choice],
    scale: &crate::survey::Scale,
    on_answer: &Callback<Answer>,
    t: &crate::i18n::Texts,
) -> Html {
    let survey = &props.survey;
    let fallback: AttrValue = survey.default_language.clone().into();
    let text = |t: &LocalText| t.get(&props.language, &survey.default_language).to_owned();
    let rows: SortedMap<String, SortedMap<String, u8>> = match &props.answer {
        Some(Answer::Matrix(rows)) => rows.clone(),
        _ => SortedMap::new(),
    };
    let count = survey.partners.len();
    let partners =
        survey.partners.iter().enumerate().filter(|(index, _)| props.partner.is_none_or(|only| only == *index));
    html! {
        <div class="pp-matrix">
            { for partners.map(|(index, partner)| html! {
                <fieldset class="pp-matrix-partner" key={partner.id.clone()}>
                    <legend>
                        <span class="pp-matrix-count">{ format!("{} ", t.format(Msg::PartnerOf, &[("position", (index + 1).into()), ("count", count.into())])) }</span>
                        { text(&partner.label) }
                    </legend>
                    { for questions.iter().map(|question| {
                        let value = rows.get(&partner.id).and_then(|ratings| ratings.get(&question.id)).copied();
                        let on_pick = on_answer.reform({
                            let rows = rows.clone();
                            let (partner, question) = (partner.id.clone(), question.id.clone());
                            move |point: u8| {
                                let mut rows = rows.clone();
                                rows.entry(partner.clone()).or_default().insert(question.clone(), point);
                                Answer::Matrix(rows)
                            }
                        });
                        let options = scale_options(ScaleOptions {
                            name: format!("{name}-{}-{}", partner.id, question.id).into(),
                            scale,
                            language: &props.language,
                            fallback: &fallback,
                            value,
                            on_pick,
                            numbered: true,
                        });
                        // A matrix of one question asks it in its own words already: the partner's
                        // box holds the ratings, not the question a second time.
                        if questions.len() == 1 {
                            html! { <div class="pp-matrix-question" key={question.id.clone()}>{ options }</div> }
                        } else {
                            html! {
                                <fieldset class="pp-matrix-question" key={question.id.clone()}>
                                    <legend>{ text(&question.label) }</legend>
                                    { options }
                                </fieldset>
                            }
                        }
                    }) }
                </fieldset>
            }) }
        </div>
    }
}
