//! Kiosk mode on a shared workshop device, opened by the facilitator's kiosk link (the set-up
//! page's "Open on a shared workshop device"); never offered to a respondent on their own phone.
//! Leaving it is deliberate.

use crate::i18n::Msg;
use crate::ui::language::use_texts;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Properties of [`KioskBar`].
#[derive(Properties, PartialEq)]
pub struct KioskBarProps {
    /// Whether kiosk mode is on.
    pub kiosk: bool,
    /// Called with the new setting.
    pub on_change: Callback<bool>,
}

/// Where focus goes after a step of leaving kiosk mode: the control that replaced the one
/// pressed, never the page's body (once left, the screen's heading).
#[derive(Clone, Copy)]
enum FocusAfter {
    /// "Leave kiosk mode" pressed: the question that asks to confirm.
    Question,
    /// "Stay in kiosk mode" pressed: "Leave kiosk mode" again.
    LeaveLink,
}

/// In kiosk mode, the notice with a two-step way out; otherwise nothing.
#[function_component(KioskBar)]
pub fn kiosk_bar(props: &KioskBarProps) -> Html {
    let host = crate::ui::host::use_host();
    let t = use_texts();
    let confirming = use_state(|| false);
    let (bar, question, leave_link) = (use_node_ref(), use_node_ref(), use_node_ref());
    let focus_after = use_mut_ref(|| None::<FocusAfter>);
    {
        let (question, leave_link, focus_after) = (question.clone(), leave_link.clone(), focus_after.clone());
        use_effect(move || {
            let target = match focus_after.borrow_mut().take() {
                Some(FocusAfter::Question) => question.cast::<web_sys::Element>(),
                Some(FocusAfter::LeaveLink) => leave_link.cast::<web_sys::Element>(),
                None => None,
            };
            if let Some(target) = target {
                let _ = target.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        });
    }
    let set = |value: bool| {
        let (confirming, bar) = (confirming.clone(), bar.clone());
        props.on_change.reform(move |_: MouseEvent| {
            // The bar goes with kiosk mode, so the app's heading is focused from here, once the
            // screen without it is drawn.
            let root = bar.cast::<web_sys::Element>().and_then(|bar| bar.closest(".pp-root").ok().flatten());
            gloo::timers::callback::Timeout::new(0, move || {
                let heading = root.and_then(|root| root.query_selector("h1").ok().flatten());
                if let Some(heading) = heading {
                    let _ = heading.unchecked_into::<web_sys::HtmlElement>().focus();
                }
            })
            .forget();
            confirming.set(false);
            value
        })
    };
    let toggle_confirm = |value: bool| {
        let (confirming, focus_after) = (confirming.clone(), focus_after.clone());
        Callback::from(move |_: MouseEvent| {
            *focus_after.borrow_mut() = Some(if value { FocusAfter::Question } else { FocusAfter::LeaveLink });
            confirming.set(value);
        })
    };
    html! {
        <aside class="pp-kiosk-bar" aria-label={t.get(Msg::SharedDevice)} ref={bar.clone()}>
            if !props.kiosk {
                // Nothing: a respondent's own device is never offered kiosk mode.
            } else if !*confirming {
                <p class="pp-kiosk-note">
                    { format!("{} ", t.get(Msg::SharedDeviceNote)) }
                    <button type="button" class="pp-link" onclick={toggle_confirm(true)} ref={leave_link}>{ t.get(Msg::LeaveKiosk) }</button>
                </p>
            } else {
                <div class="pp-confirm" role="group" aria-labelledby={host.id("kiosk-confirm")}>
                    <p id={host.id("kiosk-confirm")} tabindex="-1" ref={question}>{ t.get(Msg::LeaveKioskQuestion) }</p>
                    <button type="button" class="pp-button pp-danger" onclick={set(false)}>{ t.get(Msg::LeaveKioskYes) }</button>
                    <button type="button" class="pp-button" onclick={toggle_confirm(false)}>{ t.get(Msg::StayInKiosk) }</button>
                </div>
            }
        </aside>
    }
}
