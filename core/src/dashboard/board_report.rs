//! "Make a report": one self-contained HTML file for the partnership board — the survey, its
//! waves and counts, the first screen's cards and flags, the charts the facilitator ticked (as
//! inline SVG, each with its figures as a table), the themes of what people said with their
//! counts, the agreed actions and where they stand, and how small numbers were protected. No
//! scripts and nothing fetched; A4 in print (a chart's drawing never split across pages, its
//! table free to run on), one column on a phone. Every figure is the
//! dashboard's own, so protected exactly as it is; every text is escaped.

use super::agreed::{action_rows, status_name};
use super::chart::{DashboardChart, DataTable};
use super::glance::Glance;
use crate::analytics::{Figure, Report};
use crate::charts::escape;
use crate::i18n::{Arg, DashMsg as M, Texts};
use crate::survey::SurveyDefinition;
use crate::workshop::ActionPlan;

/// What the report is made of: the dashboard's view as shown.
pub struct BoardReportParts<'a> {
    pub survey: &'a SurveyDefinition,
    /// The survey's labels' language (the report's words are `texts`').
    pub language: &'a str,
    pub report: &'a Report,
    pub glance: &'a Glance,
    /// The charts the facilitator ticked, in the dashboard's order.
    pub charts: &'a [DashboardChart],
    /// Each open question's themes chart (themes and their counts).
    pub themes: &'a [DashboardChart],
    pub plan: &'a ActionPlan,
    /// The counts panel's notes on protected figures.
    pub privacy_notes: &'a [String],
    /// Each wave: label and first day, in order.
    pub waves: &'a [(String, String)],
    /// What the view's filters keep, in words (empty: everyone).
    pub filtered_to: &'a str,
    /// The day the report is made, `YYYY-MM-DD`.
    pub made_on: &'a str,
}

/// The stylesheet: readable on a phone, A4 in print, charts never split across pages.
const STYLE: &str = "body{margin:0;background:#fff;color:#1b1b1b;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}\
main{max-width:50rem;margin:0 auto;padding:1rem}\
h1{font-size:1.75rem;line-height:1.25;margin:0 0 .25rem}h2{font-size:1.35rem;margin:2rem 0 .5rem;border-top:2px solid #1b1b1b;padding-top:.5rem}h3{font-size:1.1rem;margin:0 0 .25rem}\
p,li{overflow-wrap:anywhere}.lead{font-size:1.15rem;margin:0 0 1rem}.small{font-size:.9rem;color:#444}\
figure{margin:1.5rem 0}.drawing{break-inside:avoid;page-break-inside:avoid}.drawing svg{display:block;width:100%;height:auto;max-height:170mm}\
.table{overflow-x:auto;margin:.5rem 0}table{border-collapse:collapse;font-size:.9rem}caption{text-align:left;font-weight:600;padding:.25rem 0}\
th,td{border:1px solid #8a8a8a;padding:.2rem .45rem;text-align:left;vertical-align:top}thead th{background:#eee}\
ol.actions{padding-left:1.25rem}ol.actions li{margin:0 0 .75rem;break-inside:avoid}.what{font-weight:700}\
@page{size:A4;margin:15mm}@media print{main{max-width:none;padding:0}.table{overflow:visible}h2,h3{break-after:avoid}}";

/// Appends `text` escaped.
fn text(out: &mut String, text: &str) {
    out.push_str(&escape(text));
}

/// Appends `<tag>text</tag>` (text escaped; `attributes` already safe).
fn element(out: &mut String, tag: &str, attributes: &str, words: &str) {
    out.push('<');
    out.push_str(tag);
    out.push_str(attributes);
    out.push('>');
    text(out, words);
    out.push_str("</");
    out.push_str(tag);
    out.push('>');
}

/// Appends `table`, scrolling sideways in its own box on a narrow screen.
fn data_table(out: &mut String, table: &DataTable) {
    out.push_str("<div class=\"table\" role=\"region\" tabindex=\"0\" aria-label=\"");
    text(out, &table.caption);
    out.push_str("\"><table>");
    element(out, "caption", "", &table.caption);
    out.push_str("<thead><tr>");
    for column in &table.columns {
        element(out, "th", " scope=\"col\"", column);
    }
    out.push_str("</tr></thead><tbody>");
    for (heading, cells) in &table.rows {
        out.push_str("<tr>");
        element(out, "th", " scope=\"row\"", heading);
        for cell in cells {
            element(out, "td", "", cell);
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");
}

/// Appends a chart: its title, summary and drawing, kept on one page, then its figures.
fn chart(out: &mut String, chart: &DashboardChart) {
    out.push_str("<figure><div class=\"drawing\">");
    element(out, "h3", "", &chart.title);
    element(out, "p", "", &chart.summary);
    // The drawing is the charts module's SVG, whose every text is escaped there.
    out.push_str(&chart.svg.svg);
    out.push_str("</div>");
    data_table(out, &chart.table);
    out.push_str("</figure>");
}

/// The report as one HTML document, in `texts`' language.
pub fn board_report(parts: &BoardReportParts, texts: &Texts<M>) -> String {
    let BoardReportParts { survey, language, report, glance, .. } = parts;
    let title = survey.title.get(language, &survey.default_language);
    let page_language = texts.language();
    let mut out = String::with_capacity(64 * 1024 + parts.charts.iter().map(|c| c.svg.svg.len()).sum::<usize>());
    out.push_str("<!DOCTYPE html><html lang=\"");
    text(&mut out, page_language);
    out.push_str("\" dir=\"");
    out.push_str(crate::i18n::direction(page_language));
    out.push_str(
        "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
    );
    element(&mut out, "title", "", &texts.format(M::ReportTitle, &[("survey", Arg::Text(title))]));
    out.push_str("<style>");
    out.push_str(STYLE);
    out.push_str("</style></head><body><main>");
    element(&mut out, "h1", "", title);
    element(&mut out, "p", " class=\"lead\"", &texts.get(M::ReportForBoard));

    // The survey, its waves and counts.
    let total = match report.counts.total {
        Figure::Shown(total) => crate::i18n::written_count(page_language, u64::from(total)),
        Figure::Suppressed => texts.format(M::FewerThan, &[("threshold", report.shown_from.into())]),
    };
    element(&mut out, "p", "", &texts.format(M::ResponsesCount, &[("total", Arg::Text(&total))]));
    if let [(label, first_day)] = parts.waves {
        if label.is_empty() {
            element(&mut out, "p", "", &texts.format(M::ReportSince, &[("date", Arg::Text(first_day))]));
        }
    }
    let named_waves = parts.waves.iter().any(|(label, _)| !label.is_empty());
    if named_waves {
        let waves: Vec<String> = parts
            .waves
            .iter()
            .map(|(label, first_day)| {
                let label = if label.is_empty() { texts.get(M::NoWave) } else { label.clone() };
                texts.format(M::ReportWave, &[("wave", Arg::Text(&label)), ("date", Arg::Text(first_day))])
            })
            .collect();
        element(&mut out, "p", "", &texts.format(M::ReportWaves, &[("waves", Arg::Text(&waves.join("; ")))]));
    }
    if !parts.filtered_to.is_empty() {
        element(&mut out, "p", "", &texts.format(M::ReportFilteredTo, &[("filters", Arg::Text(parts.filtered_to))]));
    }
    element(&mut out, "p", " class=\"small\"", &texts.format(M::ReportMadeOn, &[("date", Arg::Text(parts.made_on))]));

    // The first screen: a card per indicator, then the flags in words.
    element(&mut out, "h2", "", &texts.get(M::HowIsItDoing));
    let cards = DataTable {
        caption: texts.get(M::ReportCardsCaption),
        columns: vec![texts.get(M::ColIndicator), texts.get(M::ReportColScore), texts.get(M::ColBand)],
        rows: glance
            .cards
            .iter()
            .map(|card| (card.name.clone(), vec![card.score.clone(), card.band.clone().unwrap_or_default()]))
            .collect(),
    };
    data_table(&mut out, &cards);
    if glance.flags.is_empty() {
        element(&mut out, "p", "", &texts.get(M::NothingFlagged));
    } else {
        out.push_str("<ul>");
        for flag in &glance.flags {
            element(&mut out, "li", "", flag);
        }
        out.push_str("</ul>");
    }

    if !parts.charts.is_empty() {
        element(&mut out, "h2", "", &texts.get(M::ReportFigures));
        for drawn in parts.charts {
            chart(&mut out, drawn);
        }
    }

    element(&mut out, "h2", "", &texts.get(M::ReportThemes));
    if parts.themes.is_empty() {
        element(&mut out, "p", "", &texts.get(M::ReportNoThemes));
    }
    for drawn in parts.themes {
        chart(&mut out, drawn);
    }

    element(&mut out, "h2", "", &texts.get(M::WhatWeAgreed));
    let rows = action_rows(parts.plan, report, survey, language, texts);
    if rows.is_empty() {
        element(&mut out, "p", "", &texts.get(M::NoActionsYet));
    } else {
        out.push_str("<ol class=\"actions\">");
        for row in rows {
            out.push_str("<li>");
            element(&mut out, "p", " class=\"what\"", &row.what);
            let stands = texts.get(status_name(row.status));
            let status_line = format!("{}: {stands}", texts.get(M::ActionStatusLabel));
            element(&mut out, "p", "", &status_line);
            if let Some(answers) = &row.answers {
                element(&mut out, "p", "", &texts.format(M::AnswersWhat, &[("answers", Arg::Text(answers))]));
            }
            let owners = texts.format(M::OwnedBy, &[("owners", Arg::Text(&row.owners))]);
            element(&mut out, "p", "", &format!("{owners} · {}", row.due));
            element(&mut out, "p", " class=\"small\"", &row.agreed);
            if let Some(change) = &row.change {
                element(&mut out, "p", "", change);
            }
            if let Some(said) = &row.said {
                element(&mut out, "p", "", &said.summary);
                if let Some(table) = &said.by_group {
                    data_table(&mut out, table);
                }
                if let Some(prompt) = &said.prompt {
                    element(&mut out, "p", " class=\"what\"", prompt);
                }
            }
            out.push_str("</li>");
        }
        out.push_str("</ol>");
    }

    element(&mut out, "h2", "", &texts.get(M::ReportProtection));
    element(&mut out, "p", "", &texts.format(M::FiguresNeverShown, &[("threshold", report.shown_from.into())]));
    element(&mut out, "p", "", &texts.get(M::ReportProtectionWords));
    if !parts.privacy_notes.is_empty() {
        out.push_str("<ul>");
        for note in parts.privacy_notes {
            element(&mut out, "li", "", note);
        }
        out.push_str("</ul>");
    }
    out.push_str("</main></body></html>");
    out
}
