//! The sealing scheme (`pulse_core::seal`, docs/formats/sealed-responses.md) with the browser's
//! Web Crypto API: no cryptography is compiled into the wasm, and private keys, once unwrapped,
//! are `CryptoKey`s that script cannot read out.

use crate::seal::{
    hkdf_salt, join_sealed, split_sealed, PublicKey, SealCrypto, SealError, WrappedKey, HKDF_INFO, KEY_AND_IV_BYTES,
};
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

/// The browser's `crypto.subtle`, where there is one (not on an insecure address, nor in very
/// old browsers: every call then fails with [`SealError::Unavailable`]).
pub struct WebCrypto {
    subtle: Option<SubtleCrypto>,
}

/// A survey's private key as the browser holds it: not extractable, with its public half (which
/// HKDF's salt needs and a non-extractable key cannot give).
#[derive(Clone, Debug)]
pub struct PrivateKey {
    key: CryptoKey,
    public: PublicKey,
}

impl PrivateKey {
    /// The public half: what the survey's definition carries.
    pub fn public_key(&self) -> &PublicKey {
        &self.public
    }
}

/// An algorithm's parameters as the object Web Crypto reads.
fn params(name: &str, fields: &[(&str, &JsValue)]) -> Object {
    let object = Object::new();
    let _ = Reflect::set(&object, &"name".into(), &name.into());
    for (field, value) in fields {
        let _ = Reflect::set(&object, &(*field).into(), value);
    }
    object
}

fn bytes(data: &[u8]) -> JsValue {
    Uint8Array::from(data).into()
}

fn usages(names: &[&str]) -> JsValue {
    names.iter().map(|name| JsValue::from_str(name)).collect::<Array>().into()
}

fn p256(name: &str) -> Object {
    params(name, &[("namedCurve", &"P-256".into())])
}

/// A random salt or IV; refused rather than made from anything weaker.
fn random<const N: usize>() -> Result<[u8; N], SealError> {
    let mut out = [0u8; N];
    crate::ui::platform::secure_random(&mut out)
        .then_some(out)
        .ok_or_else(|| SealError::Unavailable("getRandomValues".into()))
}

/// The page's Web Crypto.
impl Default for WebCrypto {
    fn default() -> Self {
        let crypto = web_sys::window().and_then(|window| window.crypto().ok());
        Self { subtle: crypto.map(|crypto| crypto.subtle()).filter(|subtle| !JsValue::from(subtle).is_undefined()) }
    }
}

impl WebCrypto {
    fn subtle(&self) -> Result<&SubtleCrypto, SealError> {
        self.subtle.as_ref().ok_or_else(|| SealError::Unavailable("crypto.subtle".into()))
    }

    /// Awaits a Web Crypto call; its refusal becomes `refused`.
    async fn call(promise: Result<js_sys::Promise, JsValue>, refused: SealError) -> Result<JsValue, SealError> {
        match promise {
            Ok(promise) => JsFuture::from(promise).await.map_err(|_| refused),
            Err(_) => Err(refused),
        }
    }

    async fn buffer(promise: Result<js_sys::Promise, JsValue>, refused: SealError) -> Result<Vec<u8>, SealError> {
        Ok(Uint8Array::new(&Self::call(promise, refused).await?).to_vec())
    }

    async fn import(
        &self,
        format: &str,
        data: &[u8],
        algorithm: &Object,
        uses: &[&str],
        refused: SealError,
    ) -> Result<CryptoKey, SealError> {
        let data: Object = bytes(data).unchecked_into();
        let key =
            Self::call(self.subtle()?.import_key_with_object(format, &data, algorithm, false, &usages(uses)), refused)
                .await?;
        Ok(key.unchecked_into())
    }

    /// The AES-256-GCM key PBKDF2 makes of a passphrase.
    async fn passphrase_key(&self, passphrase: &str, salt: &[u8], iterations: u32) -> Result<CryptoKey, SealError> {
        let unavailable = || SealError::Unavailable("PBKDF2".into());
        let base =
            self.import("raw", passphrase.as_bytes(), &params("PBKDF2", &[]), &["deriveBits"], unavailable()).await?;
        let pbkdf2 = params(
            "PBKDF2",
            &[("hash", &"SHA-256".into()), ("salt", &bytes(salt)), ("iterations", &iterations.into())],
        );
        let bits = Self::buffer(self.subtle()?.derive_bits_with_object(&pbkdf2, &base, 256), unavailable()).await?;
        self.import("raw", &bits, &params("AES-GCM", &[]), &["encrypt", "decrypt"], unavailable()).await
    }

    /// The AES-256-GCM key and IV of one message, from its ECDH secret and both public keys.
    async fn message_key(
        &self,
        shared: &[u8],
        ephemeral: &[u8],
        recipient: &PublicKey,
    ) -> Result<(CryptoKey, Vec<u8>), SealError> {
        let unavailable = || SealError::Unavailable("HKDF".into());
        let base = self.import("raw", shared, &params("HKDF", &[]), &["deriveBits"], unavailable()).await?;
        let hkdf = params(
            "HKDF",
            &[
                ("hash", &"SHA-256".into()),
                ("salt", &bytes(&hkdf_salt(ephemeral, recipient))),
                ("info", &bytes(HKDF_INFO)),
            ],
        );
        let okm = Self::buffer(
            self.subtle()?.derive_bits_with_object(&hkdf, &base, KEY_AND_IV_BYTES as u32 * 8),
            unavailable(),
        )
        .await?;
        let key =
            self.import("raw", &okm[..32], &params("AES-GCM", &[]), &["encrypt", "decrypt"], unavailable()).await?;
        Ok((key, okm[32..].to_vec()))
    }

    /// The x-coordinate of ECDH between `private` and `public`.
    async fn shared_secret(&self, private: &CryptoKey, public: &CryptoKey) -> Result<Vec<u8>, SealError> {
        let ecdh = params("ECDH", &[("public", public)]);
        Self::buffer(self.subtle()?.derive_bits_with_object(&ecdh, private, 256), SealError::WrongKey).await
    }

    async fn encrypt(&self, key: &CryptoKey, iv: &[u8], associated: &[u8], plain: &[u8]) -> Result<Vec<u8>, SealError> {
        let gcm = params("AES-GCM", &[("iv", &bytes(iv)), ("additionalData", &bytes(associated))]);
        Self::buffer(
            self.subtle()?.encrypt_with_object_and_u8_array(&gcm, key, plain),
            SealError::Unavailable("AES-GCM".into()),
        )
        .await
    }

    async fn decrypt(
        &self,
        key: &CryptoKey,
        iv: &[u8],
        associated: &[u8],
        sealed: &[u8],
        refused: SealError,
    ) -> Result<Vec<u8>, SealError> {
        let gcm = params("AES-GCM", &[("iv", &bytes(iv)), ("additionalData", &bytes(associated))]);
        Self::buffer(self.subtle()?.decrypt_with_object_and_u8_array(&gcm, key, sealed), refused).await
    }

    /// A new P-256 key pair whose private half can be exported: its public and private keys.
    async fn new_pair(&self) -> Result<(CryptoKey, CryptoKey), SealError> {
        let unavailable = || SealError::Unavailable("ECDH".into());
        let pair = Self::call(
            self.subtle()?.generate_key_with_object(&p256("ECDH"), true, &usages(&["deriveBits"])),
            unavailable(),
        )
        .await?;
        let half = |name: &str| Reflect::get(&pair, &name.into()).map(|key| key.unchecked_into::<CryptoKey>());
        Ok((half("publicKey").map_err(|_| unavailable())?, half("privateKey").map_err(|_| unavailable())?))
    }

    async fn private_from_pkcs8(&self, pkcs8: &[u8], public: PublicKey) -> Result<PrivateKey, SealError> {
        let key = self.import("pkcs8", pkcs8, &p256("ECDH"), &["deriveBits"], SealError::BadKeyFile).await?;
        Ok(PrivateKey { key, public })
    }
}

impl SealCrypto for WebCrypto {
    type Private = PrivateKey;

    async fn new_key(&self, passphrase: &str, iterations: u32) -> Result<(WrappedKey, PrivateKey), SealError> {
        let unavailable = || SealError::Unavailable("ECDH".into());
        let (public, private) = self.new_pair().await?;
        let public =
            PublicKey::from_bytes(&Self::buffer(self.subtle()?.export_key("raw", &public), unavailable()).await?)?;
        let pkcs8 = Self::buffer(self.subtle()?.export_key("pkcs8", &private), unavailable()).await?;
        let (salt, iv) = (random::<16>()?, random::<12>()?);
        let wrapping = self.passphrase_key(passphrase, &salt, iterations).await?;
        let wrapped = self.encrypt(&wrapping, &iv, public.as_bytes(), &pkcs8).await?;
        let wrapped = WrappedKey::new(public.clone(), iterations, &salt, &iv, &wrapped);
        // Held from here on as a key that cannot be read back out of the browser.
        Ok((wrapped, self.private_from_pkcs8(&pkcs8, public).await?))
    }

    async fn unwrap_key(&self, wrapped: &WrappedKey, passphrase: &str) -> Result<PrivateKey, SealError> {
        let parts = wrapped.parts()?;
        let wrapping = self.passphrase_key(passphrase, &parts.salt, wrapped.iterations).await?;
        let pkcs8 = self
            .decrypt(&wrapping, &parts.iv, wrapped.public_key.as_bytes(), &parts.wrapped, SealError::WrongPassphrase)
            .await?;
        self.private_from_pkcs8(&pkcs8, wrapped.public_key.clone()).await
    }

    async fn seal(&self, key: &PublicKey, associated: &[u8], plain: &[u8]) -> Result<Vec<u8>, SealError> {
        let unavailable = || SealError::Unavailable("ECDH".into());
        let recipient = self.import("raw", key.as_bytes(), &p256("ECDH"), &[], SealError::BadPublicKey).await?;
        let (public, private) = self.new_pair().await?;
        let ephemeral = Self::buffer(self.subtle()?.export_key("raw", &public), unavailable()).await?;
        let shared = self.shared_secret(&private, &recipient).await?;
        let (message_key, iv) = self.message_key(&shared, &ephemeral, key).await?;
        Ok(join_sealed(&ephemeral, &self.encrypt(&message_key, &iv, associated, plain).await?))
    }

    async fn open(&self, key: &PrivateKey, associated: &[u8], sealed: &[u8]) -> Result<Vec<u8>, SealError> {
        let parts = split_sealed(sealed)?;
        let ephemeral = self.import("raw", parts.ephemeral, &p256("ECDH"), &[], SealError::Damaged).await?;
        let shared = self.shared_secret(&key.key, &ephemeral).await?;
        let (message_key, iv) = self.message_key(&shared, parts.ephemeral, &key.public).await?;
        self.decrypt(&message_key, &iv, associated, parts.ciphertext, SealError::WrongKey).await
    }
}
