//! Moving responses between devices without a server: reading response files and bundles with a
//! report of what was added, repeated or refused, and exporting responses as JSON or CSV.
//! Plain Rust, tested natively.

mod code;
mod csv;
mod import;

pub use code::{decode_response, encode_response, frame_code, CodeError};
pub use csv::responses_csv;
pub use import::{merge_responses, read_response_file, ImportError, Merge, MAX_FILE_BYTES};
