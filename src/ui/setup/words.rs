//! What the set-up page tells the facilitator, in the page's language: the domain's notices and
//! errors keep their English `Display` (for logs, files and the command line); these say the
//! same in a language. A test keeps the English identical.

use crate::i18n::SetupMsg as M;
use crate::i18n::{Arg, Texts};
use crate::services::Published;
use crate::setup::{EditError, LinkError, Notice, ThresholdEntry, TranslationProblem, MAX_SETUP_BYTES};
use crate::setup::{MAX_THRESHOLD, MIN_THRESHOLD};
use crate::survey::AddressError;
use crate::survey::{Place, SurveyError};

type SetupTexts = Texts<M>;

/// Why the threshold field shows something other than what was typed (empty when it does not).
pub fn threshold_words(texts: &SetupTexts, entry: ThresholdEntry) -> String {
    let (minimum, maximum) = (("minimum", MIN_THRESHOLD.into()), ("maximum", MAX_THRESHOLD.into()));
    match entry {
        ThresholdEntry::Taken(_) => String::new(),
        ThresholdEntry::Raised { typed } => texts.format(M::ThresholdRaised, &[("typed", typed.into()), minimum]),
        ThresholdEntry::Lowered { typed } => texts.format(M::ThresholdLowered, &[("typed", typed.into()), maximum]),
        ThresholdEntry::NotANumber { kept } => {
            texts.format(M::ThresholdNotANumber, &[minimum, maximum, ("kept", kept.into())])
        }
    }
}

/// Why an edit was refused.
pub fn edit_error_words(texts: &SetupTexts, error: &EditError) -> String {
    match error {
        EditError::Empty("group") => texts.get(M::TypeGroupName),
        EditError::Empty("partner") => texts.get(M::TypePartnerName),
        EditError::Empty(_) => texts.get(M::TypeStatement),
        EditError::Duplicate(name) => texts.format(M::AlreadyInList, &[("name", Arg::Text(name))]),
        EditError::Threshold => {
            texts.format(M::ThresholdRange, &[("minimum", MIN_THRESHOLD.into()), ("maximum", MAX_THRESHOLD.into())])
        }
        EditError::GroupQuestionRequired => texts.get(M::GroupQuestionRequired),
        EditError::LastGroup => texts.get(M::LastGroup),
        EditError::NoSuchEntry => texts.get(M::NoSuchEntry),
        EditError::TooLong { limit, .. } => texts.format(M::WaveTooLong, &[("limit", (*limit).into())]),
        EditError::ListFull { what, limit } => {
            let msg = match *what {
                "invitations" => M::TooManyInvitations,
                what if what.contains("group") => M::TooManyGroups,
                _ => M::TooManyPartners,
            };
            texts.format(msg, &[("limit", (*limit).into())])
        }
        EditError::Address(error) => texts.get(match error {
            AddressError::NotHttps => M::AddressNotHttps,
            AddressError::NoServer => M::AddressNoServer,
            AddressError::HasCredentials => M::AddressHasCredentials,
            AddressError::HasQueryOrFragment => M::AddressHasQuery,
            AddressError::BadCharacter => M::AddressBadCharacter,
            AddressError::TooLong => M::AddressTooLong,
        }),
    }
}

/// What the facilitator is told after an action.
pub fn notice_words(texts: &SetupTexts, notice: &Notice) -> String {
    fn survey(name: &str) -> (&'static str, Arg<'_>) {
        ("survey", Arg::Text(name))
    }
    match notice {
        Notice::Refused(error) => edit_error_words(texts, error),
        Notice::NewVersion(version) => texts.format(M::NoticeNewVersion, &[("version", (*version).into())]),
        Notice::NextWave => texts.get(M::NoticeNextWave),
        Notice::Imported(name) => texts.format(M::NoticeImported, &[survey(name)]),
        Notice::AlreadyHere(name) => texts.format(M::NoticeAlreadyHere, &[survey(name)]),
        Notice::Deleted(name) => texts.format(M::NoticeDeleted, &[survey(name)]),
        Notice::SameId { name, id } => texts.format(M::NoticeSameId, &[survey(name), ("id", Arg::Text(id))]),
        Notice::ImportedAsVersion { name, version } => {
            texts.format(M::NoticeImportedAsVersion, &[survey(name), ("version", (*version).into())])
        }
        Notice::ImportedSeparately { name, id } => {
            texts.format(M::NoticeImportedSeparately, &[survey(name), ("id", Arg::Text(id))])
        }
        Notice::ImportCancelled => texts.get(M::NoticeImportCancelled),
        Notice::Sealed => texts.get(M::NoticeSealed),
        Notice::KeyRestored => texts.get(M::NoticeKeyRestored),
        Notice::KeyNotThisSurveys => texts.get(M::NoticeKeyNotThisSurveys),
    }
}

/// Why a translation file was refused, one problem.
pub fn translation_problem_words(texts: &SetupTexts, problem: &TranslationProblem) -> String {
    fn key(key: &str) -> [(&'static str, Arg<'_>); 1] {
        [("key", Arg::Text(key))]
    }
    match problem {
        TranslationProblem::NotATranslationFile(reason) => {
            texts.format(M::NotATranslationFile, &[("reason", Arg::Text(reason))])
        }
        TranslationProblem::OtherSurvey { expected, found } => {
            texts.format(M::TranslatesOtherSurvey, &[("expected", Arg::Text(expected)), ("found", Arg::Text(found))])
        }
        TranslationProblem::LanguageNotOffered(language) => {
            texts.format(M::LanguageNotOffered, &[("language", Arg::Text(language))])
        }
        TranslationProblem::Missing(name) => texts.format(M::TranslationMissing, &key(name)),
        TranslationProblem::Extra(name) => texts.format(M::TranslationExtra, &key(name)),
        TranslationProblem::Empty(name) => texts.format(M::TranslationEmpty, &key(name)),
    }
}

/// What to put right before a survey can be shared, one sentence each, each once (the
/// validator's other findings, about a survey file's insides, stay in its English).
pub fn share_problem_words(texts: &SetupTexts, errors: &[SurveyError]) -> Vec<String> {
    let mut sentences: Vec<String> = Vec::new();
    for error in errors {
        let sentence = match error {
            SurveyError::NoPartners { .. } => texts.get(M::AddAPartner),
            SurveyError::NoGroups => texts.get(M::AddAGroup),
            SurveyError::EmptyLabel { place: Place::Survey, field: "title", .. } => texts.get(M::GiveATitle),
            other => other.to_string(),
        };
        if !sentences.contains(&sentence) {
            sentences.push(sentence);
        }
    }
    sentences
}

/// Why the share link could not be made.
pub fn share_link_error_words(texts: &SetupTexts, error: &LinkError) -> String {
    match error {
        LinkError::TooLarge => texts.format(M::LinkTooLarge, &[("kilobytes", (MAX_SETUP_BYTES / 1024).into())]),
        // Only a link being read meets the others.
        other => other.to_string(),
    }
}

/// What the page says once a survey was published.
pub fn published_survey_words(
    texts: &SetupTexts,
    published: Published,
    title: &str,
    version: u32,
    database: &str,
) -> String {
    let msg = match published {
        Published::New => M::PublishedNew,
        Published::Unchanged => M::PublishedUnchanged,
        Published::Replaced => M::PublishedReplaced,
    };
    texts.format(msg, &[("title", Arg::Text(title)), ("version", version.into()), ("database", Arg::Text(database))])
}

/// What a second facilitator's device says after opening a published survey.
pub fn opened_survey_words(texts: &SetupTexts, title: &str, version: u32, database: &str) -> String {
    texts.format(
        M::OpenedSurvey,
        &[("title", Arg::Text(title)), ("version", version.into()), ("database", Arg::Text(database))],
    )
}
