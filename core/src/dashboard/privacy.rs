//! What small-number protection changed, in the dashboard's words: which groups and partners
//! can be chosen and shown, and the notes that say what was pooled or left out and why.

use crate::analytics::{AnalyticsError, Report};
use crate::i18n::{Arg, DashMsg as M, Texts};
use crate::response::ResponseError;
use crate::survey::SurveyDefinition;

/// Responses stored and in no figure, beside those protection leaves out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HeldBack {
    /// New responses waiting until they can be shown without standing out.
    pub waiting: usize,
    /// For a survey by invitation: how many invitations it lists, and the responses without a
    /// valid one. `None`: anyone with the link can respond.
    pub invitations: Option<(usize, crate::invitations::UninvitedCounts)>,
}

/// Label of the row that pools groups with fewer than k responses.
pub const COMBINED_GROUPS_LABEL: &str = "Other groups, combined";

/// A group or partner the dashboard shows and filters by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    /// Its position in the report's by-group (or by-partner) figures.
    pub index: usize,
    /// Its id, as filters name it.
    pub id: String,
    /// Its label in the dashboard's language.
    pub label: String,
}

/// The label of report group `index`: a survey group, or the combined row after them.
pub fn group_label(survey: &SurveyDefinition, index: usize, language: &str, texts: &Texts<M>) -> String {
    match survey.groups.get(index) {
        Some(group) => group.label.get(language, &survey.default_language).to_owned(),
        None => texts.get(M::CombinedGroups),
    }
}

/// The groups with figures of their own: those not pooled, then the combined row if there is one.
pub fn group_choices(survey: &SurveyDefinition, report: &Report, language: &str, texts: &Texts<M>) -> Vec<Choice> {
    let pooled = |index: usize| report.pooling.pooled_groups.get(index).copied().unwrap_or(false);
    report
        .groups
        .iter()
        .enumerate()
        .filter(|&(index, _)| !pooled(index))
        .map(|(index, id)| Choice { index, id: id.clone(), label: group_label(survey, index, language, texts) })
        .collect()
}

/// The partner organisations whose respondents' figures can be shown on their own (in the
/// unfiltered view, so that the list is the same whatever is ticked).
pub fn partner_choices(survey: &SurveyDefinition, report: &Report, language: &str) -> Vec<Choice> {
    survey
        .partners
        .iter()
        .enumerate()
        .filter(|&(index, _)| report.partners_shown.get(index).copied().unwrap_or(false))
        .map(|(index, partner)| Choice {
            index,
            id: partner.id.clone(),
            label: partner.label.get(language, &survey.default_language).to_owned(),
        })
        .collect()
}

fn names(labels: Vec<String>) -> String {
    labels.join(", ")
}

/// Plain-language notes on what protection pooled or left out, every response left out of the
/// figures accounted for, how many new responses wait to be shown, and who can add responses.
pub fn privacy_notes(
    survey: &SurveyDefinition,
    report: &Report,
    held_back: HeldBack,
    language: &str,
    texts: &Texts<M>,
) -> Vec<String> {
    let threshold = ("threshold", Arg::from(report.shown_from));
    let pooling = &report.pooling;
    let mut notes = Vec::new();
    if held_back.waiting > 0 {
        notes.push(texts.format(M::Waiting, &[("count", held_back.waiting.into())]));
    }
    if let Some((listed, uninvited)) = held_back.invitations {
        if listed == 0 {
            notes.push(texts.get(M::NoInvitationsListed));
        }
        if uninvited.total() > 0 {
            let reasons: Vec<String> = [
                (uninvited.no_code, M::WithNoCode),
                (uninvited.unknown_code, M::WithUnknownCode),
                (uninvited.other_group, M::WithOtherGroupCode),
            ]
            .into_iter()
            .filter(|&(count, _)| count > 0)
            .map(|(count, msg)| texts.format(msg, &[("count", count.into())]))
            .collect();
            let reasons = reasons.join("; ");
            notes.push(
                texts.format(M::Uninvited, &[("count", uninvited.total().into()), ("reasons", Arg::Text(&reasons))]),
            );
        }
    }
    let pooled: Vec<String> = pooling
        .pooled_groups
        .iter()
        .enumerate()
        .filter(|&(index, &p)| p && !pooling.groups_left_out.get(index).copied().unwrap_or(false))
        .map(|(index, _)| group_label(survey, index, language, texts))
        .collect();
    let left_out_groups: Vec<String> = pooling
        .groups_left_out
        .iter()
        .enumerate()
        .filter(|(_, &out)| out)
        .map(|(index, _)| group_label(survey, index, language, texts))
        .collect();
    if !pooled.is_empty() && pooling.combined_row {
        let groups = ("groups", Arg::Text(&names(pooled.clone())));
        let combined = texts.get(M::CombinedGroups);
        notes.push(texts.format(M::GroupsCombined, &[groups, threshold, ("combined", Arg::Text(&combined))]));
    }
    let left_out = pooling.responses_left_out();
    if left_out > 0 {
        let mut reasons = Vec::new();
        if pooling.small_groups_left_out > 0 {
            let groups = names(left_out_groups);
            reasons.push(texts.format(
                M::InSmallGroups,
                &[("count", pooling.small_groups_left_out.into()), ("groups", Arg::Text(&groups)), threshold],
            ));
        }
        for (wave, count) in &pooling.small_waves_left_out {
            let wave = if wave.is_empty() { texts.get(M::NoWave) } else { wave.clone() };
            reasons.push(
                texts.format(M::InSmallWave, &[("count", (*count).into()), ("wave", Arg::Text(&wave)), threshold]),
            );
        }
        let reasons = reasons.join("; ");
        notes.push(texts.format(M::InNoFigure, &[("count", left_out.into()), ("reasons", Arg::Text(&reasons))]));
    }
    if !notes.is_empty() {
        notes.push(texts.format(M::NoCombinationReveals, &[threshold]));
    }
    if held_back.invitations.is_none() {
        notes.push(texts.get(M::AnyoneCanRespond));
    }
    notes
}

/// Why stored responses are not in the figures, in words: responses to other versions of the
/// survey counted by version (they are kept, and exported), then up to five other reasons.
pub fn left_out_notes(refused: &[AnalyticsError], version: u32, texts: &Texts<M>) -> Vec<String> {
    let mut by_version: Vec<(u32, usize)> = Vec::new();
    let mut others = Vec::new();
    for error in refused {
        match error {
            AnalyticsError::Response(ResponseError::WrongVersion { found, .. }) => {
                match by_version.iter_mut().find(|(v, _)| v == found) {
                    Some((_, count)) => *count += 1,
                    None => by_version.push((*found, 1)),
                }
            }
            other => others.push(other.to_string()),
        }
    }
    let mut notes: Vec<String> = by_version
        .into_iter()
        .map(|(found, count)| {
            texts.format(
                M::OtherVersion,
                &[("count", count.into()), ("found", found.into()), ("version", version.into())],
            )
        })
        .collect();
    if !others.is_empty() {
        notes.push(texts.format(M::DoNotFit, &[("count", others.len().into())]));
        notes.extend(others.into_iter().take(5));
    }
    notes
}
