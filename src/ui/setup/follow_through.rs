//! "What we agreed last time": the actions the survey's workshops recorded on this device (the
//! dashboard's "What we agreed"), each with a box that makes this wave ask respondents whether it
//! was carried out. Shown only when there are actions.

use super::app::use_setup_texts;
use crate::i18n::{Arg, SetupMsg as M};
use crate::services::load_kept;
use crate::setup::{SetUp, SetUpEdit, WorkspaceAction};
use crate::ui::device;
use crate::ui::host::use_host;
use crate::ui::problem_words::store_error_words;
use crate::workshop::{ActionPlan, ActionStatus};
use yew::prelude::*;

/// Properties of [`FollowThrough`].
#[derive(Properties, PartialEq)]
pub struct FollowThroughProps {
    pub setup: SetUp,
    pub on_action: Callback<WorkspaceAction>,
}

/// The survey's agreed actions, each to ask about or not.
#[function_component(FollowThrough)]
pub fn follow_through(props: &FollowThroughProps) -> Html {
    let host = use_host();
    let texts = use_setup_texts();
    let plan = use_state(|| None::<ActionPlan>);
    let problem = use_state(|| None::<String>);
    {
        let (plan, problem, texts) = (plan.clone(), problem.clone(), texts.clone());
        use_effect_with(props.setup.id.clone(), move |id| {
            let id = id.clone();
            wasm_bindgen_futures::spawn_local(async move {
                device::ready().await;
                match load_kept::<ActionPlan, _>(&device::store(), &id).await {
                    Ok(found) => plan.set(Some(found)),
                    Err(error) => problem.set(Some(texts.format(
                        M::ActionsUnreadableHere,
                        &[("reason", Arg::Text(&store_error_words(&texts, &error)))],
                    ))),
                }
            });
        });
    }
    let Some(plan) = (*plan).clone().filter(|plan| !plan.actions.is_empty()) else {
        return html! { if let Some(problem) = &*problem { <p class="pp-alert" role="alert">{ problem.clone() }</p> } };
    };
    html! {
        <fieldset class="pp-fieldset">
            <legend>{ texts.get(M::FollowThroughTitle) }</legend>
            <p class="pp-hint">{ texts.get(M::FollowThroughHint) }</p>
            { for plan.actions.iter().map(|action| {
                let asked = props.setup.follow_through.iter().any(|(id, _)| *id == action.id);
                let box_id = host.id(&format!("follow-through-{}", action.id));
                let (number, what) = (action.id, action.what.clone());
                let toggle = props.on_action.reform(move |_: Event| {
                    WorkspaceAction::Edit(SetUpEdit::AskFollowThrough { action: number, what: what.clone(), ask: !asked })
                });
                let dropped = action.status == ActionStatus::Dropped;
                html! {
                    <div class="pp-option pp-compact" key={action.id}>
                        <input type="checkbox" id={box_id.clone()} checked={asked} onchange={toggle} />
                        <label for={box_id}>
                            { action.what.clone() }
                            if dropped { { " " }{ texts.get(M::ActionWasDropped) } }
                        </label>
                    </div>
                }
            }) }
        </fieldset>
    }
}
