//! Each chart of the dashboard with its summary sentence, data table and action prompts.

use super::view::DashboardView;
use crate::analytics::{
    ActionPrompt, Figure, Report, Summary, Trigger, ALPHA_MIN_N, BORDERLINE_FROM, GAP_FLAG_POINTS,
    LOW_INCLUSION_POINTS, NAMED_SHARE_FLAG, STRENGTH_FROM,
};
use crate::charts::{
    bar_panels, diverging_bars, format_score, grouped_bars, heatmap, radar, radar_slide, trend, Bar, BarRow, ChartSvg,
    GroupedBars, ItemAnswers, RadarSeries, Series, TrendLine, HIDDEN,
};
use crate::survey::{LocalText, SurveyDefinition};

/// The charts, in dashboard (and slide) order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartId {
    Overview,
    Items,
    Radar,
    Marginalisation,
    ValueHeatmap,
    GainContribution,
    TrustMap,
    Gaps,
    Trend,
    /// The facilitator's themes of the open answers (after the charts, with what people said).
    Themes,
}

impl ChartId {
    /// A stable name for element ids and file names.
    pub fn slug(self) -> &'static str {
        match self {
            ChartId::Overview => "indicators",
            ChartId::Items => "statements",
            ChartId::Radar => "radar",
            ChartId::Marginalisation => "marginalisation",
            ChartId::ValueHeatmap => "value-heatmap",
            ChartId::GainContribution => "gain-contribution",
            ChartId::TrustMap => "trust-map",
            ChartId::Gaps => "gaps",
            ChartId::Trend => "waves",
            ChartId::Themes => "themes",
        }
    }
}

/// A chart's figures as a table: caption, column headings, and rows of a heading and cells.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataTable {
    pub caption: String,
    pub columns: Vec<String>,
    pub rows: Vec<(String, Vec<String>)>,
}

/// One chart of the dashboard.
#[derive(Clone, Debug, PartialEq)]
pub struct DashboardChart {
    pub id: ChartId,
    pub title: String,
    /// One plain-language sentence; also the SVG's description.
    pub summary: String,
    pub table: DataTable,
    /// Fuller figures behind the chart (n, median, interval, band, reliability, by partner).
    pub more_tables: Vec<DataTable>,
    /// Prompts for what this chart shows (concerns, gaps, marginalised groups).
    pub actions: Vec<ActionPrompt>,
    pub svg: ChartSvg,
    /// The chart drawn for a slide (larger text, shaped like a wide screen), where the page's
    /// drawing would show its text too small on a projector.
    pub slide: Option<ChartSvg>,
}

impl DashboardChart {
    /// A chart with one drawing for page and slide, and no further tables or prompts.
    fn plain(id: ChartId, title: String, summary: String, table: DataTable, svg: ChartSvg) -> DashboardChart {
        DashboardChart { id, title, summary, table, more_tables: Vec::new(), actions: Vec::new(), svg, slide: None }
    }
}

/// Names of the survey's groups, partners and indicators in the dashboard's language.
pub(super) struct Labels<'a> {
    pub(super) survey: &'a SurveyDefinition,
    pub(super) language: &'a str,
}

impl Labels<'_> {
    fn text<'t>(&self, text: &'t LocalText) -> &'t str {
        text.get(self.language, &self.survey.default_language)
    }
    fn group(&self, index: usize) -> &str {
        self.survey.groups.get(index).map_or(super::privacy::COMBINED_GROUPS_LABEL, |group| self.text(&group.label))
    }
    fn partner(&self, index: usize) -> &str {
        self.text(&self.survey.partners[index].label)
    }
    fn indicator(&self, index: usize) -> &str {
        self.text(&self.survey.indicators[index].label)
    }
    /// An indicator's name by id (the id itself when the survey has no such indicator).
    pub(super) fn indicator_named(&self, id: &str) -> String {
        self.survey.indicators.iter().position(|i| i.id == id).map_or(id.to_owned(), |i| self.indicator(i).to_owned())
    }
    /// The name of a group of `report` by id (pooled groups included).
    pub(super) fn group_named(&self, report: &Report, id: &str) -> String {
        report.groups.iter().position(|g| g == id).map_or(id.to_owned(), |g| self.group(g).to_owned())
    }
}

fn mean(figure: &Figure<Summary>) -> Option<f64> {
    figure.shown().map(|summary| summary.mean)
}

fn cell(value: Option<f64>) -> String {
    value.map_or_else(|| HIDDEN.to_owned(), format_score)
}

fn bar(figure: &Figure<Summary>) -> Bar {
    match figure {
        Figure::Shown(summary) => Bar::Value { value: summary.mean, interval: summary.ci },
        Figure::Suppressed => Bar::Missing(HIDDEN.to_owned()),
    }
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
) -> Vec<DashboardChart> {
    let labels = Labels { survey, language };
    let k = report.threshold;
    // The report's groups: the survey's, then "Other groups, combined" when small ones are pooled.
    let groups: Vec<&str> = (0..report.groups.len()).map(|g| labels.group(g)).collect();
    let indicators: Vec<&str> = (0..survey.indicators.len()).map(|i| labels.indicator(i)).collect();
    let partners: Vec<&str> = (0..survey.partners.len()).map(|p| labels.partner(p)).collect();
    // Each prompt once per chart: two flagged gaps raise the same advice, which is said once.
    let prompts = |keep: &dyn Fn(&Trigger) -> bool| -> Vec<ActionPrompt> {
        let mut kept: Vec<ActionPrompt> = Vec::new();
        for action in report.actions.iter().filter(|action| keep(&action.trigger)) {
            if !kept.iter().any(|said| said.text == action.text) {
                kept.push(action.clone());
            }
        }
        kept
    };
    let trust_prompts = prompts(&|t| matches!(t, Trigger::LowTrust | Trigger::FewMutualTrust));
    [
        Some(overview(report, &groups, &partners, &indicators, k, &prompts(&|t| matches!(t, Trigger::Concern { .. })))),
        Some(items(survey, report, view, &labels, k)),
        Some(radar_chart(report, &groups, &indicators)),
        Some(marginalisation(report, &groups, prompts(&|t| matches!(t, Trigger::Marginalised { .. })))),
        Some(value_heatmap(survey, report, &groups, &labels, k)),
        Some(gain_contribution(survey, report, &labels, k)),
        report.trust_map.as_ref().map(|map| super::trust_map::trust_map_chart(map, &partners, k, trust_prompts)),
        Some(gaps(report, &labels, prompts(&|t| matches!(t, Trigger::Gap { .. })))),
        Some(trend_chart(report, waves, &indicators, k)),
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
    k: u32,
    actions: &[ActionPrompt],
) -> DashboardChart {
    let mut shown: Vec<(f64, (usize, usize))> = Vec::new();
    for (i, figures) in report.indicators.iter().enumerate() {
        for (g, figure) in figures.by_group.iter().enumerate() {
            if let Some(m) = mean(figure) {
                shown.push((m, (i, g)));
            }
        }
    }
    let summary = match extremes(&shown) {
        Some((high, low)) => format!(
            "Highest: {} for {} ({} of 100). Lowest: {} for {} ({} of 100).",
            indicators[high.1 .0],
            groups[high.1 .1],
            format_score(high.0),
            indicators[low.1 .0],
            groups[low.1 .1],
            format_score(low.0)
        ),
        _ => format!("No group has {k} or more responses yet, so no figures are shown."),
    };
    let chart = GroupedBars {
        title: "Indicators by group".into(),
        rows: report
            .indicators
            .iter()
            .zip(indicators)
            .map(|(figures, label)| BarRow {
                label: label.to_string(),
                note: figures.overall.shown().map(|s| format!("all: {}", format_score(s.mean))),
                bars: figures.by_group.iter().map(bar).collect(),
            })
            .collect(),
        series: Series::in_order(groups.iter().copied()),
        max: 100.0,
        bands: true,
        reference: None,
        unit: String::new(),
    };
    let table = DataTable {
        caption: format!(
            "Average score (0-100) by group; {}+ strength, {}-{} borderline, under {} concern",
            format_score(STRENGTH_FROM),
            format_score(BORDERLINE_FROM),
            format_score(STRENGTH_FROM - 1.0),
            format_score(BORDERLINE_FROM)
        ),
        columns: std::iter::once("Indicator".to_owned())
            .chain(std::iter::once("All".to_owned()))
            .chain(groups.iter().map(|g| g.to_string()))
            .collect(),
        rows: report
            .indicators
            .iter()
            .zip(indicators)
            .map(|(f, label)| {
                let cells =
                    std::iter::once(cell(mean(&f.overall))).chain(f.by_group.iter().map(|g| cell(mean(g)))).collect();
                (label.to_string(), cells)
            })
            .collect(),
    };
    DashboardChart {
        id: ChartId::Overview,
        title: chart.title.clone(),
        slide: Some(bar_panels(&chart, &summary)),
        svg: grouped_bars(&chart, &summary),
        summary,
        table,
        more_tables: vec![
            figures_by(report, indicators, "group", groups, |f| &f.by_group, k),
            figures_by(
                report,
                indicators,
                "partner organisation (the respondent's own)",
                partners,
                |f| &f.by_partner,
                k,
            ),
            reliability(report, indicators),
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
fn summary_cells(figure: &Figure<Summary>) -> Vec<String> {
    match figure.shown() {
        Some(s) => vec![
            s.n.to_string(),
            one_decimal(s.mean),
            one_decimal(s.median),
            s.ci.map_or_else(
                || "none (one person)".to_owned(),
                |(low, high)| format!("{} to {}", one_decimal(low), one_decimal(high)),
            ),
            s.band.label().to_owned(),
        ],
        None => vec![HIDDEN.to_owned(); 5],
    }
}

/// Every indicator's full figures overall and for each shown group or partner (`of` picks them).
fn figures_by(
    report: &Report,
    indicators: &[&str],
    noun: &str,
    names: &[&str],
    of: fn(&crate::analytics::IndicatorFigures) -> &Vec<Figure<Summary>>,
    k: u32,
) -> DataTable {
    let mut rows = Vec::new();
    for (figures, indicator) in report.indicators.iter().zip(indicators) {
        let all = std::iter::once(("All".to_owned(), &figures.overall));
        let shown = of(figures)
            .iter()
            .zip(names)
            .filter(|(figure, _)| !figure.is_suppressed())
            .map(|(figure, name)| ((*name).to_owned(), figure));
        for (name, figure) in all.chain(shown) {
            rows.push((indicator.to_string(), std::iter::once(name).chain(summary_cells(figure)).collect()));
        }
    }
    DataTable {
        caption: format!(
            "Each indicator by {noun}: people, mean and median (0-100), 95% interval of the mean, band (those with fewer than {k} people are not listed)"
        ),
        columns: ["Indicator", "Of", "People", "Mean", "Median", "95% interval", "Band"].map(String::from).to_vec(),
        rows,
    }
}

/// Cronbach's alpha of each indicator, where enough people answered all of its statements.
fn reliability(report: &Report, indicators: &[&str]) -> DataTable {
    DataTable {
        caption: format!(
            "Reliability: Cronbach's alpha of each indicator, where {ALPHA_MIN_N} or more people answered all its statements"
        ),
        columns: ["Indicator", "Cronbach's alpha"].map(String::from).to_vec(),
        rows: report
            .indicators
            .iter()
            .zip(indicators)
            .map(|(figures, name)| {
                let alpha = figures
                    .alpha
                    .map_or_else(|| format!("fewer than {ALPHA_MIN_N} complete answers"), |alpha| fixed(alpha, 100));
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
) -> DataTable {
    DataTable {
        caption: format!("Share of answers (%) to each {name} statement; don't know as a share of all answers"),
        columns: std::iter::once("Statement".to_owned())
            .chain(points.iter().map(|l| l.to_string()))
            .chain(["Don't know".to_owned(), "Answers".to_owned()])
            .collect(),
        rows: chosen
            .iter()
            .map(|(label, d)| {
                let cells = match d.overall.shown() {
                    Some(c) => (1..=5)
                        .map(|p| format_score(c.share(p) * 100.0))
                        .chain([format_score(c.dont_know_share() * 100.0), c.total().to_string()])
                        .collect(),
                    None => vec![HIDDEN.to_owned(); 7],
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
) -> Vec<DataTable> {
    let labels = Labels { survey, language };
    let points = point_labels(survey, &labels);
    let mut tables = Vec::new();
    for chart in charts {
        if chart.id == ChartId::Items {
            for (index, indicator) in survey.indicators.iter().enumerate() {
                let chosen = statements(survey, report, &labels, Some(indicator));
                tables.push(statements_table(labels.indicator(index), &chosen, &points));
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
        Some((most, least)) => format!(
            "{name}: most agreement with \"{}\" ({}% agree), least with \"{}\" ({}%).",
            most.1,
            format_score(most.0 * 100.0),
            least.1,
            format_score(least.0 * 100.0)
        ),
        _ => format!("{name}: fewer than {k} answers to each statement so far."),
    };
    let points = point_labels(survey, labels);
    let answers: Vec<ItemAnswers> = chosen.iter().map(|(label, d)| ItemAnswers { label, counts: &d.overall }).collect();
    let title = format!("Answers to each statement: {name}");
    let table = statements_table(name, &chosen, &points);
    let svg = diverging_bars(&title, &answers, &points, &summary);
    DashboardChart::plain(ChartId::Items, title, summary, table, svg)
}

fn radar_chart(report: &Report, groups: &[&str], indicators: &[&str]) -> DashboardChart {
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
        (Some(high), Some(low)) if series.len() > 1 => format!(
            "Across the indicators, {} see the partnership most positively (average {}), {} least (average {}).",
            high.label,
            format_score(average(high)),
            low.label,
            format_score(average(low))
        ),
        (Some(only), _) => {
            format!("Only {} has enough responses to show (average {}).", only.label, format_score(average(only)))
        }
        _ => "No group has enough responses to show yet.".to_owned(),
    };
    let table = DataTable {
        caption: "Average score (0-100) of each indicator by group, for groups shown".into(),
        columns: std::iter::once("Group".to_owned()).chain(indicators.iter().map(|i| i.to_string())).collect(),
        rows: series
            .iter()
            .map(|s| {
                (
                    s.label.to_string(),
                    s.values.iter().map(|v| v.map_or_else(|| "hidden".into(), format_score)).collect(),
                )
            })
            .collect(),
    };
    let svg = radar(indicators, &series, &summary);
    DashboardChart {
        id: ChartId::Radar,
        more_tables: Vec::new(),
        title: "Indicators by group (radar)".into(),
        slide: Some(radar_slide(indicators, &series, &summary)),
        summary,
        table,
        actions: Vec::new(),
        svg,
    }
}

fn marginalisation(report: &Report, groups: &[&str], actions: Vec<ActionPrompt>) -> DashboardChart {
    let flagged: Vec<&str> =
        report.marginalisation.iter().zip(groups).filter(|(m, _)| m.flagged()).map(|(_, g)| *g).collect();
    let summary = if flagged.is_empty() {
        format!(
            "No group is flagged as left out: none has inclusion {}+ points below everyone else's, and none was named by {}% or more of others.",
            format_score(LOW_INCLUSION_POINTS),
            format_score(NAMED_SHARE_FLAG * 100.0)
        )
    } else {
        format!("Possibly left out: {}.", flagged.join(", "))
    };
    let named = |m: &crate::analytics::GroupMarginalisation| m.named_by_others.shown().map(|s| s.share() * 100.0);
    let chart = GroupedBars {
        title: "Inclusion by group, and how often others named each group as not getting enough say".into(),
        rows: report
            .marginalisation
            .iter()
            .zip(groups)
            .map(|(m, label)| BarRow {
                label: label.to_string(),
                note: m.flagged().then(|| {
                    match (m.low_inclusion, m.often_named) {
                        (true, true) => "flagged: low inclusion, often named",
                        (true, false) => "flagged: low inclusion",
                        _ => "flagged: often named",
                    }
                    .to_owned()
                }),
                bars: vec![
                    bar(&m.inclusion),
                    named(m).map_or(Bar::Missing(HIDDEN.to_owned()), |v| Bar::Value { value: v, interval: None }),
                ],
            })
            .collect(),
        series: Series::in_order(["Inclusion (0-100)", "Named by others (% of others)"]),
        max: 100.0,
        bands: false,
        reference: None,
        unit: String::new(),
    };
    let table = DataTable {
        caption: "Inclusion, marginalisation (100 − inclusion) and share of other respondents naming each group".into(),
        columns: ["Group", "Inclusion", "Marginalisation", "Named by others (%)", "Flag"].map(String::from).to_vec(),
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
                    .unwrap_or_else(|| "no".into());
                (label.to_string(), vec![cell(mean(&m.inclusion)), cell(m.marginalisation), cell(named(m)), flag])
            })
            .collect(),
    };
    DashboardChart {
        id: ChartId::Marginalisation,
        more_tables: Vec::new(),
        title: "Who is left out".into(),
        slide: Some(bar_panels(&chart, &summary)),
        svg: grouped_bars(&chart, &summary),
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
        Some((most, least)) => format!(
            "{} is seen to gain most from the partnership ({} of 100), {} least ({}).",
            most.1,
            format_score(most.0),
            least.1,
            format_score(least.0)
        ),
        _ => format!("Fewer than {k} ratings of each partner's gain so far."),
    };
    let table = DataTable {
        caption: "How much each partner is seen to gain (0-100), by the rater's group".into(),
        columns: std::iter::once("Rater group".to_owned()).chain(partners.iter().map(|p| p.to_string())).collect(),
        rows: groups
            .iter()
            .zip(&cells)
            .map(|(g, row)| (g.to_string(), row.iter().map(|v| cell(*v)).collect()))
            .collect(),
    };
    let title = "What each partner gains, as each group sees it";
    let svg = heatmap(title, groups, &partners, &cells, &summary);
    DashboardChart::plain(ChartId::ValueHeatmap, title.into(), summary, table, svg)
}

fn gain_contribution(survey: &SurveyDefinition, report: &Report, labels: &Labels, k: u32) -> DashboardChart {
    let partners: Vec<&str> = (0..survey.partners.len()).map(|p| labels.partner(p)).collect();
    let reciprocal: Vec<(f64, &str)> =
        report.value.iter().zip(&partners).filter_map(|(v, p)| v.reciprocity.map(|r| (r, *p))).collect();
    let summary = match extremes(&reciprocal) {
        Some((most, least)) => format!(
            "{} is seen to give most relative to what it gains ({} points), {} least ({} points).",
            most.1,
            signed(most.0),
            least.1,
            signed(least.0)
        ),
        _ => format!("Fewer than {k} ratings of each partner so far."),
    };
    let chart = GroupedBars {
        title: "Gain and contribution of each partner".into(),
        rows: report
            .value
            .iter()
            .zip(&partners)
            .map(|(v, label)| BarRow {
                label: label.to_string(),
                note: v.reciprocity.map(|r| format!("contribution − gain: {}", signed(r))),
                bars: vec![
                    bar(&v.all.contribution),
                    bar(&v.all.gain),
                    bar(&v.self_view.gain),
                    bar(&v.others_view.gain),
                ],
            })
            .collect(),
        series: Series::in_order([
            "Contribution (all)",
            "Gain (all)",
            "Gain, its own people's view",
            "Gain, others' view",
        ]),
        max: 100.0,
        bands: false,
        reference: None,
        unit: String::new(),
    };
    let table = DataTable {
        caption: "Gain and contribution (0-100) of each partner, all raters, its own people and others".into(),
        columns: [
            "Partner",
            "Contribution",
            "Gain",
            "Contribution − gain",
            "Gain (own view)",
            "Gain (others' view)",
            "Contribution (own view)",
            "Contribution (others' view)",
        ]
        .map(String::from)
        .to_vec(),
        rows: report
            .value
            .iter()
            .zip(&partners)
            .map(|(v, p)| {
                (
                    p.to_string(),
                    vec![
                        cell(mean(&v.all.contribution)),
                        cell(mean(&v.all.gain)),
                        v.reciprocity.map_or_else(|| HIDDEN.to_owned(), signed),
                        cell(mean(&v.self_view.gain)),
                        cell(mean(&v.others_view.gain)),
                        cell(mean(&v.self_view.contribution)),
                        cell(mean(&v.others_view.contribution)),
                    ],
                )
            })
            .collect(),
    };
    DashboardChart {
        id: ChartId::GainContribution,
        more_tables: Vec::new(),
        title: chart.title.clone(),
        slide: Some(bar_panels(&chart, &summary)),
        svg: grouped_bars(&chart, &summary),
        summary,
        table,
        actions: Vec::new(),
    }
}

fn gaps(report: &Report, labels: &Labels, actions: Vec<ActionPrompt>) -> DashboardChart {
    let name = |id: &str| labels.indicator_named(id);
    let group_name = |id: &str| labels.group_named(report, id);
    let flagged: Vec<String> = report.gaps.iter().filter(|g| g.flagged).map(|g| name(&g.indicator)).collect();
    let summary = if report.gaps.is_empty() {
        "Gaps show once two or more groups each have enough responses.".to_owned()
    } else if flagged.is_empty() {
        format!("No indicator has a gap of {} points or more between groups.", format_score(GAP_FLAG_POINTS))
    } else {
        format!(
            "Groups see {} differently: a gap of {} points or more.",
            flagged.join(", "),
            format_score(GAP_FLAG_POINTS)
        )
    };
    let chart = GroupedBars {
        title: "Perception gaps between groups".into(),
        rows: report
            .gaps
            .iter()
            .map(|g| BarRow {
                label: name(&g.indicator),
                note: g.flagged.then(|| "flagged".to_owned()),
                bars: vec![Bar::Value { value: g.points, interval: None }],
            })
            .collect(),
        series: Series::in_order(["Gap (points)"]),
        max: 100.0,
        bands: false,
        reference: Some((GAP_FLAG_POINTS, format!("{}-point flag", format_score(GAP_FLAG_POINTS)))),
        unit: " pts".into(),
    };
    let table = DataTable {
        caption: "Highest minus lowest group average, per indicator".into(),
        columns: ["Indicator", "Gap (points)", "Highest", "Lowest", "Flagged"].map(String::from).to_vec(),
        rows: report
            .gaps
            .iter()
            .map(|g| {
                (
                    name(&g.indicator),
                    vec![
                        format_score(g.points),
                        format!("{} ({})", group_name(&g.highest.0), format_score(g.highest.1)),
                        format!("{} ({})", group_name(&g.lowest.0), format_score(g.lowest.1)),
                        if g.flagged { "yes" } else { "no" }.to_owned(),
                    ],
                )
            })
            .collect(),
    };
    DashboardChart {
        id: ChartId::Gaps,
        more_tables: Vec::new(),
        title: chart.title.clone(),
        slide: Some(bar_panels(&chart, &summary)),
        svg: grouped_bars(&chart, &summary),
        summary,
        table,
        actions,
    }
}

fn trend_chart(report: &Report, waves: &[String], indicators: &[&str], k: u32) -> DashboardChart {
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
            format!("From {} to {}, {} changed most ({} points).", c.from, c.to, indicators[index], signed(change))
        }
        None if waves.len() < 2 => "Only one wave so far: change shows once a second wave is in.".to_owned(),
        None => format!("Fewer than {k} responses in consecutive waves, so no change is shown."),
    };
    let wave_labels: Vec<&str> = waves.iter().map(|w| if w.is_empty() { "(no wave)" } else { w.as_str() }).collect();
    let table = DataTable {
        caption: "Average score (0-100) of each indicator in each wave".into(),
        columns: std::iter::once("Indicator".to_owned()).chain(wave_labels.iter().map(|w| w.to_string())).collect(),
        rows: lines.iter().map(|l| (l.label.to_string(), l.values.iter().map(|v| cell(*v)).collect())).collect(),
    };
    let svg = trend(&wave_labels, &lines, &summary);
    DashboardChart::plain(ChartId::Trend, "Change across waves".into(), summary, table, svg)
}
