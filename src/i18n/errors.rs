//! The problems a respondent can meet, in the language shown: the domain's errors keep their
//! English `Display` (for logs, files and the command line); these say the same in a language.

use super::messages::Msg;
use super::texts::{Arg, Texts};
use crate::embed::EmbedError;
use crate::setup::{LinkError, MAX_SETUP_BYTES};
use crate::store::StoreError;

/// A storage problem in words.
pub fn store_error_words(texts: &Texts, error: &StoreError) -> String {
    match error {
        StoreError::Unavailable => texts.get(Msg::StoreUnavailable),
        StoreError::Full => texts.get(Msg::StoreFull),
        StoreError::Unreadable { key, kept_as } => {
            texts.format(Msg::StoreUnreadable, &[("key", Arg::Text(key)), ("kept_as", Arg::Text(kept_as))])
        }
        StoreError::SomeUnreadable { count, kept_as } => {
            texts.format(Msg::StoreSomeUnreadable, &[("count", (*count).into()), ("kept_as", Arg::Text(kept_as))])
        }
        StoreError::NotEncodable => texts.get(Msg::StoreNotEncodable),
        StoreError::NotMoved => texts.get(Msg::StoreNotMoved),
    }
}

/// A share link's problem in words.
pub fn link_error_words(texts: &Texts, error: &LinkError) -> String {
    match error {
        LinkError::NotASetUpLink => texts.get(Msg::LinkNotASetUp),
        LinkError::Damaged => texts.get(Msg::LinkDamaged),
        LinkError::WrongShape(reason) => texts.format(Msg::LinkWrongShape, &[("reason", Arg::Text(reason))]),
        LinkError::TooLarge => texts.format(Msg::LinkTooLarge, &[("kilobytes", (MAX_SETUP_BYTES / 1024).into())]),
    }
}

/// Why a survey could not be opened, in words. The problems only a host's developer meets
/// (an unknown mode or theme, a bad parent origin, no element) stay in English.
pub fn open_error_words(texts: &Texts, error: &EmbedError) -> String {
    match error {
        EmbedError::SurveyUnavailable { url, reason } => {
            texts.format(Msg::SurveyUnavailable, &[("address", Arg::Text(url)), ("reason", Arg::Text(reason))])
        }
        EmbedError::ForeignSurvey(url) => texts.format(Msg::SurveyElsewhere, &[("address", Arg::Text(url))]),
        EmbedError::NotSavedHere(id) => texts.format(Msg::SurveyNotSetUpHere, &[("survey", Arg::Text(id))]),
        EmbedError::BadLink(error) => link_error_words(texts, error),
        EmbedError::Storage(error) => store_error_words(texts, error),
        other => other.to_string(),
    }
}
