//! Kiosk mode on a shared workshop device, opened by the facilitator's kiosk link (the set-up
//! page's "Open on a shared workshop device"); never offered to a respondent on their own phone.
//! Leaving it is deliberate.

use crate::i18n::Msg;
use crate::ui::language::use_texts;
use yew::prelude::*;

/// Properties of [`KioskBar`].
#[derive(Properties, PartialEq)]
pub struct KioskBarProps {
    /// Whether kiosk mode is on.
    pub kiosk: bool,
    /// Called with the new setting.
    pub on_change: Callback<bool>,
}

/// In kiosk mode, the notice with a two-step way out; otherwise nothing.
#[function_component(KioskBar)]
pub fn kiosk_bar(props: &KioskBarProps) -> Html {
    let host = crate::ui::host::use_host();
    let t = use_texts();
    let confirming = use_state(|| false);
    let set = |value: bool| {
        let confirming = confirming.clone();
        props.on_change.reform(move |_: MouseEvent| {
            confirming.set(false);
            value
        })
    };
    let toggle_confirm = |value: bool| {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(value))
    };
    html! {
        <aside class="pp-kiosk-bar" aria-label={t.get(Msg::SharedDevice)}>
            if !props.kiosk {
                // Nothing: a respondent's own device is never offered kiosk mode.
            } else if !*confirming {
                <p class="pp-kiosk-note">
                    { format!("{} ", t.get(Msg::SharedDeviceNote)) }
                    <button type="button" class="pp-link" onclick={toggle_confirm(true)}>{ t.get(Msg::LeaveKiosk) }</button>
                </p>
            } else {
                <div class="pp-confirm" role="group" aria-labelledby={host.id("kiosk-confirm")}>
                    <p id={host.id("kiosk-confirm")}>{ t.get(Msg::LeaveKioskQuestion) }</p>
                    <button type="button" class="pp-button pp-danger" onclick={set(false)}>{ t.get(Msg::LeaveKioskYes) }</button>
                    <button type="button" class="pp-button" onclick={toggle_confirm(false)}>{ t.get(Msg::StayInKiosk) }</button>
                </div>
            }
        </aside>
    }
}
