//! Surveys a facilitator keeps on the device: each a set-up of a base instrument (the built-in
//! one, or a definition imported from a file), duplicated from wave to wave.

use super::model::SetUp;
use crate::seal::WrappedKey;
use crate::survey::{load_survey, survey_to_json, SurveyDefinition, SurveyError};
use serde::{Deserialize, Serialize};

/// One survey kept on the device.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedSurvey {
    /// The facilitator's choices.
    pub setup: SetUp,
    /// The definition the set-up adapts; none for the built-in instrument.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<SurveyDefinition>,
    /// The private key of a survey whose responses are sealed, wrapped under the facilitators'
    /// passphrase; its public half is the set-up's `seal_key`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<WrappedKey>,
    /// The facilitator chose to send responses to a server unsealed: whoever runs it can read them.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unsealed: bool,
}

impl SavedSurvey {
    /// A new survey adapting `builtin`, with survey id `id` and no partners yet.
    pub fn new(builtin: &SurveyDefinition, id: &str) -> SavedSurvey {
        let mut setup = SetUp::from_definition(builtin, id);
        setup.version = 1;
        setup.title = "Our partnership survey".to_owned();
        setup.partners.clear();
        SavedSurvey { setup, base: None, key: None, unsealed: false }
    }

    /// A survey from an imported definition file, checked by the same validator as the
    /// built-in instrument. Its own id and version are kept, so its responses stay its own.
    pub fn import(json: &str) -> Result<SavedSurvey, Vec<SurveyError>> {
        load_survey(json).map(SavedSurvey::of_definition)
    }

    /// A survey of an already validated definition (one opened from a database), keeping its id
    /// and version.
    pub fn of_definition(base: SurveyDefinition) -> SavedSurvey {
        // A survey file this app wrote is kept as the set-up of the built-in instrument it was:
        // its link is then the short set-up link, which fits a QR code.
        let builtin = crate::survey::builtin_survey().ok();
        if let Some(setup) = builtin.and_then(|builtin| super::builtin_setup_of(&base, &builtin)) {
            return SavedSurvey { setup, base: None, key: None, unsealed: false };
        }
        SavedSurvey { setup: SetUp::from_definition(&base, &base.id), base: Some(base), key: None, unsealed: false }
    }

    /// The survey respondents get, validated; `builtin` is used when there is no base.
    pub fn definition(&self, builtin: &SurveyDefinition) -> Result<SurveyDefinition, Vec<SurveyError>> {
        self.setup.to_definition(self.base.as_ref().unwrap_or(builtin))
    }

    /// The survey as a definition file (the format `load_survey` and `data-survey` read).
    pub fn definition_file(&self, builtin: &SurveyDefinition) -> Result<String, Vec<SurveyError>> {
        self.definition(builtin).map(|survey| survey_to_json(&survey))
    }

    /// Gives the survey a new id (an imported file kept apart from a stored survey of its id).
    pub fn set_id(&mut self, id: &str) {
        self.setup.id = id.to_owned();
        if let Some(base) = &mut self.base {
            base.id = id.to_owned();
        }
    }

    /// The same survey for its next wave: same id, version and questions, so responses of both
    /// waves are compared on the dashboard; the wave label is left for the facilitator.
    pub fn next_wave(&self) -> SavedSurvey {
        let mut next = self.clone();
        next.setup.wave = String::new();
        // The last wave's questions about actions were that wave's: this one chooses its own.
        next.setup.follow_through.clear();
        next
    }

    /// This survey as the dashboard reads its responses: with the questions about actions that any
    /// wave of it (a saved survey of the same id and version in `all`) asks, since responses of
    /// every wave are pooled and an older wave's copy may be the one open.
    pub fn with_every_wave_s_actions(&self, all: &[SavedSurvey]) -> SavedSurvey {
        let mut joined = self.clone();
        let waves =
            all.iter().filter(|other| other.setup.id == self.setup.id && other.setup.version == self.setup.version);
        for other in waves {
            for (action, what) in &other.setup.follow_through {
                if joined.setup.follow_through.iter().any(|(asked, _)| asked == action) {
                    continue;
                }
                joined.setup.follow_through.push((*action, what.clone()));
                let key = format!("action.{action}");
                for (language, texts) in &other.setup.translations {
                    if let Some(words) = texts.get(&key) {
                        joined
                            .setup
                            .translations
                            .entry(language.clone())
                            .or_default()
                            .insert(key.clone(), words.clone());
                    }
                }
            }
        }
        joined.setup.follow_through.sort_by_key(|(action, _)| *action);
        joined
    }

    /// Whether the survey must be sealed, or sent unsealed on purpose, before responses may leave
    /// respondents' devices for a server (its link is offered) or it is published to a database:
    /// sealing is the default wherever a server holds responses.
    pub fn awaits_sealing(&self, for_server: bool) -> bool {
        for_server && self.setup.seal_key.is_none() && !self.unsealed
    }

    /// A name for lists: the title, with the wave when there is one.
    pub fn name(&self) -> String {
        let title = if self.setup.title.trim().is_empty() { "Untitled survey" } else { self.setup.title.trim() };
        match self.setup.wave.trim() {
            "" => title.to_owned(),
            wave => format!("{title} ({wave})"),
        }
    }
}

/// Gives `saved[index]` a new version when another saved survey with the same id and version
/// asks different questions of different groups or partners (say, a next wave that dropped a
/// partner), since responses are pooled by id and version. Returns whether it changed.
pub fn settle_version(saved: &mut [SavedSurvey], index: usize) -> bool {
    let Some(this) = saved.get(index) else { return false };
    let (id, version, structure) = (this.setup.id.clone(), this.setup.version, this.setup.structure());
    let clash = saved.iter().enumerate().any(|(i, other)| {
        i != index && other.setup.id == id && other.setup.version == version && other.setup.structure() != structure
    });
    if !clash {
        return false;
    }
    let newest = saved.iter().filter(|other| other.setup.id == id).map(|other| other.setup.version).max();
    saved[index].setup.version = newest.unwrap_or(version) + 1;
    true
}
