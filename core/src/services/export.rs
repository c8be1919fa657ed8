//! "Download all responses": every stored response as a file, written a pack at a time.

use crate::response::Response;
use crate::store::{read_responses_in_batches, to_json, RecordStore, StoreError};
use crate::survey::SurveyDefinition;
use crate::transfer::{CsvRows, ResponseFile};

/// The two forms "Download all responses" offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// A response file another device can import.
    Json,
    /// One row per response, for a spreadsheet.
    Csv,
}

/// What an export wrote, and what was set aside because it could not be read.
#[derive(Clone, Debug, PartialEq)]
pub struct Exported {
    /// Responses in the file.
    pub responses: usize,
    /// Set when some stored responses could not be read (they are kept aside, not in the file).
    pub set_aside: Option<StoreError>,
}

/// Every stored response of the survey as a file, handed to `write` a piece at a time (a
/// pack's worth of responses, in order): the file is the pieces joined. At 100,000 responses
/// the whole file is some 100 MB that the page's memory would keep for good once grown (a
/// WebAssembly memory never shrinks), so it is never held whole here. A storage problem is
/// returned — then the pieces written are no file, and nothing is offered — and responses set
/// aside are reported beside it.
pub async fn export_responses<S: RecordStore>(
    store: &S,
    survey: &SurveyDefinition,
    format: ExportFormat,
    mut write: impl FnMut(String),
) -> Result<Exported, StoreError> {
    let writer = match format {
        ExportFormat::Json => FileWriter::json(),
        ExportFormat::Csv => FileWriter::Csv(CsvRows::new(survey)),
    };
    write(writer.head());
    let (mut responses, mut failed) = (0, None);
    let set_aside = read_responses_in_batches(store, &survey.id, &mut |batch| {
        let first = responses == 0;
        responses += batch.len();
        match writer.piece(&batch, first) {
            Ok(piece) if failed.is_none() => write(piece),
            Ok(_) => {}
            Err(error) => failed = Some(error),
        }
    })
    .await?;
    if let Some(error) = failed {
        return Err(error);
    }
    write(writer.tail());
    Ok(Exported { responses, set_aside })
}

/// How each form's pieces are written.
enum FileWriter<'a> {
    /// A response file: what comes before its responses, and after them.
    Json {
        head: String,
        tail: String,
    },
    Csv(CsvRows<'a>),
}

impl FileWriter<'_> {
    fn json() -> FileWriter<'static> {
        // What `ResponseFile::to_json` writes around its responses (a test holds the two the
        // same), so the pieces joined are exactly the file of them all.
        let head = ["{\"format\":\"", ResponseFile::FORMAT, "\",\"version\":1,\"responses\":["].concat();
        FileWriter::Json { head, tail: "]}".to_owned() }
    }

    fn head(&self) -> String {
        match self {
            FileWriter::Json { head, .. } => head.clone(),
            FileWriter::Csv(rows) => rows.header(),
        }
    }

    /// The piece of `batch`; `first` when no response came before it.
    fn piece(&self, batch: &[Response], first: bool) -> Result<String, StoreError> {
        let mut piece = String::new();
        for (index, response) in batch.iter().enumerate() {
            match self {
                FileWriter::Json { .. } => {
                    if !(first && index == 0) {
                        piece.push(',');
                    }
                    piece.push_str(&to_json(response)?);
                }
                FileWriter::Csv(rows) => rows.push_row(response, &mut piece),
            }
        }
        Ok(piece)
    }

    fn tail(&self) -> String {
        match self {
            FileWriter::Json { tail, .. } => tail.clone(),
            FileWriter::Csv(_) => String::new(),
        }
    }
}
