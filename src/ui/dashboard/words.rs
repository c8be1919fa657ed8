//! What the dashboard tells the facilitator about imports and themes, in the page's language:
//! the domain's reports keep their English `Display` (for logs and the command line); these say
//! the same in a language, a test keeping the English identical. The reasons a single response
//! or file was refused stay in the domain's English, like a survey definition's problems.

use crate::i18n::{Arg, Texts};
use crate::i18n::{DashMsg as M, Msg};
use crate::services::{Added, ImportProblem, Progress, SyncReport, NAMED_SKIPPED};
use crate::themes::ThemeError;
use crate::ui::problem_words::store_error_words;

/// Why a change to the themes was refused.
pub fn theme_error_words(texts: &Texts<M>, error: &ThemeError) -> String {
    match error {
        ThemeError::BlankName => texts.get(M::ThemeBlank),
        ThemeError::NameTooLong { limit } => texts.format(M::ThemeTooLong, &[("limit", (*limit).into())]),
        ThemeError::DuplicateName { name } => texts.format(M::ThemeDuplicate, &[("theme", Arg::Text(name))]),
        ThemeError::NoSuchTheme { name } => texts.format(M::ThemeGone, &[("theme", Arg::Text(name))]),
        ThemeError::MergeIntoItself { name } => texts.format(M::ThemeIntoItself, &[("theme", Arg::Text(name))]),
    }
}

/// The first [`NAMED_SKIPPED`] of `ids`, "and n more" after them.
fn named_ids(texts: &Texts<M>, ids: &[&str]) -> String {
    let named = ids.iter().take(NAMED_SKIPPED).copied().collect::<Vec<_>>().join(", ");
    if ids.len() > NAMED_SKIPPED {
        texts.format(M::IdsAndMore, &[("ids", Arg::Text(&named)), ("more", (ids.len() - NAMED_SKIPPED).into())])
    } else {
        named
    }
}

/// What one file or batch of codes added: how many stored and already here, documents skipped,
/// held in conflicting versions or sealed and not opened, and responses refused (each with the
/// domain's reason).
pub fn added_words(texts: &Texts<M>, added: &Added) -> String {
    let mut words =
        texts.format(M::AddedSummary, &[("added", added.added.into()), ("duplicates", added.duplicates.into())]);
    let lists: [(M, Vec<&str>); 3] = [
        (M::Skipped, added.not_responses.iter().map(String::as_str).collect()),
        (M::Conflicted, added.conflicted.iter().map(String::as_str).collect()),
        (M::Unopened, added.unopened.iter().map(|(id, _)| id.as_str()).collect()),
    ];
    for (message, ids) in lists.into_iter().filter(|(_, ids)| !ids.is_empty()) {
        words.push_str(
            &texts.format(message, &[("count", ids.len().into()), ("ids", Arg::Text(&named_ids(texts, &ids)))]),
        );
    }
    if added.refused.is_empty() {
        words.push_str(&texts.get(M::ReportEnd));
        return words;
    }
    words.push_str(&texts.format(M::RefusedHead, &[("count", (added.refused.len() + added.refused_more).into())]));
    for reason in &added.refused {
        words.push(' ');
        words.push_str(&reason.to_string());
    }
    if added.refused_more > 0 {
        words.push_str(&texts.format(M::RefusedMore, &[("more", added.refused_more.into())]));
    }
    words
}

/// Why nothing of a file or batch was stored (a storage problem in the app's words of `store`).
pub fn import_problem_words(texts: &Texts<M>, store: &Texts<Msg>, problem: &ImportProblem) -> String {
    match problem {
        ImportProblem::File(error) => texts.format(M::NotImported, &[("reason", Arg::Text(&error.to_string()))]),
        ImportProblem::NotRead => texts.get(M::NotReadByBrowser),
        ImportProblem::Locked => texts.get(M::NotImportedLocked),
        ImportProblem::Store(error) => {
            texts.format(M::NothingStored, &[("reason", Arg::Text(&store_error_words(store, error)))])
        }
    }
}

/// The sync's progress: receiving first ("Received 1,200 of 5,000 changes from the database;
/// 1,000 kept on this device…", the device storing a little behind), then sending.
pub fn progress_in_words(texts: &Texts<M>, progress: &Progress) -> String {
    if progress.to_send > 0 {
        return texts.format(M::SentProgress, &[("sent", progress.sent.into()), ("total", progress.to_send.into())]);
    }
    let received = match progress.to_receive {
        Some(total) => texts.format(M::ReceivedOf, &[("received", progress.received.into()), ("total", total.into())]),
        None => texts.format(M::ReceivedCount, &[("received", progress.received.into())]),
    };
    if progress.kept < progress.received {
        texts.format(M::KeptSoFar, &[("received", Arg::Text(&received)), ("kept", progress.kept.into())])
    } else {
        texts.format(M::StillGoing, &[("received", Arg::Text(&received))])
    }
}

/// "Live: 215 responses; the last arrived at 14:32:05." while the page follows a database.
pub fn live_line_words(texts: &Texts<M>, count: &str, last_arrival: Option<&str>) -> String {
    match last_arrival {
        Some(time) => texts.format(M::LiveAt, &[("count", Arg::Text(count)), ("time", Arg::Text(time))]),
        None => texts.format(M::LiveWaiting, &[("count", Arg::Text(count))]),
    }
}

/// What a whole sync did: what it received and sent, and each response the database refused.
pub fn sync_report_words(texts: &Texts<M>, report: &SyncReport) -> String {
    let received = added_words(texts, &report.received);
    let mut words =
        texts.format(M::SyncReportWords, &[("received", Arg::Text(&received)), ("sent", report.sent.into())]);
    for (id, reason) in &report.refused_by_server {
        words.push_str(&texts.format(M::ServerRefused, &[("id", Arg::Text(id)), ("reason", Arg::Text(reason))]));
    }
    words
}

/// Why a change to the agreed actions was refused.
pub fn action_error_words(texts: &Texts<M>, error: &crate::workshop::ActionError) -> String {
    use crate::workshop::ActionError as E;
    match error {
        E::BlankWhat => texts.get(M::ActionBlank),
        E::WhatTooLong { limit } => texts.format(M::ActionTooLong, &[("limit", (*limit).into())]),
        E::NoOwner => texts.get(M::ActionNoOwner),
        E::UnknownPartner { id } => texts.format(M::ActionUnknownPartner, &[("partner", Arg::Text(id))]),
        E::UnknownIndicator { id } => texts.format(M::ActionUnknownIndicator, &[("indicator", Arg::Text(id))]),
        E::NotADay => texts.get(M::ActionNotADay),
        E::TooMany { limit } => texts.format(M::ActionTooMany, &[("limit", (*limit).into())]),
        E::NoSuchAction { .. } => texts.get(M::ActionGone),
    }
}
