//! A survey's responses on this device: bringing them in from response files and codes (all of a
//! source's good responses stored in one write, or none), and taking them all out.

use crate::analytics::{AnalyticsError, FastSet};
use crate::response::{Response, ResponseChecker};
use crate::seal::{open_envelopes, SealCrypto, SealError, SealedResponse};
use crate::services::SyncTarget;
use crate::store::{
    add_packed, add_packed_as_made, response_record, to_json, AddError, Change, Collection, Record, RecordStore,
    StoreError,
};
use crate::survey::SurveyDefinition;
use crate::transfer::SealedResponseFile;
use crate::transfer::{decode_response, merge_responses, CodeError, ImportError, MAX_FILE_BYTES};
use crate::transfer::{ReadItem, ResponseReader, StrPieces, TextSource};

/// What one source (a file, or a batch of codes) added.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Added {
    /// Responses stored.
    pub added: usize,
    /// Responses already here (same id), counted once.
    pub duplicates: usize,
    /// Responses refused, each with its reason (the first [`NAMED_REFUSED`] of an import).
    pub refused: Vec<AnalyticsError>,
    /// Responses refused beyond those named in `refused`, counted only (a file of another
    /// survey's responses must not become a report of 100,000 reasons).
    pub refused_more: usize,
    /// The good responses of the source (new ones, and any the device already had), for the
    /// dashboards to take in without reading the store again; they count each id once.
    pub responses: Vec<Response>,
    /// Documents of a CouchDB listing that are not responses, skipped (their ids).
    pub not_responses: Vec<String>,
    /// Sealed responses that did not open (their ids and why), kept aside on the device.
    pub unopened: Vec<(String, crate::seal::SealError)>,
    /// Responses the database holds in conflicting versions (their ids): one was replaced.
    pub conflicted: Vec<String>,
    /// Set when the source brought more good responses than an import hands back
    /// ([`HANDED_BACK`]): `responses` is then empty, and a dashboard reads them from the store.
    pub more_in_store: bool,
}

impl Added {
    /// Counts a refused response, named with its reason while fewer than [`NAMED_REFUSED`] are.
    fn refuse(&mut self, why: AnalyticsError) {
        if self.refused.len() < NAMED_REFUSED {
            self.refused.push(why);
        } else {
            self.refused_more += 1;
        }
    }
}

/// How many refused responses an import's report names, each with its reason, before it counts
/// the rest.
pub const NAMED_REFUSED: usize = 20;

/// How many skipped documents a report names before it says "and n more".
pub const NAMED_SKIPPED: usize = 5;

/// Why nothing of a source was stored.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportProblem {
    /// The file is not a readable response file.
    File(ImportError),
    /// The browser could not hand over the file's text.
    NotRead,
    /// The device's storage could not be read or written; nothing was changed.
    Store(StoreError),
    /// A sealed response file, and the survey's key is not unlocked on this page.
    Locked,
}

/// Checks `incoming` against the survey and stores the good ones in one transaction; the store
/// keeps a response it already has (another tab's, an earlier import's) as it is, and those are
/// counted as already here; the changes `with` are made in the same transaction. The stored
/// responses are never all read for this, so an import takes as long as its file, however many
/// responses the device holds.
pub(crate) async fn store_new<S: RecordStore>(
    store: &S,
    survey: &SurveyDefinition,
    incoming: Vec<Response>,
    with: Vec<Change>,
) -> Result<Added, StoreError> {
    let merge = merge_responses(survey, &[], incoming);
    let records = merge.added.iter().map(response_record).collect::<Result<Vec<_>, _>>()?;
    let added =
        if records.is_empty() && with.is_empty() { 0 } else { add_packed(store, &survey.id, records, with).await? };
    let already = merge.added.len() - added;
    Ok(Added {
        added,
        duplicates: merge.duplicates + already,
        refused: merge.refused,
        responses: merge.added,
        ..Added::default()
    })
}

/// Keeps a sealed response that did not open, with why, in the kept-aside collection: never
/// dropped, and there to open should the right key come (`sealed:<response id>`, listed with
/// the responses' kept-aside records).
pub(crate) fn keep_sealed_aside(envelope: &SealedResponse, reason: &SealError) -> Result<Change, StoreError> {
    // `{"reason": …, "envelope": …}`, spliced from the envelope's own JSON (written as it is sent).
    let value = format!("{{\"reason\":{},\"envelope\":{}}}", to_json(&reason.to_string())?, to_json(envelope)?);
    let key = format!("sealed:{}", envelope.id);
    Ok(Change::Put(Collection::KeptAside, Record::new(&key, Collection::Responses.name(), value)))
}

/// Opens the responses of a sealed response file with the survey's unlocked key (`None`: locked)
/// and stores the new ones; those that do not open are kept aside with why, and counted.
pub async fn import_sealed_file<S: RecordStore, K: SealCrypto>(
    store: &S,
    target: &SyncTarget<'_, K>,
    file: SealedResponseFile,
) -> Result<Added, ImportProblem> {
    let Some(private) = target.private else { return Err(ImportProblem::Locked) };
    let (opened, unopened) = open_envelopes(target.crypto, private, file.sealed).await;
    // The opened responses and the unopened ones kept aside: one transaction, all or none.
    let aside =
        unopened.iter().map(|(envelope, reason)| keep_sealed_aside(envelope, reason)).collect::<Result<Vec<_>, _>>();
    let aside = aside.map_err(ImportProblem::Store)?;
    let mut added = store_new(store, target.survey, opened, aside).await.map_err(ImportProblem::Store)?;
    added.unopened = unopened.into_iter().map(|(envelope, reason)| (envelope.id, reason)).collect();
    Ok(added)
}

/// Reads the text of a response file (or a CouchDB listing) and stores its new responses; on any
/// problem nothing is stored.
pub async fn import_file_text<S: RecordStore>(
    store: &S,
    survey: &SurveyDefinition,
    text: Option<&str>,
) -> Result<Added, ImportProblem> {
    let text = text.ok_or(ImportProblem::NotRead)?;
    if text.len() > MAX_FILE_BYTES {
        return Err(ImportProblem::File(ImportError::TooLarge { bytes: text.len() }));
    }
    import_file(store, survey, StrPieces::new(text)).await
}

/// How many of a source's new responses an import hands back with its report, for a dashboard to
/// take in without reading the store; a source that adds more hands back none, and the
/// dashboard reads the store instead (a batch at a time), so that a big file's responses are
/// never all held at once.
pub const HANDED_BACK: usize = 2_000;

/// Reads a response file (or a CouchDB listing) from `source` a response at a time, checking each
/// against the survey as it is read and storing it at once, all in one transaction: on any
/// problem — the file unreadable halfway, storage full — nothing is stored. Its memory is a
/// piece of the text and one response, whatever the file's size, and the ids seen (to count a
/// response repeated within the file once).
pub async fn import_file<S: RecordStore, T: TextSource>(
    store: &S,
    survey: &SurveyDefinition,
    source: T,
) -> Result<Added, ImportProblem> {
    let checker = ResponseChecker::new(survey);
    let mut reader = ResponseReader::new(source);
    let mut seen = FastSet::default();
    let (mut report, mut made, mut handed_back) = (Added::default(), 0usize, Vec::new());
    let stored = add_packed_as_made(store, &survey.id, Vec::new(), || loop {
        let response = match reader.next()? {
            Ok(ReadItem::Response(response)) => response,
            Ok(ReadItem::NotResponse(id)) => {
                report.not_responses.push(id);
                continue;
            }
            Ok(ReadItem::Unreadable(why)) => {
                report.refuse(why.into());
                continue;
            }
            Err(error) => return Some(Err(ImportProblem::File(error))),
        };
        if let Err(error) = checker.check(survey, &response) {
            report.refuse(error.into());
            continue;
        }
        if !seen.insert(response.id.clone()) {
            report.duplicates += 1;
            continue;
        }
        let record = match response_record(&response) {
            Ok(record) => record,
            Err(error) => return Some(Err(ImportProblem::Store(error))),
        };
        made += 1;
        if made <= HANDED_BACK {
            handed_back.push(response);
        } else {
            handed_back = Vec::new();
        }
        return Some(Ok(record));
    })
    .await;
    let added = stored.map_err(|error| match error {
        AddError::Maker(problem) => problem,
        AddError::Store(error) => ImportProblem::Store(error),
    })?;
    report.added = added;
    // Responses the device already had (another tab's, an earlier import's) are counted as here.
    report.duplicates += made - added;
    report.more_in_store = made > HANDED_BACK;
    report.responses = handed_back;
    Ok(report)
}

/// What a batch of typed or pasted codes did.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeImport {
    /// The codes that could not be read: their line among the non-empty lines (from 1), and why.
    pub unreadable: Vec<(usize, CodeError)>,
    /// What the readable codes added (`None` when no code could be read).
    pub stored: Option<Result<Added, StoreError>>,
}

impl CodeImport {
    /// Whether every code was read and stored, so the typed text can be cleared.
    pub fn all_taken(&self) -> bool {
        self.unreadable.is_empty() && matches!(self.stored, Some(Ok(_)))
    }
}

/// Reads codes, one per line, and stores the responses of those that fit in one transaction.
pub async fn import_codes<S: RecordStore>(store: &S, survey: &SurveyDefinition, text: &str) -> CodeImport {
    let mut unreadable = Vec::new();
    let mut decoded = Vec::new();
    for (number, code) in text.lines().map(str::trim).filter(|line| !line.is_empty()).enumerate() {
        match decode_response(survey, code) {
            Ok(response) => decoded.push(response),
            Err(error) => unreadable.push((number + 1, error)),
        }
    }
    let stored = if decoded.is_empty() { None } else { Some(store_new(store, survey, decoded, Vec::new()).await) };
    CodeImport { unreadable, stored }
}
