//! Each agreed action beside what the next wave's figures say of its indicator.

use super::plan::{ActionPlan, AgreedAction};
use crate::analytics::{Report, WaveChange};

/// An agreed action and the change in its indicator since the wave it was agreed in.
#[derive(Clone, Debug, PartialEq)]
pub struct ActionProgress<'a> {
    pub action: &'a AgreedAction,
    /// The change from the action's wave to the next wave with responses in the view: none when
    /// it answers no indicator or no later wave has responses yet. Its figures are the report's,
    /// so they are withheld exactly where the charts withhold them.
    pub change: Option<&'a WaveChange>,
}

/// Every action of `plan`, in the order agreed, with its indicator's change in `report`.
pub fn action_progress<'a>(plan: &'a ActionPlan, report: &'a Report) -> Vec<ActionProgress<'a>> {
    plan.actions
        .iter()
        .map(|action| {
            let change = action.indicator.as_deref().and_then(|indicator| {
                report.wave_changes.iter().find(|change| change.indicator == indicator && change.from == action.wave)
            });
            ActionProgress { action, change }
        })
        .collect()
}
