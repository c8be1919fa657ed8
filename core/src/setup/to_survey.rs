//! The survey a set-up makes: the base survey with the facilitator's names, choices, statements,
//! follow-through questions and translations applied, validated like any definition.

use super::model::{follow_through_item_id, SetUp, FOLLOW_THROUGH_SECTION};
use super::translation::translation_of;
use crate::survey::{validate, Choice, Indicator, Item, ItemKind, LocalText, Section, SurveyDefinition, SurveyError};

impl SetUp {
    /// The survey this set-up makes from `builtin`, validated like any definition.
    pub fn to_definition(&self, builtin: &SurveyDefinition) -> Result<SurveyDefinition, Vec<SurveyError>> {
        let mut survey = builtin.clone();
        if survey.languages.contains(&self.language) {
            survey.default_language = self.language.clone();
        }
        // Each of the facilitator's texts in the set-up's language, and in each other language
        // the base offers: their translation, else the base's own for a text kept unchanged.
        let default = survey.default_language.clone();
        let local = |key: &str, words: &str| {
            let mut text = LocalText::new(&default, words);
            for language in builtin.languages.iter().filter(|language| **language != default) {
                if let Some(translated) = translation_of(self, builtin, key, language) {
                    text.0.insert(language.clone(), translated);
                }
            }
            text
        };
        let choices = |kind: &str, pairs: &[(String, String)]| -> Vec<Choice> {
            pairs
                .iter()
                .map(|(id, label)| Choice { id: id.clone(), label: local(&format!("{kind}.{id}"), label) })
                .collect()
        };
        survey.id = self.id.clone();
        survey.version = self.version;
        survey.title = local("title", &self.title);
        survey.wave = self.wave.clone();
        survey.small_group_threshold = self.threshold;
        survey.submission_address =
            Some(self.submission_address.trim().to_owned()).filter(|address| !address.is_empty());
        survey.invitations = self.invitations.clone();
        survey.seal_key = self.seal_key.clone();
        survey.groups = choices("group", &self.groups);
        survey.partners = choices("partner", &self.partners);
        for section in &mut survey.sections {
            section.items.retain(|item| !self.omit.contains(&item.id));
            for statement in self.custom.iter().filter(|s| s.section == section.id) {
                section.items.push(Item {
                    id: statement.id.clone(),
                    kind: ItemKind::Likert,
                    label: local(&format!("statement.{}", statement.id), &statement.label),
                    help: None,
                    shown_to: Vec::new(),
                });
            }
        }
        // The base's own questions about actions are the set-up's (`from_definition`): asked once.
        survey.sections.retain(|section| !section.items.is_empty() && section.id != FOLLOW_THROUGH_SECTION);
        if !self.follow_through.is_empty() {
            let (follow_through_title, follow_through_intro) = self.follow_through_words();
            survey.sections.push(Section {
                id: FOLLOW_THROUGH_SECTION.to_owned(),
                title: local("follow-through.title", follow_through_title),
                intro: Some(local("follow-through.intro", follow_through_intro)),
                items: self
                    .follow_through
                    .iter()
                    .map(|(action, what)| Item {
                        id: follow_through_item_id(action),
                        kind: ItemKind::FollowThrough { action: *action },
                        label: local(&format!("action.{action}"), what),
                        help: None,
                        shown_to: Vec::new(),
                    })
                    .collect(),
            });
        }
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
