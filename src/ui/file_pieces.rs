//! A file's text as the browser holds it (a JavaScript string), handed to Rust a piece at a time,
//! so that a large response file is never copied whole into the page's wasm memory.

use crate::transfer::TextSource;
use js_sys::JsString;

/// UTF-16 code units per piece (about 128 KB of text).
const PIECE_UNITS: u32 = 128 * 1024;

/// The pieces of a JavaScript string, never splitting a surrogate pair.
pub struct JsTextPieces {
    text: JsString,
    at: u32,
}

impl JsTextPieces {
    /// Pieces of `text`.
    pub fn new(text: JsString) -> JsTextPieces {
        JsTextPieces { text, at: 0 }
    }
}

impl TextSource for JsTextPieces {
    fn next_piece(&mut self) -> Option<String> {
        let length = self.text.length();
        if self.at >= length {
            return None;
        }
        let mut end = (self.at + PIECE_UNITS).min(length);
        // A piece that would end on the first half of a surrogate pair (0xD800 to 0xDBFF) ends
        // one unit sooner.
        if end < length && (55296.0..56320.0).contains(&self.text.char_code_at(end - 1)) {
            end -= 1;
        }
        let piece = String::from(self.text.slice(self.at, end));
        self.at = end;
        Some(piece)
    }
}
