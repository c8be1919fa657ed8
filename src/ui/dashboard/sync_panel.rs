//! The "Sync with a CouchDB database" panel: the connection form, then what the sync is doing,
//! what it did, and the way to disconnect.

use super::sync::{use_sync_view, Activity, SyncHandle, SyncNote, SyncProblem};
use super::texts::use_dashboard_texts;
use super::unlock::SealedUnlock;
use crate::i18n::{Arg, DashMsg as M, FacilitatorMsg, Msg, Texts};
use crate::sync::Connection;
use crate::ui::connection_form::ConnectionForm;
use crate::ui::dashboard::words::{progress_in_words, sync_report_words};
use crate::ui::host::use_host;
use crate::ui::language::{use_page_texts, use_texts};
use crate::ui::problem_words::store_error_words;
use crate::ui::sync_words::{connected_words, sync_error_words};
use yew::prelude::*;

/// Properties of [`SyncPanel`].
#[derive(Properties, PartialEq)]
pub struct SyncPanelProps {
    pub sync: SyncHandle,
}

/// Why the last request failed, in words.
fn problem_words(texts: &Texts<M>, sync: &Texts<FacilitatorMsg>, store: &Texts<Msg>, problem: &SyncProblem) -> String {
    match problem {
        SyncProblem::Sync { error, retrying } => {
            let words = sync_error_words(sync, error, &|error| store_error_words(store, error));
            if *retrying {
                texts.format(M::TryingAgain, &[("problem", Arg::Text(&words))])
            } else {
                words
            }
        }
        SyncProblem::Store(error) => store_error_words(store, error),
    }
}

/// The panel on the dashboard.
#[function_component(SyncPanel)]
pub fn sync_panel(props: &SyncPanelProps) -> Html {
    let host = use_host();
    let (texts, sync, store) = (use_dashboard_texts(), use_page_texts::<FacilitatorMsg>(), use_texts());
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
            <h2 id={host.id("sync-title")}>{ texts.get(M::SyncTitle) }</h2>
            if props.sync.survey().seal_key.is_some() {
                <SealedUnlock sync={props.sync.clone()} />
            }
            if let Some((server, database, user)) = &view.connected {
                <p>{ connected_words(&sync, server, database, user) }</p>
                <div class="pp-nav">
                    <button type="button" class="pp-button" onclick={sync_now}>{ texts.get(M::SyncNow) }</button>
                    <button type="button" class="pp-button" onclick={forget}>{ sync.get(FacilitatorMsg::DisconnectAndForget) }</button>
                </div>
            } else if view.ready {
                <p class="pp-hint">{ texts.get(M::SyncHint) }</p>
                <ConnectionForm on_connect={on_connect} submit={texts.get(M::ConnectAndSync)} id_prefix="sync" />
            }
            <div role="status" class="pp-sync-status">
                if let Some(activity) = &view.activity {
                    <p>{ match activity {
                        Activity::Connecting(server) => sync.format(FacilitatorMsg::ConnectingTo, &[("server", Arg::Text(server))]),
                        Activity::Syncing => texts.get(M::SyncingNow),
                        Activity::Progress(progress) => progress_in_words(&texts, progress),
                    } }</p>
                }
                if let Some(report) = &view.report {
                    <p>{ match report {
                        SyncNote::Synced { at, report } => texts.format(
                            M::SyncedAt,
                            &[("time", Arg::Text(at)), ("report", Arg::Text(&sync_report_words(&texts, report)))],
                        ),
                        SyncNote::Disconnected => texts.get(M::DisconnectedResponsesStay),
                    } }</p>
                }
            </div>
            if let Some(problem) = &view.problem {
                <p class="pp-alert" role="alert">{ problem_words(&texts, &sync, &store, problem) }</p>
            }
        </section>
    }
}
