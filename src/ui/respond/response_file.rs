//! The respondent's response as a file to keep or pass on: sealed for the survey's key when it
//! has one (docs/formats/sealed-responses.md), so that only its facilitators' dashboards open it.

use crate::response::Response;
use crate::seal::{seal_response, PublicKey};
use crate::transfer::{ResponseFile, SealedResponseFile};
use crate::ui::platform;
use crate::web_crypto::WebCrypto;

/// Downloads `response` as `<name>.json` (`<name>-sealed.json` when sealed); `false` when no file
/// could be made: a sealed survey in a browser that cannot seal offers none, never one in clear.
pub async fn download_response(seal_key: Option<&PublicKey>, response: Response, name: &str) -> bool {
    let json = match seal_key {
        None => ResponseFile::new(vec![response]).to_json().ok(),
        Some(key) => match seal_response(&WebCrypto::default(), key, &response).await {
            Ok(envelope) => SealedResponseFile::new(vec![envelope]).to_json().ok(),
            Err(_) => None,
        },
    };
    let file_name = if seal_key.is_some() { format!("{name}-sealed.json") } else { format!("{name}.json") };
    json.is_some_and(|json| platform::download(&file_name, "application/json", &json))
}
