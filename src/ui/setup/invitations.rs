//! Who can respond to the open survey: anyone with its link, or only people with an invitation
//! code; making codes, shown once as printable cards and a list of links, never kept.

use super::app::use_setup_texts;
use crate::i18n::{Arg, SetupMsg as M};
use crate::invitations::{count_by_group, make_invitations, InvitationCode};
use crate::setup::{link_with_invitation, SetUp, SetUpEdit, WorkspaceAction};
use crate::ui::host::use_host;
use crate::ui::platform;
use crate::ui::qr_code::QrCode;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Most invitations made at one press, so a slip of the keyboard never draws 50,000 cards.
const MOST_AT_ONCE: usize = 500;

/// Properties of [`Invitations`].
#[derive(Properties, PartialEq)]
pub struct InvitationsProps {
    pub setup: SetUp,
    /// The survey's share link, once made: each card's link is it with the card's code.
    pub link: Option<AttrValue>,
    pub on_action: Callback<WorkspaceAction>,
}

/// The list box's value for "any group" (not a group id: ids never start with `*`).
const ANY_GROUP: &str = "*";

/// Codes just made, with the group they are for ("" for any), held only by this panel.
#[derive(Clone, PartialEq)]
struct MadeNow {
    codes: Vec<InvitationCode>,
    group: String,
}

/// The "Who can respond" panel.
#[function_component(Invitations)]
pub fn invitations(props: &InvitationsProps) -> Html {
    let host = use_host();
    let texts = use_setup_texts();
    let made_now = use_state(|| None::<MadeNow>);
    let failed = use_state(|| false);
    let confirm_stop = use_state(|| false);
    let count_field = use_node_ref();
    // The group the next invitations are for ("" for any), kept here rather than read from the
    // list box, so that what is drawn selected is what is made.
    let for_group = use_state(String::new);
    let setup = &props.setup;
    let group_label = |id: &str| setup.groups.iter().find(|(g, _)| g == id).map(|(_, label)| label.clone());
    let on_toggle = {
        let (on_action, confirm_stop) = (props.on_action.clone(), confirm_stop.clone());
        let made = setup.invitations.as_ref().map_or(0, |i| i.made.len());
        Callback::from(move |event: Event| {
            let on = event.target_unchecked_into::<HtmlInputElement>().checked();
            if on || made == 0 {
                on_action.emit(WorkspaceAction::Edit(SetUpEdit::ByInvitation(on)));
            } else {
                confirm_stop.set(true);
            }
        })
    };
    let stop = {
        let (on_action, confirm_stop, made_now) = (props.on_action.clone(), confirm_stop.clone(), made_now.clone());
        Callback::from(move |_: MouseEvent| {
            confirm_stop.set(false);
            made_now.set(None);
            on_action.emit(WorkspaceAction::Edit(SetUpEdit::ByInvitation(false)));
        })
    };
    let keep = {
        let confirm_stop = confirm_stop.clone();
        Callback::from(move |_: MouseEvent| confirm_stop.set(false))
    };
    let on_make = {
        let (on_action, made_now, failed) = (props.on_action.clone(), made_now.clone(), failed.clone());
        let (count_field, for_group, survey_id) = (count_field.clone(), for_group.clone(), setup.id.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let count = count_field.cast::<HtmlInputElement>().map(|input| input.value_as_number()).unwrap_or(0.0);
            let count = if count.is_finite() { count.clamp(1.0, MOST_AT_ONCE as f64) as usize } else { 1 };
            let group = (*for_group).clone();
            let mut secure = true;
            let (codes, kept) = make_invitations(&survey_id, &group, count, || {
                let mut bytes = [0u8; 8];
                secure &= platform::secure_random(&mut bytes);
                bytes
            });
            failed.set(!secure);
            if secure {
                on_action.emit(WorkspaceAction::Edit(SetUpEdit::AddInvitations(kept)));
                made_now.set(Some(MadeNow { codes, group }));
            }
        })
    };
    let on_group = {
        let for_group = for_group.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            for_group.set(if value == ANY_GROUP { String::new() } else { value });
        })
    };
    let made = setup.invitations.as_ref().map(|invitations| {
        let detail: Vec<String> = count_by_group(invitations)
            .into_iter()
            .map(|(group, count)| match group_label(group) {
                Some(label) => texts.format(M::ForGroup, &[("count", count.into()), ("group", Arg::Text(&label))]),
                None => texts.format(M::ForAnyGroup, &[("count", count.into())]),
            })
            .collect();
        (invitations.made.len(), detail.join(", "))
    });
    let toggle = host.id("by-invitation");
    html! {
        <section class="pp-invitations" aria-labelledby={host.id("invitations-title")}>
            <h3 id={host.id("invitations-title")}>{ texts.get(M::InvitationsTitle) }</h3>
            <div class="pp-option">
                <input type="checkbox" id={toggle.clone()} checked={made.is_some()} onchange={on_toggle} />
                <label for={toggle}>{ texts.get(M::ByInvitation) }</label>
            </div>
            if *confirm_stop {
                <div class="pp-confirm" role="alertdialog" aria-label={texts.get(M::StopInvitations)}>
                    <p>{ texts.format(M::StopInvitationsConfirm, &[("count", made.as_ref().map_or(0, |m| m.0).into())]) }</p>
                    <button type="button" class="pp-button pp-danger" onclick={stop}>{ texts.get(M::StopInvitations) }</button>
                    <button type="button" class="pp-button" onclick={keep}>{ texts.get(M::KeepInvitations) }</button>
                </div>
            }
            { match &made {
                None => html! { <p>{ texts.get(M::OpenToAnyone) }</p> },
                Some((count, detail)) => html! {
                    <>
                        <p role="status">{ if *count == 0 {
                            texts.get(M::NoInvitationsYet)
                        } else {
                            texts.format(M::InvitationsMade, &[("count", (*count).into()), ("detail", Arg::Text(detail))])
                        } }</p>
                        <form class="pp-make-invitations" onsubmit={on_make}>
                            <label class="pp-block-label" for={host.id("invitation-count")}>{ texts.get(M::HowManyInvitations) }</label>
                            <input id={host.id("invitation-count")} class="pp-input pp-number" type="number" min="1" max={MOST_AT_ONCE.to_string()} value="20" ref={count_field} />
                            <label class="pp-block-label" for={host.id("invitation-group")}>{ texts.get(M::InvitationsFor) }</label>
                            <select id={host.id("invitation-group")} class="pp-input" onchange={on_group}>
                                <option value={ANY_GROUP} selected={for_group.is_empty()}>{ texts.get(M::AnyGroup) }</option>
                                { for setup.groups.iter().map(|(id, label)| html! {
                                    <option value={id.clone()} selected={*for_group == *id}>{ label.clone() }</option>
                                }) }
                            </select>
                            <button type="submit" class="pp-button pp-primary">{ texts.get(M::MakeInvitations) }</button>
                        </form>
                        if *failed {
                            <p class="pp-alert" role="alert">{ texts.get(M::NoSecureRandom) }</p>
                        }
                        <p>{ texts.get(M::InvitationsUnlinkable) }</p>
                        if !setup.submission_address.is_empty() {
                            <p>{ texts.get(M::InvitationsDatabase) }</p>
                        }
                    </>
                },
            } }
            if let (Some(now), Some(link)) = (&*made_now, &props.link) {
                { made_now_cards(now, link, setup, &group_label(&now.group), &texts) }
            }
        </section>
    }
}

/// The codes just made: how to keep them, and a card for each (printed on their own).
fn made_now_cards(
    now: &MadeNow,
    link: &str,
    setup: &SetUp,
    group: &Option<String>,
    texts: &crate::i18n::Texts<M>,
) -> Html {
    let links: Vec<String> = now.codes.iter().map(|code| link_with_invitation(link, code.as_str())).collect();
    let download = {
        let list = links.join("\n") + "\n";
        let name = format!("{}-invitations.txt", setup.id);
        Callback::from(move |_: MouseEvent| {
            platform::download(&name, "text/plain", &list);
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        let root = gloo::utils::document_element();
        let _ = root.set_attribute("data-printing", "cards");
        let _ = gloo::utils::window().print();
        let _ = root.remove_attribute("data-printing");
    });
    let title = texts.format(M::CardTitle, &[("survey", Arg::Text(&setup.title))]);
    let for_group = group.as_ref().map(|group| texts.format(M::CardFor, &[("group", Arg::Text(group))]));
    html! {
        <div class="pp-made-invitations">
            <p class="pp-notice" role="status">{ texts.format(M::CodesShownOnce, &[("count", now.codes.len().into())]) }</p>
            <div class="pp-actions">
                <button type="button" class="pp-button pp-primary" onclick={print}>{ texts.get(M::PrintCards) }</button>
                <button type="button" class="pp-button" onclick={download}>{ texts.get(M::DownloadLinks) }</button>
            </div>
            <ul class="pp-cards">
                { for now.codes.iter().zip(&links).map(|(code, link)| html! {
                    <li class="pp-card">
                        <p class="pp-card-title">{ title.clone() }</p>
                        if let Some(for_group) = &for_group {
                            <p class="pp-card-group">{ for_group.clone() }</p>
                        }
                        <QrCode text={AttrValue::from(link.clone())} label={texts.get(M::CardQr)}
                            too_long={texts.format(M::QrTooLong, &[("length", link.len().into()), ("most", crate::qr::QR_MAX_BYTES.into())])} />
                        <p class="pp-card-how">{ texts.get(M::CardHowTo) }</p>
                        <p class="pp-card-code">{ code.grouped() }</p>
                    </li>
                }) }
            </ul>
        </div>
    }
}
