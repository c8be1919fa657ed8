//! The set-up page's CouchDB database: publishing the open survey's definition to it, and, on a
//! second facilitator's device, opening a survey published there (same id and version) with the
//! device then syncing that survey's responses with it. The connection is the one the dashboard
//! uses: typed here or there, kept on this device only.

use super::app::use_setup_texts;
use crate::i18n::{Arg, FacilitatorMsg, SetupMsg as M, Texts};
use crate::seal::WrappedKey;
use crate::services::{
    adopt_published_actions, forget_connection, keep_connection, kept_connection, load_kept, publish_survey,
    published_surveys, SyncSession,
};
use crate::setup::{SavedSurvey, WorkspaceAction};
use crate::survey::SurveyDefinition;
use crate::sync::{Connection, PublishedListing, SyncError};
use crate::ui::connection_form::ConnectionForm;
use crate::ui::couch::BrowserCouch;
use crate::ui::device;
use crate::ui::host::use_host;
use crate::ui::language::use_page_texts;
use crate::ui::problem_words::store_error_words;
use crate::ui::setup::words::{opened_survey_words, published_survey_words};
use crate::ui::sync_words::{connected_words, sync_error_words};
use crate::workshop::ActionPlan;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// The browser's CouchDB for a one-off request from this page (never stopped).
fn couch(connection: &Connection) -> BrowserCouch {
    BrowserCouch::new(connection.authorization(), Rc::new(Cell::new(0)), 0)
}

/// What a panel last said: a status, or a problem (an alert).
#[derive(Clone, Debug, Default, PartialEq)]
struct Said {
    status: Option<String>,
    problem: Option<String>,
}

impl Said {
    fn status(text: String) -> Said {
        Said { status: Some(text), problem: None }
    }
    fn problem(text: String) -> Said {
        Said { status: None, problem: Some(text) }
    }
}

/// The live region and alert a panel speaks through.
fn said_html(said: &Said) -> Html {
    html! {
        <>
            <div role="status" class="pp-sync-status">
                if let Some(status) = &said.status { <p>{ status.clone() }</p> }
            </div>
            if let Some(problem) = &said.problem {
                <p class="pp-alert" role="alert">{ problem.clone() }</p>
            }
        </>
    }
}

/// The page's words and the words about a database, in the page's language.
#[derive(Clone)]
struct Words {
    texts: Texts<M>,
    sync: Texts<FacilitatorMsg>,
}

impl Words {
    fn get(&self, msg: M) -> String {
        self.texts.get(msg)
    }

    fn format(&self, msg: M, args: &[(&str, Arg)]) -> String {
        self.texts.format(msg, args)
    }

    /// Why the database could not be used.
    fn sync_error(&self, error: &SyncError) -> String {
        sync_error_words(&self.sync, error, &|error| store_error_words(&self.texts, error))
    }

    /// A problem with this browser's storage.
    fn store_error(&self, error: &crate::store::StoreError) -> String {
        store_error_words(&self.texts, error)
    }
}

/// The page's words, read by each panel.
#[hook]
fn use_words() -> Words {
    Words { texts: use_setup_texts(), sync: use_page_texts::<FacilitatorMsg>() }
}

/// Publishes `survey` over `connection` and says how it went.
async fn publish(connection: Connection, survey: &SurveyDefinition, key: Option<&WrappedKey>, texts: &Words) -> Said {
    let title = survey.text(&survey.title).to_owned();
    // The actions its workshops agreed go with it (none when they cannot be read here).
    let actions = load_kept::<ActionPlan, _>(&device::store(), &survey.id).await.ok();
    match publish_survey(&couch(&connection), &connection, survey, key, actions.as_ref()).await {
        Ok(published) => {
            Said::status(published_survey_words(&texts.texts, published, &title, survey.version, &connection.database))
        }
        Err(error) => Said::problem(texts.format(M::NotPublished, &[("reason", Arg::Text(&texts.sync_error(&error)))])),
    }
}

/// The connection form, its submit button saying `submit`.
fn connection_form(texts: &Words, on_connect: Callback<Connection>, submit: M, id_prefix: &'static str) -> Html {
    html! { <ConnectionForm {on_connect} submit={texts.get(submit)} {id_prefix} /> }
}

/// Properties of [`PublishPanel`].
#[derive(Properties, PartialEq)]
pub struct PublishPanelProps {
    pub saved: SavedSurvey,
    pub builtin: Rc<SurveyDefinition>,
    pub on_action: Callback<WorkspaceAction>,
}

/// "Publish to a CouchDB database" for the open survey.
#[function_component(PublishPanel)]
pub fn publish_panel(props: &PublishPanelProps) -> Html {
    let host = use_host();
    let texts = use_words();
    let definition =
        use_memo((props.saved.clone(), props.builtin.clone()), |(saved, builtin)| saved.definition(builtin).ok());
    let survey_id = props.saved.setup.id.clone();
    // `None` while reading; then the connection's server name, database and user, if any.
    let connected = use_state(|| None::<Option<(String, String, String)>>);
    let said = use_state(Said::default);
    let busy = use_state(|| false);
    {
        let (connected, said, texts) = (connected.clone(), said.clone(), texts.clone());
        use_effect_with(survey_id.clone(), move |survey_id| {
            let survey_id = survey_id.clone();
            said.set(Said::default());
            wasm_bindgen_futures::spawn_local(async move {
                match kept_connection(&device::store(), &survey_id).await {
                    Ok(connection) => connected.set(Some(connection.map(|connection| connection.shown()))),
                    Err(error) => {
                        connected.set(Some(None));
                        said.set(Said::problem(texts.store_error(&error)));
                    }
                }
            });
        });
    }
    let on_connect = {
        let saved_key = props.saved.key.clone();
        let (connected, said, busy, definition, survey_id, texts) =
            (connected.clone(), said.clone(), busy.clone(), definition.clone(), survey_id.clone(), texts.clone());
        Callback::from(move |connection: Connection| {
            let Some(survey) = (*definition).clone() else { return };
            let key = saved_key.clone();
            let (connected, said, busy, survey_id, texts) =
                (connected.clone(), said.clone(), busy.clone(), survey_id.clone(), texts.clone());
            busy.set(true);
            said.set(Said::status(
                texts.sync.format(FacilitatorMsg::ConnectingTo, &[("server", Arg::Text(connection.server_name()))]),
            ));
            wasm_bindgen_futures::spawn_local(async move {
                let store = device::store();
                let described = connection.shown();
                match SyncSession::connect(&store, &couch(&connection), &survey_id, connection.clone()).await {
                    Ok(_) => {
                        connected.set(Some(Some(described)));
                        said.set(publish(connection, &survey, key.as_ref(), &texts).await);
                    }
                    Err(error) => said.set(Said::problem(texts.sync_error(&error))),
                }
                busy.set(false);
            });
        })
    };
    let on_publish = {
        let saved_key = props.saved.key.clone();
        let (said, busy, definition, survey_id, texts) =
            (said.clone(), busy.clone(), definition.clone(), survey_id.clone(), texts.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(survey) = (*definition).clone() else { return };
            let key = saved_key.clone();
            let (said, busy, survey_id, texts) = (said.clone(), busy.clone(), survey_id.clone(), texts.clone());
            busy.set(true);
            said.set(Said::status(texts.get(M::Publishing)));
            wasm_bindgen_futures::spawn_local(async move {
                match kept_connection(&device::store(), &survey_id).await {
                    Ok(Some(connection)) => said.set(publish(connection, &survey, key.as_ref(), &texts).await),
                    Ok(None) => said.set(Said::default()),
                    Err(error) => said.set(Said::problem(texts.sync_error(&SyncError::from(error)))),
                }
                busy.set(false);
            });
        })
    };
    let on_forget = {
        let (connected, said, survey_id, texts) = (connected.clone(), said.clone(), survey_id.clone(), texts.clone());
        Callback::from(move |_: MouseEvent| {
            let (connected, said, survey_id, texts) =
                (connected.clone(), said.clone(), survey_id.clone(), texts.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match forget_connection(&device::store(), &survey_id).await {
                    Ok(()) => {
                        connected.set(Some(None));
                        said.set(Said::status(texts.get(M::Disconnected)));
                    }
                    Err(error) => said.set(Said::problem(texts.store_error(&error))),
                }
            });
        })
    };
    let version = props.saved.setup.version;
    html! {
        <section class="pp-sync" aria-labelledby={host.id("publish-title")}>
            <h2 id={host.id("publish-title")}>{ texts.get(M::PublishTitle) }</h2>
            <p class="pp-hint">{ texts.get(M::PublishHint) }</p>
            { match (&*connected, definition.is_some()) {
                // A database holds what facilitators' devices send it: sealed by default.
                (Some(_), true) if props.saved.awaits_sealing(true) => html! {
                    <super::sealing::SealFirst why={M::SealBeforePublishing} without={M::PublishUnsealed} on_action={props.on_action.clone()} />
                },
                (None, _) => html! {},
                (Some(_), false) => html! { <p>{ texts.get(M::PublishWhenReady) }</p> },
                (Some(Some((server, database, user))), true) => html! {
                    <>
                        <p>{ connected_words(&texts.sync, server, database, user) }</p>
                        <div class="pp-nav">
                            <button type="button" class="pp-button pp-primary" onclick={on_publish} disabled={*busy}>
                                { texts.format(M::PublishVersion, &[("version", version.into())]) }
                            </button>
                            <button type="button" class="pp-button" onclick={on_forget} disabled={*busy}>{ texts.sync.get(FacilitatorMsg::DisconnectAndForget) }</button>
                        </div>
                    </>
                },
                (Some(None), true) => html! {
                    { connection_form(&texts, on_connect, M::ConnectAndPublish, "publish") }
                },
            } }
            { said_html(&said) }
        </section>
    }
}

/// Properties of [`OpenFromDatabase`].
#[derive(Properties, PartialEq)]
pub struct OpenFromDatabaseProps {
    pub on_action: Callback<WorkspaceAction>,
}

/// "Open a survey from a CouchDB database": the surveys published there, each to open.
#[function_component(OpenFromDatabase)]
pub fn open_from_database(props: &OpenFromDatabaseProps) -> Html {
    let host = use_host();
    let texts = use_words();
    let found = use_state(|| None::<Rc<(Connection, PublishedListing)>>);
    let said = use_state(Said::default);
    let on_connect = {
        let (found, said, texts) = (found.clone(), said.clone(), texts.clone());
        Callback::from(move |connection: Connection| {
            let (found, said, texts) = (found.clone(), said.clone(), texts.clone());
            found.set(None);
            said.set(Said::status(
                texts.format(M::LookingForSurveys, &[("database", Arg::Text(&connection.database))]),
            ));
            wasm_bindgen_futures::spawn_local(async move {
                match published_surveys(&couch(&connection), &connection).await {
                    Ok(listing) => {
                        let database = Arg::Text(&connection.database);
                        said.set(Said::status(match listing.surveys.len() {
                            0 => texts.format(M::NoPublishedSurveys, &[("database", database)]),
                            count => {
                                texts.format(M::PublishedSurveys, &[("database", database), ("count", count.into())])
                            }
                        }));
                        found.set(Some(Rc::new((connection, listing))));
                    }
                    Err(error) => said.set(Said::problem(texts.sync_error(&error))),
                }
            });
        })
    };
    let open = |index: usize| {
        let (found, said, on_action, texts) = (found.clone(), said.clone(), props.on_action.clone(), texts.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(found) = (*found).clone() else { return };
            let Some(published) = found.1.surveys.get(index) else { return };
            let (connection, survey, key) = (found.0.clone(), published.definition.clone(), published.key.clone());
            let actions = published.actions.clone();
            let (said, on_action, texts) = (said.clone(), on_action.clone(), texts.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let title = survey.text(&survey.title).to_owned();
                let words = opened_survey_words(&texts.texts, &title, survey.version, &connection.database);
                let kept = keep_connection(&device::store(), &survey.id, connection).await;
                // The actions its workshops agreed, unless this device has its own.
                let adopted = match &actions {
                    Some(plan) => adopt_published_actions(&device::store(), plan).await.map(|_| ()),
                    None => Ok(()),
                };
                // Published already: the choice whether to seal it was its publisher's.
                let unsealed = survey.seal_key.is_none();
                on_action.emit(WorkspaceAction::Import(SavedSurvey {
                    key,
                    unsealed,
                    ..SavedSurvey::of_definition(survey)
                }));
                said.set(match kept {
                    Ok(()) if adopted.is_err() => Said::problem(texts.format(
                        M::ActionsNotAdopted,
                        &[(
                            "reason",
                            Arg::Text(
                                &adopted.as_ref().err().map(|error| texts.store_error(error)).unwrap_or_default(),
                            ),
                        )],
                    )),
                    Ok(()) => Said::status(words),
                    Err(error) => Said::problem(
                        texts.format(M::ConnectionNotKept, &[("reason", Arg::Text(&texts.sync_error(&error)))]),
                    ),
                });
            });
        })
    };
    html! {
        <section class="pp-sync" aria-labelledby={host.id("open-database-title")}>
            <h2 id={host.id("open-database-title")}>{ texts.get(M::OpenFromDatabaseTitle) }</h2>
            <details>
                <summary>{ texts.get(M::OpenFromDatabaseSummary) }</summary>
                { connection_form(&texts, on_connect, M::FindSurveys, "open-database") }
                if let Some(found) = &*found {
                    if !found.1.surveys.is_empty() {
                        <ul class="pp-saved-list" aria-label={texts.get(M::SurveysPublished)}>
                            { for found.1.surveys.iter().enumerate().map(|(index, published)| {
                                let survey = &published.definition;
                                let title = survey.text(&survey.title);
                                html! {
                                    <li>
                                        { texts.format(M::PublishedSurvey, &[
                                            ("title", Arg::Text(title)), ("id", Arg::Text(&survey.id)), ("version", survey.version.into()),
                                        ]) }
                                        { " " }
                                        <button type="button" class="pp-button" onclick={open(index)}>
                                            { texts.get(M::Open) }<span class="pp-visually-hidden">{ texts.format(M::OpenWhich, &[("title", Arg::Text(title)), ("version", survey.version.into())]) }</span>
                                        </button>
                                    </li>
                                }
                            }) }
                        </ul>
                    }
                    if !found.1.unreadable.is_empty() {
                        <p>{ texts.get(M::SetAside) }</p>
                        <ul>
                            { for found.1.unreadable.iter().map(|(id, why)| html! { <li>{ format!("{id}: {why}") }</li> }) }
                        </ul>
                    }
                }
                { said_html(&said) }
            </details>
        </section>
    }
}
