//! Invitations: single-use codes that make a survey's responses count only once per person.
//!
//! Without them anyone with the link could add made-up responses and lift a small group over
//! the threshold (docs/design.md, "Small numbers"). A survey "by invitation" lists the hashes of
//! the codes it made (never the codes: who got which is never kept), each maybe for one
//! stakeholder group; a response carries its code in its id (`inv-<code>`), so the device's
//! store and the database keep one response per code, the first.

mod check;
mod code;

pub use check::{InvitationList, Uninvited, UninvitedCounts};
pub use code::{CodeProblem, InvitationCode, CODE_LENGTH, RESPONSE_ID_PREFIX};

use serde::{Deserialize, Serialize};

/// Most invitations one survey may list (a definition stays under the share-link and
/// database-document limits: 5,000 hashes are about 200 KB of JSON).
pub const MAX_INVITATIONS: usize = 5_000;

/// A survey's invitations as its definition carries them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Invitations {
    /// The invitations made. Empty in the copy respondents get (share links), which only needs
    /// to know that a code is asked for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub made: Vec<Invitation>,
}

/// One invitation: the hash of its code, and the group it is for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Invitation {
    /// [`InvitationCode::hash`] of the code: 32 lowercase hexadecimal digits.
    pub hash: String,
    /// The stakeholder group it is for; empty: any group.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub group: String,
}

impl Invitation {
    /// Whether `hash` has the form of [`InvitationCode::hash`].
    pub fn is_hash(hash: &str) -> bool {
        hash.len() == 32 && hash.bytes().all(|byte| byte.is_ascii_digit() || (b'a'..=b'f').contains(&byte))
    }
}

/// `count` new invitations to survey `survey_id` for `group` ("" for any), each code made from
/// 8 bytes of `random`: the codes, to hand out once, and what the survey keeps of them.
pub fn make_invitations(
    survey_id: &str,
    group: &str,
    count: usize,
    mut random: impl FnMut() -> [u8; 8],
) -> (Vec<InvitationCode>, Vec<Invitation>) {
    let codes: Vec<InvitationCode> = (0..count).map(|_| InvitationCode::from_random(random())).collect();
    let kept = codes.iter().map(|code| Invitation { hash: code.hash(survey_id), group: group.to_owned() }).collect();
    (codes, kept)
}

/// How many invitations were made for each group: `(group id, count)` in the order first made,
/// "" standing for any group.
pub fn count_by_group(invitations: &Invitations) -> Vec<(&str, usize)> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for invitation in &invitations.made {
        match counts.iter_mut().find(|(group, _)| *group == invitation.group) {
            Some((_, count)) => *count += 1,
            None => counts.push((&invitation.group, 1)),
        }
    }
    counts
}
