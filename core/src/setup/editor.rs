//! Changes a facilitator makes on the set-up screen, as a reducer that refuses bad edits with
//! a reason and leaves the set-up unchanged.

use super::model::{CustomStatement, SetUp, MIN_THRESHOLD};

/// Largest threshold offered; higher would hide nearly every figure of a partnership survey.
pub const MAX_THRESHOLD: u32 = 100;

/// Which list of named things an edit is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListKind {
    /// Stakeholder groups.
    Groups,
    /// Partner organisations.
    Partners,
}

impl ListKind {
    /// How many entries a survey can carry, and what they are called in a message.
    fn limit(self) -> (usize, &'static str) {
        match self {
            ListKind::Groups => (crate::survey::MAX_GROUPS, "stakeholder groups"),
            ListKind::Partners => (crate::survey::MAX_PARTNERS, "partner organisations"),
        }
    }

    fn noun(self) -> &'static str {
        match self {
            ListKind::Groups => "group",
            ListKind::Partners => "partner",
        }
    }
}

/// One edit on the set-up screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SetUpEdit {
    Title(String),
    Wave(String),
    Language(String),
    Threshold(u32),
    /// Adds a group or partner with this name at the end.
    Add(ListKind, String),
    /// Renames the entry at this position; its id (what responses store) stays.
    Rename(ListKind, usize, String),
    /// Moves the entry at this position one place up (`true`) or down.
    Move(ListKind, usize, bool),
    Remove(ListKind, usize),
    /// Includes (`true`) or leaves out an item of the base instrument.
    Include(String, bool),
    /// Adds a statement at the end of a section, counted towards an indicator or none.
    AddStatement {
        label: String,
        section: String,
        indicator: Option<String>,
    },
    /// Removes the custom statement at this position.
    RemoveStatement(usize),
    /// Names the submission address (empty: none).
    SubmissionAddress(String),
    /// Makes the survey by invitation (`true`: only responses with a code it made count), or
    /// open to anyone with the link again, forgetting the invitations made.
    ByInvitation(bool),
    /// Adds invitations just made (their codes' hashes; the codes are never kept).
    AddInvitations(Vec<crate::invitations::Invitation>),
    /// Asks (`true`) or stops asking respondents whether the agreed action numbered `action`,
    /// in the words `what`, was carried out.
    AskFollowThrough {
        action: u32,
        what: String,
        ask: bool,
    },
    /// Translates one of the set-up's texts (see `setup::translation_keys`) into a language the
    /// base offers; empty words take the translation away.
    Translate {
        language: String,
        key: String,
        words: String,
    },
    /// Replaces a language's translations with those of a translation file already checked
    /// (`setup::read_translation`).
    ImportTranslation {
        language: String,
        texts: crate::sorted_map::SortedMap<String, String>,
    },
}

/// Why an edit was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// A name or statement was left empty.
    #[error("empty {0}")]
    Empty(&'static str),
    /// Another group or partner already has this name.
    #[error("\"{0}\" already in the list")]
    Duplicate(String),
    /// The threshold is outside what protects respondents and still shows figures.
    #[error("threshold outside {MIN_THRESHOLD}..={MAX_THRESHOLD}")]
    Threshold,
    /// Every survey asks which group a respondent belongs to.
    #[error("the group question cannot be left out")]
    GroupQuestionRequired,
    /// A survey needs at least one stakeholder group.
    #[error("the last group cannot be removed")]
    LastGroup,
    /// No entry at that position (a stale screen).
    #[error("no such entry")]
    NoSuchEntry,
    /// A text is longer than responses may carry.
    #[error("{what} over {limit} characters")]
    TooLong { what: &'static str, limit: usize },
    /// The list already holds as many entries as a survey can carry.
    #[error("{what} full at {limit}")]
    ListFull { what: &'static str, limit: usize },
    /// Not an address respondents' devices may send to.
    #[error("submission {0}")]
    Address(crate::survey::AddressError),
}

/// An id for `label` made of its lowercase letters and digits joined by hyphens, unique among
/// `taken` (a number is added when needed; `fallback` is used when the label has no letters).
pub fn id_for(label: &str, fallback: &str, taken: &[&str]) -> String {
    let mut base = String::new();
    for word in label.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
        if base.len() >= 24 {
            break;
        }
        if !base.is_empty() {
            base.push('-');
        }
        base.push_str(&word.to_ascii_lowercase());
    }
    if base.is_empty() {
        base = fallback.to_owned();
    }
    let mut candidate = base.clone();
    let mut n = 2;
    while taken.contains(&candidate.as_str()) {
        candidate = format!("{base}-{n}");
        n += 1;
    }
    candidate
}

fn clean(text: &str, what: &'static str) -> Result<String, EditError> {
    let text = text.trim();
    if text.is_empty() {
        Err(EditError::Empty(what))
    } else {
        Ok(text.to_owned())
    }
}

impl SetUp {
    fn list_mut(&mut self, kind: ListKind) -> &mut Vec<(String, String)> {
        match kind {
            ListKind::Groups => &mut self.groups,
            ListKind::Partners => &mut self.partners,
        }
    }

    fn check_name(list: &[(String, String)], name: &str, except: Option<usize>) -> Result<(), EditError> {
        let clash = list.iter().enumerate().any(|(i, (_, l))| Some(i) != except && l.eq_ignore_ascii_case(name));
        if clash {
            Err(EditError::Duplicate(name.to_owned()))
        } else {
            Ok(())
        }
    }

    /// Applies `edit`, or explains why not and changes nothing.
    pub fn apply(&mut self, edit: SetUpEdit) -> Result<(), EditError> {
        match edit {
            SetUpEdit::Title(title) => self.title = title,
            SetUpEdit::Wave(wave) => {
                if wave.chars().count() > crate::response::MAX_WAVE_CHARS {
                    return Err(EditError::TooLong { what: "wave label", limit: crate::response::MAX_WAVE_CHARS });
                }
                self.wave = wave;
            }
            SetUpEdit::Language(language) => self.language = language,
            SetUpEdit::Threshold(threshold) => {
                if !(MIN_THRESHOLD..=MAX_THRESHOLD).contains(&threshold) {
                    return Err(EditError::Threshold);
                }
                self.threshold = threshold;
            }
            SetUpEdit::Add(kind, name) => {
                let name = clean(&name, kind.noun())?;
                let list = self.list_mut(kind);
                let (limit, what) = kind.limit();
                if list.len() >= limit {
                    return Err(EditError::ListFull { what, limit });
                }
                Self::check_name(list, &name, None)?;
                let taken: Vec<&str> = list.iter().map(|(id, _)| id.as_str()).collect();
                let id = id_for(&name, kind.noun(), &taken);
                list.push((id, name));
            }
            SetUpEdit::Rename(kind, index, name) => {
                let name = clean(&name, kind.noun())?;
                let list = self.list_mut(kind);
                Self::check_name(list, &name, Some(index))?;
                list.get_mut(index).ok_or(EditError::NoSuchEntry)?.1 = name;
            }
            SetUpEdit::Move(kind, index, up) => {
                let list = self.list_mut(kind);
                let other = if up { index.checked_sub(1) } else { Some(index + 1) };
                match other {
                    Some(other) if other < list.len() && index < list.len() => list.swap(index, other),
                    _ => return Err(EditError::NoSuchEntry),
                }
            }
            SetUpEdit::Remove(kind, index) => {
                let list = self.list_mut(kind);
                if index >= list.len() {
                    return Err(EditError::NoSuchEntry);
                }
                if kind == ListKind::Groups && list.len() == 1 {
                    return Err(EditError::LastGroup);
                }
                let (id, _) = list.remove(index);
                // Invitations for a group that is gone could never count.
                if let (ListKind::Groups, Some(invitations)) = (kind, &mut self.invitations) {
                    invitations.made.retain(|invitation| invitation.group != id);
                }
            }
            SetUpEdit::AskFollowThrough { action, what, ask } => {
                self.follow_through.retain(|(asked, _)| *asked != action);
                if ask {
                    self.follow_through.push((action, what));
                    self.follow_through.sort_unstable_by_key(|(asked, _)| *asked);
                }
            }
            SetUpEdit::Include(item, include) => {
                if item == "group" && !include {
                    return Err(EditError::GroupQuestionRequired);
                }
                self.omit.retain(|omitted| *omitted != item);
                if !include {
                    self.omit.push(item);
                }
            }
            SetUpEdit::AddStatement { label, section, indicator } => {
                let label = clean(&label, "statement")?;
                let number = (1..).find(|n| !self.custom.iter().any(|s| s.id == format!("C{n}"))).unwrap_or(1);
                self.custom.push(CustomStatement { id: format!("C{number}"), label, section, indicator });
            }
            SetUpEdit::RemoveStatement(index) => {
                if index >= self.custom.len() {
                    return Err(EditError::NoSuchEntry);
                }
                self.custom.remove(index);
            }
            SetUpEdit::ByInvitation(on) => {
                if on != self.invitations.is_some() {
                    self.invitations = on.then(Default::default);
                }
            }
            SetUpEdit::AddInvitations(new) => {
                let limit = crate::invitations::MAX_INVITATIONS;
                let invitations = self.invitations.get_or_insert_with(Default::default);
                if invitations.made.len() + new.len() > limit {
                    return Err(EditError::ListFull { what: "invitations", limit });
                }
                invitations.made.extend(new);
            }
            SetUpEdit::SubmissionAddress(address) => {
                let address = address.trim();
                if !address.is_empty() {
                    crate::survey::check_address(address).map_err(EditError::Address)?;
                }
                self.submission_address = address.to_owned();
            }
            SetUpEdit::Translate { language, key, words } => {
                let texts = self.translations.entry(language.clone()).or_default();
                match words.trim() {
                    "" => texts.remove(&key),
                    words => texts.insert(key, words.to_owned()),
                };
                if texts.is_empty() {
                    self.translations.remove(&language);
                }
            }
            SetUpEdit::ImportTranslation { language, texts } => {
                self.translations.insert(language, texts);
            }
        }
        Ok(())
    }
}
