//! Survey definitions kept in a survey's responses database, so that a second facilitator's
//! device opens the same survey (same id and version) from it: one document per version, whose
//! `_id` (`survey:<survey id>:<version>`) can never be a response's (a response id has no colon).
//! The database's design document lets only facilitators write them (docs/operating/workshops.md).

use crate::seal::WrappedKey;
use crate::survey::{load_survey, SurveyDefinition, SurveyError};
use crate::transfer::{is_survey_document, listing_rows, survey_document_id, SURVEY_DOCUMENT_PREFIX};
use crate::workshop::ActionPlan;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// `text` escaped for an address's path or query (every byte but letters, digits and `-_.~`).
pub fn percent_encoded(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            out.push(byte as char);
        } else {
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            out.push('%');
            out.push(HEX[usize::from(byte >> 4)] as char);
            out.push(HEX[usize::from(byte & 15)] as char);
        }
    }
    out
}

/// The address of the survey document `document_id` (for writing it).
pub fn survey_document_url(database_url: &str, document_id: &str) -> String {
    format!("{database_url}/{}", percent_encoded(document_id))
}

/// The address of the listing of every survey published in the database, with their documents.
pub fn published_surveys_url(database_url: &str) -> String {
    // Keys are ordered by code point, so every id that starts with the prefix lies between it and
    // the prefix followed by the highest character there is.
    let start = percent_encoded(&format!("\"{SURVEY_DOCUMENT_PREFIX}\""));
    let end = percent_encoded(&format!("\"{SURVEY_DOCUMENT_PREFIX}\u{fff0}\""));
    format!("{database_url}/_all_docs?include_docs=true&startkey={start}&endkey={end}")
}

/// The address of the listing holding only the document `document_id` (an empty listing when the
/// database does not have it, rather than a 404 that could also mean a missing database).
pub fn published_survey_url(database_url: &str, document_id: &str) -> String {
    let key = percent_encoded(&format!("\"{document_id}\""));
    format!("{database_url}/_all_docs?include_docs=true&key={key}")
}

#[derive(Serialize)]
struct Outgoing<'a> {
    _id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    _rev: Option<&'a str>,
    survey_id: &'a str,
    survey_version: u32,
    definition: &'a SurveyDefinition,
    #[serde(skip_serializing_if = "Option::is_none")]
    key: Option<&'a WrappedKey>,
    #[serde(skip_serializing_if = "Option::is_none")]
    actions: Option<&'a ActionPlan>,
}

/// The document holding `survey`, for a sealed survey its private key wrapped under the
/// facilitators' passphrase (so a second facilitator's device can open its responses), and the
/// actions its workshops agreed; `rev` is the revision it replaces, when the database already
/// holds a different text of the same version.
pub fn survey_document_body(
    survey: &SurveyDefinition,
    key: Option<&WrappedKey>,
    actions: Option<&ActionPlan>,
    rev: Option<&str>,
) -> String {
    let document = Outgoing {
        _id: survey_document_id(&survey.id, survey.version),
        _rev: rev,
        survey_id: &survey.id,
        survey_version: survey.version,
        definition: survey,
        key,
        actions,
    };
    // Plain structs of strings and numbers always serialise.
    serde_json::to_string(&document).unwrap_or_default()
}

/// A survey found in the database.
#[derive(Clone, Debug, PartialEq)]
pub struct PublishedSurvey {
    /// The survey, validated like any imported survey file.
    pub definition: SurveyDefinition,
    /// Its wrapped private key, when it is sealed and the key was published with it (one that is
    /// not for the definition's public key is left out).
    pub key: Option<WrappedKey>,
    /// The actions agreed at its workshops, when they were published with it (a plan of another
    /// survey, or unreadable, is left out).
    pub actions: Option<ActionPlan>,
    /// The document's revision (needed to replace it).
    pub rev: String,
}

/// Why a survey document in the database could not be opened.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum UnreadableSurvey {
    /// The document has no definition and revision.
    #[error("it does not hold a survey definition.")]
    NotASurveyDocument,
    /// The definition is not a valid survey: every problem.
    #[error("{}", crate::survey::joined(.0))]
    Invalid(Vec<SurveyError>),
    /// The definition is another survey or version than the document's id names.
    #[error("it holds version {version} of the survey \"{id}\", not the one its id names.")]
    Misnamed { id: String, version: u32 },
}

/// The surveys a listing holds, and the documents among them that are not valid surveys.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PublishedListing {
    /// Valid surveys, in the listing's order (by id, then version as text).
    pub surveys: Vec<PublishedSurvey>,
    /// Survey documents that could not be opened, by id, with why.
    pub unreadable: Vec<(String, UnreadableSurvey)>,
}

#[derive(Deserialize)]
struct Incoming<'a> {
    _rev: String,
    #[serde(borrow)]
    definition: &'a RawValue,
    #[serde(borrow, default)]
    key: Option<&'a RawValue>,
    #[serde(borrow, default)]
    actions: Option<&'a RawValue>,
}

/// One survey document read.
fn read_document(id: &str, doc: &str) -> Result<PublishedSurvey, UnreadableSurvey> {
    let incoming = serde_json::from_str::<Incoming>(doc).map_err(|_| UnreadableSurvey::NotASurveyDocument)?;
    let definition = load_survey(incoming.definition.get()).map_err(UnreadableSurvey::Invalid)?;
    if survey_document_id(&definition.id, definition.version) != id {
        return Err(UnreadableSurvey::Misnamed { id: definition.id, version: definition.version });
    }
    let key = incoming.key.and_then(|key| serde_json::from_str::<WrappedKey>(key.get()).ok());
    let key = key.filter(|key| definition.seal_key.as_ref() == Some(&key.public_key) && key.parts().is_ok());
    let actions = incoming.actions.and_then(|actions| serde_json::from_str::<ActionPlan>(actions.get()).ok());
    let actions = actions.filter(|plan| plan.survey_id == definition.id && !plan.actions.is_empty());
    Ok(PublishedSurvey { definition, key, actions, rev: incoming._rev })
}

/// Reads a listing of survey documents (from [`published_surveys_url`] or
/// [`published_survey_url`]); an error when it is not a CouchDB listing. A document that is not a
/// valid survey, or not the survey and version its id names, is set aside with why.
pub fn read_published_surveys(text: &str) -> Result<PublishedListing, serde_json::Error> {
    let mut read = PublishedListing::default();
    for row in listing_rows(text)?.into_iter().filter(|row| is_survey_document(&row.id)) {
        let Some(doc) = row.doc else { continue };
        match read_document(&row.id, doc.get()) {
            Ok(survey) => read.surveys.push(survey),
            Err(why) => read.unreadable.push((row.id, why)),
        }
    }
    Ok(read)
}
