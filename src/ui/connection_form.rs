//! The form a facilitator types a CouchDB connection into (server address, database, user name
//! and password), checked before it is handed on; used by the dashboard's sync panel and by the
//! set-up page's publishing and opening of surveys.

use crate::i18n::FacilitatorMsg as M;
use crate::sync::Connection;
use crate::ui::host::use_host;
use crate::ui::language::use_page_texts;
use crate::ui::sync_words::connection_error_words;
use yew::prelude::*;

/// Properties of [`ConnectionForm`].
#[derive(Properties, PartialEq)]
pub struct ConnectionFormProps {
    /// Hears of a connection once it is well formed (the server is not asked yet).
    pub on_connect: Callback<Connection>,
    /// The submit button's words ("Connect and sync").
    pub submit: AttrValue,
    /// Starts the fields' ids, so that two forms on one page never share one.
    pub id_prefix: AttrValue,
}

/// The value of the input `node`, or empty.
fn value_of(node: &NodeRef) -> String {
    node.cast::<web_sys::HtmlInputElement>().map(|input| input.value()).unwrap_or_default()
}

/// The four fields and the submit button; what is wrong with what was typed, in an alert.
#[function_component(ConnectionForm)]
pub fn connection_form(props: &ConnectionFormProps) -> Html {
    let host = use_host();
    let texts = use_page_texts::<M>();
    let (server, database, user, password) = (use_node_ref(), use_node_ref(), use_node_ref(), use_node_ref());
    let typed_problem = use_state(|| None::<String>);
    let on_submit = {
        let (server, database, user, password) = (server.clone(), database.clone(), user.clone(), password.clone());
        let (on_connect, typed_problem, texts) = (props.on_connect.clone(), typed_problem.clone(), texts.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            match Connection::new(&value_of(&server), &value_of(&database), &value_of(&user), &value_of(&password)) {
                Ok(connection) => {
                    typed_problem.set(None);
                    on_connect.emit(connection);
                }
                Err(error) => typed_problem.set(Some(connection_error_words(&texts, &error))),
            }
        })
    };
    let field = |id: &str, label: M, node: &NodeRef, kind: &'static str, autocomplete: &'static str| {
        let id = host.id(&format!("{}-{id}", props.id_prefix));
        html! {
            <div class="pp-field">
                <label for={id.clone()}>{ texts.get(label) }</label>
                <input id={id} class="pp-input" type={kind} ref={node.clone()} autocomplete={autocomplete}
                    spellcheck="false" autocapitalize="off" />
            </div>
        }
    };
    html! {
        <form class="pp-sync-form" onsubmit={on_submit} novalidate=true>
            { field("server", M::ServerAddress, &server, "url", "url") }
            { field("database", M::DatabaseName, &database, "text", "off") }
            { field("user", M::UserName, &user, "text", "username") }
            { field("password", M::Password, &password, "password", "current-password") }
            <div class="pp-nav">
                <button type="submit" class="pp-button pp-primary">{ props.submit.clone() }</button>
            </div>
            if let Some(problem) = &*typed_problem {
                <p class="pp-alert" role="alert">{ problem.clone() }</p>
            }
        </form>
    }
}
