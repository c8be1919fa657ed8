//! What the facilitator reads while a sync runs and while the dashboard follows the database.

use crate::services::{Progress, Published};

/// `count` with thousands separated by commas (`12,345`), without float formatting.
pub fn thousands(count: usize) -> String {
    let digits = count.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// The sync's progress: receiving first ("Received 1,200 of 5,000 changes from the database;
/// 1,000 kept on this device…", the device storing a little behind), then sending.
pub fn progress_words(progress: &Progress) -> String {
    if progress.to_send > 0 {
        return format!(
            "Sent {} of {} responses to the database…",
            thousands(progress.sent),
            thousands(progress.to_send)
        );
    }
    let received = match progress.to_receive {
        Some(total) => {
            format!("Received {} of {} changes from the database", thousands(progress.received), thousands(total))
        }
        None => format!("Received {} changes from the database", thousands(progress.received)),
    };
    if progress.kept < progress.received {
        format!("{received}; {} kept on this device…", thousands(progress.kept))
    } else {
        format!("{received}…")
    }
}

/// The line a followed dashboard shows: how many responses it counts (`count`, as the figures
/// show it), and the time the last one arrived from the database since the page opened.
pub fn live_words(count: &str, last_arrival: Option<&str>) -> String {
    match last_arrival {
        Some(time) => format!("Live: {count} responses; the last arrived at {time}."),
        None => format!("Live: {count} responses; new ones appear as they reach the database."),
    }
}

/// What the set-up page says once `survey` was published to `database`.
pub fn published_words(published: Published, title: &str, version: u32, database: &str) -> String {
    match published {
        Published::New => format!(
            "Published version {version} of \"{title}\" to the database {database}. Another facilitator can open it from there: on their set-up page, \"Open a survey from a CouchDB database\"."
        ),
        Published::Unchanged => {
            format!("The database {database} already has version {version} of \"{title}\", exactly as it is here.")
        }
        Published::Replaced => format!(
            "Published: the database {database} now has this wording of version {version} of \"{title}\", in place of an earlier one."
        ),
    }
}

/// What a second facilitator's device says after opening a published survey.
pub fn opened_words(title: &str, version: u32, database: &str) -> String {
    format!(
        "Opened version {version} of \"{title}\" from the database {database}. This device syncs it with that database: its dashboard receives the responses when opened."
    )
}
