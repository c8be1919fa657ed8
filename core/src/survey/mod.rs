//! The survey model: definitions, their validation and the built-in instrument.

mod builtin;
mod definition;
mod error;
mod limits;
mod load;
mod submission_address;
mod text;
mod validate;

pub use builtin::{builtin_survey, BUILTIN_SURVEY_JSON};
pub use definition::{
    Choice, ChoiceSpec, Indicator, Item, ItemKind, MatrixScale, OptionsFrom, Scale, Scales, Section, SurveyDefinition,
    FOLLOW_THROUGH_POINTS, SCALE_POINTS, SCHEMA_VERSION,
};
pub use error::{joined, IdKind, Place, SurveyError};
pub use limits::{MAX_GROUPS, MAX_ID_LENGTH, MAX_OPTIONS, MAX_PARTNERS, MIN_SMALL_GROUP_THRESHOLD};
pub use load::{load_survey, survey_to_json};
pub use submission_address::{check_address, document_address, server_of, site_of, AddressError, MAX_ADDRESS_CHARS};
pub use text::LocalText;
pub use validate::validate;
