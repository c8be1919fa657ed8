//! Presentation mode for workshops: one chart per screen in large type, stepped by arrow keys.

use super::said::WhatPeopleSaid;
use super::sync::{LiveLine, SyncHandle};
use super::texts::use_dashboard_texts;
use super::ChartFigure;
use crate::analytics::SaidList;
use crate::dashboard::{said_pages, DashboardAction, DashboardChart};
use crate::i18n::DashMsg as M;
use crate::survey::SurveyDefinition;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

/// Element id (before the host's prefix) of the dashboard's "Present full screen" button, where
/// focus returns on leaving.
pub const PRESENT_BUTTON: &str = "present";
/// Element id (before the host's prefix) of the heading of the slide shown when there is nothing yet.
const EMPTY_SLIDE_TITLE: &str = "empty-slide-title";

/// Asks for full screen; a browser that refuses (no user gesture, a policy) leaves the slides in
/// the full window instead, without an unhandled rejection in the console.
fn request_fullscreen_quietly(element: &web_sys::Element) {
    let request = js_sys::Reflect::get(element, &"requestFullscreen".into()).ok();
    let promise = request
        .and_then(|request| request.dyn_into::<js_sys::Function>().ok())
        .and_then(|request| request.call0(element).ok())
        .and_then(|promise| promise.dyn_into::<js_sys::Promise>().ok());
    if let Some(promise) = promise {
        // One small handler per time presenting starts, kept for the page's life (it may run late).
        let ignore = wasm_bindgen::closure::Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(|_| {});
        let _ = promise.catch(&ignore);
        ignore.forget();
    }
}

/// Properties of [`Presentation`].
#[derive(Properties, PartialEq)]
pub struct PresentationProps {
    pub charts: Rc<Vec<DashboardChart>>,
    pub slide: usize,
    pub dispatch: Callback<DashboardAction>,
    /// The page's sync and the count the figures show, for the live line shown while the
    /// dashboard follows a database (as values, so that a new count draws the slide again).
    pub sync: SyncHandle,
    pub count: AttrValue,
    /// What people said, one slide per open question after the charts (empty unless the
    /// facilitator turned it on), with the survey and language to show it in.
    pub said: Rc<Vec<Rc<SaidList>>>,
    pub survey: Rc<SurveyDefinition>,
    pub language: AttrValue,
    /// When there is nothing to show yet (no responses, too few, or too few in the filters):
    /// its heading and why, one slide in place of empty charts, until figures arrive.
    pub empty: Option<(AttrValue, AttrValue)>,
    /// The last slide: what the room agrees, recorded there.
    #[prop_or_default]
    pub actions: Html,
}

/// Full screen, one chart at a time: → / Page Down / Space next, ← / Page Up previous, Esc leaves.
#[function_component(Presentation)]
pub fn presentation(props: &PresentationProps) -> Html {
    let host = crate::ui::host::use_host();
    let texts = use_dashboard_texts();
    // Each open question's answers on as many slides as they need (said_pages), after the charts.
    let mut said_slides: Vec<(usize, std::ops::Range<usize>)> = Vec::new();
    for (list, said) in props.said.iter().enumerate() {
        // Bytes, not characters: near enough for how much a slide holds.
        let lengths: Vec<usize> = said.answers.iter().map(|answer| answer.text.len()).collect();
        for page in said_pages(&lengths) {
            said_slides.push((list, page));
        }
    }
    // The charts, what people said, then what the room agrees.
    let count = if props.empty.is_some() { 1 } else { props.charts.len() + said_slides.len() + 1 };
    let actions_slide = props.charts.len() + said_slides.len();
    let slide = props.slide.min(count.saturating_sub(1));
    let holder = use_node_ref();
    {
        let holder = holder.clone();
        let return_to = host.id(PRESENT_BUTTON);
        use_effect_with((), move |_| {
            if let Some(element) = holder.cast::<web_sys::Element>() {
                request_fullscreen_quietly(&element);
            }
            move || {
                let document = gloo::utils::document();
                if document.fullscreen_element().is_some() {
                    document.exit_fullscreen();
                }
                // Focus goes back to where presenting started, once the dashboard is drawn again.
                gloo::timers::callback::Timeout::new(0, move || {
                    let button = gloo::utils::document().get_element_by_id(&return_to);
                    if let Some(button) = button.and_then(|b| b.dyn_into::<HtmlElement>().ok()) {
                        let _ = button.focus();
                    }
                })
                .forget();
            }
        });
    }
    {
        let dispatch = props.dispatch.clone();
        use_effect_with(count, move |&count| {
            // Not passive, so that Space and Page Down change slide instead of scrolling the page.
            let options = gloo::events::EventListenerOptions::enable_prevent_default();
            let document = gloo::utils::document();
            let listener = gloo::events::EventListener::new_with_options(&document, "keydown", options, move |event| {
                let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>().map(|e| e.key()) else { return };
                // Keys typed into a field (an action's words, its date) are the field's.
                let typing = event.target().and_then(|target| target.dyn_into::<web_sys::Element>().ok()).is_some_and(
                    |target| matches!(target.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") && key != "Escape",
                );
                if typing {
                    return;
                }
                let action = match key.as_str() {
                    "ArrowRight" | "PageDown" | " " => Some(DashboardAction::NextSlide { count }),
                    "ArrowLeft" | "PageUp" => Some(DashboardAction::PreviousSlide),
                    "Escape" => Some(DashboardAction::StopPresenting),
                    _ => None,
                };
                if let Some(action) = action {
                    event.prevent_default();
                    dispatch.emit(action);
                }
            });
            move || drop(listener)
        });
    }
    {
        // Each slide's heading takes focus, so a screen reader announces the new chart.
        let heading_id = match props.charts.get(slide) {
            _ if props.empty.is_some() => EMPTY_SLIDE_TITLE.to_owned(),
            _ if slide == actions_slide => super::actions_panel::ACTIONS_TITLE.to_owned(),
            Some(chart) => super::chart_figure::chart_heading_id(chart.id.slug()),
            None => format!(
                "said-{}-title",
                said_slides.get(slide - props.charts.len()).map_or("", |(list, _)| props.said[*list].item.as_str())
            ),
        };
        let host = host.clone();
        // (The slides of one question's answers share their heading, which keeps the focus.)
        use_effect_with(heading_id, move |heading_id| {
            let heading = gloo::utils::document().get_element_by_id(&host.id(heading_id));
            if let Some(heading) = heading.and_then(|h| h.dyn_into::<HtmlElement>().ok()) {
                let _ = heading.focus();
            }
        });
    }
    let previous = props.dispatch.reform(|_: MouseEvent| DashboardAction::PreviousSlide);
    let next = props.dispatch.reform(move |_: MouseEvent| DashboardAction::NextSlide { count });
    let close = props.dispatch.reform(|_: MouseEvent| DashboardAction::StopPresenting);
    html! {
        <main class="pp-main pp-present" ref={holder}>
            <LiveLine sync={props.sync.clone()} count={props.count.clone()} />
            if let Some((heading, why)) = &props.empty {
                <section class="pp-empty-slide" aria-labelledby={host.id(EMPTY_SLIDE_TITLE)}>
                    <h1 id={host.id(EMPTY_SLIDE_TITLE)} tabindex="-1">{ heading.clone() }</h1>
                    <p>{ why.clone() }</p>
                </section>
            } else if let Some(chart) = props.charts.get(slide) {
                <ChartFigure key={chart.id.slug()} chart={chart.clone()} level={1} details={false} />
            } else if slide == actions_slide {
                { props.actions.clone() }
            } else if let Some((list, page)) = said_slides.get(slide - props.charts.len()) {
                <WhatPeopleSaid key={props.said[*list].item.clone()} survey={props.survey.clone()}
                    list={props.said[*list].clone()} language={props.language.clone()} presenting={true}
                    slide={page.clone()} />
            }
            <div class="pp-nav pp-present-nav">
                <button type="button" class="pp-button" onclick={previous} disabled={slide == 0}>{ texts.get(M::Previous) }</button>
                <span class="pp-slide-count" aria-live="polite">
                    if props.empty.is_none() {
                        { texts.format(M::SlideOf, &[("position", (slide + 1).into()), ("count", count.into())]) }
                    }
                </span>
                <button type="button" class="pp-button" onclick={next} disabled={slide + 1 >= count}>{ texts.get(M::Next) }</button>
                <button type="button" class="pp-button" onclick={close}>{ texts.get(M::LeavePresentation) }</button>
            </div>
        </main>
    }
}
