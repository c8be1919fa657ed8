//! What a facilitator chooses, and the survey definition it makes from the built-in instrument.

use crate::survey::{validate, Choice, Indicator, Item, ItemKind, LocalText, SurveyDefinition, SurveyError};
use serde::{Deserialize, Serialize};

/// A statement the facilitator adds, answered on the agreement scale.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomStatement {
    /// Item id, unique in the survey.
    pub id: String,
    /// The statement.
    pub label: String,
    /// Section of the built-in instrument it goes at the end of.
    pub section: String,
    /// Indicator it counts towards, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indicator: Option<String>,
}

/// A set-up: the built-in instrument adapted to one partnership and one wave.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetUp {
    /// Survey id responses will carry.
    pub id: String,
    /// Version of this set-up; responses are pooled only within one version.
    pub version: u32,
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub wave: String,
    /// Language of the texts given here (the built-in texts are English).
    pub language: String,
    pub threshold: u32,
    /// Stakeholder groups as (id, label).
    pub groups: Vec<(String, String)>,
    /// Partner organisations as (id, label).
    pub partners: Vec<(String, String)>,
    /// Ids of built-in items left out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub omit: Vec<String>,
    /// Statements added.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub custom: Vec<CustomStatement>,
}

fn choices(pairs: &[(String, String)], language: &str) -> Vec<Choice> {
    pairs.iter().map(|(id, label)| Choice { id: id.clone(), label: LocalText::new(language, label) }).collect()
}

impl SetUp {
    /// The survey this set-up makes from `builtin`, validated like any definition.
    pub fn to_definition(&self, builtin: &SurveyDefinition) -> Result<SurveyDefinition, Vec<SurveyError>> {
        let mut survey = builtin.clone();
        survey.id = self.id.clone();
        survey.version = self.version;
        survey.title = LocalText::new(&survey.default_language, &self.title);
        survey.wave = self.wave.clone();
        survey.small_group_threshold = self.threshold;
        survey.groups = choices(&self.groups, &survey.default_language);
        survey.partners = choices(&self.partners, &survey.default_language);
        for section in &mut survey.sections {
            section.items.retain(|item| !self.omit.contains(&item.id));
            for statement in self.custom.iter().filter(|s| s.section == section.id) {
                section.items.push(Item {
                    id: statement.id.clone(),
                    kind: ItemKind::Likert,
                    label: LocalText::new(&survey.default_language, &statement.label),
                    help: None,
                    shown_to: Vec::new(),
                });
            }
        }
        survey.sections.retain(|section| !section.items.is_empty());
        for indicator in &mut survey.indicators {
            indicator.items.retain(|item| !self.omit.contains(item));
            indicator.items.extend(
                self.custom.iter().filter(|s| s.indicator.as_deref() == Some(&indicator.id)).map(|s| s.id.clone()),
            );
        }
        survey.indicators.retain(|indicator: &Indicator| !indicator.items.is_empty());
        let errors = validate(&survey);
        if errors.is_empty() {
            Ok(survey)
        } else {
            Err(errors)
        }
    }
}
