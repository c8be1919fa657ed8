//! The cryptography behind sealing, as a trait (Web Crypto in the browser, RustCrypto in the
//! native tests), and sealing and opening a response over it.

use super::{associated_data, PublicKey, SealError, SealedResponse, WrappedKey};
use crate::radix::{base64url, from_base64url};
use crate::response::Response;

/// The primitives of the scheme in docs/formats/sealed-responses.md. Every implementation must
/// open what every other seals: the native tests hold the browser's to that.
#[allow(async_fn_in_trait)]
pub trait SealCrypto {
    /// A private key as this implementation holds it (in the browser a non-extractable
    /// `CryptoKey` once unwrapped).
    type Private;

    /// A new key pair for a survey: the public half to publish, the private one wrapped under
    /// `passphrase` with `iterations` of PBKDF2, and the private key itself.
    async fn new_key(&self, passphrase: &str, iterations: u32) -> Result<(WrappedKey, Self::Private), SealError>;
    /// The private key inside `wrapped`; [`SealError::WrongPassphrase`] when it does not unwrap.
    async fn unwrap_key(&self, wrapped: &WrappedKey, passphrase: &str) -> Result<Self::Private, SealError>;
    /// `plain` sealed for `key` with `associated` bound to it: the bytes of the layout.
    async fn seal(&self, key: &PublicKey, associated: &[u8], plain: &[u8]) -> Result<Vec<u8>, SealError>;
    /// What [`SealCrypto::seal`] sealed; [`SealError::WrongKey`] when `key` or `associated` differ
    /// or a byte was changed.
    async fn open(&self, key: &Self::Private, associated: &[u8], sealed: &[u8]) -> Result<Vec<u8>, SealError>;
}

/// `response` sealed for `key`: the envelope that goes to a server, a file or a code.
pub async fn seal_response<C: SealCrypto>(
    crypto: &C,
    key: &PublicKey,
    response: &Response,
) -> Result<SealedResponse, SealError> {
    // Written and read as text, as every other response is, so the pages carry one serializer.
    let json = serde_json::to_string(response).map_err(|_| SealError::NotThisResponse)?.into_bytes();
    let associated = associated_data(&response.survey_id, response.survey_version, &response.id);
    let sealed = crypto.seal(key, &associated, &json).await?;
    Ok(SealedResponse {
        id: response.id.clone(),
        survey_id: response.survey_id.clone(),
        survey_version: response.survey_version,
        sealed: base64url(&sealed),
    })
}

/// The response inside `envelope`, once its ids match the envelope's (the associated data makes
/// a mismatch fail to open; this also refuses a sealer that put another response inside).
/// The response is not yet checked against its survey: that is [`crate::response::ResponseChecker`]'s.
pub async fn open_response<C: SealCrypto>(
    crypto: &C,
    key: &C::Private,
    envelope: &SealedResponse,
) -> Result<Response, SealError> {
    if !envelope.well_formed() {
        return Err(SealError::Damaged);
    }
    let sealed = from_base64url(&envelope.sealed).ok_or(SealError::Damaged)?;
    let associated = associated_data(&envelope.survey_id, envelope.survey_version, &envelope.id);
    let json = crypto.open(key, &associated, &sealed).await?;
    let json = String::from_utf8(json).map_err(|_| SealError::NotThisResponse)?;
    let response: Response = serde_json::from_str(&json).map_err(|_| SealError::NotThisResponse)?;
    let same = response.id == envelope.id
        && response.survey_id == envelope.survey_id
        && response.survey_version == envelope.survey_version;
    same.then_some(response).ok_or(SealError::NotThisResponse)
}

/// How many envelopes are opened at once: Web Crypto works beside the page, so a batch in flight
/// together takes little longer than one.
const OPENED_TOGETHER: usize = 256;

/// `envelopes` opened with `key`, a batch at a time: the responses inside, and the envelopes that
/// did not open with why, in the order given.
pub async fn open_envelopes<C: SealCrypto>(
    crypto: &C,
    key: &C::Private,
    envelopes: Vec<SealedResponse>,
) -> (Vec<Response>, Vec<(SealedResponse, SealError)>) {
    let (mut opened, mut unopened) = (Vec::with_capacity(envelopes.len()), Vec::new());
    for batch in envelopes.chunks(OPENED_TOGETHER) {
        let results =
            futures::future::join_all(batch.iter().map(|envelope| open_response(crypto, key, envelope))).await;
        for (envelope, result) in batch.iter().zip(results) {
            match result {
                Ok(response) => opened.push(response),
                Err(reason) => unopened.push((envelope.clone(), reason)),
            }
        }
    }
    (opened, unopened)
}
