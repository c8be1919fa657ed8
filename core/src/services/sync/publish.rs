//! Publishing a survey's definition to its responses database from the set-up page, and opening
//! one from there on a second facilitator's device: same id and version, so both devices' responses
//! are one survey's.

use super::{answered, CouchServer};
use crate::seal::WrappedKey;
use crate::store::{load_kept, save_kept, RecordStore, StoreError};
use crate::survey::SurveyDefinition;
use crate::sync::{
    connect, forget_sync, load_sync, published_survey_url, published_surveys_url, read_published_surveys,
    survey_document_body, survey_document_url, Connection, PublishedListing, SyncError,
};
use crate::transfer::survey_document_id;
use crate::workshop::ActionPlan;

/// What publishing did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Published {
    /// The database did not have this version; now it does.
    New,
    /// The database already had exactly this survey.
    Unchanged,
    /// The database had another text of this version (a wording changed since): replaced.
    Replaced,
}

/// How many times a publication is tried when another device writes the same version meanwhile.
const ATTEMPTS: usize = 3;

/// Puts `survey` (with `key`, its wrapped private key, when it is sealed, and the actions its
/// workshops agreed, when there are any) in the database as the document of its id and version,
/// unless the database already holds exactly it.
pub async fn publish_survey<C: CouchServer>(
    server: &C,
    connection: &Connection,
    survey: &SurveyDefinition,
    key: Option<&WrappedKey>,
    actions: Option<&ActionPlan>,
) -> Result<Published, SyncError> {
    let actions = actions.filter(|plan| !plan.actions.is_empty());
    let database = connection.database_url();
    let document_id = survey_document_id(&survey.id, survey.version);
    let mut attempt = 0;
    loop {
        attempt += 1;
        let body = answered(server, connection, "GET", &published_survey_url(&database, &document_id), None).await?;
        let listing = read_published_surveys(&body).map_err(|_| SyncError::NotCouchDb)?;
        let stored = listing.surveys.into_iter().next();
        let same = |stored: &crate::sync::PublishedSurvey| {
            stored.definition == *survey && stored.key.as_ref() == key && stored.actions.as_ref() == actions
        };
        if stored.as_ref().is_some_and(same) {
            return Ok(Published::Unchanged);
        }
        let rev = stored.as_ref().map(|stored| stored.rev.as_str());
        // An unreadable document of this id is replaced too: its revision is needed for that, so
        // it is asked for with the document itself.
        let rev = match (rev, listing.unreadable.is_empty()) {
            (Some(rev), _) => Some(rev.to_owned()),
            (None, true) => None,
            (None, false) => Some(current_revision(server, connection, &document_id).await?),
        };
        let url = survey_document_url(&database, &document_id);
        let answer =
            server.request("PUT", &url, Some(survey_document_body(survey, key, actions, rev.as_deref()))).await;
        match answer {
            Some(answer) if (200..300).contains(&answer.status) => {
                return Ok(if rev.is_some() { Published::Replaced } else { Published::New });
            }
            // Another device published this version between our reading and writing: read again.
            Some(answer) if answer.status == 409 && attempt < ATTEMPTS => continue,
            Some(answer) => {
                let reason = crate::sync::refusal_reason(answer.status, &answer.body);
                return Err(SyncError::of_status(answer.status, &connection.database, reason));
            }
            None => {
                return Err(SyncError::Unreachable {
                    server: connection.server_name().to_owned(),
                    offline: !server.online(),
                })
            }
        }
    }
}

/// The revision of the document `document_id`, whatever it holds.
async fn current_revision<C: CouchServer>(
    server: &C,
    connection: &Connection,
    document_id: &str,
) -> Result<String, SyncError> {
    #[derive(serde::Deserialize)]
    struct Revision {
        _rev: String,
    }
    let url = survey_document_url(&connection.database_url(), document_id);
    let body = answered(server, connection, "GET", &url, None).await?;
    serde_json::from_str::<Revision>(&body).map(|revision| revision._rev).map_err(|_| SyncError::NotCouchDb)
}

/// Every survey published in the database (also checking the connection: a wrong password or
/// database is said before anything is kept).
pub async fn published_surveys<C: CouchServer>(
    server: &C,
    connection: &Connection,
) -> Result<PublishedListing, SyncError> {
    let body = answered(server, connection, "GET", &published_surveys_url(&connection.database_url()), None).await?;
    read_published_surveys(&body).map_err(|_| SyncError::NotCouchDb)
}

/// Keeps `connection` as the way the survey `survey_id` syncs on this device (its dashboard syncs
/// when opened), unless the device already syncs it with that very connection: its checkpoint is
/// then kept, so nothing is received twice.
pub async fn keep_connection<S: RecordStore>(
    store: &S,
    survey_id: &str,
    connection: Connection,
) -> Result<(), SyncError> {
    if let Some((state, _)) = load_sync(store, survey_id).await? {
        if state.connection == connection {
            return Ok(());
        }
    }
    connect(store, survey_id, connection).await?;
    Ok(())
}

/// The connection survey `survey_id` syncs with on this device, if it is connected.
pub async fn kept_connection<S: RecordStore>(store: &S, survey_id: &str) -> Result<Option<Connection>, StoreError> {
    Ok(load_sync(store, survey_id).await?.map(|(state, _)| state.connection))
}

/// Stops syncing survey `survey_id` on this device: its connection and checkpoint are forgotten
/// (the responses received stay).
pub async fn forget_connection<S: RecordStore>(store: &S, survey_id: &str) -> Result<(), StoreError> {
    forget_sync(store, survey_id).await
}

/// Keeps the actions published with a survey on this device, when it has none of its own for that
/// survey (its own are never replaced: they may be newer than the publication). Returns whether
/// they were kept.
pub async fn adopt_published_actions<S: RecordStore>(store: &S, published: &ActionPlan) -> Result<bool, StoreError> {
    let own: ActionPlan = load_kept(store, &published.survey_id).await?;
    if !own.actions.is_empty() {
        return Ok(false);
    }
    save_kept(store, published).await?;
    Ok(true)
}
