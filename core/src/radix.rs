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
