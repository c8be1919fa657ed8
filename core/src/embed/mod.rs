//! Embedding in a host's page: the options a host gives (data attributes or URL parameters) and
//! their typed errors. Plain Rust, tested natively; the browser side is in `ui::host`.

mod options;

pub use options::{is_safe_app_base, is_same_site_address, EmbedError, HostOptions, Mode, SurveySource, Theme};
