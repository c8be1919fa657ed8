//! Each chart of the dashboard with its summary sentence, data table and action prompts.

use super::chart::{ChartId, DashboardChart, DataTable};
use super::labels::Labels;
use super::view::DashboardView;
use crate::analytics::{
    ActionPrompt, Figure, Report, Summary, Trigger, ALPHA_MIN_N, BORDERLINE_FROM, GAP_FLAG_POINTS,
    LOW_INCLUSION_POINTS, NAMED_SHARE_FLAG, STRENGTH_FROM,
};
use crate::charts::{
    bar_panels, diverging_bars, format_score, grouped_bars, heatmap, radar, radar_slide, trend, Bar, BarRow,
    GroupedBars, ItemAnswers, RadarSeries, Series, TrendLine,
};
use crate::i18n::{Arg, DashMsg as M, Texts};
use crate::survey::SurveyDefinition;

fn mean(figure: &Figure<Summary>) -> Option<f64> {
    figure.shown().map(|summary| summary.mean)
}

/// The highest and the lowest of (value, what) pairs; ties go to the first listed.
fn extremes<T: Copy>(items: &[(f64, T)]) -> Option<((f64, T), (f64, T))> {
    let highest = items.iter().copied().reduce(|a, b| if b.0 > a.0 { b } else { a })?;
    let lowest = items.iter().copied().reduce(|a, b| if b.0 < a.0 { b } else { a })?;
    Some((highest, lowest))
}

fn signed(value: f64) -> String {
    let rounded = value.round() as i64;
    if rounded > 0 {
        format!("+{rounded}")
    } else {
        rounded.to_string()
    }
}

/// Every chart of the dashboard for `report`, in order.
pub fn dashboard_charts(
    survey: &SurveyDefinition,
    report: &Report,
    waves: &[String],
    view: &DashboardView,
    language: &str,
    texts: &Texts<M>,
) -> Vec<DashboardChart> {
    let labels = Labels::new(survey, language, texts);
    // Groups a filter leaves out are not drawn: they are not in the view, not hidden.
    let in_view = report.in_view_only();
    let report = &in_view;
    let k = report.shown_from;
    // The report's groups: the survey's, then "Other groups, combined" when small ones are pooled.
    let groups: Vec<&str> = report.groups.iter().map(|id| labels.group_by_id(id)).collect();
    let indicators: Vec<&str> = (0..survey.indicators.len()).map(|i| labels.indicator(i)).collect();
    let partners: Vec<&str> = (0..survey.partners.len()).map(|p| labels.partner(p)).collect();
    // Each prompt once per chart: two flagged gaps raise the same advice, which is said once.
    let prompts = |keep: &dyn Fn(&Trigger) -> bool| -> Vec<ActionPrompt> {
        let mut kept: Vec<ActionPrompt> = Vec::new();
        for action in report.actions.iter().filter(|action| keep(&action.trigger)) {
            if !kept.iter().any(|said| said.advice == action.advice) {
                kept.push(action.clone());
            }
        }
        kept
    };
    let trust_prompts = prompts(&|t| matches!(t, Trigger::LowTrust | Trigger::FewMutualTrust));
    [
        Some(overview(
            report,
            &groups,
            &partners,
            &indicators,
            &labels,
            &prompts(&|t| matches!(t, Trigger::Concern { .. })),
        )),
        Some(items(survey, report, view, &labels, k)),
        Some(radar_chart(report, &groups, &indicators, &labels)),
        Some(marginalisation(report, &groups, &labels, prompts(&|t| matches!(t, Trigger::Marginalised { .. })))),
        Some(value_heatmap(survey, report, &groups, &labels, k)),
        Some(gain_contribution(survey, report, &labels, k)),
        report
            .trust_map
            .as_ref()
            .map(|map| super::trust_map::trust_map_chart(map, &partners, k, &labels, trust_prompts)),
        Some(gaps(report, &labels, prompts(&|t| matches!(t, Trigger::Gap { .. })))),
        Some(trend_chart(report, waves, &indicators, &labels, k)),
    ]
    .into_iter()
    .flatten()
    .collect()
}

fn overview(
    report: &Report,
    groups: &[&str],
    partners: &[&str],
    indicators: &[&str],
    labels: &Labels,
    actions: &[ActionPrompt],
) -> DashboardChart {
    let k = report.shown_from;
    let mut shown: Vec<(f64, (usize, usize))> = Vec::new();
    for (i, figures) in report.indicators.iter().enumerate() {
        for (g, figure) in figures.by_group.iter().enumerate() {
            if let Some(m) = mean(figure) {
                shown.push((m, (i, g)));
            }
        }
    }
    let summary = match extremes(&shown) {
        Some((high, low)) => labels.format(
            M::OverviewSummary,
            &[
                ("high_indicator", Arg::Text(indicators[high.1 .0])),
                ("high_group", Arg::Text(groups[high.1 .1])),
                ("high", Arg::Text(&format_score(high.0))),
                ("low_indicator", Arg::Text(indicators[low.1 .0])),
                ("low_group", Arg::Text(groups[low.1 .1])),
                ("low", Arg::Text(&format_score(low.0))),
            ],
        ),
        _ => labels.format(M::NoGroupEnough, &[("threshold", k.into())]),
    };
    let chart = GroupedBars {
        title: labels.get(M::IndicatorsByGroup),
        rows: report
            .indicators
            .iter()
            .zip(indicators)
            .map(|(figures, label)| BarRow {
                label: label.to_string(),
                note: figures
                    .overall
                    .shown()
                    .map(|s| labels.format(M::AllNote, &[("score", Arg::Text(&format_score(s.mean)))])),
                bars: figures.by_group.iter().map(|figure| labels.bar(figure)).collect(),
            })
            .collect(),
        series: Series::in_order(groups.iter().copied()),
        max: 100.0,
        bands: true,
        reference: None,
        unit: String::new(),
    };
    let table = DataTable {
        caption: labels.format(
            M::OverviewCaption,
            &[
                ("strength", Arg::Text(&format_score(STRENGTH_FROM))),
                ("borderline", Arg::Text(&format_score(BORDERLINE_FROM))),
                ("below_strength", Arg::Text(&format_score(STRENGTH_FROM - 1.0))),
            ],
        ),
        columns: labels
            .columns([M::ColIndicator, M::ColAll])
            .into_iter()
            .chain(groups.iter().map(|g| g.to_string()))
            .collect(),
        rows: report
            .indicators
            .iter()
            .zip(indicators)
            .map(|(f, label)| {
                let cells = std::iter::once(labels.cell(mean(&f.overall)))
                    .chain(f.by_group.iter().map(|g| labels.cell(mean(g))))
                    .collect();
                (label.to_string(), cells)
            })
            .collect(),
    };
    DashboardChart {
        id: ChartId::Overview,
        title: chart.title.clone(),
        slide: Some(bar_panels(&chart, &summary, &labels.words)),
        svg: grouped_bars(&chart, &summary, &labels.words),
        summary,
        table,
        more_tables: vec![
            figures_by(report, indicators, M::FiguresByGroupCaption, groups, |f| &f.by_group, labels),
            figures_by(report, indicators, M::FiguresByPartnerCaption, partners, |f| &f.by_partner, labels),
            reliability(report, indicators, labels),
        ],
        actions: actions.to_vec(),
    }
}

/// A 0-100 figure to one decimal, written with integers (float formatting is large in wasm).
pub fn one_decimal(value: f64) -> String {
    fixed(value, 10)
}

/// `value` with as many decimals as `scale` has zeros (10 or 100), rounded half away from zero.
fn fixed(value: f64, scale: i64) -> String {
    let scaled = (value * scale as f64).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let (whole, part) = (scaled.abs() / scale, scaled.abs() % scale);
    let width = if scale == 100 { 2 } else { 1 };
    format!("{sign}{whole}.{part:0width$}")
}

/// People, mean, median, 95% interval and band of a figure, or [`HIDDEN`] throughout.
fn summary_cells(figure: &Figure<Summary>, labels: &Labels) -> Vec<String> {
    match figure.shown() {
        Some(s) => vec![
            s.n.to_string(),
            one_decimal(s.mean),
            one_decimal(s.median),
            s.ci.map_or_else(
                || labels.get(M::NoInterval),
                |(low, high)| {
                    let message = if s.ci_cut { M::IntervalCut } else { M::IntervalRange };
                    labels.format(
                        message,
                        &[("low", Arg::Text(&one_decimal(low))), ("high", Arg::Text(&one_decimal(high)))],
                    )
                },
            ),
            labels.get(band_name(s.band)),
        ],
        None => vec![labels.hidden.clone(); 5],
    }
}

/// A band's name in a table or on a card.
pub(super) fn band_name(band: crate::analytics::Band) -> M {
    match band {
        crate::analytics::Band::Strength => M::BandStrength,
        crate::analytics::Band::Borderline => M::BandBorderline,
        crate::analytics::Band::Concern => M::BandConcern,
    }
}

/// Every indicator's full figures overall and for each shown group or partner (`of` picks them).
fn figures_by(
    report: &Report,
    indicators: &[&str],
    caption: M,
    names: &[&str],
    of: fn(&crate::analytics::IndicatorFigures) -> &Vec<Figure<Summary>>,
    labels: &Labels,
) -> DataTable {
    let all_name = labels.get(M::ColAll);
    let mut rows = Vec::new();
    for (figures, indicator) in report.indicators.iter().zip(indicators) {
        let all = std::iter::once((all_name.clone(), &figures.overall));
        let shown = of(figures)
            .iter()
            .zip(names)
            .filter(|(figure, _)| !figure.is_suppressed())
            .map(|(figure, name)| ((*name).to_owned(), figure));
        for (name, figure) in all.chain(shown) {
            rows.push((indicator.to_string(), std::iter::once(name).chain(summary_cells(figure, labels)).collect()));
        }
    }
    DataTable {
        caption: labels.format(caption, &[("threshold", report.shown_from.into())]),
        columns: labels.columns([
            M::ColIndicator,
            M::ColOf,
            M::ColPeople,
            M::ColMean,
            M::ColMedian,
            M::ColInterval,
            M::ColBand,
        ]),
        rows,
    }
}

/// Cronbach's alpha of each indicator, where enough people answered all of its statements.
fn reliability(report: &Report, indicators: &[&str], labels: &Labels) -> DataTable {
    let minimum = ("minimum", Arg::from(ALPHA_MIN_N));
    DataTable {
        caption: labels.format(M::ReliabilityCaption, &[minimum]),
        columns: labels.columns([M::ColIndicator, M::ColAlpha]),
        rows: report
            .indicators
            .iter()
            .zip(indicators)
            .map(|(figures, name)| {
                let alpha =
                    figures.alpha.map_or_else(|| labels.format(M::FewComplete, &[minimum]), |alpha| fixed(alpha, 100));
                (name.to_string(), vec![alpha])
            })
            .collect(),
    }
}

/// The statements of `indicator` that were asked, with their answer distributions.
fn statements<'a>(
    survey: &'a SurveyDefinition,
    report: &'a Report,
    labels: &Labels<'a>,
    indicator: Option<&'a crate::survey::Indicator>,
) -> Vec<(&'a str, &'a crate::analytics::ItemDistribution)> {
    indicator
        .map(|indicator| {
            indicator
                .items
                .iter()
                .filter_map(|id| {
                    let item = survey.item(id)?;
                    let distribution = report.items.iter().find(|d| d.item == *id)?;
                    Some((labels.text(&item.label), distribution))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The five answer labels of the agreement scale.
fn point_labels<'a>(survey: &'a SurveyDefinition, labels: &Labels<'a>) -> [&'a str; 5] {
    let scale = &survey.scales.agreement;
    std::array::from_fn(|i| scale.labels.get(i).map_or("", |l| labels.text(l)))
}

/// The share of each answer to each statement of one indicator.
fn statements_table(
    name: &str,
    chosen: &[(&str, &crate::analytics::ItemDistribution)],
    points: &[&str; 5],
    labels: &Labels,
) -> DataTable {
    DataTable {
        caption: labels.format(M::StatementsCaption, &[("indicator", Arg::Text(name))]),
        columns: std::iter::once(labels.get(M::ColStatement))
            .chain(points.iter().map(|l| l.to_string()))
            .chain(labels.columns([M::ColDontKnow, M::ColAnswers]))
            .collect(),
        rows: chosen
            .iter()
            .map(|(label, d)| {
                let cells = match d.overall.shown() {
                    Some(c) => (1..=5)
                        .map(|p| format_score(c.share(p) * 100.0))
                        .chain([format_score(c.dont_know_share() * 100.0), c.total().to_string()])
                        .collect(),
                    None => vec![labels.hidden.clone(); 7],
                };
                (label.to_string(), cells)
            })
            .collect(),
    }
}

/// Every table the figures CSV holds: each chart's, the statements of every indicator (not
/// only the one chosen on screen), and the fuller figures behind the charts.
pub fn all_tables(
    survey: &SurveyDefinition,
    report: &Report,
    charts: &[DashboardChart],
    language: &str,
    texts: &Texts<M>,
) -> Vec<DataTable> {
    let labels = Labels::new(survey, language, texts);
    let in_view = report.in_view_only();
    let report = &in_view;
    let points = point_labels(survey, &labels);
    let mut tables = Vec::new();
    for chart in charts {
        if chart.id == ChartId::Items {
            for (index, indicator) in survey.indicators.iter().enumerate() {
                let chosen = statements(survey, report, &labels, Some(indicator));
                tables.push(statements_table(labels.indicator(index), &chosen, &points, &labels));
            }
        } else {
            tables.push(chart.table.clone());
        }
        tables.extend(chart.more_tables.iter().cloned());
    }
    tables
}

fn items(survey: &SurveyDefinition, report: &Report, view: &DashboardView, labels: &Labels, k: u32) -> DashboardChart {
    let indicator = survey.indicators.iter().find(|i| i.id == view.indicator).or_else(|| survey.indicators.first());
    let name = indicator.map_or("", |i| labels.text(&i.label));
    let chosen = statements(survey, report, labels, indicator);
    let agree = |d: &crate::analytics::ItemDistribution| d.overall.shown().map(|c| c.share(4) + c.share(5));
    let ranked: Vec<(f64, &str)> = chosen.iter().filter_map(|(label, d)| agree(d).map(|a| (a, *label))).collect();
    let summary = match extremes(&ranked) {
        Some((most, least)) => labels.format(
            M::ItemsSummary,
            &[
                ("indicator", Arg::Text(name)),
                ("most", Arg::Text(most.1)),
                ("most_share", Arg::Text(&format_score(most.0 * 100.0))),
                ("least", Arg::Text(least.1)),
                ("least_share", Arg::Text(&format_score(least.0 * 100.0))),
            ],
        ),
        _ => labels.format(M::ItemsTooFew, &[("indicator", Arg::Text(name)), ("threshold", k.into())]),
    };
    let points = point_labels(survey, labels);
    let answers: Vec<ItemAnswers> = chosen.iter().map(|(label, d)| ItemAnswers { label, counts: &d.overall }).collect();
    let title = labels.format(M::ItemsTitle, &[("indicator", Arg::Text(name))]);
    let table = statements_table(name, &chosen, &points, labels);
    let svg = diverging_bars(&title, &answers, &points, &summary, &labels.words);
    DashboardChart::plain(ChartId::Items, title, summary, table, svg)
}

fn radar_chart(report: &Report, groups: &[&str], indicators: &[&str], labels: &Labels) -> DashboardChart {
    let series: Vec<RadarSeries> = groups
        .iter()
        .enumerate()
        .filter(|(g, _)| report.indicators.iter().any(|f| f.by_group[*g].shown().is_some()))
        .map(|(g, label)| RadarSeries {
            label,
            number: g + 1,
            values: report.indicators.iter().map(|f| mean(&f.by_group[g])).collect(),
        })
        .collect();
    let average = |s: &RadarSeries| {
        let shown: Vec<f64> = s.values.iter().flatten().copied().collect();
        shown.iter().sum::<f64>() / shown.len().max(1) as f64
    };
    let summary = match (
        series.iter().max_by(|a, b| average(a).total_cmp(&average(b))),
        series.iter().min_by(|a, b| average(a).total_cmp(&average(b))),
    ) {
        (Some(high), Some(low)) if series.len() > 1 => labels.format(
            M::RadarSummary,
            &[
                ("high", Arg::Text(high.label)),
                ("high_score", Arg::Text(&format_score(average(high)))),
                ("low", Arg::Text(low.label)),
                ("low_score", Arg::Text(&format_score(average(low)))),
            ],
        ),
        (Some(only), _) => labels.format(
            M::RadarOnly,
            &[("group", Arg::Text(only.label)), ("score", Arg::Text(&format_score(average(only))))],
        ),
        _ => labels.get(M::RadarNone),
    };
    let hidden_cell = labels.words.hidden_cell.clone();
    let table = DataTable {
        caption: labels.get(M::RadarCaption),
        columns: std::iter::once(labels.get(M::ColGroup)).chain(indicators.iter().map(|i| i.to_string())).collect(),
        rows: series
            .iter()
            .map(|s| {
                (
                    s.label.to_string(),
                    s.values.iter().map(|v| v.map_or_else(|| hidden_cell.clone(), format_score)).collect(),
                )
            })
            .collect(),
    };
    let title = labels.get(M::RadarTitle);
    let svg = radar(&title, indicators, &series, &summary);
    DashboardChart {
        id: ChartId::Radar,
        more_tables: Vec::new(),
        slide: Some(radar_slide(&title, indicators, &series, &summary)),
        title,
        summary,
        table,
        actions: Vec::new(),
        svg,
    }
}

fn marginalisation(report: &Report, groups: &[&str], labels: &Labels, actions: Vec<ActionPrompt>) -> DashboardChart {
    let flagged: Vec<&str> =
        report.marginalisation.iter().zip(groups).filter(|(m, _)| m.flagged()).map(|(_, g)| *g).collect();
    let summary = if flagged.is_empty() {
        labels.format(
            M::NoneLeftOut,
            &[
                ("points", Arg::Text(&format_score(LOW_INCLUSION_POINTS))),
                ("share", Arg::Text(&format_score(NAMED_SHARE_FLAG * 100.0))),
            ],
        )
    } else {
        labels.format(M::PossiblyLeftOut, &[("groups", Arg::Text(&flagged.join(", ")))])
    };
    let named = |m: &crate::analytics::GroupMarginalisation| m.named_by_others.shown().map(|s| s.share() * 100.0);
    let chart = GroupedBars {
        title: labels.get(M::MarginalisationBarsTitle),
        rows: report
            .marginalisation
            .iter()
            .zip(groups)
            .map(|(m, label)| BarRow {
                label: label.to_string(),
                note: m.flagged().then(|| {
                    labels.get(match (m.low_inclusion, m.often_named) {
                        (true, true) => M::FlagBoth,
                        (true, false) => M::FlagLow,
                        _ => M::FlagNamed,
                    })
                }),
                bars: vec![
                    labels.bar(&m.inclusion),
                    named(m).map_or(Bar::Missing(labels.hidden.clone()), |v| Bar::Value { value: v, interval: None }),
                ],
            })
            .collect(),
        series: Series::measures(labels.columns([M::SeriesInclusion, M::SeriesNamed])),
        max: 100.0,
        bands: false,
        reference: None,
        unit: String::new(),
    };
    let table = DataTable {
        caption: labels.get(M::MarginalisationCaption),
        columns: labels.columns([M::ColGroup, M::ColInclusion, M::ColMarginalisation, M::ColNamed, M::ColFlag]),
        rows: report
            .marginalisation
            .iter()
            .zip(groups)
            .map(|(m, label)| {
                let flag = chart
                    .rows
                    .iter()
                    .find(|r| r.label == *label)
                    .and_then(|r| r.note.clone())
                    .unwrap_or_else(|| labels.get(M::No));
                let cells =
                    vec![labels.cell(mean(&m.inclusion)), labels.cell(m.marginalisation), labels.cell(named(m)), flag];
                (label.to_string(), cells)
            })
            .collect(),
    };
    DashboardChart {
        id: ChartId::Marginalisation,
        more_tables: Vec::new(),
        title: labels.get(M::MarginalisationTitle),
        slide: Some(bar_panels(&chart, &summary, &labels.words)),
        svg: grouped_bars(&chart, &summary, &labels.words),
        summary,
        table,
        actions,
    }
}

fn value_heatmap(
    survey: &SurveyDefinition,
    report: &Report,
    groups: &[&str],
    labels: &Labels,
    k: u32,
) -> DashboardChart {
    let partners: Vec<&str> = (0..survey.partners.len()).map(|p| labels.partner(p)).collect();
    let cells: Vec<Vec<Option<f64>>> =
        (0..groups.len()).map(|g| report.value.iter().map(|v| mean(&v.gain_by_group[g])).collect()).collect();
    let by_partner: Vec<(f64, &str)> =
        report.value.iter().zip(&partners).filter_map(|(v, p)| mean(&v.all.gain).map(|m| (m, *p))).collect();
    let summary = match extremes(&by_partner) {
        Some((most, least)) => labels.format(
            M::HeatmapSummary,
            &[
                ("most", Arg::Text(most.1)),
                ("most_score", Arg::Text(&format_score(most.0))),
                ("least", Arg::Text(least.1)),
                ("least_score", Arg::Text(&format_score(least.0))),
            ],
        ),
        _ => labels.format(M::HeatmapTooFew, &[("threshold", k.into())]),
    };
    let table = DataTable {
        caption: labels.get(M::HeatmapCaption),
        columns: std::iter::once(labels.get(M::ColRaterGroup)).chain(partners.iter().map(|p| p.to_string())).collect(),
        rows: groups
            .iter()
            .zip(&cells)
            .map(|(g, row)| (g.to_string(), row.iter().map(|v| labels.cell(*v)).collect()))
            .collect(),
    };
    let title = labels.get(M::HeatmapTitle);
    let svg = heatmap(&title, groups, &partners, &cells, &summary, &labels.words);
    DashboardChart::plain(ChartId::ValueHeatmap, title, summary, table, svg)
}

fn gain_contribution(survey: &SurveyDefinition, report: &Report, labels: &Labels, k: u32) -> DashboardChart {
    let partners: Vec<&str> = (0..survey.partners.len()).map(|p| labels.partner(p)).collect();
    let reciprocal: Vec<(f64, &str)> =
        report.value.iter().zip(&partners).filter_map(|(v, p)| v.reciprocity.map(|r| (r, *p))).collect();
    let summary = match extremes(&reciprocal) {
        Some((most, least)) => labels.format(
            M::ReciprocitySummary,
            &[
                ("most", Arg::Text(most.1)),
                ("most_points", Arg::Text(&signed(most.0))),
                ("least", Arg::Text(least.1)),
                ("least_points", Arg::Text(&signed(least.0))),
            ],
        ),
        _ => labels.format(M::ReciprocityTooFew, &[("threshold", k.into())]),
    };
    let chart = GroupedBars {
        title: labels.get(M::GainContributionTitle),
        rows: report
            .value
            .iter()
            .zip(&partners)
            .map(|(v, label)| BarRow {
                label: label.to_string(),
                note: v.reciprocity.map(|r| labels.format(M::ReciprocityNote, &[("points", Arg::Text(&signed(r)))])),
                bars: vec![
                    labels.bar(&v.all.contribution),
                    labels.bar(&v.all.gain),
                    labels.bar(&v.self_view.gain),
                    labels.bar(&v.others_view.gain),
                ],
            })
            .collect(),
        series: Series::measures(labels.columns([
            M::SeriesContributionAll,
            M::SeriesGainAll,
            M::SeriesGainOwn,
            M::SeriesGainOthers,
        ])),
        max: 100.0,
        bands: false,
        reference: None,
        unit: String::new(),
    };
    let table = DataTable {
        caption: labels.get(M::GainCaption),
        columns: labels.columns([
            M::ColPartner,
            M::ColContribution,
            M::ColGain,
            M::ColReciprocity,
            M::ColGainOwn,
            M::ColGainOthers,
            M::ColContributionOwn,
            M::ColContributionOthers,
        ]),
        rows: report
            .value
            .iter()
            .zip(&partners)
            .map(|(v, p)| {
                (
                    p.to_string(),
                    vec![
                        labels.cell(mean(&v.all.contribution)),
                        labels.cell(mean(&v.all.gain)),
                        v.reciprocity.map_or_else(|| labels.hidden.clone(), signed),
                        labels.cell(mean(&v.self_view.gain)),
                        labels.cell(mean(&v.others_view.gain)),
                        labels.cell(mean(&v.self_view.contribution)),
                        labels.cell(mean(&v.others_view.contribution)),
                    ],
                )
            })
            .collect(),
    };
    DashboardChart {
        id: ChartId::GainContribution,
        more_tables: Vec::new(),
        title: chart.title.clone(),
        slide: Some(bar_panels(&chart, &summary, &labels.words)),
        svg: grouped_bars(&chart, &summary, &labels.words),
        summary,
        table,
        actions: Vec::new(),
    }
}

fn gaps(report: &Report, labels: &Labels, actions: Vec<ActionPrompt>) -> DashboardChart {
    let name = |id: &str| labels.indicator_named(id);
    let group_name = |id: &str| labels.group_named(report, id);
    let flagged: Vec<String> = report.gaps.iter().filter(|g| g.flagged).map(|g| name(&g.indicator)).collect();
    let points = format_score(GAP_FLAG_POINTS);
    let summary = if report.gaps.is_empty() {
        labels.get(M::GapsNotYet)
    } else if flagged.is_empty() {
        labels.format(M::NoGap, &[("points", Arg::Text(&points))])
    } else {
        labels.format(M::GapsFlagged, &[("indicators", Arg::Text(&flagged.join(", "))), ("points", Arg::Text(&points))])
    };
    let chart = GroupedBars {
        title: labels.get(M::GapsTitle),
        rows: report
            .gaps
            .iter()
            .map(|g| BarRow {
                label: name(&g.indicator),
                note: g.flagged.then(|| labels.get(M::Flagged)),
                bars: vec![Bar::Value { value: g.points, interval: None }],
            })
            .collect(),
        series: Series::measures(labels.columns([M::ColGap])),
        max: 100.0,
        bands: false,
        reference: Some((GAP_FLAG_POINTS, labels.format(M::GapReference, &[("points", Arg::Text(&points))]))),
        unit: labels.get(M::PointsUnit),
    };
    let group_score = |id: &str, score: f64| {
        labels
            .format(M::GroupScore, &[("group", Arg::Text(&group_name(id))), ("score", Arg::Text(&format_score(score)))])
    };
    let table = DataTable {
        caption: labels.get(M::GapsCaption),
        columns: labels.columns([M::ColIndicator, M::ColGap, M::ColHighest, M::ColLowest, M::ColFlagged]),
        rows: report
            .gaps
            .iter()
            .map(|g| {
                (
                    name(&g.indicator),
                    vec![
                        format_score(g.points),
                        group_score(&g.highest.0, g.highest.1),
                        group_score(&g.lowest.0, g.lowest.1),
                        labels.get(if g.flagged { M::Yes } else { M::No }),
                    ],
                )
            })
            .collect(),
    };
    DashboardChart {
        id: ChartId::Gaps,
        more_tables: Vec::new(),
        title: chart.title.clone(),
        slide: Some(bar_panels(&chart, &summary, &labels.words)),
        svg: grouped_bars(&chart, &summary, &labels.words),
        summary,
        table,
        actions,
    }
}

fn trend_chart(report: &Report, waves: &[String], indicators: &[&str], labels: &Labels, k: u32) -> DashboardChart {
    let lines: Vec<TrendLine> = report
        .indicators
        .iter()
        .zip(indicators)
        .map(|(f, label)| TrendLine { label, values: f.by_wave.iter().map(mean).collect() })
        .collect();
    let biggest = report
        .wave_changes
        .iter()
        .filter_map(|c| c.overall.map(|d| (d, c)))
        .max_by(|a, b| a.0.abs().total_cmp(&b.0.abs()));
    let summary = match biggest {
        Some((change, c)) => {
            let index = report.indicators.iter().position(|f| f.indicator == c.indicator).unwrap_or(0);
            labels.format(
                M::TrendSummary,
                &[
                    ("from", Arg::Text(&c.from)),
                    ("to", Arg::Text(&c.to)),
                    ("indicator", Arg::Text(indicators[index])),
                    ("points", Arg::Text(&signed(change))),
                ],
            )
        }
        None if waves.len() < 2 => labels.get(M::OneWaveSummary),
        None => labels.format(M::TrendTooFew, &[("threshold", k.into())]),
    };
    let no_wave = labels.get(M::NoWave);
    let wave_labels: Vec<&str> =
        waves.iter().map(|w| if w.is_empty() { no_wave.as_str() } else { w.as_str() }).collect();
    let table = DataTable {
        caption: labels.get(M::TrendCaption),
        columns: std::iter::once(labels.get(M::ColIndicator))
            .chain(wave_labels.iter().map(|w| w.to_string()))
            .collect(),
        rows: lines.iter().map(|l| (l.label.to_string(), l.values.iter().map(|v| labels.cell(*v)).collect())).collect(),
    };
    let title = labels.get(M::TrendTitle);
    let svg = trend(&title, &wave_labels, &lines, &summary, &labels.words);
    DashboardChart::plain(ChartId::Trend, title, summary, table, svg)
}
