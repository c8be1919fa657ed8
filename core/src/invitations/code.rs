//! Invitation codes: 12 characters, 11 random and a check character, printed as `7KQM-4RXP-2HC8`.
//!
//! Crockford's base-32 alphabet leaves out I, L, O and U, so a code read aloud or copied by hand
//! is not misread; the check character catches any one mistyped character and most swaps of two
//! neighbours, so a respondent hears at once that a code is wrong instead of answering for
//! nothing. 55 random bits: guessing one of 1,000 codes takes about 36 million million tries.

use sha2::{Digest, Sha256};

/// Characters of a code, check character included.
pub const CODE_LENGTH: usize = 12;
/// A response made with an invitation has the id `inv-<code>`: one response per code.
pub const RESPONSE_ID_PREFIX: &str = "inv-";
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A well-formed invitation code (normalised: upper case, no dashes).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct InvitationCode(String);

/// Why typed text is not an invitation code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CodeProblem {
    /// Nothing was typed.
    #[error("no code")]
    Empty,
    /// Too few or too many characters (dashes and spaces not counted).
    #[error("code of {found} characters, not {CODE_LENGTH}")]
    WrongLength { found: usize },
    /// A character that no code has, or a mistake the check character caught.
    #[error("check character does not match")]
    Mistyped,
}

fn value_of(character: char) -> Option<u8> {
    let upper = match character.to_ascii_uppercase() {
        'I' | 'L' => '1',
        'O' => '0',
        other => other,
    };
    ALPHABET.iter().position(|&c| c as char == upper).map(|v| v as u8)
}

/// The check character's value: odd weights make every single-character change show, since an
/// odd number times a non-zero difference is never a multiple of 32.
fn check_value(values: &[u8]) -> u8 {
    let sum: u32 = values.iter().enumerate().map(|(i, &v)| (2 * i as u32 + 1) * u32::from(v)).sum();
    ((32 - sum % 32) % 32) as u8
}

impl InvitationCode {
    /// A new code from 8 random bytes (55 of their bits are used).
    pub fn from_random(bytes: [u8; 8]) -> InvitationCode {
        let bits = u64::from_le_bytes(bytes);
        let mut values: Vec<u8> = (0..CODE_LENGTH - 1).map(|i| ((bits >> (5 * i)) & 31) as u8).collect();
        values.push(check_value(&values));
        InvitationCode(values.iter().map(|&v| ALPHABET[usize::from(v)] as char).collect())
    }

    /// The code typed or read from a link: case, dashes and spaces do not matter, nor I/L for 1
    /// and O for 0.
    pub fn parse(text: &str) -> Result<InvitationCode, CodeProblem> {
        let kept: Vec<char> = text.chars().filter(|c| !matches!(c, '-' | ' ' | '\u{a0}')).collect();
        if kept.is_empty() {
            return Err(CodeProblem::Empty);
        }
        if kept.len() != CODE_LENGTH {
            return Err(CodeProblem::WrongLength { found: kept.len() });
        }
        let values: Vec<u8> = kept.into_iter().map(value_of).collect::<Option<_>>().ok_or(CodeProblem::Mistyped)?;
        let (body, check) = values.split_at(CODE_LENGTH - 1);
        if check_value(body) != check[0] {
            return Err(CodeProblem::Mistyped);
        }
        Ok(InvitationCode(values.iter().map(|&v| ALPHABET[usize::from(v)] as char).collect()))
    }

    /// The code's 12 characters as 5-bit values in one number (the first in the highest bits),
    /// for a response code's 8 bytes.
    pub fn to_bits(&self) -> u64 {
        self.0.chars().filter_map(value_of).fold(0, |bits, value| (bits << 5) | u64::from(value))
    }

    /// The code [`Self::to_bits`] gave, when those bits are one (its check character right).
    pub fn from_bits(bits: u64) -> Option<InvitationCode> {
        if bits >> (5 * CODE_LENGTH) != 0 {
            return None;
        }
        let text: String =
            (0..CODE_LENGTH).rev().map(|i| ALPHABET[((bits >> (5 * i)) & 31) as usize] as char).collect();
        InvitationCode::parse(&text).ok()
    }

    /// The code without dashes.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The code as printed, in groups of four: `7KQM-4RXP-2HC8`.
    pub fn grouped(&self) -> String {
        let (a, rest) = self.0.split_at(4);
        let (b, c) = rest.split_at(4);
        format!("{a}-{b}-{c}")
    }

    /// The id of the response made with this code.
    pub fn response_id(&self) -> String {
        format!("{RESPONSE_ID_PREFIX}{}", self.0)
    }

    /// The code a response id carries, when it is a well-formed invitation's.
    pub fn of_response_id(id: &str) -> Option<InvitationCode> {
        let code = id.strip_prefix(RESPONSE_ID_PREFIX)?;
        InvitationCode::parse(code).ok().filter(|parsed| parsed.0 == code)
    }

    /// What a survey's definition and database keep of the code: the first 16 bytes of
    /// SHA-256 of `pulse-invitation:<survey id>:<code>`, in hexadecimal. The survey id is in it so
    /// that one code never opens two surveys; the same is computed by the database's
    /// validate function (server/couchdb/design-document.mjs).
    pub fn hash(&self, survey_id: &str) -> String {
        let digest = Sha256::new()
            .chain_update(b"pulse-invitation:")
            .chain_update(survey_id.as_bytes())
            .chain_update(b":")
            .chain_update(self.0.as_bytes())
            .finalize();
        let mut hex = String::with_capacity(32);
        for byte in &digest[..16] {
            hex.push(char::from(b"0123456789abcdef"[usize::from(byte >> 4)]));
            hex.push(char::from(b"0123456789abcdef"[usize::from(byte & 15)]));
        }
        hex
    }
}
