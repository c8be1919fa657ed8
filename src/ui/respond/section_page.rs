//! One section of questions, with progress and navigation.

use super::question::{item_element_id, Question};
use crate::answering::{answered_count, section_screens, visible_items, FlowProblem, Layout, RespondAction};
use crate::i18n::Msg;
use crate::survey::LocalText;
use crate::ui::language::use_texts;
use web_sys::HtmlElement;
use yew::prelude::*;

/// Properties of [`SectionPage`].
#[derive(Properties, PartialEq)]
pub struct SectionPageProps {
    /// The respondent state (a handle: comparing it is cheap).
    pub state: crate::ui::reduced::RespondHandle,
    /// Index of the section in the survey.
    pub section: usize,
    pub language: AttrValue,
    pub dispatch: Callback<RespondAction>,
}

/// A section: progress, heading, its questions for this person, Back and Next.
#[function_component(SectionPage)]
pub fn section_page(props: &SectionPageProps) -> Html {
    let host = crate::ui::host::use_host();
    let t = use_texts();
    let state = &props.state;
    let survey = &state.survey;
    let Some(section) = survey.sections.get(props.section) else { return Html::default() };
    let language = props.language.as_str();
    let text = |t: &LocalText| t.get(language, &survey.default_language).to_owned();
    let (position, count) = state.section_position(props.section);
    let (answered, total) = answered_count(survey, &state.draft.answers);
    let heading = use_node_ref();
    let screens = section_screens(survey, &state.draft.answers, props.section);
    let screen = state.screen_position().and_then(|(at, count)| Some((at, count, screens.get(at)?.clone())));
    {
        // Focus the item asked for (from the review page or a problem), else — only on arriving
        // at a section or at another of its screens — its heading. Answering clears the item asked
        // for, and focus must then stay in the question being answered (arrow keys go on moving
        // through its options).
        let heading = heading.clone();
        let target = state.focus_item.clone();
        let focus_host = host.clone();
        let focused_screen = use_mut_ref(|| None::<(usize, usize)>);
        let at = screen.as_ref().map_or(0, |(at, ..)| *at);
        use_effect_with((props.section, at, target), move |(section, at, target)| {
            let arrived = focused_screen.replace(Some((*section, *at))) != Some((*section, *at));
            let element = match target {
                Some(item) => gloo::utils::document()
                    .get_element_by_id(&item_element_id(&focus_host, item))
                    .and_then(|element| wasm_bindgen::JsCast::dyn_into::<HtmlElement>(element).ok()),
                None if arrived => heading.cast::<HtmlElement>(),
                None => None,
            };
            if let Some(element) = element {
                let _ = element.focus();
            }
        });
    }
    let last_screen = screen.as_ref().is_none_or(|(at, count, _)| at + 1 == *count);
    let is_last = state.sections().last() == Some(&props.section) && last_screen;
    let (other_layout, layout_words) = match state.layout {
        Layout::OneAtATime => (Layout::WholeSection, t.get(Msg::ShowWholeSection)),
        Layout::WholeSection => (Layout::OneAtATime, t.get(Msg::ShowOneAtATime)),
    };
    let on_layout = props.dispatch.reform(move |_: MouseEvent| RespondAction::SetLayout(other_layout));
    // The questions on this screen: all of the section's, or the one (and the one partner of a
    // matrix) the screen asks.
    let shown: Vec<(String, Option<usize>)> = match &screen {
        Some((_, _, screen)) => vec![(screen.item.clone(), screen.partner)],
        None => visible_items(survey, &state.draft.answers, props.section)
            .into_iter()
            .map(|item| (item.id.clone(), None))
            .collect(),
    };
    let screen_words = screen
        .as_ref()
        .map(|(at, count, _)| {
            format!(
                " · {}",
                t.format(Msg::ScreenProgress, &[("position", (at + 1).into()), ("count", (*count).into())])
            )
        })
        .unwrap_or_default();
    let progress = t.format(Msg::SectionProgress, &[("position", position.into()), ("count", count.into())]);
    let answered_words = t.format(Msg::QuestionsAnswered, &[("answered", answered.into()), ("total", total.into())]);
    let group_required = t.get(Msg::GroupRequired);
    let dispatch = props.dispatch.clone();
    let on_back = dispatch.reform(|_: MouseEvent| RespondAction::Back);
    let on_next = dispatch.reform(|_: MouseEvent| RespondAction::Next);
    let on_review = dispatch.reform(|_: MouseEvent| RespondAction::ReturnToReview);
    html! {
        <section class="pp-screen pp-section-page" aria-labelledby={host.id("section-title")}>
            <p class="pp-progress-text">
                { format!("{progress}{screen_words}") }
                <span class="pp-progress-answered">{ format!(" · {answered_words}") }</span>
            </p>
            // A native progress bar: no inline style, so it works under a strict CSP.
            <progress class="pp-progress-bar" aria-hidden="true" max={count.to_string()} value={position.to_string()}></progress>
            <h1 id={host.id("section-title")} tabindex="-1" ref={heading}>{ text(&section.title) }</h1>
            // One element around what changes from screen to screen: Yew matches unkeyed
            // children from the end, so a varying number of them here would rebuild the heading
            // above. The answers come first after the heading, where each screen puts the focus:
            // the layout switch (and each question's "Read aloud") after them, so that the next
            // answer is one Tab away.
            <div class="pp-questions">
                if let Some(intro) = &section.intro {
                    if screen.as_ref().is_none_or(|(at, ..)| *at == 0) {
                        <p>{ text(intro) }</p>
                    }
                }
                { for shown.into_iter().map(|(id, partner)| {
                    let error = match &state.problem {
                        Some(FlowProblem::GroupRequired { item: missing }) if *missing == id => {
                            Some(AttrValue::from(group_required.clone()))
                        }
                        _ => None,
                    };
                    let on_answer = dispatch.reform({ let id = id.clone(); move |answer| RespondAction::Answer { item: id.clone(), answer } });
                    let on_clear = dispatch.reform({ let id = id.clone(); move |_| RespondAction::Clear { item: id.clone() } });
                    html! {
                        <Question key={partner.map_or(id.clone(), |p| format!("{id}-{p}"))} survey={survey.clone()} item={id.clone()} partner={partner} language={props.language.clone()}
                            answer={state.draft.answers.get(&id).cloned()} error={error} on_answer={on_answer} on_clear={on_clear} />
                    }
                }) }
            </div>
            <button type="button" class="pp-link pp-layout-switch" onclick={on_layout}>{ layout_words }</button>
            <div class="pp-nav">
                <button type="button" class="pp-button" onclick={on_back}>{ t.get(Msg::Back) }</button>
                if state.from_review {
                    if !is_last {
                        <button type="button" class="pp-button" onclick={on_next}>{ t.get(Msg::Next) }</button>
                    }
                    <button type="button" class="pp-button pp-primary" onclick={on_review}>{ t.get(Msg::BackToReview) }</button>
                } else {
                    <button type="button" class="pp-button pp-primary" onclick={on_next}>
                        { t.get(if is_last { Msg::ReviewYourAnswers } else { Msg::Next }) }
                    </button>
                }
            </div>
            <p class="pp-hint">{ t.get(Msg::SavedAsYouGo) }</p>
        </section>
    }
}
