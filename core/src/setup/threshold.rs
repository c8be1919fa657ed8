//! The small-number threshold as the facilitator types it: what it becomes, and why when that is
//! not what was typed (a 2 becomes 3, and the set-up page says so beside the field).

use super::editor::MAX_THRESHOLD;
use super::model::MIN_THRESHOLD;

/// What a typed threshold becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThresholdEntry {
    /// A whole number in range, taken as typed.
    Taken(u32),
    /// Below the smallest safe size: raised to it.
    Raised { typed: u32 },
    /// Above the largest offered: lowered to it.
    Lowered { typed: u32 },
    /// Not a whole number: the threshold stays as it was.
    NotANumber { kept: u32 },
}

impl ThresholdEntry {
    /// Reads `typed` (the field's text) for a survey whose threshold is now `current`.
    pub fn read(typed: &str, current: u32) -> ThresholdEntry {
        match typed.trim().parse::<u32>() {
            Ok(typed) if typed < MIN_THRESHOLD => ThresholdEntry::Raised { typed },
            Ok(typed) if typed > MAX_THRESHOLD => ThresholdEntry::Lowered { typed },
            Ok(typed) => ThresholdEntry::Taken(typed),
            Err(_) => ThresholdEntry::NotANumber { kept: current },
        }
    }

    /// The threshold the survey gets.
    pub fn value(self) -> u32 {
        match self {
            ThresholdEntry::Taken(value) | ThresholdEntry::NotANumber { kept: value } => value,
            ThresholdEntry::Raised { .. } => MIN_THRESHOLD,
            ThresholdEntry::Lowered { .. } => MAX_THRESHOLD,
        }
    }

    /// Whether the field must say why it shows something other than what was typed.
    pub fn needs_note(self) -> bool {
        !matches!(self, ThresholdEntry::Taken(_))
    }
}
