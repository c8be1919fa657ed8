//! The set-up screen's state: the surveys on this device, which one is open, and what the
//! facilitator was last told. A reducer, so every change is tested without a browser.

use super::editor::{id_for, EditError, SetUpEdit};
use super::saved::{settle_version, SavedSurvey};

/// What the facilitator is told after an action.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// An edit was refused; the survey is unchanged.
    Refused(EditError),
    /// The questions now differ from another wave's, so the survey became this version.
    NewVersion(u32),
    /// A copy for the next wave was made and opened.
    NextWave,
    /// A survey file was imported and opened.
    Imported(String),
    /// The same survey was imported before; that one is opened instead.
    AlreadyHere(String),
    /// A survey was deleted.
    Deleted(String),
    /// A survey file uses the id of a different survey already here: the facilitator chooses.
    SameId { name: String, id: String },
    /// The file was imported as another version of the survey with its id.
    ImportedAsVersion { name: String, version: u32 },
    /// The file was imported as a survey of its own, under a new id.
    ImportedSeparately { name: String, id: String },
    /// The import was cancelled; nothing changed.
    ImportCancelled,
    /// The open survey's responses are sealed from now on, for its new key.
    Sealed,
    /// The survey's key was brought back (a key file): its responses can be opened here.
    KeyRestored,
    /// A key was refused: the survey is sealed for another key, which it keeps.
    KeyNotThisSurveys,
}

/// What to do with a survey file whose id is already taken by a different survey.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportChoice {
    /// Keep the id: the file becomes a version of that survey (the next free version when its
    /// questions differ), and responses of each version stay apart.
    AsVersion,
    /// Give it a new id: a survey of its own.
    AsSeparateSurvey,
    /// Import nothing.
    Cancel,
}

/// One change to the set-up screen.
#[derive(Clone, Debug, PartialEq)]
pub enum WorkspaceAction {
    /// Starts a new survey of the built-in instrument, given its new id.
    New(SavedSurvey),
    /// Opens the survey at this position.
    Open(usize),
    /// Edits the open survey.
    Edit(SetUpEdit),
    /// Copies the open survey for its next wave and opens the copy.
    NextWave,
    /// Deletes the survey at this position.
    Delete(usize),
    /// Adds a survey read from a definition file (already validated).
    Import(SavedSurvey),
    /// Settles an import waiting on a choice (see [`Notice::SameId`]).
    ResolveImport(ImportChoice),
    /// The workspace read from the device when the page opened.
    Loaded(Workspace),
    /// Seals the open survey's responses for `key` (just made), or brings back the key it is
    /// sealed for (a key file). A survey keeps the key it is sealed for: responses sealed for it
    /// could not be opened with another.
    Seal(crate::seal::WrappedKey),
    /// The facilitator chooses to let the open survey's responses reach a server unsealed.
    SendUnsealed,
}

/// The surveys on this device and the one being edited.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workspace {
    pub surveys: Vec<SavedSurvey>,
    /// Position of the open survey, if any.
    pub open: Option<usize>,
    pub notice: Option<Notice>,
    /// A survey file whose id a different saved survey has, waiting for the facilitator's choice.
    pub pending_import: Option<SavedSurvey>,
}

impl Workspace {
    /// The workspace with `surveys` from storage, the first one open.
    pub fn with(surveys: Vec<SavedSurvey>) -> Workspace {
        let open = if surveys.is_empty() { None } else { Some(0) };
        Workspace { surveys, open, notice: None, pending_import: None }
    }

    /// The open survey.
    pub fn current(&self) -> Option<&SavedSurvey> {
        self.open.and_then(|index| self.surveys.get(index))
    }

    /// The workspace after `action`.
    pub fn apply(mut self, action: WorkspaceAction) -> Workspace {
        self.notice = None;
        match action {
            WorkspaceAction::Loaded(stored) => return stored,
            WorkspaceAction::New(survey) => {
                self.surveys.push(survey);
                self.open = Some(self.surveys.len() - 1);
            }
            WorkspaceAction::Open(index) if index < self.surveys.len() => self.open = Some(index),
            WorkspaceAction::Open(_) => {}
            WorkspaceAction::Edit(edit) => {
                let Some(index) = self.open else { return self };
                let Some(survey) = self.surveys.get_mut(index) else { return self };
                match survey.setup.apply(edit) {
                    Err(error) => self.notice = Some(Notice::Refused(error)),
                    Ok(()) if settle_version(&mut self.surveys, index) => {
                        self.notice = Some(Notice::NewVersion(self.surveys[index].setup.version));
                    }
                    Ok(()) => {}
                }
            }
            WorkspaceAction::NextWave => {
                let Some(next) = self.current().map(SavedSurvey::next_wave) else { return self };
                let index = self.open.unwrap_or(0) + 1;
                self.surveys.insert(index, next);
                self.open = Some(index);
                self.notice = Some(Notice::NextWave);
            }
            WorkspaceAction::Delete(index) if index < self.surveys.len() => {
                let removed = self.surveys.remove(index);
                self.notice = Some(Notice::Deleted(removed.name()));
                self.open = match self.open {
                    _ if self.surveys.is_empty() => None,
                    Some(open) if open > index => Some(open - 1),
                    Some(open) => Some(open.min(self.surveys.len() - 1)),
                    None => None,
                };
            }
            WorkspaceAction::Delete(_) => {}
            WorkspaceAction::Import(survey) => {
                let name = survey.name();
                if let Some(index) = self.surveys.iter().position(|saved| *saved == survey) {
                    self.open = Some(index);
                    self.notice = Some(Notice::AlreadyHere(name));
                } else if self.surveys.iter().any(|saved| saved.setup.id == survey.setup.id) {
                    self.notice = Some(Notice::SameId { name, id: survey.setup.id.clone() });
                    self.pending_import = Some(survey);
                } else {
                    self.surveys.push(survey);
                    let index = self.surveys.len() - 1;
                    settle_version(&mut self.surveys, index);
                    self.open = Some(index);
                    self.notice = Some(Notice::Imported(name));
                }
            }
            WorkspaceAction::Seal(key) => {
                let Some(survey) = self.open.and_then(|index| self.surveys.get_mut(index)) else { return self };
                self.notice = Some(match (&survey.setup.seal_key, &survey.key) {
                    (None, None) => {
                        survey.setup.seal_key = Some(key.public_key.clone());
                        survey.key = Some(key);
                        Notice::Sealed
                    }
                    (Some(public), None) if *public == key.public_key => {
                        survey.key = Some(key);
                        Notice::KeyRestored
                    }
                    _ => Notice::KeyNotThisSurveys,
                });
            }
            WorkspaceAction::SendUnsealed => {
                if let Some(survey) = self.open.and_then(|index| self.surveys.get_mut(index)) {
                    survey.unsealed = true;
                }
            }
            WorkspaceAction::ResolveImport(choice) => {
                let Some(mut survey) = self.pending_import.take() else { return self };
                if choice == ImportChoice::Cancel {
                    self.notice = Some(Notice::ImportCancelled);
                    return self;
                }
                let name = survey.name();
                if choice == ImportChoice::AsSeparateSurvey {
                    let taken: Vec<&str> = self.surveys.iter().map(|saved| saved.setup.id.as_str()).collect();
                    let id = id_for(&survey.setup.id, "survey", &taken);
                    survey.set_id(&id);
                }
                self.surveys.push(survey);
                let index = self.surveys.len() - 1;
                settle_version(&mut self.surveys, index);
                let setup = &self.surveys[index].setup;
                self.notice = Some(match choice {
                    ImportChoice::AsVersion => Notice::ImportedAsVersion { name, version: setup.version },
                    _ => Notice::ImportedSeparately { name, id: setup.id.clone() },
                });
                self.open = Some(index);
            }
        }
        self
    }
}
