//! A dashboard chart as plain data: which chart, its title, summary, tables, prompts and drawings.

use crate::analytics::ActionPrompt;
use crate::charts::ChartSvg;

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
    pub(super) fn plain(
        id: ChartId,
        title: String,
        summary: String,
        table: DataTable,
        svg: ChartSvg,
    ) -> DashboardChart {
        DashboardChart { id, title, summary, table, more_tables: Vec::new(), actions: Vec::new(), svg, slide: None }
    }
}
