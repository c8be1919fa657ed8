//! Bytes written as text in a power-of-two alphabet (base32 for response codes, base64url for
//! share links, base64 for a database password): one bit-packing routine for all, most
//! significant bit first, no padding (base64 pads after).

/// Writes `bytes` as symbols of `bits` bits each (5 for base32, 6 for base64), calling `emit`
/// with each symbol's value; the last symbol is filled out with zero bits.
pub fn to_symbols(bytes: &[u8], bits: u32, mut emit: impl FnMut(u8)) {
    let mask = (1u32 << bits) - 1;
    let (mut buffer, mut held) = (0u32, 0);
    for &byte in bytes {
        buffer = (buffer << 8 | u32::from(byte)) & 0xFFFF;
        held += 8;
        while held >= bits {
            held -= bits;
            emit((buffer >> held & mask) as u8);
        }
    }
    if held > 0 {
        emit((buffer << (bits - held) & mask) as u8);
    }
}

/// Reads symbol values of `bits` bits each back into bytes; bits left over that do not make a
/// whole byte (the filling of [`to_symbols`]) are dropped.
pub fn from_symbols(symbols: impl IntoIterator<Item = u8>, bits: u32) -> Vec<u8> {
    let mut bytes = Vec::new();
    let (mut buffer, mut held) = (0u32, 0);
    for symbol in symbols {
        buffer = (buffer << bits | u32::from(symbol)) & 0xFFFF;
        held += bits;
        if held >= 8 {
            held -= 8;
            bytes.push((buffer >> held) as u8);
        }
    }
    bytes
}

const BASE64URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// `bytes` in base64url without padding (RFC 4648 §5): share links, keys and sealed responses.
pub fn base64url(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len() * 4 / 3 + 3);
    to_symbols(bytes, 6, |value| text.push(BASE64URL[usize::from(value)] as char));
    text
}

/// Reads unpadded base64url back; `None` when a character is outside its alphabet.
pub fn from_base64url(text: &str) -> Option<Vec<u8>> {
    let values = text.bytes().map(|c| BASE64URL.iter().position(|&a| a == c).map(|v| v as u8));
    Some(from_symbols(values.collect::<Option<Vec<u8>>>()?, 6))
}
