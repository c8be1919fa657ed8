//! Why something could not be sealed or opened.

/// What went wrong with a key, an envelope or the cryptography behind them.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    /// A public key that is not an uncompressed P-256 point in base64url.
    #[error("not a survey public key")]
    BadPublicKey,
    /// A sealed text that is not base64url, or too short to hold the layout.
    #[error("sealed bytes damaged")]
    Damaged,
    /// Written by a later scheme or layout than this build reads.
    #[error("sealed with an unknown scheme")]
    UnknownScheme,
    /// The private key does not open it: another survey's key, or the envelope was changed.
    #[error("does not open with this key")]
    WrongKey,
    /// The passphrase does not unwrap the private key.
    #[error("wrong passphrase")]
    WrongPassphrase,
    /// A wrapped key or key file that is not one this build reads.
    #[error("key file damaged")]
    BadKeyFile,
    /// Opened, but what was inside is not a response of this envelope (ids differ, not JSON).
    #[error("sealed content is not this response")]
    NotThisResponse,
    /// A sealed response arrived for a survey whose key this device does not hold.
    #[error("no key to open it")]
    NoKey,
    /// The browser's cryptography is missing or refused (very old browsers, insecure origins).
    #[error("cryptography unavailable: {0}")]
    Unavailable(String),
}
