//! The facilitator's themes of one free-text question: name a new one, and rename, merge or
//! delete one (deleting asks first). Every change goes through `ThemeBook::apply`, so a refused
//! one is explained here and changes nothing.

use super::texts::use_dashboard_texts;
use crate::i18n::{Arg, DashMsg as M};
use crate::themes::{ThemeAction, ThemeBook};
use crate::ui::dashboard::words::theme_error_words;
use crate::ui::host::use_host;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Properties of [`ThemesEditor`].
#[derive(Properties, PartialEq)]
pub struct ThemesEditorProps {
    /// The free-text question's item id.
    pub item: AttrValue,
    pub book: Rc<ThemeBook>,
    /// The book after a change the facilitator made.
    pub on_book: Callback<ThemeBook>,
}

/// Adding, renaming, merging and deleting themes.
#[function_component(ThemesEditor)]
pub fn themes_editor(props: &ThemesEditorProps) -> Html {
    let host = use_host();
    let texts = use_dashboard_texts();
    let item = props.item.to_string();
    let id = |part: &str| host.id(&format!("themes-{item}-{part}"));
    let message = use_state(|| None::<(bool, String)>);
    let confirming_delete = use_state(|| false);
    let (new_name, pick, rename, merge) = (use_node_ref(), use_node_ref(), use_node_ref(), use_node_ref());
    let names: Vec<String> = props.book.themes(&item).iter().map(|theme| theme.name.clone()).collect();
    // Applies an action; says what happened (or why not) in the status line.
    let change = {
        let (book, on_book, message, texts) =
            (props.book.clone(), props.on_book.clone(), message.clone(), texts.clone());
        move |action: ThemeAction, done: String| match book.apply(&action) {
            Ok(next) => {
                on_book.emit(next);
                message.set(Some((false, done)));
                true
            }
            Err(error) => {
                message.set(Some((true, theme_error_words(&texts, &error))));
                false
            }
        }
    };
    let value_of = |node: &NodeRef| {
        node.cast::<HtmlInputElement>()
            .map(|input| input.value())
            .or_else(|| node.cast::<HtmlSelectElement>().map(|select| select.value()))
            .unwrap_or_default()
    };
    let on_add = {
        let (change, new_name, item, texts) = (change.clone(), new_name.clone(), item.clone(), texts.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let name = value_of(&new_name);
            let done = texts.format(M::ThemeAdded, &[("theme", Arg::Text(name.trim()))]);
            if change(ThemeAction::Add { item: item.clone(), name }, done) {
                if let Some(input) = new_name.cast::<HtmlInputElement>() {
                    input.set_value("");
                }
            }
        })
    };
    let on_rename = {
        let (change, pick, rename, item, texts) =
            (change.clone(), pick.clone(), rename.clone(), item.clone(), texts.clone());
        Callback::from(move |_: MouseEvent| {
            let (theme, name) = (value_of(&pick), value_of(&rename));
            let done = texts.format(M::ThemeRenamed, &[("theme", Arg::Text(&theme)), ("name", Arg::Text(name.trim()))]);
            if change(ThemeAction::Rename { item: item.clone(), theme, name }, done) {
                if let Some(input) = rename.cast::<HtmlInputElement>() {
                    input.set_value("");
                }
            }
        })
    };
    let on_merge = {
        let (change, pick, merge, item, texts) =
            (change.clone(), pick.clone(), merge.clone(), item.clone(), texts.clone());
        Callback::from(move |_: MouseEvent| {
            let (from, into) = (value_of(&pick), value_of(&merge));
            let done = texts.format(M::ThemeMerged, &[("from", Arg::Text(&from)), ("into", Arg::Text(&into))]);
            change(ThemeAction::Merge { item: item.clone(), from, into }, done);
        })
    };
    let on_delete = {
        let (change, pick, item, confirming, texts) =
            (change.clone(), pick.clone(), item.clone(), confirming_delete.clone(), texts.clone());
        Callback::from(move |_: MouseEvent| {
            let theme = value_of(&pick);
            let done = texts.format(M::ThemeDeleted, &[("theme", Arg::Text(&theme))]);
            change(ThemeAction::Delete { item: item.clone(), theme }, done);
            confirming.set(false);
        })
    };
    let ask_delete = {
        let confirming = confirming_delete.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let keep = {
        let confirming = confirming_delete.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let options =
        || names.iter().map(|name| html! { <option value={name.clone()}>{ name.clone() }</option> }).collect::<Html>();
    html! {
        <div class="pp-themes">
            <h3>{ texts.get(M::Themes) }</h3>
            <p class="pp-hint">{ texts.get(M::ThemesHint) }</p>
            <form class="pp-add-row" onsubmit={on_add}>
                <div class="pp-field">
                    <label for={id("new")}>{ texts.get(M::NewTheme) }</label>
                    <input id={id("new")} class="pp-input" type="text" ref={new_name} maxlength="80" />
                </div>
                <button type="submit" class="pp-button">{ texts.get(M::AddTheme) }</button>
            </form>
            if !names.is_empty() {
                <fieldset class="pp-theme-change">
                    <legend>{ texts.get(M::ChangeTheme) }</legend>
                    <div class="pp-field">
                        <label for={id("pick")}>{ texts.get(M::ColTheme) }</label>
                        <select id={id("pick")} class="pp-input" ref={pick}>{ options() }</select>
                    </div>
                    <div class="pp-add-row">
                        <div class="pp-field">
                            <label for={id("rename")}>{ texts.get(M::NewName) }</label>
                            <input id={id("rename")} class="pp-input" type="text" ref={rename} maxlength="80" />
                        </div>
                        <button type="button" class="pp-button" onclick={on_rename}>{ texts.get(M::Rename) }</button>
                    </div>
                    if names.len() > 1 {
                        <div class="pp-add-row">
                            <div class="pp-field">
                                <label for={id("merge")}>{ texts.get(M::MergeInto) }</label>
                                <select id={id("merge")} class="pp-input" ref={merge}>{ options() }</select>
                            </div>
                            <button type="button" class="pp-button" onclick={on_merge}>{ texts.get(M::Merge) }</button>
                        </div>
                    }
                    if *confirming_delete {
                        <p>{ texts.get(M::DeleteThemeQuestion) }</p>
                        <div class="pp-nav">
                            <button type="button" class="pp-button" onclick={on_delete}>{ texts.get(M::YesDeleteTheme) }</button>
                            <button type="button" class="pp-button" onclick={keep}>{ texts.get(M::KeepTheme) }</button>
                        </div>
                    } else {
                        <button type="button" class="pp-button" onclick={ask_delete}>{ texts.get(M::DeleteTheme) }</button>
                    }
                </fieldset>
            }
            // A plain class string: Yew's `classes!` costs kilobytes (docs/performance.md).
            <p role="status" class={if message.as_ref().is_some_and(|(problem, _)| *problem) { "pp-error-message" } else { "pp-hint" }}>
                { message.as_ref().map(|(_, text)| text.clone()).unwrap_or_default() }
            </p>
        </div>
    }
}
