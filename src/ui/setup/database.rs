//! The set-up page's CouchDB database: publishing the open survey's definition to it, and, on a
//! second facilitator's device, opening a survey published there (same id and version) with the
//! device then syncing that survey's responses with it. The connection is the one the dashboard
//! uses: typed here or there, kept on this device only.

use crate::services::{keep_connection, publish_survey, published_surveys, SyncSession};
use crate::setup::{SavedSurvey, WorkspaceAction};
use crate::store::{forget_sync, load_sync};
use crate::survey::SurveyDefinition;
use crate::sync::{opened_words, published_words, Connection, PublishedListing, SyncError};
use crate::ui::connection_form::ConnectionForm;
use crate::ui::couch::BrowserCouch;
use crate::ui::device;
use crate::ui::host::use_host;
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

/// Publishes `survey` over `connection` and says how it went.
async fn publish(connection: Connection, survey: &SurveyDefinition) -> Said {
    let title = survey.text(&survey.title).to_owned();
    match publish_survey(&couch(&connection), &connection, survey).await {
        Ok(published) => Said::status(published_words(published, &title, survey.version, &connection.database)),
        Err(error) => Said::problem(format!("Not published. {error}")),
    }
}

/// Properties of [`PublishPanel`].
#[derive(Properties, PartialEq)]
pub struct PublishPanelProps {
    pub saved: SavedSurvey,
    pub builtin: Rc<SurveyDefinition>,
}

/// "Publish to a CouchDB database" for the open survey.
#[function_component(PublishPanel)]
pub fn publish_panel(props: &PublishPanelProps) -> Html {
    let host = use_host();
    let definition =
        use_memo((props.saved.clone(), props.builtin.clone()), |(saved, builtin)| saved.definition(builtin).ok());
    let survey_id = props.saved.setup.id.clone();
    // `None` while reading; then the connection's server name, database and user, if any.
    let connected = use_state(|| None::<Option<(String, String, String)>>);
    let said = use_state(Said::default);
    let busy = use_state(|| false);
    {
        let (connected, said) = (connected.clone(), said.clone());
        use_effect_with(survey_id.clone(), move |survey_id| {
            let survey_id = survey_id.clone();
            said.set(Said::default());
            wasm_bindgen_futures::spawn_local(async move {
                match load_sync(&device::store(), &survey_id).await {
                    Ok(state) => connected.set(Some(state.map(|(state, _)| describe(&state.connection)))),
                    Err(error) => {
                        connected.set(Some(None));
                        said.set(Said::problem(error.to_string()));
                    }
                }
            });
        });
    }
    let on_connect = {
        let (connected, said, busy, definition, survey_id) =
            (connected.clone(), said.clone(), busy.clone(), definition.clone(), survey_id.clone());
        Callback::from(move |connection: Connection| {
            let Some(survey) = (*definition).clone() else { return };
            let (connected, said, busy, survey_id) = (connected.clone(), said.clone(), busy.clone(), survey_id.clone());
            busy.set(true);
            said.set(Said::status(format!("Connecting to {}…", connection.server_name())));
            wasm_bindgen_futures::spawn_local(async move {
                let store = device::store();
                let described = describe(&connection);
                match SyncSession::connect(&store, &couch(&connection), &survey_id, connection.clone()).await {
                    Ok(_) => {
                        connected.set(Some(Some(described)));
                        said.set(publish(connection, &survey).await);
                    }
                    Err(error) => said.set(Said::problem(error.to_string())),
                }
                busy.set(false);
            });
        })
    };
    let on_publish = {
        let (said, busy, definition, survey_id) = (said.clone(), busy.clone(), definition.clone(), survey_id.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(survey) = (*definition).clone() else { return };
            let (said, busy, survey_id) = (said.clone(), busy.clone(), survey_id.clone());
            busy.set(true);
            said.set(Said::status("Publishing…".to_owned()));
            wasm_bindgen_futures::spawn_local(async move {
                match load_sync(&device::store(), &survey_id).await {
                    Ok(Some((state, _))) => said.set(publish(state.connection, &survey).await),
                    Ok(None) => said.set(Said::default()),
                    Err(error) => said.set(Said::problem(SyncError::from(error).to_string())),
                }
                busy.set(false);
            });
        })
    };
    let on_forget = {
        let (connected, said, survey_id) = (connected.clone(), said.clone(), survey_id.clone());
        Callback::from(move |_: MouseEvent| {
            let (connected, said, survey_id) = (connected.clone(), said.clone(), survey_id.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match forget_sync(&device::store(), &survey_id).await {
                    Ok(()) => {
                        connected.set(Some(None));
                        said.set(Said::status("Disconnected. The connection and its password are forgotten on this device; what the database holds stays there.".to_owned()));
                    }
                    Err(error) => said.set(Said::problem(error.to_string())),
                }
            });
        })
    };
    let version = props.saved.setup.version;
    html! {
        <section class="pp-sync" aria-labelledby={host.id("publish-title")}>
            <h2 id={host.id("publish-title")}>{ "Publish to a CouchDB database" }</h2>
            <p class="pp-hint">{ "For partnerships whose responses are gathered in a CouchDB database (see the README's \"Scale\" section): publishing puts this survey's definition there, so that another facilitator's device opens the very same survey and version from it. Publishing needs a CouchDB user with the facilitator role. The user name and password stay on this device only, and the survey's dashboard uses the same connection." }</p>
            { match (&*connected, definition.is_some()) {
                (None, _) => html! {},
                (Some(_), false) => html! { <p>{ "The survey can be published once it is ready to share (see \"Share\" above)." }</p> },
                (Some(Some((server, database, user))), true) => html! {
                    <>
                        <p>{ format!("Connected to the database {database} on {server}") }
                            { if user.is_empty() { ".".to_owned() } else { format!(" as {user}.") } }</p>
                        <div class="pp-nav">
                            <button type="button" class="pp-button pp-primary" onclick={on_publish} disabled={*busy}>
                                { format!("Publish version {version} to the database") }
                            </button>
                            <button type="button" class="pp-button" onclick={on_forget} disabled={*busy}>{ "Disconnect and forget" }</button>
                        </div>
                    </>
                },
                (Some(None), true) => html! {
                    <ConnectionForm on_connect={on_connect} submit="Connect and publish" id_prefix="publish" />
                },
            } }
            { said_html(&said) }
        </section>
    }
}

/// The server name, database and user a connection is shown by.
fn describe(connection: &Connection) -> (String, String, String) {
    (connection.server_name().to_owned(), connection.database.clone(), connection.user.clone())
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
    let found = use_state(|| None::<Rc<(Connection, PublishedListing)>>);
    let said = use_state(Said::default);
    let on_connect = {
        let (found, said) = (found.clone(), said.clone());
        Callback::from(move |connection: Connection| {
            let (found, said) = (found.clone(), said.clone());
            found.set(None);
            said.set(Said::status(format!("Looking for surveys in {}…", connection.database)));
            wasm_bindgen_futures::spawn_local(async move {
                match published_surveys(&couch(&connection), &connection).await {
                    Ok(listing) => {
                        said.set(Said::status(match listing.surveys.len() {
                            0 => format!("The database {} has no published survey yet. The facilitator who set the survey up publishes it from their set-up page.", connection.database),
                            1 => format!("The database {} has 1 published survey.", connection.database),
                            many => format!("The database {} has {many} published surveys.", connection.database),
                        }));
                        found.set(Some(Rc::new((connection, listing))));
                    }
                    Err(error) => said.set(Said::problem(error.to_string())),
                }
            });
        })
    };
    let open = |index: usize| {
        let (found, said, on_action) = (found.clone(), said.clone(), props.on_action.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(found) = (*found).clone() else { return };
            let Some(published) = found.1.surveys.get(index) else { return };
            let (connection, survey) = (found.0.clone(), published.definition.clone());
            let (said, on_action) = (said.clone(), on_action.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let title = survey.text(&survey.title).to_owned();
                let words = opened_words(&title, survey.version, &connection.database);
                let kept = keep_connection(&device::store(), &survey.id, connection).await;
                on_action.emit(WorkspaceAction::Import(SavedSurvey::of_definition(survey)));
                said.set(match kept {
                    Ok(()) => Said::status(words),
                    Err(error) => Said::problem(format!(
                        "The survey is open, but this device could not keep the connection, so its dashboard will ask for it again: {error}"
                    )),
                });
            });
        })
    };
    html! {
        <section class="pp-sync" aria-labelledby={host.id("open-database-title")}>
            <h2 id={host.id("open-database-title")}>{ "Open a survey from a CouchDB database" }</h2>
            <details>
                <summary>{ "For a second facilitator: open the survey another facilitator published to the partnership's database" }</summary>
                <ConnectionForm on_connect={on_connect} submit="Find surveys" id_prefix="open-database" />
                if let Some(found) = &*found {
                    if !found.1.surveys.is_empty() {
                        <ul class="pp-saved-list" aria-label="Surveys published in the database">
                            { for found.1.surveys.iter().enumerate().map(|(index, published)| {
                                let survey = &published.definition;
                                let title = survey.text(&survey.title);
                                html! {
                                    <li>
                                        { format!("{title}: survey id {}, version {}", survey.id, survey.version) }
                                        { " " }
                                        <button type="button" class="pp-button" onclick={open(index)}>
                                            { "Open" }<span class="pp-visually-hidden">{ format!(" {title}, version {}", survey.version) }</span>
                                        </button>
                                    </li>
                                }
                            }) }
                        </ul>
                    }
                    if !found.1.unreadable.is_empty() {
                        <p>{ "Set aside, as they are not surveys this app can open:" }</p>
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
