//! The "Sync with a CouchDB database" panel: the connection form, then what the sync is doing,
//! what it did, and the way to disconnect.

use super::sync::{use_sync_view, SyncHandle};
use crate::sync::Connection;
use crate::ui::connection_form::ConnectionForm;
use crate::ui::host::use_host;
use yew::prelude::*;

/// Properties of [`SyncPanel`].
#[derive(Properties, PartialEq)]
pub struct SyncPanelProps {
    pub sync: SyncHandle,
}

/// The panel on the dashboard.
#[function_component(SyncPanel)]
pub fn sync_panel(props: &SyncPanelProps) -> Html {
    let host = use_host();
    let view = &use_sync_view(&props.sync);
    let on_connect = {
        let sync = props.sync.clone();
        Callback::from(move |connection: Connection| sync.connect(connection))
    };
    let sync_now = {
        let sync = props.sync.clone();
        Callback::from(move |_: MouseEvent| sync.sync_now())
    };
    let forget = {
        let sync = props.sync.clone();
        Callback::from(move |_: MouseEvent| sync.forget())
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
                <ConnectionForm on_connect={on_connect} submit="Connect and sync" id_prefix="sync" />
            }
            <div role="status" class="pp-sync-status">
                if let Some(activity) = &view.activity {
                    <p>{ activity.clone() }</p>
                }
                if let Some(report) = &view.report {
                    <p>{ report.clone() }</p>
                }
            </div>
            if let Some(problem) = &view.problem {
                <p class="pp-alert" role="alert">{ problem.clone() }</p>
            }
        </section>
    }
}
