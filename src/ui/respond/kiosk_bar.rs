//! Kiosk mode on a shared workshop device, opened by the facilitator's kiosk link (the set-up
//! page's "Open on a shared workshop device"); never offered to a respondent on their own phone.
//! Leaving it is deliberate.

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
        <aside class="pp-kiosk-bar" aria-label="Shared device">
            if !props.kiosk {
                // Nothing: a respondent's own device is never offered kiosk mode.
            } else if !*confirming {
                <p class="pp-kiosk-note">
                    { "Shared device: after each response this screen clears for the next person. " }
                    <button type="button" class="pp-link" onclick={toggle_confirm(true)}>{ "Leave kiosk mode" }</button>
                </p>
            } else {
                <div class="pp-confirm" role="group" aria-labelledby={host.id("kiosk-confirm")}>
                    <p id={host.id("kiosk-confirm")}>{ "Leave kiosk mode? Only the person running the workshop should do this." }</p>
                    <button type="button" class="pp-button pp-danger" onclick={set(false)}>{ "Yes, leave kiosk mode" }</button>
                    <button type="button" class="pp-button" onclick={toggle_confirm(false)}>{ "Stay in kiosk mode" }</button>
                </div>
            }
        </aside>
    }
}
