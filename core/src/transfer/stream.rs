//! Reading a response file (or a CouchDB listing) one response at a time from its text taken in
//! pieces, so that a file of 100,000 responses is never held whole, nor its responses all at once:
//! the reader finds where each element of `"responses"` (or `"rows"`) begins and ends, and serde
//! reads that element alone. The outline around them — the object, its keys, `format` and
//! `version` — is read here, with a file's problems reported as reading it whole would.

use super::couch_listing::{skipped_without_a_word, ListingRow};
use super::{response_of_document, ImportError, ResponseFile};
use crate::response::Response;

/// Where a file's text comes from, a piece at a time.
pub trait TextSource {
    /// The next piece of the text, or `None` after the last.
    fn next_piece(&mut self) -> Option<String>;
}

/// A text already in memory, handed out in pieces (natively and in tests).
pub struct StrPieces<'a> {
    rest: &'a str,
    size: usize,
}

/// Size of the pieces: large enough that a response never spans many, small beside a big file.
pub const PIECE_BYTES: usize = 256 * 1024;

impl<'a> StrPieces<'a> {
    /// Pieces of `text`.
    pub fn new(text: &'a str) -> StrPieces<'a> {
        Self::sized(text, PIECE_BYTES)
    }

    /// Pieces of `text` of about `size` bytes (never splitting a character).
    pub fn sized(text: &'a str, size: usize) -> StrPieces<'a> {
        StrPieces { rest: text, size: size.max(4) }
    }
}

impl TextSource for StrPieces<'_> {
    fn next_piece(&mut self) -> Option<String> {
        if self.rest.is_empty() {
            return None;
        }
        let mut end = self.rest.len().min(self.size);
        while !self.rest.is_char_boundary(end) {
            end -= 1;
        }
        let (piece, rest) = self.rest.split_at(end);
        self.rest = rest;
        Some(piece.to_owned())
    }
}

/// One element read from the file.
#[derive(Clone, Debug, PartialEq)]
pub enum ReadItem {
    /// A response (of a response file, or a listing's document that is one).
    Response(Response),
    /// The id of a listing's document that is not a response.
    NotResponse(String),
    /// An element of `responses` that is JSON but not a response (an answer of the wrong type, a
    /// number too large to read): left out and said, the file's other responses still read.
    Unreadable(crate::response::ResponseError),
}

/// Which list the reader is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum List {
    Responses,
    Rows,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// Before the opening `{`.
    Start,
    /// After `{` or after a member's value: a key (or `}`) comes next.
    Members { first: bool },
    /// In the list of `responses` or `rows`: an element (or `]`) comes next.
    Elements { list: List, first: bool },
    /// Finished: the last item (or error) has been handed out.
    Done,
}

/// The responses of a response file or CouchDB listing, one at a time: an iterator of
/// [`ReadItem`]s that ends with an error, once, if the text is not a readable file.
pub struct ResponseReader<S: TextSource> {
    source: S,
    /// Text taken from the source and not yet consumed, from `at`.
    buffer: String,
    at: usize,
    /// Line and column (from 1; the column in bytes) of `at`.
    line: usize,
    column: usize,
    exhausted: bool,
    state: State,
    /// `format` as found (a value that is not a string is kept as `""`).
    format: Option<String>,
    /// `version` as found (`Some(None)`: present but not a whole number).
    version: Option<Option<u64>>,
    read_responses: bool,
    /// A member of the outline read already (`format`, `version` or `responses`): a file that
    /// gives one twice is not one file but two, and is refused.
    seen: [bool; 3],
    read_rows: bool,
    rows_not_a_list: bool,
}

impl<S: TextSource> ResponseReader<S> {
    /// Whether the text has been read as a CouchDB listing (its `rows`) rather than a response file.
    pub fn is_listing(&self) -> bool {
        self.read_rows
    }

    /// A reader of the text `source` gives.
    pub fn new(source: S) -> ResponseReader<S> {
        ResponseReader {
            source,
            buffer: String::new(),
            at: 0,
            line: 1,
            column: 1,
            exhausted: false,
            state: State::Start,
            format: None,
            version: None,
            read_responses: false,
            seen: [false; 3],
            read_rows: false,
            rows_not_a_list: false,
        }
    }

    /// Takes the next piece into the buffer, dropping what has been consumed; false at the end.
    fn fill(&mut self) -> bool {
        if self.exhausted {
            return false;
        }
        match self.source.next_piece() {
            Some(piece) => {
                self.buffer.drain(..self.at);
                self.at = 0;
                self.buffer.push_str(&piece);
                true
            }
            None => {
                self.exhausted = true;
                false
            }
        }
    }

    /// Consumes `bytes` bytes, keeping the line and column.
    fn advance(&mut self, bytes: usize) {
        let consumed = &self.buffer.as_bytes()[self.at..self.at + bytes];
        for &byte in consumed {
            if byte == b'\n' {
                self.line += 1;
                self.column = 1;
            } else {
                self.column += 1;
            }
        }
        self.at += bytes;
    }

    /// The next byte that is not white space, not consumed; `None` at the end of the text.
    fn peek(&mut self) -> Option<u8> {
        loop {
            while let Some(&byte) = self.buffer.as_bytes().get(self.at) {
                if matches!(byte, b' ' | b'\t' | b'\n' | b'\r') {
                    self.advance(1);
                } else {
                    return Some(byte);
                }
            }
            if !self.fill() {
                return None;
            }
        }
    }

    fn not_json(&self) -> ImportError {
        ImportError::NotJson { line: self.line, column: self.column }
    }

    /// Consumes `expected` (after white space), or says where the text goes wrong.
    fn expect(&mut self, expected: u8) -> Result<(), ImportError> {
        match self.peek() {
            Some(byte) if byte == expected => {
                self.advance(1);
                Ok(())
            }
            _ => Err(self.not_json()),
        }
    }

    /// The length in bytes of the JSON value starting at `at` (a string, object or array to its
    /// closing mark; anything else to the next delimiter), taking pieces as needed.
    fn value_length(&mut self) -> Result<usize, ImportError> {
        let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
        let mut length = 0;
        let first = self.buffer.as_bytes()[self.at];
        let nested = matches!(first, b'{' | b'[' | b'"');
        loop {
            let bytes = &self.buffer.as_bytes()[self.at..];
            while length < bytes.len() {
                let byte = bytes[length];
                length += 1;
                if in_string {
                    match (escaped, byte) {
                        (true, _) => escaped = false,
                        (false, b'\\') => escaped = true,
                        (false, b'"') => {
                            in_string = false;
                            if depth == 0 {
                                return Ok(length);
                            }
                        }
                        _ => {}
                    }
                    continue;
                }
                match byte {
                    b'"' => in_string = true,
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' if nested => {
                        depth = depth.saturating_sub(1);
                        if depth == 0 {
                            return Ok(length);
                        }
                    }
                    b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r' if !nested => return Ok(length - 1),
                    _ => {}
                }
            }
            if !self.fill() {
                // A scalar may end with the text; anything open at the end is cut short.
                return if nested { Err(self.position_after(length)) } else { Ok(length) };
            }
        }
    }

    /// Where the text ends, `length` bytes on from `at`: the place a cut-short value is reported.
    fn position_after(&self, length: usize) -> ImportError {
        let (mut line, mut column) = (self.line, self.column);
        for &byte in &self.buffer.as_bytes()[self.at..self.at + length] {
            if byte == b'\n' {
                line += 1;
                column = 1;
            } else {
                column += 1;
            }
        }
        ImportError::NotJson { line, column }
    }

    /// Consumes the value at `at` and returns its text with where it began.
    fn take_value(&mut self) -> Result<(String, (usize, usize)), ImportError> {
        let start = (self.line, self.column);
        let length = self.value_length()?;
        if length == 0 {
            return Err(self.not_json());
        }
        let text = self.buffer[self.at..self.at + length].to_owned();
        self.advance(length);
        Ok((text, start))
    }

    /// A serde error in an element that began at `start`, as the whole file's error would be.
    fn element_error(
        error: &serde_json::Error,
        start: (usize, usize),
        shape: impl FnOnce(String) -> String,
    ) -> ImportError {
        match error.classify() {
            serde_json::error::Category::Data => {
                let reason = error.to_string();
                ImportError::WrongShape {
                    reason: shape(reason.split(" at line ").next().unwrap_or(&reason).to_owned()),
                }
            }
            _ if error.line() <= 1 => {
                ImportError::NotJson { line: start.0, column: start.1 + error.column().saturating_sub(1) }
            }
            _ => ImportError::NotJson { line: start.0 + error.line() - 1, column: error.column() },
        }
    }

    /// Reads members of the outline until an element of a list (or the end) is due.
    fn read_outline(&mut self) -> Result<(), ImportError> {
        loop {
            match self.state {
                State::Start => match self.peek() {
                    Some(b'{') => {
                        self.advance(1);
                        self.state = State::Members { first: true };
                    }
                    Some(b'[' | b'"') => return Err(ImportError::WrongShape { reason: "not a JSON object".into() }),
                    Some(b'-' | b'0'..=b'9' | b't' | b'f' | b'n') => {
                        // A number or `true`, `false`, `null` is JSON but not a file; "these are
                        // my notes" is not JSON at all, said where it stops being JSON.
                        let (value, start) = self.take_value()?;
                        return Err(match serde_json::from_str::<serde::de::IgnoredAny>(&value) {
                            Ok(_) => ImportError::WrongShape { reason: "not a JSON object".into() },
                            Err(error) => Self::element_error(&error, start, |reason| reason),
                        });
                    }
                    _ => return Err(self.not_json()),
                },
                State::Members { first } => {
                    match self.peek() {
                        Some(b'}') => {
                            self.advance(1);
                            return self.finish();
                        }
                        Some(b',') if !first => self.advance(1),
                        _ if first => {}
                        _ => return Err(self.not_json()),
                    }
                    if self.peek() != Some(b'"') {
                        return Err(self.not_json());
                    }
                    let (key, _) = self.take_value()?;
                    let key: String = serde_json::from_str(&key).map_err(|_| self.not_json())?;
                    self.expect(b':')?;
                    if self.peek().is_none() {
                        return Err(self.not_json());
                    }
                    self.state = State::Members { first: false };
                    if let Some(at) = ["format", "version", "responses"].iter().position(|name| *name == key) {
                        if std::mem::replace(&mut self.seen[at], true) {
                            return Err(ImportError::WrongShape { reason: format!("\"{key}\" given twice") });
                        }
                    }
                    match key.as_str() {
                        "format" => {
                            let (value, _) = self.take_value()?;
                            self.format = Some(serde_json::from_str(&value).unwrap_or_default());
                        }
                        "version" => {
                            let (value, _) = self.take_value()?;
                            self.version = Some(serde_json::from_str(&value).ok());
                        }
                        "responses" => {
                            self.check_format()?;
                            if self.peek() == Some(b'[') {
                                self.advance(1);
                                self.read_responses = true;
                                self.state = State::Elements { list: List::Responses, first: true };
                                return Ok(());
                            }
                            return Err(ImportError::WrongShape { reason: "its \"responses\" are not a list".into() });
                        }
                        "rows" if self.format.is_none() && self.peek() == Some(b'[') => {
                            self.advance(1);
                            self.read_rows = true;
                            self.state = State::Elements { list: List::Rows, first: true };
                            return Ok(());
                        }
                        other => {
                            self.rows_not_a_list |= other == "rows" && self.format.is_none();
                            self.take_value()?;
                        }
                    }
                }
                State::Elements { .. } | State::Done => return Ok(()),
            }
        }
    }

    /// The file's `format` and `version`, where found, are this build's.
    fn check_format(&self) -> Result<(), ImportError> {
        if self.format.as_deref().is_some_and(|format| format != ResponseFile::FORMAT) {
            return Err(no_format());
        }
        match self.version {
            Some(Some(1)) | None => Ok(()),
            Some(found) => Err(ImportError::UnsupportedVersion {
                found: found.map_or(0, |v| u32::try_from(v).unwrap_or(u32::MAX)),
            }),
        }
    }

    /// After the closing `}`: nothing but white space may follow, and the outline must have been
    /// a response file's or a listing's.
    fn finish(&mut self) -> Result<(), ImportError> {
        self.state = State::Done;
        if self.peek().is_some() {
            return Err(self.not_json());
        }
        if self.format.is_some() {
            if self.read_rows {
                return Err(ImportError::WrongShape { reason: "both \"rows\" and a \"format\"".into() });
            }
            self.check_format()?;
            if self.version.is_none() {
                return Err(ImportError::UnsupportedVersion { found: 0 });
            }
            if !self.read_responses {
                return Err(ImportError::WrongShape { reason: "missing field `responses`".into() });
            }
            return Ok(());
        }
        if self.read_rows {
            Ok(())
        } else if self.rows_not_a_list {
            Err(ImportError::WrongShape { reason: "a CouchDB listing whose rows cannot be read".into() })
        } else {
            Err(no_format())
        }
    }

    /// The next element of the list the reader is in, or `None` at its end (the outline then
    /// continues).
    fn next_element(&mut self, list: List, first: bool) -> Result<Option<ReadItem>, ImportError> {
        let mut first = first;
        loop {
            match self.peek() {
                Some(b']') => {
                    self.advance(1);
                    self.state = State::Members { first: false };
                    return Ok(None);
                }
                Some(b',') if !first => self.advance(1),
                Some(_) if first => {}
                _ => return Err(self.not_json()),
            }
            if self.peek().is_none() {
                return Err(self.not_json());
            }
            self.state = State::Elements { list, first: false };
            first = false;
            let (text, start) = self.take_value()?;
            match list {
                List::Responses => {
                    return match serde_json::from_str::<Response>(&text) {
                        Ok(response) => Ok(Some(ReadItem::Response(response))),
                        // Well-formed JSON (serde reads numbers out of range as nothing in
                        // particular): this response alone is left out.
                        Err(error) if serde_json::from_str::<serde::de::IgnoredAny>(&text).is_ok() => {
                            Ok(Some(ReadItem::Unreadable(unreadable(&error, start))))
                        }
                        Err(error) => Err(Self::element_error(&error, start, |reason| reason)),
                    };
                }
                List::Rows => {
                    let row = serde_json::from_str::<ListingRow>(&text).map_err(|error| {
                        Self::element_error(&error, start, |_| "a CouchDB listing whose rows cannot be read".into())
                    })?;
                    if skipped_without_a_word(&row.id) {
                        continue;
                    }
                    return Ok(Some(match row.doc.and_then(|doc| response_of_document(doc.get())) {
                        Some(response) => ReadItem::Response(response),
                        None => ReadItem::NotResponse(row.id),
                    }));
                }
            }
        }
    }
}

/// Why the response that began at `start` could not be read, placed in the whole file.
fn unreadable(error: &serde_json::Error, start: (usize, usize)) -> crate::response::ResponseError {
    let reason = error.to_string();
    let (line, column) = match error.line() {
        0 | 1 => (start.0, start.1 + error.column().saturating_sub(1)),
        line => (start.0 + line - 1, error.column()),
    };
    crate::response::ResponseError::Unreadable {
        line,
        column,
        reason: reason.split(" at line ").next().unwrap_or(&reason).to_owned(),
    }
}

fn no_format() -> ImportError {
    ImportError::WrongShape { reason: "no \"format\": \"partnership-pulse/responses\"".into() }
}

impl<S: TextSource> Iterator for ResponseReader<S> {
    type Item = Result<ReadItem, ImportError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Err(error) = self.read_outline() {
                self.state = State::Done;
                return Some(Err(error));
            }
            let State::Elements { list, first } = self.state else { return None };
            match self.next_element(list, first) {
                Ok(Some(item)) => return Some(Ok(item)),
                Ok(None) => continue,
                Err(error) => {
                    self.state = State::Done;
                    return Some(Err(error));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "{\"format\": \"partnership-pulse/responses\", \"version\": 1, \"responses\": [\n\
        {\"id\":\"a\",\"survey_id\":\"s\",\"survey_version\":1,\"group\":\"carers – and \\\"friends\\\" }]\",\"submitted\":\"2026\",\"answers\":{\"T1\":4}},\n\
        {\"id\":\"b\",\"survey_id\":\"s\",\"survey_version\":1,\"group\":\"staff\",\"submitted\":\"2026\",\"answers\":{\"O1\":\"{[\"}}\n]}\n";

    fn ids(text: &str, piece: usize) -> Result<Vec<String>, ImportError> {
        ResponseReader::new(StrPieces::sized(text, piece))
            .map(|item| match item? {
                ReadItem::Response(response) => Ok(response.id),
                ReadItem::NotResponse(id) => Ok(format!("not {id}")),
                ReadItem::Unreadable(why) => Ok(format!("unreadable: {why}")),
            })
            .collect()
    }

    #[test]
    fn pieces_of_any_size_read_the_same_responses() {
        // Pieces as small as 4 bytes split keys, strings with escaped quotes and brackets, and
        // the three bytes of "–"; the responses read are those of the whole file every time.
        for piece in 4..64 {
            assert_eq!(ids(FILE, piece).unwrap(), ["a", "b"], "pieces of {piece} bytes");
        }
    }

    #[test]
    fn the_outline_may_come_in_any_order() {
        let text = "{\"responses\": [], \"note\": {\"x\": [1, 2]}, \"version\": 1, \"format\": \"partnership-pulse/responses\"}";
        assert_eq!(ids(text, 7).unwrap(), Vec::<String>::new());
        let late_wrong_format = "{\"responses\": [], \"version\": 1, \"format\": \"other\"}";
        assert!(matches!(ids(late_wrong_format, 7), Err(ImportError::WrongShape { .. })));
    }

    #[test]
    fn a_problem_inside_a_response_is_placed_in_the_whole_file() {
        // The second response (line 3) has a stray `x` after its survey id: serde, reading the
        // whole file, would place it at the same line and column.
        let broken = FILE.replace(
            "\"survey_id\":\"s\",\"survey_version\":1,\"group\":\"staff\"",
            "\"survey_id\":\"s\"x,\"group\":\"staff\"",
        );
        let whole = serde_json::from_str::<serde_json::Value>(&broken).unwrap_err();
        assert_eq!(ids(&broken, 16), Err(ImportError::NotJson { line: whole.line(), column: whole.column() }));
        assert_eq!(whole.line(), 3);
    }

    #[test]
    fn text_after_the_file_or_a_file_cut_short_is_not_json() {
        assert!(matches!(ids(&format!("{FILE} ]"), 8), Err(ImportError::NotJson { line: 5, .. })));
        assert!(matches!(ids(&FILE[..FILE.len() - 6], 8), Err(ImportError::NotJson { .. })));
        assert!(matches!(ids("", 8), Err(ImportError::NotJson { .. })));
        // Prose that happens to start like `true`, and a bare number.
        assert_eq!(ids("these are my notes", 8), Err(ImportError::NotJson { line: 1, column: 2 }));
        assert!(matches!(ids("42", 8), Err(ImportError::WrongShape { .. })));
    }

    #[test]
    fn a_response_that_is_json_but_not_a_response_is_left_out_alone() {
        // The first response's T1 is `true` (not on a scale); the second's is 1e309, a number
        // no f64 holds, which serde calls a syntax error but is JSON all the same. Before, either
        // refused the whole file ("not JSON" for the second).
        for (bad, reason) in [("true", "invalid type: boolean `true`"), ("1e309", "number out of range")] {
            let file = FILE.replacen("\"T1\":4", &format!("\"T1\":{bad}"), 1);
            let read = ids(&file, 9).unwrap();
            assert_eq!(read.len(), 2);
            assert!(read[0].starts_with("unreadable: The response at line 2, column "), "{}", read[0]);
            assert!(read[0].contains(reason), "{}", read[0]);
            assert_eq!(read[1], "b", "the good response is still read");
        }
        // Where the element is not JSON at all, the file is not either.
        let broken = FILE.replacen("\"T1\":4", "\"T1\":4x", 1);
        assert!(matches!(ids(&broken, 9), Err(ImportError::NotJson { line: 2, .. })));
    }

    #[test]
    fn a_file_that_gives_a_member_twice_is_refused() {
        let twice = FILE.replacen("\"version\": 1,", "\"version\": 1, \"responses\": [],", 1);
        assert_eq!(ids(&twice, 11), Err(ImportError::WrongShape { reason: "\"responses\" given twice".into() }));
        let format_twice =
            FILE.replacen("\"version\": 1,", "\"version\": 1, \"format\": \"partnership-pulse/responses\",", 1);
        assert!(matches!(ids(&format_twice, 11), Err(ImportError::WrongShape { .. })));
    }

    #[test]
    fn the_reader_holds_a_piece_and_one_response_not_the_file() {
        let response = "{\"id\":\"r\",\"survey_id\":\"s\",\"survey_version\":1,\"group\":\"g\",\"submitted\":\"d\",\"answers\":{}}";
        let text = format!(
            "{{\"format\":\"partnership-pulse/responses\",\"version\":1,\"responses\":[{}]}}",
            vec![response; 2_000].join(",")
        );
        let mut reader = ResponseReader::new(StrPieces::sized(&text, 1024));
        let mut most = 0;
        while let Some(item) = reader.next() {
            assert!(item.is_ok());
            most = most.max(reader.buffer.len());
        }
        // The file is about 190 KB; the reader never held more than a piece and what was left of
        // the one before (under two pieces).
        assert!(text.len() > 150_000);
        assert!(most < 2 * 1024, "held {most} bytes");
    }
}
