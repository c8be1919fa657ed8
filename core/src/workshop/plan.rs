//! One survey's agreed actions, and the changes a facilitator makes to them.

use super::error::ActionError;
use crate::survey::SurveyDefinition;
use serde::{Deserialize, Serialize};

/// Version of the stored actions' format.
pub const ACTIONS_FORMAT: u32 = 1;
/// Longest action, in characters: a sentence or two, read on a slide and in the report.
pub const MAX_ACTION_CHARS: usize = 300;
/// Most actions one survey keeps: a workshop agrees a handful, and every wave adds its own.
pub const MAX_ACTIONS: usize = 200;

/// Where an action stands, as the facilitator last set it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    #[default]
    NotStarted,
    UnderWay,
    Done,
    Dropped,
}

impl ActionStatus {
    /// Every status, in the order a facilitator picks from.
    pub const ALL: [ActionStatus; 4] =
        [ActionStatus::NotStarted, ActionStatus::UnderWay, ActionStatus::Done, ActionStatus::Dropped];
}

/// By when an action is to be done.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Due {
    /// Before the survey's next wave is run.
    NextWave,
    /// By a day, `YYYY-MM-DD`.
    By(String),
}

/// An action the room agreed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgreedAction {
    /// Its number in the survey's plan, never reused.
    pub id: u32,
    /// What will be done, in the facilitator's words.
    pub what: String,
    /// The indicator it answers (the one whose change the next wave shows beside it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indicator: Option<String>,
    /// The dashboard's prompt it answers, in the words shown when it was agreed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt: Option<String>,
    /// Partner organisations that own it, by id, in the survey's order.
    pub owners: Vec<String>,
    pub due: Due,
    pub status: ActionStatus,
    /// The wave whose figures the room discussed (empty: a survey without waves).
    #[serde(default)]
    pub wave: String,
    /// The day it was agreed, `YYYY-MM-DD`.
    pub agreed_on: String,
}

/// What the facilitator types and picks for a new action.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NewAction {
    pub what: String,
    pub indicator: Option<String>,
    pub prompt: Option<String>,
    pub owners: Vec<String>,
    /// `None`: before the next wave; otherwise the day typed.
    pub due_by: Option<String>,
}

/// Every agreed action of one survey (all its waves and versions).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionPlan {
    /// [`ACTIONS_FORMAT`].
    pub format: u32,
    pub survey_id: String,
    /// The number the next action gets.
    pub next_id: u32,
    pub actions: Vec<AgreedAction>,
}

/// A change to the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanChange {
    /// The room agreed `action`, about the figures of `wave`, on the day `today`.
    Add { action: NewAction, wave: String, today: String },
    /// The facilitator set where an action stands.
    SetStatus { id: u32, status: ActionStatus },
    /// An action recorded by mistake is taken out.
    Remove { id: u32 },
}

/// `action` checked against `survey`: its words trimmed, its owners in the survey's order.
fn checked(action: &NewAction, survey: &SurveyDefinition) -> Result<NewAction, ActionError> {
    let what = action.what.trim();
    if what.is_empty() {
        return Err(ActionError::BlankWhat);
    }
    if what.chars().count() > MAX_ACTION_CHARS {
        return Err(ActionError::WhatTooLong { limit: MAX_ACTION_CHARS });
    }
    if let Some(unknown) = action.owners.iter().find(|id| !survey.partners.iter().any(|partner| partner.id == **id)) {
        return Err(ActionError::UnknownPartner { id: unknown.clone() });
    }
    let owners: Vec<String> = survey
        .partners
        .iter()
        .filter(|partner| action.owners.contains(&partner.id))
        .map(|partner| partner.id.clone())
        .collect();
    if owners.is_empty() {
        return Err(ActionError::NoOwner);
    }
    if let Some(indicator) = &action.indicator {
        if !survey.indicators.iter().any(|known| known.id == *indicator) {
            return Err(ActionError::UnknownIndicator { id: indicator.clone() });
        }
    }
    let due_by = action.due_by.as_deref().map(str::trim);
    if due_by.is_some_and(|day| !crate::response::is_day(day)) {
        return Err(ActionError::NotADay);
    }
    let prompt = action.prompt.as_deref().map(str::trim).filter(|prompt| !prompt.is_empty());
    Ok(NewAction {
        what: what.to_owned(),
        indicator: action.indicator.clone(),
        prompt: prompt.map(|prompt| prompt.chars().take(MAX_ACTION_CHARS * 2).collect()),
        owners,
        due_by: due_by.map(str::to_owned),
    })
}

impl ActionPlan {
    /// No actions yet for survey `survey_id`.
    pub fn new(survey_id: &str) -> ActionPlan {
        ActionPlan { format: ACTIONS_FORMAT, survey_id: survey_id.to_owned(), next_id: 1, actions: Vec::new() }
    }

    /// The action numbered `id`.
    pub fn action(&self, id: u32) -> Option<&AgreedAction> {
        self.actions.iter().find(|action| action.id == id)
    }

    fn position(&self, id: u32) -> Result<usize, ActionError> {
        self.actions.iter().position(|action| action.id == id).ok_or(ActionError::NoSuchAction { id })
    }

    /// The plan after `change` to the actions of `survey`, or why it cannot be made (the plan is
    /// then unchanged).
    pub fn apply(&self, change: &PlanChange, survey: &SurveyDefinition) -> Result<ActionPlan, ActionError> {
        let mut plan = self.clone();
        match change {
            PlanChange::Add { action, wave, today } => {
                if plan.actions.len() >= MAX_ACTIONS {
                    return Err(ActionError::TooMany { limit: MAX_ACTIONS });
                }
                let action = checked(action, survey)?;
                plan.actions.push(AgreedAction {
                    id: plan.next_id,
                    what: action.what,
                    indicator: action.indicator,
                    prompt: action.prompt,
                    owners: action.owners,
                    due: action.due_by.map_or(Due::NextWave, Due::By),
                    status: ActionStatus::NotStarted,
                    wave: wave.clone(),
                    agreed_on: today.clone(),
                });
                plan.next_id += 1;
            }
            PlanChange::SetStatus { id, status } => {
                let at = plan.position(*id)?;
                plan.actions[at].status = *status;
            }
            PlanChange::Remove { id } => {
                let at = plan.position(*id)?;
                plan.actions.remove(at);
            }
        }
        Ok(plan)
    }

    /// The actions agreed about the figures of wave `wave`.
    pub fn agreed_in<'a>(&'a self, wave: &'a str) -> impl Iterator<Item = &'a AgreedAction> + 'a {
        self.actions.iter().filter(move |action| action.wave == wave)
    }
}

impl crate::store::KeptWithSurvey for ActionPlan {
    const GROUP: &'static str = "actions";
    fn empty(survey_id: &str) -> Self {
        ActionPlan::new(survey_id)
    }
    fn survey_id(&self) -> &str {
        &self.survey_id
    }
}
