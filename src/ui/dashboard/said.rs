//! "What people said": each free-text question's answers in view, as text, searchable, each marked
//! with the respondent's group only where small-number protection allows it.

use super::themes_editor::ThemesEditor;
use crate::analytics::SaidList;
use crate::dashboard::group_label;
use crate::i18n::{Arg, DashMsg as M};
use crate::survey::SurveyDefinition;
use crate::themes::{answer_key_text, ThemeAction, ThemeBook};
use crate::ui::host::use_host;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`WhatPeopleSaid`].
#[derive(Properties, PartialEq)]
pub struct WhatPeopleSaidProps {
    pub survey: Rc<SurveyDefinition>,
    pub list: Rc<SaidList>,
    pub language: AttrValue,
    /// On a presentation slide: the question is the page's heading, and there is no search
    /// and no themes.
    #[prop_or_default]
    pub presenting: bool,
    /// On a presentation slide, the answers it shows (`said_pages`); all of them otherwise.
    #[prop_or_default]
    pub slide: Option<std::ops::Range<usize>>,
    /// The facilitator's themes of the survey.
    #[prop_or_default]
    pub book: Rc<ThemeBook>,
    /// The themes after a change the facilitator made.
    #[prop_or_default]
    pub on_book: Callback<ThemeBook>,
}

/// How many answers are listed at first, and how many more each "Show more" lists.
const ANSWERS_LISTED: usize = 200;

/// One free-text question's answers.
#[function_component(WhatPeopleSaid)]
pub fn what_people_said(props: &WhatPeopleSaidProps) -> Html {
    let host = use_host();
    let texts = super::texts::use_dashboard_texts();
    let search = use_state(String::new);
    let listed = use_state(|| ANSWERS_LISTED);
    let survey = &props.survey;
    let question = survey
        .item(&props.list.item)
        .map(|item| item.label.get(&props.language, &survey.default_language).to_owned())
        .unwrap_or_default();
    let wanted = search.trim().to_lowercase();
    let mut shown: Vec<_> = props
        .list
        .answers
        .iter()
        .filter(|answer| wanted.is_empty() || answer.text.to_lowercase().contains(&wanted))
        .collect();
    let total = props.list.answers.len();
    let status = match (total, wanted.is_empty()) {
        (0, _) if props.list.withheld => texts.get(M::AnswersWithheld),
        (0, _) => texts.get(M::NoAnswersYet),
        (_, true) if props.slide.is_some() => {
            let slide = props.slide.clone().unwrap_or_default();
            texts.format(
                M::AnswersOnSlide,
                &[("first", (slide.start + 1).into()), ("last", slide.end.into()), ("total", total.into())],
            )
        }
        (_, true) => texts.format(M::AnswersInOrder, &[("total", total.into())]),
        (_, false) => texts.format(
            M::AnswersContain,
            &[("shown", shown.len().into()), ("total", total.into()), ("search", Arg::Text(search.trim()))],
        ),
    };
    // The first answers only, and more on request: 100,000 answers as 100,000 items would keep
    // the page from drawing for seconds.
    if let Some(slide) = &props.slide {
        shown.truncate(slide.end);
        shown = shown.split_off(slide.start.min(shown.len()));
    }
    let not_listed = shown.len().saturating_sub(*listed);
    shown.truncate(*listed);
    let list_more = {
        let listed = listed.clone();
        Callback::from(move |_: MouseEvent| listed.set(*listed + ANSWERS_LISTED))
    };
    let on_search = {
        let search = search.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            search.set(input.value());
        })
    };
    let slug = &props.list.item;
    let themes: Vec<String> =
        if props.presenting { Vec::new() } else { props.book.themes(slug).iter().map(|t| t.name.clone()).collect() };
    // Ticking a theme on an answer: applied to the book here (it cannot fail for a theme listed).
    let tag = {
        let (book, on_book, item) = (props.book.clone(), props.on_book.clone(), slug.clone());
        move |answer: String, theme: String| {
            let (book, on_book, item) = (book.clone(), on_book.clone(), item.clone());
            Callback::from(move |event: Event| {
                let on = event.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
                let action = ThemeAction::Tag { item: item.clone(), theme: theme.clone(), answer: answer.clone(), on };
                if let Ok(next) = book.apply(&action) {
                    on_book.emit(next);
                }
            })
        }
    };
    let (title_id, search_id) = (host.id(&format!("said-{slug}-title")), host.id(&format!("said-{slug}-search")));
    html! {
        <section class="pp-figure pp-said" aria-labelledby={title_id.clone()}>
            if props.presenting {
                <h1 id={title_id} tabindex="-1">{ texts.get(M::WhatPeopleSaid) }{ question.clone() }</h1>
            } else {
                <h2 id={title_id}>{ texts.get(M::WhatPeopleSaid) }{ question.clone() }</h2>
            }
            if total > 0 && !props.presenting {
                <div class="pp-field">
                    <label for={search_id.clone()}>{ texts.get(M::SearchAnswers) }</label>
                    <input id={search_id} class="pp-input" type="search" value={(*search).clone()} oninput={on_search} />
                </div>
            }
            if total > 0 && !props.presenting {
                <ThemesEditor item={slug.clone()} book={props.book.clone()} on_book={props.on_book.clone()} />
            }
            <p role="status">{ status }</p>
            <ul class="pp-said-list">
                { for shown.into_iter().map(|answer| {
                    let key = answer_key_text(answer.key);
                    let held = props.book.themes_of(slug, &key);
                    html! {
                        <li key={key.clone()}>
                            <p>{ answer.text.clone() }</p>
                            if let Some(group) = answer.group {
                                <p class="pp-hint">{ group_label(survey, group, &props.language, &texts) }</p>
                            }
                            if !themes.is_empty() {
                                <fieldset class="pp-answer-themes">
                                    <legend class="pp-hint">{ texts.get(M::ThemesOfAnswer) }</legend>
                                    { for themes.iter().enumerate().map(|(index, theme)| {
                                        let id = host.id(&format!("said-{slug}-{key}-{index}"));
                                        html! {
                                            <span class="pp-option pp-compact">
                                                <input id={id.clone()} type="checkbox" checked={held.contains(&theme.as_str())}
                                                    onchange={tag(key.clone(), theme.clone())} />
                                                <label for={id}>{ theme.clone() }</label>
                                            </span>
                                        }
                                    }) }
                                </fieldset>
                            }
                        </li>
                    }
                }) }
            </ul>
            if not_listed > 0 {
                <button type="button" class="pp-button" onclick={list_more}>
                    { texts.format(M::ListMoreAnswers, &[("count", not_listed.min(ANSWERS_LISTED).into()), ("left", not_listed.into())]) }
                </button>
            }
        </section>
    }
}
