//! The dashboard's content, as plain data: for each chart its title, one-sentence summary, data
//! table, action prompts and SVG; plus the view (filters, chosen indicator, slide) and its URL form.
//! Pure Rust: the UI only lays these out.

mod advice;
mod agreed;
mod board_report;
mod chart;
mod chart_words;
mod content;
mod csv;
mod empty;
mod glance;
mod labels;
mod privacy;
mod said_pages;
mod themes_chart;
mod trust_map;
mod view;

pub use advice::advice_words;
pub use agreed::{action_rows, answer_choices, follow_through_tables, status_name, ActionRow, AnswerChoice};
pub use board_report::{board_report, BoardReportParts};
pub use chart::{ChartId, DashboardChart, DataTable};
pub use chart_words::chart_words;
pub use content::{all_tables, dashboard_charts, one_decimal};
pub use csv::figures_csv;
pub use empty::EmptyState;
pub use glance::{glance, Glance, IndicatorCard};
pub use privacy::{
    group_choices, group_label, left_out_notes, partner_choices, privacy_notes, Choice, HeldBack, COMBINED_GROUPS_LABEL,
};
pub use said_pages::{said_pages, ANSWERS_PER_SLIDE, CHARACTERS_PER_SLIDE};
pub use themes_chart::themes_chart;
pub use view::{DashboardAction, DashboardView};
