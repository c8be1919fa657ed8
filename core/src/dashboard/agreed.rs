//! The agreed actions in the dashboard's words: what an action can answer (an indicator or a
//! prompt shown now), and each action as a row, with its indicator's change since it was agreed.

use super::advice::advice_words;
use super::chart::DataTable;
use super::labels::Labels;
use crate::analytics::{Report, Trigger};
use crate::charts::format_score;
use crate::i18n::{Arg, DashMsg as M, Texts};
use crate::survey::SurveyDefinition;
use crate::workshop::{action_progress, ActionPlan, ActionStatus, Due};

/// Longest prompt text shown in the list of what an action answers (the whole is kept).
const PROMPT_CHOICE_CHARS: usize = 90;

/// One thing an action can answer, as offered in a list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerChoice {
    /// The option's value: `indicator:<id>` or `prompt:<n>`.
    pub value: String,
    pub label: String,
    pub indicator: Option<String>,
    /// The whole prompt, for a prompt.
    pub prompt: Option<String>,
}

/// The indicator a prompt is about, when the survey has it.
fn prompt_indicator(trigger: &Trigger, survey: &SurveyDefinition) -> Option<String> {
    let id = match trigger {
        Trigger::Concern { indicator } | Trigger::Gap { indicator } => indicator.as_str(),
        Trigger::Marginalised { .. } => crate::analytics::INCLUSION_INDICATOR,
        Trigger::LowTrust | Trigger::FewMutualTrust => "trust",
    };
    survey.indicators.iter().any(|indicator| indicator.id == id).then(|| id.to_owned())
}

/// `text` cut to `limit` characters at a space, with "…" when cut.
fn shortened(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        return text.to_owned();
    }
    let cut: String = text.chars().take(limit).collect();
    let at = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end_matches([',', ';', ':', '.']))
}

/// The survey's indicators, then each prompt the view raises (once each), in `texts`' words.
pub fn answer_choices(
    survey: &SurveyDefinition,
    report: &Report,
    language: &str,
    texts: &Texts<M>,
) -> Vec<AnswerChoice> {
    let labels = Labels::new(survey, language, texts);
    let mut choices: Vec<AnswerChoice> = survey
        .indicators
        .iter()
        .map(|indicator| AnswerChoice {
            value: format!("indicator:{}", indicator.id),
            label: labels.indicator_named(&indicator.id),
            indicator: Some(indicator.id.clone()),
            prompt: None,
        })
        .collect();
    let mut seen: Vec<String> = Vec::new();
    for (at, prompt) in report.actions.iter().enumerate() {
        let words = texts.get(advice_words(prompt.advice).0);
        if seen.contains(&words) {
            continue;
        }
        let indicator = prompt_indicator(&prompt.trigger, survey);
        let about = indicator.as_deref().map(|id| labels.indicator_named(id));
        let short = shortened(&words, PROMPT_CHOICE_CHARS);
        let label = match about {
            Some(about) => {
                texts.format(M::PromptChoiceAbout, &[("indicator", Arg::Text(&about)), ("prompt", Arg::Text(&short))])
            }
            None => texts.format(M::PromptChoice, &[("prompt", Arg::Text(&short))]),
        };
        choices.push(AnswerChoice { value: format!("prompt:{at}"), label, indicator, prompt: Some(words.clone()) });
        seen.push(words);
    }
    choices
}

/// An agreed action, in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionRow {
    pub id: u32,
    pub what: String,
    /// What it answers: the indicator's name, the prompt, or both.
    pub answers: Option<String>,
    /// The partner organisations that own it, joined.
    pub owners: String,
    pub due: String,
    pub status: ActionStatus,
    /// When and on which wave's figures it was agreed.
    pub agreed: String,
    /// Its indicator's change since, or why none is shown.
    pub change: Option<String>,
    /// What respondents said when a later wave asked whether it was carried out.
    pub said: Option<FollowThroughWords>,
}

/// Respondents' answers to whether an action was carried out, in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FollowThroughWords {
    /// Everyone's answers, or that too few answered to show them.
    pub summary: String,
    /// By group, the groups that may be shown.
    pub by_group: Option<DataTable>,
    /// Said when most of those who answered yes, partly or no said no.
    pub prompt: Option<String>,
}

/// What respondents said of action `action`, when the survey asks about it: from the report's
/// distributions, so protected as every statement's are.
fn follow_through_words(
    action: u32,
    report: &Report,
    survey: &SurveyDefinition,
    language: &str,
    texts: &Texts<M>,
) -> Option<FollowThroughWords> {
    use crate::survey::ItemKind;
    let item = survey.items().find(|item| item.kind == ItemKind::FollowThrough { action })?;
    let answers = report.items.iter().find(|distribution| distribution.item == item.id)?;
    let Some(everyone) = answers.overall.shown() else {
        let summary = texts.format(M::FollowThroughTooFew, &[("threshold", report.shown_from.into())]);
        return Some(FollowThroughWords { summary, by_group: None, prompt: None });
    };
    let [yes, partly, no, dont_know] = [everyone.points[2], everyone.points[1], everyone.points[0], everyone.dont_know];
    let summary = texts.format(
        M::FollowThroughSaid,
        &[
            ("answered", everyone.total().into()),
            ("yes", yes.into()),
            ("partly", partly.into()),
            ("no", no.into()),
            ("dont_know", dont_know.into()),
        ],
    );
    let rows = group_rows(answers, report, survey, language, texts);
    let by_group = (!rows.is_empty()).then(|| DataTable {
        caption: carried_out_caption(item, report, survey, language, texts),
        columns: carried_out_columns(texts),
        rows,
    });
    let prompt = (no * 2 > yes + partly + no).then(|| texts.get(M::FollowThroughMostlyNo));
    Some(FollowThroughWords { summary, by_group, prompt })
}

/// For the figures file: each question about an action the survey asks, with everyone's answers
/// ("fewer than k" when too few answered) and each group's that may be shown.
pub fn follow_through_tables(
    report: &Report,
    survey: &SurveyDefinition,
    language: &str,
    texts: &Texts<M>,
) -> Vec<DataTable> {
    use crate::survey::ItemKind;
    let fewer = texts.format(M::FewerThan, &[("threshold", report.shown_from.into())]);
    survey
        .items()
        .filter(|item| matches!(item.kind, ItemKind::FollowThrough { .. }))
        .filter_map(|item| {
            let answers = report.items.iter().find(|distribution| distribution.item == item.id)?;
            let everyone = answers.overall.shown().map_or_else(|| vec![fewer.clone(); 4], carried_out_cells);
            let mut rows = vec![(texts.get(M::ColAll), everyone)];
            rows.extend(group_rows(answers, report, survey, language, texts));
            Some(DataTable {
                caption: carried_out_caption(item, report, survey, language, texts),
                columns: carried_out_columns(texts),
                rows,
            })
        })
        .collect()
}

/// Yes, partly, no and don't know (points 3, 2, 1, then don't know).
fn carried_out_cells(counts: &crate::analytics::AnswerCounts) -> Vec<String> {
    [counts.points[2], counts.points[1], counts.points[0], counts.dont_know].map(|count| count.to_string()).to_vec()
}

fn carried_out_columns(texts: &Texts<M>) -> Vec<String> {
    [M::ColGroup, M::ColYes, M::ColPartly, M::ColNo, M::ColDontKnow].map(|m| texts.get(m)).to_vec()
}

fn carried_out_caption(
    item: &crate::survey::Item,
    report: &Report,
    survey: &SurveyDefinition,
    language: &str,
    texts: &Texts<M>,
) -> String {
    texts.format(
        M::FollowThroughCaption,
        &[
            ("what", Arg::Text(item.label.get(language, &survey.default_language))),
            ("threshold", report.shown_from.into()),
        ],
    )
}

/// Each group in view whose answers may be shown, with them.
fn group_rows(
    answers: &crate::analytics::ItemDistribution,
    report: &Report,
    survey: &SurveyDefinition,
    language: &str,
    texts: &Texts<M>,
) -> Vec<(String, Vec<String>)> {
    answers
        .by_group
        .iter()
        .enumerate()
        .filter(|(group, _)| report.groups_in_view.get(*group).copied().unwrap_or(false))
        .filter_map(|(group, figure)| {
            Some((super::privacy::group_label(survey, group, language, texts), carried_out_cells(figure.shown()?)))
        })
        .collect()
}

/// The name of `status`.
pub fn status_name(status: ActionStatus) -> M {
    match status {
        ActionStatus::NotStarted => M::StatusNotStarted,
        ActionStatus::UnderWay => M::StatusUnderWay,
        ActionStatus::Done => M::StatusDone,
        ActionStatus::Dropped => M::StatusDropped,
    }
}

/// Every action of `plan` as a row, its change read from `report` (so withheld where the
/// charts withhold it).
pub fn action_rows(
    plan: &ActionPlan,
    report: &Report,
    survey: &SurveyDefinition,
    language: &str,
    texts: &Texts<M>,
) -> Vec<ActionRow> {
    let labels = Labels::new(survey, language, texts);
    let partner = |id: &String| {
        survey
            .partners
            .iter()
            .find(|partner| partner.id == *id)
            .map_or(id.clone(), |partner| partner.label.get(language, &survey.default_language).to_owned())
    };
    let wave_name = |wave: &str| if wave.is_empty() { texts.get(M::NoWave) } else { wave.to_owned() };
    action_progress(plan, report)
        .into_iter()
        .map(|progress| {
            let action = progress.action;
            let indicator = action.indicator.as_deref().map(|id| labels.indicator_named(id));
            let answers = match (&indicator, &action.prompt) {
                (Some(indicator), Some(prompt)) => Some(format!("{indicator}: {prompt}")),
                (Some(indicator), None) => Some(indicator.clone()),
                (None, prompt) => prompt.clone(),
            };
            let due = match &action.due {
                Due::NextWave => texts.get(M::DueNextWave),
                Due::By(day) => texts.format(M::DueBy, &[("date", Arg::Text(day))]),
            };
            let agreed = if action.wave.is_empty() {
                texts.format(M::AgreedOn, &[("date", Arg::Text(&action.agreed_on))])
            } else {
                texts.format(
                    M::AgreedOnWave,
                    &[("date", Arg::Text(&action.agreed_on)), ("wave", Arg::Text(&action.wave))],
                )
            };
            let change = indicator.map(|name| match progress.change {
                Some(change) => {
                    let (from, to) = (wave_name(&change.from), wave_name(&change.to));
                    let args = [("indicator", Arg::Text(&name)), ("from", Arg::Text(&from)), ("to", Arg::Text(&to))];
                    match change.overall {
                        Some(points) => {
                            let points = signed_points(points);
                            let mut args = args.to_vec();
                            args.push(("points", Arg::Text(&points)));
                            texts.format(M::ActionChange, &args)
                        }
                        None => {
                            let mut args = args.to_vec();
                            args.push(("threshold", report.shown_from.into()));
                            texts.format(M::ActionChangeWithheld, &args)
                        }
                    }
                }
                None => texts.format(M::ActionChangeAwaits, &[("indicator", Arg::Text(&name))]),
            });
            let said = follow_through_words(action.id, report, survey, language, texts);
            ActionRow {
                said,
                id: action.id,
                what: action.what.clone(),
                answers,
                owners: action.owners.iter().map(partner).collect::<Vec<_>>().join(", "),
                due,
                status: action.status,
                agreed,
                change,
            }
        })
        .collect()
}

/// A change in points with its sign ("+8", "-3", "0").
fn signed_points(points: f64) -> String {
    let whole = format_score(points);
    if whole.starts_with('-') || whole == "0" {
        whole
    } else {
        format!("+{whole}")
    }
}
