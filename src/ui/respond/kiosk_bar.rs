//! Kiosk mode on a shared workshop device: turning it on is one click, leaving it is deliberate.

use yew::prelude::*;

/// Properties of [`KioskBar`].
#[derive(Properties, PartialEq)]
pub struct KioskBarProps {
    /// Whether kiosk mode is on.
    pub kiosk: bool,
    /// Called with the new setting.
    pub on_change: Callback<bool>,
}

/// A footer line: "use as a shared device", or the kiosk notice with a two-step way out.
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
                <button type="button" class="pp-link" onclick={set(true)}>
                    { "Use on a shared workshop device (kiosk mode)" }
                </button>
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
