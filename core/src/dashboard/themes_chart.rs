//! The facilitator's themes of one free-text question as a chart by group, with its table (which
//! also goes in the figures CSV).

use super::chart::{ChartId, DashboardChart, DataTable};
use super::chart_words::chart_words;
use crate::analytics::{Figure, ThemeCount};
use crate::charts::{bar_panels, grouped_bars, Bar, BarRow, GroupedBars, Series};
use crate::i18n::{Arg, DashMsg as M, Texts};

fn count_cell(figure: &Figure<u32>, hidden: &str) -> String {
    figure.shown().map_or_else(|| hidden.to_owned(), u32::to_string)
}

fn count_bar(figure: &Figure<u32>, hidden: &str) -> Bar {
    match figure {
        Figure::Shown(n) => Bar::Value { value: f64::from(*n), interval: None },
        Figure::Suppressed => Bar::Missing(hidden.to_owned()),
    }
}

/// The chart of `counts` for the question `question` (its text); `groups` names the report's
/// groups in order, `answers` is how many answers are in view.
pub fn themes_chart(
    question: &str,
    counts: &[ThemeCount],
    groups: &[&str],
    answers: usize,
    k: u32,
    texts: &Texts<M>,
) -> DashboardChart {
    let words = chart_words(texts);
    let hidden = words.hidden.as_str();
    let question_arg = ("question", Arg::Text(question));
    let title = texts.format(M::ThemesTitle, &[question_arg]);
    let largest = counts
        .iter()
        .filter_map(|count| count.total.shown().map(|&n| (n, count.name.as_str())))
        .reduce(|a, b| if b.0 > a.0 { b } else { a });
    let summary = match largest {
        Some((n, name)) => texts
            .format(M::ThemesSummary, &[("answers", answers.into()), ("theme", Arg::Text(name)), ("count", n.into())]),
        None => texts.format(M::ThemesTooFew, &[("threshold", k.into())]),
    };
    // Bars for all answers, then for each group with some count shown.
    let shown_groups: Vec<usize> = (0..groups.len())
        .filter(|&group| counts.iter().any(|count| count.by_group.get(group).is_some_and(|f| !f.is_suppressed())))
        .collect();
    let max = counts.iter().filter_map(|count| count.total.shown().copied()).max().unwrap_or(1).max(1);
    let chart = GroupedBars {
        title: title.clone(),
        rows: counts
            .iter()
            .map(|count| BarRow {
                label: count.name.clone(),
                note: None,
                bars: std::iter::once(count_bar(&count.total, hidden))
                    .chain(shown_groups.iter().map(|&group| count_bar(&count.by_group[group], hidden)))
                    .collect(),
            })
            .collect(),
        // Each group keeps its number (and colour) from the other charts; all answers has none.
        series: std::iter::once(Series { name: texts.get(M::AllAnswers), number: None, measure: false })
            .chain(shown_groups.iter().map(|&group| Series {
                name: groups[group].to_owned(),
                number: Some(group + 1),
                measure: false,
            }))
            .collect(),
        max: f64::from(max),
        bands: false,
        reference: None,
        unit: String::new(),
    };
    let table = DataTable {
        caption: texts.format(M::ThemesCaption, &[question_arg]),
        columns: [texts.get(M::ColTheme), texts.get(M::AllAnswers)]
            .into_iter()
            .chain(groups.iter().map(|group| group.to_string()))
            .collect(),
        rows: counts
            .iter()
            .map(|count| {
                let cells = std::iter::once(count_cell(&count.total, hidden))
                    .chain(count.by_group.iter().map(|figure| count_cell(figure, hidden)))
                    .collect();
                (count.name.clone(), cells)
            })
            .collect(),
    };
    DashboardChart {
        id: ChartId::Themes,
        slide: Some(bar_panels(&chart, &summary, &words)),
        svg: grouped_bars(&chart, &summary, &words),
        title,
        summary,
        table,
        more_tables: Vec::new(),
        actions: Vec::new(),
    }
}
