//! The sealing scheme written a second time, with RustCrypto's P-256, HKDF, AES-GCM and PBKDF2
//! instead of the browser's Web Crypto: what one seals the other must open.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use hkdf::Hkdf;
use p256::ecdh::{diffie_hellman, EphemeralSecret};
use p256::elliptic_curve::sec1::ToEncodedPoint;
use p256::pkcs8::{DecodePrivateKey, EncodePrivateKey};
use p256::SecretKey;
use pulse_core::seal::{
    hkdf_salt, join_sealed, split_sealed, PublicKey, SealCrypto, SealError, WrappedKey, HKDF_INFO, KEY_AND_IV_BYTES,
};
use rand_core::{OsRng, RngCore};
use sha2_for_hkdf::Sha256;

/// RustCrypto's implementation of [`SealCrypto`].
pub struct RustCrypto;

fn public_of(secret: &SecretKey) -> PublicKey {
    PublicKey::from_bytes(secret.public_key().to_encoded_point(false).as_bytes()).expect("an uncompressed point")
}

/// The AES-256-GCM cipher and IV for one message, from its shared secret and both public keys.
fn message_cipher(shared: &[u8], ephemeral: &[u8], recipient: &PublicKey) -> (Aes256Gcm, [u8; 12]) {
    let mut okm = [0u8; KEY_AND_IV_BYTES];
    Hkdf::<Sha256>::new(Some(&hkdf_salt(ephemeral, recipient)), shared)
        .expand(HKDF_INFO, &mut okm)
        .expect("44 bytes is within HKDF's reach");
    let cipher = Aes256Gcm::new_from_slice(&okm[..32]).expect("a 32-byte key");
    (cipher, okm[32..].try_into().expect("12 bytes"))
}

fn passphrase_cipher(passphrase: &str, salt: &[u8], iterations: u32) -> Aes256Gcm {
    let mut key = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<Sha256>(passphrase.as_bytes(), salt, iterations, &mut key);
    Aes256Gcm::new_from_slice(&key).expect("a 32-byte key")
}

/// `secret` wrapped as the browser wraps it (its PKCS #8 bytes under PBKDF2 and AES-GCM).
pub fn wrap(secret: &SecretKey, passphrase: &str, iterations: u32) -> WrappedKey {
    let public = public_of(secret);
    let (mut salt, mut iv) = ([0u8; 16], [0u8; 12]);
    OsRng.fill_bytes(&mut salt);
    OsRng.fill_bytes(&mut iv);
    let pkcs8 = secret.to_pkcs8_der().expect("a P-256 key encodes");
    let wrapped = passphrase_cipher(passphrase, &salt, iterations)
        .encrypt(&Nonce::from(iv), Payload { msg: pkcs8.as_bytes(), aad: public.as_bytes() })
        .expect("AES-GCM seals");
    WrappedKey::new(public, iterations, &salt, &iv, &wrapped)
}

impl SealCrypto for RustCrypto {
    type Private = SecretKey;

    async fn new_key(&self, passphrase: &str, iterations: u32) -> Result<(WrappedKey, SecretKey), SealError> {
        let secret = SecretKey::random(&mut OsRng);
        Ok((wrap(&secret, passphrase, iterations), secret))
    }

    async fn unwrap_key(&self, wrapped: &WrappedKey, passphrase: &str) -> Result<SecretKey, SealError> {
        let parts = wrapped.parts()?;
        let pkcs8 = passphrase_cipher(passphrase, &parts.salt, wrapped.iterations)
            .decrypt(
                &Nonce::from(<[u8; 12]>::try_from(parts.iv.as_slice()).map_err(|_| SealError::BadKeyFile)?),
                Payload { msg: &parts.wrapped, aad: wrapped.public_key.as_bytes() },
            )
            .map_err(|_| SealError::WrongPassphrase)?;
        let secret = SecretKey::from_pkcs8_der(&pkcs8).map_err(|_| SealError::BadKeyFile)?;
        (public_of(&secret) == wrapped.public_key).then_some(secret).ok_or(SealError::BadKeyFile)
    }

    async fn seal(&self, key: &PublicKey, associated: &[u8], plain: &[u8]) -> Result<Vec<u8>, SealError> {
        let recipient = p256::PublicKey::from_sec1_bytes(key.as_bytes()).map_err(|_| SealError::BadPublicKey)?;
        let ephemeral = EphemeralSecret::random(&mut OsRng);
        let ephemeral_public = ephemeral.public_key().to_encoded_point(false);
        let shared = ephemeral.diffie_hellman(&recipient);
        let (cipher, iv) = message_cipher(shared.raw_secret_bytes(), ephemeral_public.as_bytes(), key);
        let ciphertext = cipher
            .encrypt(&Nonce::from(iv), Payload { msg: plain, aad: associated })
            .map_err(|_| SealError::Unavailable("AES-GCM".into()))?;
        Ok(join_sealed(ephemeral_public.as_bytes(), &ciphertext))
    }

    async fn open(&self, key: &SecretKey, associated: &[u8], sealed: &[u8]) -> Result<Vec<u8>, SealError> {
        let parts = split_sealed(sealed)?;
        let ephemeral = p256::PublicKey::from_sec1_bytes(parts.ephemeral).map_err(|_| SealError::Damaged)?;
        let shared = diffie_hellman(key.to_nonzero_scalar(), ephemeral.as_affine());
        let (cipher, iv) = message_cipher(shared.raw_secret_bytes(), parts.ephemeral, &public_of(key));
        cipher
            .decrypt(&Nonce::from(iv), Payload { msg: parts.ciphertext, aad: associated })
            .map_err(|_| SealError::WrongKey)
    }
}

/// A browser without Web Crypto (an insecure address, a very old browser): every call fails.
pub struct NoCrypto;

impl SealCrypto for NoCrypto {
    type Private = ();

    async fn new_key(&self, _: &str, _: u32) -> Result<(WrappedKey, ()), SealError> {
        Err(SealError::Unavailable("crypto.subtle".into()))
    }
    async fn unwrap_key(&self, _: &WrappedKey, _: &str) -> Result<(), SealError> {
        Err(SealError::Unavailable("crypto.subtle".into()))
    }
    async fn seal(&self, _: &PublicKey, _: &[u8], _: &[u8]) -> Result<Vec<u8>, SealError> {
        Err(SealError::Unavailable("crypto.subtle".into()))
    }
    async fn open(&self, _: &(), _: &[u8], _: &[u8]) -> Result<Vec<u8>, SealError> {
        Err(SealError::Unavailable("crypto.subtle".into()))
    }
}
