//! The facilitator's themes of one free-text question: name a new one, and rename, merge or
//! delete one (deleting asks first). Every change goes through `ThemeBook::apply`, so a refused
//! one is explained here and changes nothing.

use crate::themes::{ThemeAction, ThemeBook};
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
    let item = props.item.to_string();
    let id = |part: &str| host.id(&format!("themes-{item}-{part}"));
    let message = use_state(|| None::<(bool, String)>);
    let confirming_delete = use_state(|| false);
    let (new_name, pick, rename, merge) = (use_node_ref(), use_node_ref(), use_node_ref(), use_node_ref());
    let names: Vec<String> = props.book.themes(&item).iter().map(|theme| theme.name.clone()).collect();
    // Applies an action; says what happened (or why not) in the status line.
    let change = {
        let (book, on_book, message) = (props.book.clone(), props.on_book.clone(), message.clone());
        move |action: ThemeAction, done: String| match book.apply(&action) {
            Ok(next) => {
                on_book.emit(next);
                message.set(Some((false, done)));
                true
            }
            Err(error) => {
                message.set(Some((true, error.to_string())));
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
        let (change, new_name, item) = (change.clone(), new_name.clone(), item.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let name = value_of(&new_name);
            let done = format!("Theme \"{}\" added.", name.trim());
            if change(ThemeAction::Add { item: item.clone(), name }, done) {
                if let Some(input) = new_name.cast::<HtmlInputElement>() {
                    input.set_value("");
                }
            }
        })
    };
    let on_rename = {
        let (change, pick, rename, item) = (change.clone(), pick.clone(), rename.clone(), item.clone());
        Callback::from(move |_: MouseEvent| {
            let (theme, name) = (value_of(&pick), value_of(&rename));
            let done = format!("\"{theme}\" is now called \"{}\".", name.trim());
            if change(ThemeAction::Rename { item: item.clone(), theme, name }, done) {
                if let Some(input) = rename.cast::<HtmlInputElement>() {
                    input.set_value("");
                }
            }
        })
    };
    let on_merge = {
        let (change, pick, merge, item) = (change.clone(), pick.clone(), merge.clone(), item.clone());
        Callback::from(move |_: MouseEvent| {
            let (from, into) = (value_of(&pick), value_of(&merge));
            let done = format!("\"{from}\" was merged into \"{into}\".");
            change(ThemeAction::Merge { item: item.clone(), from, into }, done);
        })
    };
    let on_delete = {
        let (change, pick, item, confirming) = (change.clone(), pick.clone(), item.clone(), confirming_delete.clone());
        Callback::from(move |_: MouseEvent| {
            let theme = value_of(&pick);
            let done = format!("Theme \"{theme}\" deleted; its answers are still listed.");
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
            <h3>{ "Themes" }</h3>
            <p class="pp-hint">{ "Your notes: group the answers under themes you name, then tick each answer's themes below. Themes stay on this device with the survey and go in the figures CSV; respondents never see them." }</p>
            <form class="pp-add-row" onsubmit={on_add}>
                <div class="pp-field">
                    <label for={id("new")}>{ "New theme" }</label>
                    <input id={id("new")} class="pp-input" type="text" ref={new_name} maxlength="80" />
                </div>
                <button type="submit" class="pp-button">{ "Add theme" }</button>
            </form>
            if !names.is_empty() {
                <fieldset class="pp-theme-change">
                    <legend>{ "Change a theme" }</legend>
                    <div class="pp-field">
                        <label for={id("pick")}>{ "Theme" }</label>
                        <select id={id("pick")} class="pp-input" ref={pick}>{ options() }</select>
                    </div>
                    <div class="pp-add-row">
                        <div class="pp-field">
                            <label for={id("rename")}>{ "New name" }</label>
                            <input id={id("rename")} class="pp-input" type="text" ref={rename} maxlength="80" />
                        </div>
                        <button type="button" class="pp-button" onclick={on_rename}>{ "Rename" }</button>
                    </div>
                    if names.len() > 1 {
                        <div class="pp-add-row">
                            <div class="pp-field">
                                <label for={id("merge")}>{ "Merge into" }</label>
                                <select id={id("merge")} class="pp-input" ref={merge}>{ options() }</select>
                            </div>
                            <button type="button" class="pp-button" onclick={on_merge}>{ "Merge" }</button>
                        </div>
                    }
                    if *confirming_delete {
                        <p>{ "Delete this theme? Its answers stay in the list; only the theme and its ticks go." }</p>
                        <div class="pp-nav">
                            <button type="button" class="pp-button" onclick={on_delete}>{ "Yes, delete the theme" }</button>
                            <button type="button" class="pp-button" onclick={keep}>{ "Keep it" }</button>
                        </div>
                    } else {
                        <button type="button" class="pp-button" onclick={ask_delete}>{ "Delete theme…" }</button>
                    }
                </fieldset>
            }
            // A plain class string: Yew's `classes!` costs kilobytes (README, "Performance").
            <p role="status" class={if message.as_ref().is_some_and(|(problem, _)| *problem) { "pp-error-message" } else { "pp-hint" }}>
                { message.as_ref().map(|(_, text)| text.clone()).unwrap_or_default() }
            </p>
        </div>
    }
}
