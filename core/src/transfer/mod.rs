//! The formats that carry responses between devices without a server, together: the response
//! file (`file.rs`), response codes (`code.rs`) and the responses CSV (`csv.rs`), and reading files
//! and bundles with a report of what was added, repeated or refused (`import.rs`), CouchDB's
//! listing of a responses database among them (`couch_listing.rs`, each document read by
//! `couch_document.rs`, which the sync's changes feed shares). Plain Rust,
//! tested natively. (The survey definition's format is in `survey/load.rs`, the share link's in
//! `setup/link.rs`, the figures CSV in `dashboard/csv.rs`; docs/formats/ documents each.)

mod code;
mod couch_document;
mod couch_listing;
mod csv;
mod file;
mod import;
mod stream;

pub use code::{decode_response, encode_response, frame_code, CodeError};
pub use couch_document::{
    is_survey_document, response_of_document, sealed_of_document, survey_document_id, SURVEY_DOCUMENT_PREFIX,
};
pub(crate) use couch_listing::listing_rows;
pub use couch_listing::read_couch_listing;
pub use csv::{csv_field, responses_csv, CsvRows};
pub use file::{ResponseFile, SealedResponseFile};
pub use import::{merge_responses, read_import, read_response_file, ImportError, Incoming, Merge, MAX_FILE_BYTES};
pub use stream::{ReadItem, ResponseReader, StrPieces, TextSource, PIECE_BYTES};
