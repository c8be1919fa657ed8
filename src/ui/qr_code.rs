//! A QR code drawn as SVG from the text it holds, or the reason it cannot be drawn.

use crate::qr::{QrError, QrMatrix};
use yew::prelude::*;

/// The least width of a module on screen, in CSS pixels.
const MODULE_PX: usize = 4;
/// The least width of a code on screen, in CSS pixels (a short link's code, as before: 20rem).
const MIN_WIDTH_PX: usize = 320;

/// Properties of [`QrCode`].
#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    /// The text the code holds.
    pub text: AttrValue,
    /// The code's accessible name ("QR code of ...").
    pub label: AttrValue,
    /// What to say instead when the text is too long for any QR code, in the page's words.
    pub too_long: AttrValue,
}

/// The QR code of `text`: dark modules on a white square with its quiet zone;
/// when the text is too long for any QR code, that is said instead.
#[function_component(QrCode)]
pub fn qr_code(props: &QrCodeProps) -> Html {
    match QrMatrix::encode(&props.text) {
        Ok(matrix) => {
            // At least 4 px a module, so that a camera reads a long link's dense code off a
            // screen (CSS keeps it within its box, and sizes it for a projector or a card).
            let width = (matrix.side() * MODULE_PX).max(MIN_WIDTH_PX).to_string();
            let side = matrix.side().to_string();
            html! {
                <svg class="pp-qr" width={width} viewBox={format!("0 0 {side} {side}")} role="img"
                     aria-label={props.label.clone()} shape-rendering="crispEdges"
                     data-modules={matrix.size().to_string()}>
                    <rect width={side.clone()} height={side} fill="#fff" />
                    <path d={matrix.svg_path()} fill="#000" />
                </svg>
            }
        }
        Err(QrError::TooLong { .. }) => html! { <p class="pp-alert" role="status">{ props.too_long.clone() }</p> },
    }
}
