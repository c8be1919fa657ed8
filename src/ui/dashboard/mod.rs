//! The facilitator's dashboard (its own bundle: see `src/bin/dashboard.rs`).

mod actions_panel;
mod app;
mod chart_figure;
mod chart_pager;
mod counts;
mod filters;
mod glance;
mod memo;
mod page;
mod presentation;
mod report_panel;
mod said;
mod sync;
mod sync_panel;
mod texts;
mod themes_editor;
mod transfer_panel;
mod unlock;
pub mod words;

pub use actions_panel::{ActionsPanel, ActionsPanelProps};
pub use app::{DashboardApp, DashboardAppProps};
pub use chart_figure::{ChartFigure, ChartFigureProps};
pub use chart_pager::chart_pager;
pub use page::Dashboard;
pub use said::{WhatPeopleSaid, WhatPeopleSaidProps};
