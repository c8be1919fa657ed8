//! The built-in instrument of docs/design.md, shipped inside the app.

use super::definition::SurveyDefinition;
use super::error::SurveyError;
use super::load::load_survey;

/// The JSON text of the built-in instrument (`instruments/partnership-pulse.json`, compacted by
/// `build.rs`).
pub const BUILTIN_SURVEY_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/builtin-survey.json"));

/// The built-in instrument, through the same parser and validator as any custom survey.
pub fn builtin_survey() -> Result<SurveyDefinition, Vec<SurveyError>> {
    load_survey(BUILTIN_SURVEY_JSON)
}
