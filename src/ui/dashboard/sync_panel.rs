//! The "Sync with a CouchDB database" panel: the connection form, then what the sync is doing,
//! what it did, and the way to disconnect.

use super::sync::{use_sync_view, SyncHandle};
use crate::sync::Connection;
use crate::ui::host::use_host;
use yew::prelude::*;

/// Properties of [`SyncPanel`].
#[derive(Properties, PartialEq)]
pub struct SyncPanelProps {
    pub sync: SyncHandle,
}

/// The value of the input `node`, or empty.
fn value_of(node: &NodeRef) -> String {
    node.cast::<web_sys::HtmlInputElement>().map(|input| input.value()).unwrap_or_default()
}

/// The panel on the dashboard.
#[function_component(SyncPanel)]
pub fn sync_panel(props: &SyncPanelProps) -> Html {
    let host = use_host();
    let (server, database, user, password) = (use_node_ref(), use_node_ref(), use_node_ref(), use_node_ref());
    let typed_problem = use_state(|| None::<String>);
    let view = &use_sync_view(&props.sync);
    let on_submit = {
        let (server, database, user, password) = (server.clone(), database.clone(), user.clone(), password.clone());
        let (sync, typed_problem) = (props.sync.clone(), typed_problem.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            match Connection::new(&value_of(&server), &value_of(&database), &value_of(&user), &value_of(&password)) {
                Ok(connection) => {
                    typed_problem.set(None);
                    sync.connect(connection);
                }
                Err(error) => typed_problem.set(Some(error.to_string())),
            }
        })
    };
    let sync_now = {
        let sync = props.sync.clone();
        Callback::from(move |_: MouseEvent| sync.sync_now())
    };
    let forget = {
        let sync = props.sync.clone();
        Callback::from(move |_: MouseEvent| sync.forget())
    };
    let problem = typed_problem.as_ref().or(view.problem.as_ref());
    let field = |id: &str, label: &str, node: &NodeRef, kind: &'static str, autocomplete: &'static str| {
        let id = host.id(id);
        html! {
            <div class="pp-field">
                <label for={id.clone()}>{ label }</label>
                <input id={id} class="pp-input" type={kind} ref={node.clone()} autocomplete={autocomplete}
                    spellcheck="false" autocapitalize="off" />
            </div>
        }
    };
    html! {
        <section class="pp-sync" aria-labelledby={host.id("sync-title")}>
            <h2 id={host.id("sync-title")}>{ "Sync with a CouchDB database" }</h2>
            if let Some((server, database, user)) = &view.connected {
                <p>{ format!("Connected to the database {database} on {server}") }
                    { if user.is_empty() { ".".to_owned() } else { format!(" as {user}.") } }</p>
                <div class="pp-nav">
                    <button type="button" class="pp-button" onclick={sync_now}>{ "Sync now" }</button>
                    <button type="button" class="pp-button" onclick={forget}>{ "Disconnect and forget" }</button>
                </div>
            } else if view.ready {
                <p class="pp-hint">{ "Bring this device's responses and the database's together, both ways, and keep the figures up to date as responses reach the database. The user name and password stay on this device only: never in a link, a survey file or a download." }</p>
                <form class="pp-sync-form" onsubmit={on_submit} novalidate=true>
                    { field("sync-server", "Server address (for example https://couch.example.org)", &server, "url", "url") }
                    { field("sync-database", "Database name", &database, "text", "off") }
                    { field("sync-user", "User name", &user, "text", "username") }
                    { field("sync-password", "Password", &password, "password", "current-password") }
                    <div class="pp-nav">
                        <button type="submit" class="pp-button pp-primary">{ "Connect and sync" }</button>
                    </div>
                </form>
            }
            <div role="status" class="pp-sync-status">
                if let Some(activity) = &view.activity {
                    <p>{ activity.clone() }</p>
                }
                if let Some(report) = &view.report {
                    <p>{ report.clone() }</p>
                }
            </div>
            if let Some(problem) = problem {
                <p class="pp-alert" role="alert">{ problem.clone() }</p>
            }
        </section>
    }
}
