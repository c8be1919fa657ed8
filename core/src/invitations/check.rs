//! Which responses count: in a survey by invitation, those made with a code it lists, for the
//! group the code is for. The rest are kept and said, never in a figure.

use super::{InvitationCode, Invitations, RESPONSE_ID_PREFIX};
use crate::fast_hash::FastMap;

/// Why a response does not count in a survey by invitation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Uninvited {
    /// It carries no invitation code.
    NoCode,
    /// Its code is not one the survey made (mistyped, made up, or of another survey).
    UnknownCode,
    /// Its code was made for another stakeholder group than the one it answers for.
    OtherGroup,
}

/// How many responses to a survey by invitation are in no figure, by reason.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct UninvitedCounts {
    /// With no invitation code.
    pub no_code: usize,
    /// With a code the survey did not make.
    pub unknown_code: usize,
    /// With a code made for another group.
    pub other_group: usize,
}

impl UninvitedCounts {
    /// Counts one more response left out for `why`.
    pub fn add(&mut self, why: Uninvited) {
        match why {
            Uninvited::NoCode => self.no_code += 1,
            Uninvited::UnknownCode => self.unknown_code += 1,
            Uninvited::OtherGroup => self.other_group += 1,
        }
    }

    /// Every response left out.
    pub fn total(&self) -> usize {
        self.no_code + self.unknown_code + self.other_group
    }
}

/// The invitations of a survey by invitation, ready to check responses against.
#[derive(Clone, Debug, PartialEq)]
pub struct InvitationList {
    survey_id: String,
    /// Group each hash is for ("" for any group).
    group_of: FastMap<String, String>,
}

impl InvitationList {
    /// The list of the survey `survey_id` that made `invitations`; `None` when it made none, so
    /// that anyone with its link may respond.
    pub fn of(survey_id: &str, invitations: Option<&Invitations>) -> Option<InvitationList> {
        let invitations = invitations?;
        let mut group_of = FastMap::default();
        for invitation in &invitations.made {
            group_of.insert(invitation.hash.clone(), invitation.group.clone());
        }
        Some(InvitationList { survey_id: survey_id.to_owned(), group_of })
    }

    /// How many invitations the survey made.
    pub fn len(&self) -> usize {
        self.group_of.len()
    }

    /// Whether the survey made none yet.
    pub fn is_empty(&self) -> bool {
        self.group_of.is_empty()
    }

    /// Whether the response `id` of `group` counts, or why not.
    pub fn check(&self, id: &str, group: &str) -> Result<(), Uninvited> {
        let code = InvitationCode::of_response_id(id).ok_or(if id.starts_with(RESPONSE_ID_PREFIX) {
            Uninvited::UnknownCode
        } else {
            Uninvited::NoCode
        })?;
        match self.group_of.get(&code.hash(&self.survey_id)) {
            None => Err(Uninvited::UnknownCode),
            Some(invited) if !invited.is_empty() && invited != group => Err(Uninvited::OtherGroup),
            Some(_) => Ok(()),
        }
    }
}
