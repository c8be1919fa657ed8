//! The set-up of the built-in instrument that makes a given definition, when one does: a survey
//! file this app wrote comes back as the set-up it was, so its share link is the short set-up
//! link (which fits a QR code) instead of the whole definition (which does not).

use super::model::{CustomStatement, SetUp};
use super::translation::{base_translation, translation_keys};
use crate::survey::{ItemKind, LocalText, SurveyDefinition};

/// The set-up of `builtin` whose definition is exactly `survey`, if there is one: the groups,
/// partners, title and wave, the items left out, the statements added, every translation.
pub fn builtin_setup_of(survey: &SurveyDefinition, builtin: &SurveyDefinition) -> Option<SetUp> {
    let mut setup = SetUp::from_definition(survey, &survey.id);
    let language = setup.language.clone();
    setup.omit = builtin.items().filter(|item| survey.item(&item.id).is_none()).map(|item| item.id.clone()).collect();
    for section in &survey.sections {
        let added =
            section.items.iter().filter(|item| item.kind == ItemKind::Likert && builtin.item(&item.id).is_none());
        for item in added {
            setup.custom.push(CustomStatement {
                id: item.id.clone(),
                label: item.label.get(&language, &language).to_owned(),
                section: section.id.clone(),
                indicator: survey
                    .indicators
                    .iter()
                    .find(|indicator| indicator.items.contains(&item.id))
                    .map(|i| i.id.clone()),
            });
        }
    }
    // Each text's words in the other languages, where they are not what the set-up gives anyway.
    for (key, _) in translation_keys(&setup) {
        for (other, words) in text_of(survey, &key)?.0.iter().filter(|(other, _)| **other != language) {
            if base_translation(&setup, builtin, &key, other).as_deref() != Some(words.as_str()) {
                setup.translations.entry(other.clone()).or_default().insert(key.clone(), words.clone());
            }
        }
    }
    // Only an exact match: nothing of the definition may be lost by keeping it as a set-up.
    (setup.to_definition(builtin).ok()? == *survey).then_some(setup)
}

/// The text of `survey` that translation key `key` names (see `translation_keys`).
fn text_of<'a>(survey: &'a SurveyDefinition, key: &str) -> Option<&'a LocalText> {
    let (kind, id) = key.split_once('.').unwrap_or((key, ""));
    let follow_through = || survey.sections.iter().find(|section| section.id == super::FOLLOW_THROUGH_SECTION);
    match kind {
        "title" => Some(&survey.title),
        "group" => survey.groups.iter().find(|group| group.id == id).map(|group| &group.label),
        "partner" => survey.partners.iter().find(|partner| partner.id == id).map(|partner| &partner.label),
        "statement" => survey.item(id).map(|item| &item.label),
        "action" => survey.item(&super::model::follow_through_item_id(id)).map(|item| &item.label),
        "follow-through" if id == "title" => follow_through().map(|section| &section.title),
        "follow-through" => follow_through().and_then(|section| section.intro.as_ref()),
        _ => None,
    }
}
