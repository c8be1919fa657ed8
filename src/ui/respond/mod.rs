//! The respondent's screens.

mod kiosk_bar;
mod question;
mod read_aloud;
mod response_file;
mod review;
mod scale;
mod section_page;
mod thanks;
pub mod welcome;

pub use kiosk_bar::KioskBar;
pub use question::{item_element_id, Question, QuestionProps};
pub use response_file::download_response;
pub use review::Review;
pub use scale::{scale_options, ScaleOptions};
pub use section_page::SectionPage;
pub use thanks::Thanks;
pub use welcome::{Resume, Welcome};
