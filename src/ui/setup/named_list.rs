//! Partner organisations or stakeholder groups: add, rename, reorder and remove.

use super::app::use_setup_texts;
use crate::i18n::SetupMsg as M;
use crate::setup::{ListKind, SetUp, SetUpEdit, WorkspaceAction};
use crate::ui::host::use_host;
use crate::ui::setup::words::edit_error_words;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Properties of [`NamedList`].
#[derive(Properties, PartialEq)]
pub struct NamedListProps {
    pub kind: ListKind,
    pub setup: SetUp,
    pub on_action: Callback<WorkspaceAction>,
}

/// A list's words (each language words a partner and a group in its own way) and id stem.
struct Words {
    legend: M,
    hint: M,
    none_yet: M,
    name_of: M,
    new: M,
    add: M,
    key: &'static str,
}

fn words(kind: ListKind) -> Words {
    match kind {
        ListKind::Partners => Words {
            legend: M::PartnersLegend,
            hint: M::PartnersHint,
            none_yet: M::NoPartnersYet,
            name_of: M::NameOfPartner,
            new: M::NewPartner,
            add: M::AddPartner,
            key: "partners",
        },
        ListKind::Groups => Words {
            legend: M::GroupsLegend,
            hint: M::GroupsHint,
            none_yet: M::NoGroupsYet,
            name_of: M::NameOfGroup,
            new: M::NewGroup,
            add: M::AddGroup,
            key: "groups",
        },
    }
}

/// One editable list, whose refused edits are explained beside the field and keep what was typed.
#[function_component(NamedList)]
pub fn named_list(props: &NamedListProps) -> Html {
    let host = use_host();
    let texts = use_setup_texts();
    let Words { legend, hint, none_yet, name_of, new, add, key } = words(props.kind);
    let new_name = use_node_ref();
    // What a refused edit was, and the field it is about (marked invalid), if any.
    let problem = use_state(|| None::<(Option<Field>, String)>);
    // Moving an entry re-inserts elements, which drops focus; the moved entry's button gets it back
    // once the list is drawn again.
    let refocus = use_mut_ref(|| None::<(String, String)>);
    {
        let refocus = refocus.clone();
        use_effect(move || {
            let mut pending = refocus.borrow_mut();
            let Some((id, name)) = pending.as_ref() else { return };
            // Only once the list shows the move: the button there is named for the moved entry.
            let Some(button) = gloo::utils::document().get_element_by_id(id) else { return };
            if button.get_attribute("aria-label").as_deref() == Some(name.as_str()) {
                let _ = button.unchecked_into::<web_sys::HtmlElement>().focus();
                *pending = None;
            }
        });
    }
    let kind = props.kind;
    // Tried on a copy first, so a refused edit keeps the text and says why next to the field.
    let attempt = {
        let (setup, on_action, problem, texts) =
            (props.setup.clone(), props.on_action.clone(), problem.clone(), texts.clone());
        move |edit: SetUpEdit| -> bool {
            match setup.clone().apply(edit.clone()) {
                Ok(()) => {
                    problem.set(None);
                    on_action.emit(WorkspaceAction::Edit(edit));
                    true
                }
                Err(error) => {
                    let field = match edit {
                        SetUpEdit::Add(..) => Some(Field::New),
                        SetUpEdit::Rename(_, index, _) => Some(Field::Entry(index)),
                        _ => None,
                    };
                    problem.set(Some((field, edit_error_words(&texts, &error))));
                    false
                }
            }
        }
    };
    let on_add = {
        let (attempt, new_name) = (attempt.clone(), new_name.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(input) = new_name.cast::<HtmlInputElement>() else { return };
            if attempt(SetUpEdit::Add(kind, input.value())) {
                input.set_value("");
            }
        })
    };
    // A problem is about what was typed: typing again (or emptying the field) clears it.
    let on_typing = {
        let problem = problem.clone();
        Callback::from(move |_: InputEvent| {
            if problem.is_some() {
                problem.set(None);
            }
        })
    };
    let problem_id = host.id(&format!("{key}-problem"));
    let invalid = |field: Field| problem.as_ref().and_then(|(about, _)| (*about == Some(field)).then_some("true"));
    let count = props.setup_list().len();
    html! {
        <fieldset class="pp-fieldset">
            <legend>{ texts.get(legend) }</legend>
            <p class="pp-hint">{ texts.get(hint) }</p>
            <p id={problem_id.clone()} class="pp-error-message" role="alert">{ problem.as_ref().map(|(_, words)| words.clone()).unwrap_or_default() }</p>
            if count == 0 {
                <p>{ texts.get(none_yet) }</p>
            }
            <ol class="pp-named-list">
                { for props.setup_list().iter().enumerate().map(|(index, (id, label))| {
                    let (rename, up, down, remove) = (attempt.clone(), attempt.clone(), attempt.clone(), attempt.clone());
                    let new_name = new_name.clone();
                    let button_id = |at: usize, direction: &str| host.id(&format!("{key}-{at}-{direction}"));
                    let move_up = texts.format(M::MoveUp, &[("name", label.as_str().into())]);
                    let move_down = texts.format(M::MoveDown, &[("name", label.as_str().into())]);
                    // After moving, the same button at the entry's new place, or the other one at an end.
                    let after_up = if index > 1 {
                        (button_id(index - 1, "up"), move_up.clone())
                    } else {
                        (button_id(0, "down"), move_down.clone())
                    };
                    let after_down = if index + 2 < count {
                        (button_id(index + 1, "down"), move_down.clone())
                    } else {
                        (button_id(index + 1, "up"), move_up.clone())
                    };
                    let (refocus_up, refocus_down) = (refocus.clone(), refocus.clone());
                    let field = host.id(&format!("{key}-{index}"));
                    html! {
                        // Keyed by id, so a moved entry keeps its element and the focus on its button.
                        <li key={id.clone()} class="pp-named-row">
                            <label class="pp-visually-hidden" for={field.clone()}>{ texts.format(name_of, &[("number", (index + 1).into())]) }</label>
                            <input id={field} class="pp-input" type="text" value={label.clone()} aria-describedby={problem_id.clone()} oninput={on_typing.clone()}
                                aria-invalid={invalid(Field::Entry(index))}
                                onchange={Callback::from(move |event: Event| {
                                    rename(SetUpEdit::Rename(kind, index, event.target_unchecked_into::<HtmlInputElement>().value()));
                                })} />
                            <span class="pp-row-actions">
                                <button type="button" id={button_id(index, "up")} class="pp-button" disabled={index == 0} aria-label={move_up}
                                    onclick={Callback::from(move |_| {
                                        if up(SetUpEdit::Move(kind, index, true)) {
                                            *refocus_up.borrow_mut() = Some(after_up.clone());
                                        }
                                    })}>{ texts.get(M::Up) }</button>
                                <button type="button" id={button_id(index, "down")} class="pp-button" disabled={index + 1 == count} aria-label={move_down}
                                    onclick={Callback::from(move |_| {
                                        if down(SetUpEdit::Move(kind, index, false)) {
                                            *refocus_down.borrow_mut() = Some(after_down.clone());
                                        }
                                    })}>{ texts.get(M::Down) }</button>
                                <button type="button" class="pp-button pp-danger" aria-label={texts.format(M::RemoveNamed, &[("name", label.as_str().into())])}
                                    onclick={Callback::from(move |_| {
                                        // The button goes with its entry; focus goes to adding one.
                                        if remove(SetUpEdit::Remove(kind, index)) {
                                            if let Some(input) = new_name.cast::<HtmlInputElement>() {
                                                let _ = input.focus();
                                            }
                                        }
                                    })}>{ texts.get(M::Remove) }</button>
                            </span>
                        </li>
                    }
                }) }
            </ol>
            <form class="pp-add-row" onsubmit={on_add}>
                <label class="pp-block-label" for={host.id(&format!("{key}-new"))}>{ texts.get(new) }</label>
                <input id={host.id(&format!("{key}-new"))} class="pp-input" type="text" ref={new_name} aria-describedby={problem_id} oninput={on_typing}
                    aria-invalid={invalid(Field::New)} />
                <button type="submit" class="pp-button">{ texts.get(add) }</button>
            </form>
        </fieldset>
    }
}

/// The field a refused edit is about: the new entry's, or a listed entry's.
#[derive(Clone, Copy, PartialEq)]
enum Field {
    New,
    Entry(usize),
}

impl NamedListProps {
    fn setup_list(&self) -> &[(String, String)] {
        match self.kind {
            ListKind::Partners => &self.setup.partners,
            ListKind::Groups => &self.setup.groups,
        }
    }
}
