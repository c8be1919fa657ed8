//! Turning JSON text into a validated survey definition.

use super::definition::{SurveyDefinition, SCHEMA_VERSION};
use super::error::SurveyError;
use super::validate::validate;
use serde::Deserialize;

/// Only the format version, read first so that a newer format is reported as such
/// rather than as a confusing shape error.
#[derive(Deserialize)]
struct SchemaProbe {
    schema: Option<u64>,
}

fn malformed(error: &serde_json::Error) -> SurveyError {
    let reason = error.to_string();
    // serde_json appends " at line L column C"; the position is reported in its own fields.
    let reason = reason.split(" at line ").next().unwrap_or(&reason).to_owned();
    SurveyError::Malformed { line: error.line(), column: error.column(), reason }
}

/// Parses and validates a survey definition; on failure returns every problem found.
pub fn load_survey(json: &str) -> Result<SurveyDefinition, Vec<SurveyError>> {
    let probe: SchemaProbe = serde_json::from_str(json).map_err(|error| vec![malformed(&error)])?;
    match probe.schema {
        Some(found) if found == u64::from(SCHEMA_VERSION) => {}
        Some(found) => return Err(vec![SurveyError::UnsupportedSchema { found, supported: SCHEMA_VERSION }]),
        None => {
            return Err(vec![SurveyError::Malformed {
                line: 1,
                column: 1,
                reason: "missing field `schema`".to_owned(),
            }])
        }
    }
    let survey: SurveyDefinition = serde_json::from_str(json).map_err(|error| vec![malformed(&error)])?;
    let errors = validate(&survey);
    if errors.is_empty() {
        Ok(survey)
    } else {
        Err(errors)
    }
}

/// Serialises a definition as pretty JSON, the format [`load_survey`] reads.
pub fn survey_to_json(survey: &SurveyDefinition) -> String {
    // Serialising plain structs of strings and numbers to a String cannot fail.
    serde_json::to_string_pretty(survey).unwrap_or_default()
}
