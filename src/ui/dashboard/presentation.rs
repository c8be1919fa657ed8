//! Presentation mode for workshops: one chart per screen in large type, stepped by arrow keys.

use super::said::WhatPeopleSaid;
use super::sync::{LiveLine, SyncHandle};
use super::ChartFigure;
use crate::analytics::SaidList;
use crate::dashboard::{DashboardAction, DashboardChart};
use crate::survey::SurveyDefinition;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

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
    pub said: Rc<Vec<SaidList>>,
    pub survey: Rc<SurveyDefinition>,
    pub language: AttrValue,
}

/// Full screen, one chart at a time: → / Page Down / Space next, ← / Page Up previous, Esc leaves.
#[function_component(Presentation)]
pub fn presentation(props: &PresentationProps) -> Html {
    let host = crate::ui::host::use_host();
    let count = props.charts.len() + props.said.len();
    let slide = props.slide.min(count.saturating_sub(1));
    let holder = use_node_ref();
    {
        let holder = holder.clone();
        use_effect_with((), move |_| {
            if let Some(element) = holder.cast::<web_sys::Element>() {
                let _ = element.request_fullscreen();
            }
            || {
                let document = gloo::utils::document();
                if document.fullscreen_element().is_some() {
                    document.exit_fullscreen();
                }
            }
        });
    }
    {
        let dispatch = props.dispatch.clone();
        use_effect_with(count, move |&count| {
            let listener = gloo::events::EventListener::new(&gloo::utils::document(), "keydown", move |event| {
                let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>().map(|e| e.key()) else { return };
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
            Some(chart) => format!("chart-{}", chart.id.slug()),
            None => format!(
                "said-{}-title",
                props.said.get(slide - props.charts.len()).map_or("", |list| list.item.as_str())
            ),
        };
        let host = host.clone();
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
            if let Some(chart) = props.charts.get(slide) {
                <ChartFigure key={chart.id.slug()} chart={chart.clone()} level={1} details={false} />
            } else if let Some(list) = props.said.get(slide - props.charts.len()) {
                <WhatPeopleSaid key={list.item.clone()} survey={props.survey.clone()} list={Rc::new(list.clone())}
                    language={props.language.clone()} presenting={true} />
            }
            <div class="pp-nav pp-present-nav">
                <button type="button" class="pp-button" onclick={previous} disabled={slide == 0}>{ "Previous" }</button>
                <span class="pp-slide-count" aria-live="polite">
                    { format!("{} {} of {}", if props.said.is_empty() { "Chart" } else { "Slide" }, slide + 1, count) }
                </span>
                <button type="button" class="pp-button" onclick={next} disabled={slide + 1 >= count}>{ "Next" }</button>
                <button type="button" class="pp-button" onclick={close}>{ "Leave presentation (Esc)" }</button>
            </div>
        </main>
    }
}
