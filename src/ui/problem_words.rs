//! The problems a respondent can meet, in the language shown: the domain's errors keep their
//! English `Display` (for logs, files and the command line); these say the same in a language.

use crate::embed::EmbedError;
use crate::i18n::{Arg, Texts};
use crate::i18n::{MessageSet, Msg, SetupMsg};
use crate::setup::{LinkError, MAX_SETUP_BYTES};
use crate::store::StoreError;

/// A page's message set that words this device's storage problems (each page carries its own,
/// so that a page downloads only its own words).
pub trait StoreMessages: MessageSet {
    /// Storage unavailable, full, a record unreadable, some responses unreadable, data not
    /// encodable, earlier data not moved, storage blocked by another tab, storage of a newer
    /// release, earlier data differing from what is stored.
    const STORE: [Self; 9];
}

impl StoreMessages for Msg {
    const STORE: [Msg; 9] = [
        Msg::StoreUnavailable,
        Msg::StoreFull,
        Msg::StoreUnreadable,
        Msg::StoreSomeUnreadable,
        Msg::StoreNotEncodable,
        Msg::StoreNotMoved,
        Msg::StoreBlocked,
        Msg::StoreNewerRelease,
        Msg::StoreDiffers,
    ];
}

impl StoreMessages for SetupMsg {
    const STORE: [SetupMsg; 9] = [
        SetupMsg::StoreUnavailable,
        SetupMsg::StoreFull,
        SetupMsg::StoreUnreadable,
        SetupMsg::StoreSomeUnreadable,
        SetupMsg::StoreNotEncodable,
        SetupMsg::StoreNotMoved,
        SetupMsg::StoreBlocked,
        SetupMsg::StoreNewerRelease,
        SetupMsg::StoreDiffers,
    ];
}

/// A storage problem in words.
pub fn store_error_words<M: StoreMessages>(texts: &Texts<M>, error: &StoreError) -> String {
    let [unavailable, full, unreadable, some_unreadable, not_encodable, not_moved, blocked, newer, differs] = M::STORE;
    match error {
        StoreError::Unavailable => texts.get(unavailable),
        StoreError::Full => texts.get(full),
        StoreError::Unreadable { key, kept_as } => {
            texts.format(unreadable, &[("key", Arg::Text(key)), ("kept_as", Arg::Text(kept_as))])
        }
        StoreError::Differs { key, kept_as } => {
            texts.format(differs, &[("key", Arg::Text(key)), ("kept_as", Arg::Text(kept_as))])
        }
        StoreError::SomeUnreadable { count, kept_as } => {
            texts.format(some_unreadable, &[("count", (*count).into()), ("kept_as", Arg::Text(kept_as))])
        }
        StoreError::NotEncodable => texts.get(not_encodable),
        StoreError::NotMoved => texts.get(not_moved),
        StoreError::Blocked => texts.get(blocked),
        StoreError::NewerRelease => texts.get(newer),
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
