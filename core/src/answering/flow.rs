//! The respondent's journey: welcome, sections, review, thanks; as a pure reducer.

use super::draft::{Draft, DraftPosition};
use super::screens::{screen_of, section_screens, Layout};
use super::visibility::{chosen_group, is_answered, visible_sections};
use crate::response::PREFER_NOT_TO_SAY;
use crate::response::{Answer, Response};
use crate::survey::SurveyDefinition;
use std::rc::Rc;

/// The screen the respondent is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// What the survey is about, and Start (or Continue).
    Welcome,
    /// A section, by its index in the survey.
    Section(usize),
    /// Every answer on one page before submitting.
    Review,
    /// Submitted.
    Thanks,
}

/// Something the respondent must put right before going on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FlowProblem {
    /// The group question (item id) must be answered: every figure is split by group.
    GroupRequired { item: String },
    /// The survey is by invitation, and the code typed is not one.
    Invitation(crate::invitations::CodeProblem),
}

/// Respondent state: the survey, the step, the draft and any problem to show.
#[derive(Clone, Debug, PartialEq)]
pub struct RespondState {
    /// The survey being answered.
    pub survey: Rc<SurveyDefinition>,
    /// The screen showing.
    pub step: Step,
    /// Answers so far.
    pub draft: Draft,
    /// A problem to show on the current step.
    pub problem: Option<FlowProblem>,
    /// Item to move focus to after navigating (from the review page); else the heading.
    pub focus_item: Option<String>,
    /// The response just submitted, kept only while the thanks screen shows.
    pub submitted: Option<Response>,
    /// The person came to this section from the review page to change an answer: the section
    /// offers "Back to review".
    pub from_review: bool,
    /// Whole sections, or one question a screen.
    pub layout: Layout,
    /// With one question a screen: the screen showing, an index into the section's screens
    /// (`answering::section_screens`), kept within them when answers change which are shown.
    pub screen: usize,
}

/// What the respondent can do.
#[derive(Clone, Debug, PartialEq)]
pub enum RespondAction {
    /// Start, or continue a resumed draft where it was left.
    Start,
    /// Give (or change) an answer.
    Answer { item: String, answer: Answer },
    /// Remove an answer.
    Clear { item: String },
    /// Next section, or the review page after the last.
    Next,
    /// Previous section, or the welcome screen from the first.
    Back,
    /// Go to a section from the review page, focusing an item.
    GoTo { section: usize, item: Option<String> },
    /// Back to the review page after changing an answer there.
    ReturnToReview,
    /// The response was built and handed to storage; show thanks.
    Submitted(Response),
    /// Back to an empty welcome screen: after thanks, or to discard the draft.
    Restart,
    /// Continue from a draft found in storage.
    Resume(Draft),
    /// Continue from a draft another tab left, found after start-up: only while this person has
    /// not begun (still on the welcome screen, nothing answered).
    ResumeIfUntouched(Draft),
    /// Submitting failed on `problem`: show it where it can be put right.
    Problem(FlowProblem),
    /// The invitation code typed on the welcome screen (checked on Start).
    Invitation(String),
    /// Show whole sections, or one question a screen (the person's choice; phones start with one
    /// question a screen).
    SetLayout(Layout),
}

impl RespondState {
    /// A fresh start on the welcome screen.
    pub fn new(survey: Rc<SurveyDefinition>) -> RespondState {
        RespondState::with_layout(survey, Layout::WholeSection)
    }

    /// A fresh start on the welcome screen, showing sections in `layout`.
    pub fn with_layout(survey: Rc<SurveyDefinition>, layout: Layout) -> RespondState {
        let draft = Draft::new(&survey);
        RespondState {
            survey,
            step: Step::Welcome,
            draft,
            problem: None,
            focus_item: None,
            submitted: None,
            from_review: false,
            layout,
            screen: 0,
        }
    }

    /// With one question a screen: the current section's screen showing and how many it has.
    pub fn screen_position(&self) -> Option<(usize, usize)> {
        let Step::Section(section) = self.step else { return None };
        if self.layout != Layout::OneAtATime {
            return None;
        }
        let count = section_screens(&self.survey, &self.draft.answers, section).len();
        Some((self.screen.min(count.saturating_sub(1)), count))
    }

    /// Sections with questions for this person, in order.
    pub fn sections(&self) -> Vec<usize> {
        visible_sections(&self.survey, &self.draft.answers)
    }

    /// (1-based position, count) of a section among those shown.
    pub fn section_position(&self, section: usize) -> (usize, usize) {
        let sections = self.sections();
        let at = sections.iter().position(|&s| s == section).unwrap_or(0);
        (at + 1, sections.len())
    }

    /// The group question's item id, when the group is still missing.
    fn missing_group(&self) -> Option<String> {
        let question = self.survey.group_question()?;
        chosen_group(&self.survey, &self.draft.answers).is_none().then(|| question.id.clone())
    }

    /// Index of the section holding item `item`.
    fn section_of(&self, item: &str) -> Option<usize> {
        self.survey.sections.iter().position(|section| section.items.iter().any(|i| i.id == item))
    }

    /// Holds the person at the group question `item` of `section` (its screen, with one question
    /// a screen), with focus on it and the problem said.
    fn require_group(mut self, section: usize, item: String) -> RespondState {
        self.screen = screen_of(&self.survey, &self.draft.answers, section, &item).unwrap_or(0);
        self.focus_item = Some(item.clone());
        self.problem = Some(FlowProblem::GroupRequired { item });
        self
    }

    fn at(mut self, step: Step) -> RespondState {
        if step != self.step {
            self.screen = 0;
        }
        self.step = step;
        if !matches!(step, Step::Section(_)) {
            self.from_review = false;
        }
        self.draft.position = match step {
            Step::Section(section) => DraftPosition::Section(section),
            Step::Review => DraftPosition::Review,
            Step::Welcome | Step::Thanks => DraftPosition::Welcome,
        };
        self
    }

    /// The state after `action`.
    pub fn apply(mut self, action: RespondAction) -> RespondState {
        // A draft the device finds after the person has begun changes nothing: not even the
        // problem they are being shown (the device is read while they already answer).
        if let RespondAction::ResumeIfUntouched(draft) = action {
            return if self.step == Step::Welcome && !self.draft.has_answers() {
                self.apply(RespondAction::Resume(draft))
            } else {
                self
            };
        }
        self.problem = None;
        self.focus_item = None;
        match action {
            RespondAction::Start => {
                if let Err(problem) = self.invitation_id() {
                    self.problem = Some(FlowProblem::Invitation(problem));
                    return self;
                }
                let step = match self.draft.position {
                    DraftPosition::Section(section) if section < self.survey.sections.len() => Step::Section(section),
                    DraftPosition::Review => Step::Review,
                    _ => self.sections().first().map_or(Step::Review, |&first| Step::Section(first)),
                };
                self.submitted = None;
                self.at(step)
            }
            RespondAction::Answer { item, answer } => {
                self.draft.answers.insert(item, answer);
                self
            }
            RespondAction::Clear { item } => {
                self.draft.answers.remove(&item);
                self
            }
            RespondAction::Next => {
                let Step::Section(current) = self.step else { return self };
                // The group question of this section, while it is unanswered, holds the person.
                let missing = self.missing_group().filter(|item| self.section_of(item) == Some(current));
                if let Some((at, count)) = self.screen_position() {
                    let on_missing = missing.as_ref().is_some_and(|item| {
                        section_screens(&self.survey, &self.draft.answers, current)
                            .get(at)
                            .is_some_and(|s| s.item == *item)
                    });
                    if !on_missing && at + 1 < count {
                        self.screen = at + 1;
                        return self;
                    }
                }
                if let Some(item) = missing {
                    return self.require_group(current, item);
                }
                let next = self.sections().into_iter().find(|&section| section > current);
                self.at(next.map_or(Step::Review, Step::Section))
            }
            RespondAction::Back => {
                if let Some((at, _)) = self.screen_position().filter(|&(at, _)| at > 0) {
                    self.screen = at - 1;
                    return self;
                }
                let step = match self.step {
                    Step::Section(current) => {
                        let previous = self.sections().into_iter().rev().find(|&section| section < current);
                        previous.map_or(Step::Welcome, Step::Section)
                    }
                    Step::Review => self.sections().last().map_or(Step::Welcome, |&last| Step::Section(last)),
                    other => other,
                };
                self = self.at(step);
                // Going back into a section arrives at its last question.
                if let Step::Section(section) = step {
                    let count = section_screens(&self.survey, &self.draft.answers, section).len();
                    self.screen = count.saturating_sub(1);
                }
                self
            }
            RespondAction::GoTo { section, item } => {
                if section >= self.survey.sections.len() {
                    return self;
                }
                self.from_review = self.step == Step::Review || self.from_review;
                self = self.at(Step::Section(section));
                self.screen = item
                    .as_deref()
                    .and_then(|item| screen_of(&self.survey, &self.draft.answers, section, item))
                    .unwrap_or(0);
                self.focus_item = item;
                self
            }
            RespondAction::ReturnToReview => {
                if self.from_review {
                    self.at(Step::Review)
                } else {
                    self
                }
            }
            RespondAction::Submitted(response) => {
                let fresh = Draft::new(&self.survey);
                self.draft = fresh;
                self.submitted = Some(response);
                self.at(Step::Thanks)
            }
            RespondAction::Restart => RespondState::with_layout(self.survey, self.layout),
            RespondAction::Invitation(code) => {
                self.draft.invitation = code;
                self
            }
            RespondAction::Problem(problem @ FlowProblem::Invitation(_)) => {
                self.problem = Some(problem);
                self.at(Step::Welcome)
            }
            RespondAction::Problem(FlowProblem::GroupRequired { item }) => {
                let Some(section) = self.section_of(&item) else { return self };
                self.at(Step::Section(section)).require_group(section, item)
            }
            RespondAction::SetLayout(layout) => {
                self.layout = layout;
                self.screen = 0;
                self
            }
            // Taken above, before anything is cleared.
            RespondAction::ResumeIfUntouched(_) => self,
            RespondAction::Resume(draft) => {
                if draft.fits(&self.survey) {
                    self.draft = draft;
                }
                // Stay on the welcome screen, keeping the draft's position for Continue.
                self.step = Step::Welcome;
                self
            }
        }
    }

    /// In a survey by invitation, the id the response gets from the code typed (`None` in
    /// any other survey), or why the code is not one.
    fn invitation_id(&self) -> Result<Option<String>, crate::invitations::CodeProblem> {
        if self.survey.invitations.is_none() {
            return Ok(None);
        }
        crate::invitations::InvitationCode::parse(&self.draft.invitation).map(|code| Some(code.response_id()))
    }

    /// The response the current answers make, submitted on day `today` with id `id` (in a
    /// survey by invitation, the id its code gives instead).
    ///
    /// Only questions this person sees are included; the group and partner questions become the
    /// response's `group` and `partner`. Fails, naming the group question, when no group was
    /// chosen, and when a survey by invitation has no good code.
    pub fn build_response(&self, id: String, today: String) -> Result<Response, FlowProblem> {
        let survey = &self.survey;
        if let Some(item) = self.missing_group() {
            return Err(FlowProblem::GroupRequired { item });
        }
        let id = self.invitation_id().map_err(FlowProblem::Invitation)?.unwrap_or(id);
        let group = chosen_group(survey, &self.draft.answers).unwrap_or_default().to_owned();
        let group_item = survey.group_question().map(|item| item.id.clone());
        let partner_item = survey.partner_question().map(|item| item.id.clone());
        let partner = partner_item.as_ref().and_then(|id| match self.draft.answers.get(id) {
            Some(Answer::Text(partner)) if partner != PREFER_NOT_TO_SAY => Some(partner.clone()),
            _ => None,
        });
        let mut answers = crate::sorted_map::SortedMap::new();
        for section in self.sections() {
            for item in super::visibility::visible_items(survey, &self.draft.answers, section) {
                let answer = self.draft.answers.get(&item.id);
                let is_profile = Some(&item.id) == group_item.as_ref() || Some(&item.id) == partner_item.as_ref();
                if !is_profile && is_answered(answer) {
                    if let Some(answer) = answer {
                        answers.insert(item.id.clone(), answer.clone());
                    }
                }
            }
        }
        Ok(Response {
            id,
            survey_id: survey.id.clone(),
            survey_version: survey.version,
            wave: survey.wave.clone(),
            group,
            partner,
            submitted: today,
            answers,
        })
    }
}
