//! What a facilitator chooses, and the survey definition it makes from the built-in instrument.

use crate::sorted_map::SortedMap;
use crate::survey::{Choice, ItemKind, SurveyDefinition};
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
    /// Language respondents see first; the texts given here are in it. Must be one the base
    /// instrument offers (the built-in one is in English).
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
    /// Where respondents' devices send each response; empty: kept on their device (docs/operating/workshops.md).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub submission_address: String,
    /// The facilitator's translations of the texts above into the base's other languages:
    /// language, then key (`title`, `group.<id>`, `partner.<id>`, `statement.<id>`), then words.
    #[serde(default, skip_serializing_if = "SortedMap::is_empty")]
    pub translations: SortedMap<String, SortedMap<String, String>>,
    /// Set when only responses with an invitation count; the hashes of the codes made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invitations: Option<crate::invitations::Invitations>,
    /// Agreed actions this wave asks about, as (action number, its words), in number order: a
    /// last section asks of each whether it was carried out. Not part of [`SetUp::structure`], so
    /// that the waves stay one survey.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub follow_through: Vec<(u32, String)>,
    /// The survey's public key, when its responses are sealed; its private key is kept wrapped
    /// beside the set-up ([`super::SavedSurvey::key`]), never in it, so links never carry it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seal_key: Option<crate::seal::PublicKey>,
}

/// Id of the section asking whether the last workshop's actions were carried out.
pub const FOLLOW_THROUGH_SECTION: &str = "follow-through";

/// The id of the item that asks whether action `action` was carried out.
pub(crate) fn follow_through_item_id(action: impl std::fmt::Display) -> String {
    format!("F{action}")
}

/// The follow-through section's title and introduction in `language`: the app's own words for the
/// languages it speaks (English, Welsh, Easy Read), none for others (the facilitator translates
/// them by their keys, `follow-through.title` and `follow-through.intro`).
pub fn follow_through_words(language: &str) -> Option<(&'static str, &'static str)> {
    match language {
        "en" => Some((
            "What we agreed last time",
            "At the last workshop the partners agreed these actions. For each, was it carried out?",
        )),
        "cy" => Some((
            "Yr hyn a gytunwyd y tro diwethaf",
            "Yn y gweithdy diwethaf cytunodd y partneriaid ar y camau hyn. A gafodd pob un ei wneud?",
        )),
        "en-easy" => Some((
            "What we said we would do",
            "At the last meeting the partners said they would do these things. Tell us if each one was done.",
        )),
        _ => None,
    }
}

/// The smallest threshold k the set-up offers (figures are then about k + 1 people or more); it
/// can raise it, never lower it (docs/design.md, "Small numbers").
pub const MIN_THRESHOLD: u32 = crate::survey::MIN_SMALL_GROUP_THRESHOLD;

impl SetUp {
    /// A new set-up of `base` with survey id `id`: its title, groups and partners, wave and
    /// threshold, every item included.
    pub fn from_definition(base: &SurveyDefinition, id: &str) -> SetUp {
        let language = &base.default_language;
        let pairs = |choices: &[Choice]| -> Vec<(String, String)> {
            choices.iter().map(|c| (c.id.clone(), c.label.get(language, language).to_owned())).collect()
        };
        SetUp {
            id: id.to_owned(),
            version: base.version,
            title: base.title.get(language, language).to_owned(),
            wave: base.wave.clone(),
            language: language.clone(),
            threshold: base.small_group_threshold.max(MIN_THRESHOLD),
            groups: pairs(&base.groups),
            partners: pairs(&base.partners),
            omit: Vec::new(),
            custom: Vec::new(),
            submission_address: base.submission_address.clone().unwrap_or_default(),
            translations: SortedMap::new(),
            invitations: base.invitations.clone(),
            follow_through: base
                .sections
                .iter()
                .filter(|section| section.id == FOLLOW_THROUGH_SECTION)
                .flat_map(|section| &section.items)
                .filter_map(|item| match item.kind {
                    ItemKind::FollowThrough { action } => Some((action, item.label.get(language, language).to_owned())),
                    _ => None,
                })
                .collect(),
            seal_key: base.seal_key.clone(),
        }
    }

    /// The follow-through section's title and introduction in the set-up's language (English
    /// where the app has no words of that language).
    pub fn follow_through_words(&self) -> (&'static str, &'static str) {
        follow_through_words(&self.language).or_else(|| follow_through_words("en")).unwrap_or_default()
    }

    /// What responses depend on: the ids of groups, partners and questions. Set-ups that share
    /// an id and version must agree on it, or their responses could not be pooled.
    /// Order does not matter: reordering partners keeps responses comparable.
    pub fn structure(&self) -> Vec<String> {
        let mut parts: Vec<String> = self.groups.iter().map(|(id, _)| format!("g:{id}")).collect();
        parts.extend(self.partners.iter().map(|(id, _)| format!("p:{id}")));
        parts.extend(self.omit.iter().map(|id| format!("o:{id}")));
        parts.extend(self.custom.iter().map(|s| format!("c:{}:{}", s.id, s.indicator.as_deref().unwrap_or(""))));
        parts.sort_unstable();
        parts
    }
}
