//! What a workshop agreed: the actions the room decides on after seeing the figures, each with
//! the indicator or prompt it answers, the partner organisations that own it, when it is due and
//! where it stands. Kept on the facilitator's device with the survey, published with its
//! definition, and shown on the next wave's dashboard beside the change in its indicator. Plain
//! data and a reducer, tested natively.

mod error;
mod plan;
mod progress;

pub use error::ActionError;
pub use plan::{
    ActionPlan, ActionStatus, AgreedAction, Due, NewAction, PlanChange, ACTIONS_FORMAT, MAX_ACTIONS, MAX_ACTION_CHARS,
};
pub use progress::{action_progress, ActionProgress};
