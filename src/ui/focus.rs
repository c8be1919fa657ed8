//! Moves keyboard and screen-reader focus to a screen's heading when the screen appears.

use web_sys::HtmlElement;
use yew::prelude::*;

/// Focuses the element behind `heading` once, after the component first renders.
///
/// Without this, a screen change leaves focus on a button that no longer exists and a
/// screen-reader user hears nothing about the new screen.
#[hook]
pub fn use_focus_on_mount(heading: NodeRef) {
    use_effect_with((), move |_| {
        if let Some(element) = heading.cast::<HtmlElement>() {
            let _ = element.focus();
        }
    });
}
