//! The names a chart is labelled with (groups, partners, indicators) in the dashboard's language,
//! and the dashboard's own words, shared by every chart's builder.

use super::chart_words::chart_words;
use crate::analytics::{Figure, Report, Summary};
use crate::charts::{format_score, Bar, ChartWords};
use crate::i18n::{Arg, DashMsg as M, Texts};
use crate::survey::{LocalText, SurveyDefinition};

/// Names of the survey's groups, partners and indicators in the dashboard's language, and the
/// dashboard's own words.
pub(super) struct Labels<'a> {
    pub(super) survey: &'a SurveyDefinition,
    pub(super) language: &'a str,
    pub(super) texts: &'a Texts<M>,
    /// The name of the row of small groups counted together.
    combined: String,
    /// The words charts draw of their own.
    pub(super) words: ChartWords,
    /// In place of a withheld figure.
    pub(super) hidden: String,
}

impl<'a> Labels<'a> {
    pub(super) fn new(survey: &'a SurveyDefinition, language: &'a str, texts: &'a Texts<M>) -> Labels<'a> {
        let words = chart_words(texts);
        let hidden = words.hidden.clone();
        Labels { survey, language, texts, combined: texts.get(M::CombinedGroups), words, hidden }
    }
}

impl Labels<'_> {
    /// A survey text in the dashboard's language (the survey's own language where it lacks one).
    pub(super) fn text<'t>(&self, text: &'t LocalText) -> &'t str {
        text.get(self.language, &self.survey.default_language)
    }
    /// The name of a group by id: a survey group, or the combined row.
    pub(super) fn group_by_id(&self, id: &str) -> &str {
        self.survey
            .groups
            .iter()
            .find(|group| group.id == id)
            .map_or(self.combined.as_str(), |group| self.text(&group.label))
    }
    /// A partner's name by its place in the survey.
    pub(super) fn partner(&self, index: usize) -> &str {
        self.text(&self.survey.partners[index].label)
    }
    /// An indicator's name by its place in the survey.
    pub(super) fn indicator(&self, index: usize) -> &str {
        self.text(&self.survey.indicators[index].label)
    }
    /// An indicator's name by id (the id itself when the survey has no such indicator).
    pub(super) fn indicator_named(&self, id: &str) -> String {
        self.survey.indicators.iter().position(|i| i.id == id).map_or(id.to_owned(), |i| self.indicator(i).to_owned())
    }
    /// The name of a group of `report` by id (pooled groups included).
    pub(super) fn group_named(&self, report: &Report, id: &str) -> String {
        if report.groups.iter().any(|g| g == id) {
            self.group_by_id(id).to_owned()
        } else {
            id.to_owned()
        }
    }

    /// A 0-100 figure, or the words for a withheld one.
    pub(super) fn cell(&self, value: Option<f64>) -> String {
        value.map_or_else(|| self.hidden.clone(), format_score)
    }

    /// A figure's bar, or the words for a withheld one.
    pub(super) fn bar(&self, figure: &Figure<Summary>) -> Bar {
        match figure {
            Figure::Shown(summary) => Bar::Value { value: summary.mean, interval: summary.ci },
            Figure::Suppressed => Bar::Missing(self.hidden.clone()),
        }
    }

    /// One of the dashboard's own messages.
    pub(super) fn get(&self, msg: M) -> String {
        self.texts.get(msg)
    }

    /// One of the dashboard's own messages with its placeholders filled.
    pub(super) fn format(&self, msg: M, args: &[(&str, Arg)]) -> String {
        self.texts.format(msg, args)
    }

    /// Column headings from messages.
    pub(super) fn columns<const N: usize>(&self, msgs: [M; N]) -> Vec<String> {
        msgs.map(|msg| self.get(msg)).to_vec()
    }
}
