//! The dashboard's content, as plain data: for each chart its title, one-sentence summary, data
//! table, action prompts and SVG; plus the view (filters, chosen indicator, slide) and its URL form.
//! Pure Rust: the UI only lays these out.

mod content;
mod csv;
mod privacy;
mod view;

pub use content::{dashboard_charts, ChartId, DashboardChart, DataTable};
pub use csv::{csv_field, figures_csv};
pub use privacy::{group_choices, group_label, partner_choices, privacy_notes, Choice, COMBINED_GROUPS_LABEL};
pub use view::{DashboardAction, DashboardView};
