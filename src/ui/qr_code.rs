//! A QR code drawn as SVG from the text it holds, or the reason it cannot be drawn.

use crate::qr::{QrError, QrMatrix};
use yew::prelude::*;

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

/// The QR code of `text`: dark modules on a white square with its quiet zone, sized by CSS;
/// when the text is too long for any QR code, that is said instead.
#[function_component(QrCode)]
pub fn qr_code(props: &QrCodeProps) -> Html {
    match QrMatrix::encode(&props.text) {
        Ok(matrix) => {
            let side = matrix.side().to_string();
            html! {
                <svg class="pp-qr" viewBox={format!("0 0 {side} {side}")} role="img"
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
