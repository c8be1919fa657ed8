//! The set-up page: the workspace reducer, kept on the device after every change.

use super::app::use_setup_texts;
use super::database::{OpenFromDatabase, PublishPanel};
use super::details::Details;
use super::follow_through::FollowThrough;
use super::named_list::NamedList;
use super::questions::Questions;
use super::saved_list::SavedList;
use super::sealing::Sealing;
use super::share::Share;
use super::statements::Statements;
use super::translations::Translations;
use crate::i18n::{Arg, SetupMsg as M};
use crate::services::{keep_workspace, open_workspace};
use crate::setup::{ImportChoice, ListKind, Workspace, WorkspaceAction};
use crate::store::StoreError;
use crate::survey::builtin_survey;
use crate::ui::device;
use crate::ui::host::use_host;
use crate::ui::problem_words::store_error_words;
use crate::ui::setup::words::notice_words;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`SetUpPage`].
#[derive(Properties, PartialEq, Default)]
pub struct SetUpPageProps {
    /// The list of the page's languages, at the top of its main content.
    #[prop_or_default]
    pub language_picker: Html,
}

/// The whole set-up screen.
#[function_component(SetUpPage)]
pub fn set_up_page(props: &SetUpPageProps) -> Html {
    let host = use_host();
    let texts = use_setup_texts();
    let builtin = use_memo((), |_| builtin_survey().ok().map(Rc::new));
    let workspace = use_reducer(|| crate::ui::reduced::Reduced(Workspace::default()));
    // One callback for the page's life, so that the panels' properties stay equal between
    // drawings and a field being typed in is not drawn again.
    let dispatch = {
        let dispatcher = workspace.dispatcher();
        use_callback(dispatcher, |action: WorkspaceAction, dispatcher| dispatcher.dispatch(action))
    };
    // Nothing is written until the stored surveys were read: an empty list never replaces them.
    let loaded = use_state(|| false);
    // An unreadable list was kept aside by the store, and is reported here.
    let read_error = use_state(|| None::<StoreError>);
    // False when the stored list could not be read at all: then nothing is written over it, and
    // the page says its changes are not kept.
    let writable = use_state(|| false);
    // Set after every save: only a change draws the page again, so that a save finishing while
    // the facilitator types does not draw a field over what they typed.
    let save_error = use_state_eq(|| None::<StoreError>);
    {
        let (workspace, loaded, read_error, writable, save_error) =
            (workspace.clone(), loaded.clone(), read_error.clone(), writable.clone(), save_error.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let not_moved = device::ready().await;
                let opened = open_workspace(&device::store()).await;
                workspace.dispatch(WorkspaceAction::Loaded(opened.workspace));
                if opened.writable {
                    read_error.set(opened.problem.or(not_moved));
                } else {
                    save_error.set(opened.problem);
                    read_error.set(not_moved);
                }
                writable.set(opened.writable);
                loaded.set(true);
            });
        });
    }
    {
        let (save_error, builtin, loaded, writable) = (save_error.clone(), builtin.clone(), *loaded, *writable);
        use_effect_with((workspace.clone(), loaded), move |(workspace, loaded)| {
            if let (Some(builtin), true, true) = (builtin.as_ref().clone(), *loaded, writable) {
                let workspace = (**workspace).clone();
                wasm_bindgen_futures::spawn_local(async move {
                    save_error.set(keep_workspace(&device::store(), &workspace, &builtin).await.err());
                });
            }
        });
    }
    let Some(builtin) = (*builtin).clone() else {
        return crate::ui::error_screen(
            &texts.get(M::CannotOpen),
            html! { <p>{ texts.get(M::BuiltinUnavailable) }</p> },
        );
    };
    if !*loaded {
        return html! {
            <main class="pp-main pp-setup">
                <div class="pp-page-language">{ props.language_picker.clone() }</div>
                <h1>{ texts.get(M::SetUpASurvey) }</h1>
                <p role="status">{ texts.get(M::ReadingSurveys) }</p>
            </main>
        };
    }
    let open = workspace.current().cloned();
    // The instrument the open survey adapts: its imported definition, or the built-in one.
    let base = open.as_ref().map(|saved| saved.base.clone().map(Rc::new).unwrap_or_else(|| builtin.clone()));
    html! {
        <main class="pp-main pp-setup">
            <div class="pp-page-language">{ props.language_picker.clone() }</div>
            <h1>{ texts.get(M::SetUpASurvey) }</h1>
            <p class="pp-lead">{ texts.get(M::SetUpLead) }</p>
            <crate::ui::StoragePersistence />
            if let Some(error) = &*read_error {
                <p class="pp-alert" role="alert">{ store_error_words(&texts, error) }</p>
            }
            if let Some(error) = &*save_error {
                <p class="pp-alert" role="alert">{ texts.format(M::ChangesNotSaved, &[("reason", Arg::Text(&store_error_words(&texts, error)))]) }</p>
            }
            <p class="pp-status" role="status">
                { workspace.notice.as_ref().map(|notice| notice_words(&texts, notice)).unwrap_or_default() }
            </p>
            if workspace.pending_import.is_some() {
                <div class="pp-nav pp-import-choice" role="group" aria-label={texts.get(M::ImportChoiceLabel)}>
                    <button type="button" class="pp-button pp-primary"
                        onclick={dispatch.reform(|_: MouseEvent| WorkspaceAction::ResolveImport(ImportChoice::AsVersion))}>
                        { texts.get(M::ImportAsVersion) }
                    </button>
                    <button type="button" class="pp-button"
                        onclick={dispatch.reform(|_: MouseEvent| WorkspaceAction::ResolveImport(ImportChoice::AsSeparateSurvey))}>
                        { texts.get(M::ImportAsOwn) }
                    </button>
                    <button type="button" class="pp-button"
                        onclick={dispatch.reform(|_: MouseEvent| WorkspaceAction::ResolveImport(ImportChoice::Cancel))}>
                        { texts.get(M::DoNotImport) }
                    </button>
                </div>
            }
            <SavedList surveys={Rc::new(workspace.surveys.clone())} open={workspace.open} builtin={builtin.clone()} on_action={dispatch.clone()} />
            <OpenFromDatabase on_action={dispatch.clone()} />
            if let (Some(saved), Some(base)) = (open, base) {
                <section aria-labelledby={host.id("edit-title")}>
                    <h2 id={host.id("edit-title")}>{ texts.format(M::Editing, &[("survey", Arg::Text(&saved.name()))]) }</h2>
                    <p class="pp-hint">{ texts.format(M::SurveyIdVersion, &[("id", Arg::Text(&saved.setup.id)), ("version", saved.setup.version.into())]) }</p>
                    <Details setup={saved.setup.clone()} languages={base.languages.clone()} on_action={dispatch.clone()} />
                    <NamedList kind={ListKind::Partners} setup={saved.setup.clone()} on_action={dispatch.clone()} />
                    <NamedList kind={ListKind::Groups} setup={saved.setup.clone()} on_action={dispatch.clone()} />
                    <Questions setup={saved.setup.clone()} base={base.clone()} on_action={dispatch.clone()} />
                    <Statements setup={saved.setup.clone()} base={base.clone()} on_action={dispatch.clone()} />
                    <FollowThrough setup={saved.setup.clone()} on_action={dispatch.clone()} />
                    <Translations setup={saved.setup.clone()} base={base.clone()} on_action={dispatch.clone()} />
                </section>
                <Sealing saved={saved.clone()} on_action={dispatch.clone()} />
                <Share saved={saved.clone()} builtin={builtin.clone()} open={workspace.open.unwrap_or(0)} on_action={dispatch.clone()} />
                <PublishPanel saved={saved.clone()} builtin={builtin.clone()} on_action={dispatch.clone()} />
            }
        </main>
    }
}
