//! Scoring and aggregation: trust, marginalisation and value for each partner, from a survey
//! definition and its responses. Plain Rust with no browser dependency, tested natively.
//!
//! Definitions (docs/design.md, "Scoring and aggregation"), and the choices this module makes where
//! they leave one open:
//! - A respondent's indicator score is the mean of their answered items of that indicator,
//!   mapped to 0-100 by (mean − 1) / 4 × 100; "don't know" is not an answer; the score is
//!   missing when fewer than half of the items are answered (2 of 3, 3 of 5, 3 of 6, 1 of 2).
//! - Summaries give n, mean, median (mean of the two middle values for even n), sample standard
//!   deviation, and the 95% t-interval of the mean, clipped to 0-100 (no interval when n < 2).
//! - Bands: 75 and above strength, 50 up to 75 borderline, below 50 concern.
//! - Waves are ordered by their earliest submission day, then by label.
//! - Perception gap: highest minus lowest group mean among the groups shown; flagged at 15+.
//! - Marginalisation, value and trust between organisations: see
//!   [`marginalisation`](self::GroupMarginalisation), [`PartnerValue`] and [`TrustMap`].
//! - Cronbach's alpha: over respondents who answered every item of the indicator (listwise),
//!   reported when 10 or more did.
//! - Small numbers: see the `protection` module docs (blocks of at least k people, decided on
//!   all responses before any filter) and `suppression` (a cell under k shows nothing); the
//!   default threshold is the survey's `small_group_threshold` (3).
//! - Responses of another survey id or version, or that do not fit the survey, are refused by
//!   [`ResponseTable::push`] with an [`AnalyticsError`], never mixed in.

mod actions;
mod atom_counts;
mod codes;
mod error;
mod filter;
mod gaps;
mod histogram;
mod indicators;
mod items;
mod marginalisation;
mod one_pass;
mod open_answers;
mod partner_trust;
mod protection;
mod report;
mod scoring;
mod stats;
mod suppression;
mod table;
mod theme_counts;
mod value;
mod waves;

pub use crate::fast_hash::{FastMap, FastSet};
pub use crate::response::PREFER_NOT_TO_SAY;
pub use actions::{ActionPrompt, Advice, Trigger};
pub use error::AnalyticsError;
pub use filter::Filter;
pub use gaps::{Gap, GAP_FLAG_POINTS};
pub use indicators::{IndicatorFigures, ALPHA_MIN_N};
pub use items::{AnswerCounts, ItemDistribution};
pub use marginalisation::{GroupMarginalisation, NamedShare, LOW_INCLUSION_POINTS, NAMED_SHARE_FLAG};
pub use one_pass::one_pass_tally;
pub use open_answers::{what_people_said, SaidAnswer, SaidList};
pub use partner_trust::{
    MutualTrust, OrganisationTrust, TrustFigure, TrustLink, TrustMap, LEAST_TRUSTED_LISTED, MUTUAL_TRUST_FROM,
};
pub use protection::{Pooling, ProtectedTable, POOLED_GROUP_ID};
pub use report::{analyse, analyse_view, Counts, Report, INCLUSION_INDICATOR};
pub use scoring::{respondent_score, to_percent};
pub use stats::{at_least, summarise_counts, t_975, AlphaAccumulator, Band, Summary, BORDERLINE_FROM, STRENGTH_FROM};
pub use suppression::Figure;
pub use table::{answer_key, ResponseTable, WaveInfo};
pub use theme_counts::{theme_counts, ThemeCount};
pub use value::{PartnerValue, View};
pub use waves::WaveChange;
