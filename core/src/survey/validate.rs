//! Checks a parsed definition for every problem at once, so an author can fix them in one pass.

use super::definition::{Choice, ItemKind, MatrixScale, OptionsFrom, Scale, SurveyDefinition, SCALE_POINTS};
use super::error::{IdKind, Place, SurveyError};
use super::limits::{MAX_GROUPS, MAX_ID_LENGTH, MAX_OPTIONS, MAX_PARTNERS};
use super::text::LocalText;
use crate::sorted_map::SortedMap;

/// Every problem with `survey`, in the order they appear in the definition; empty when valid.
pub fn validate(survey: &SurveyDefinition) -> Vec<SurveyError> {
    let mut check = Checker { language: &survey.default_language, errors: Vec::new() };
    check.languages(survey);
    check.survey_texts(survey);
    check.scale(&survey.scales.agreement, "agreement");
    check.scale(&survey.scales.amount, "amount");
    if let Some(trust) = &survey.scales.trust {
        check.scale(trust, "trust");
    }
    check.choices(&survey.groups, IdKind::Group, Place::Group);
    check.choices(&survey.partners, IdKind::Partner, Place::Partner);
    if survey.groups.is_empty() {
        check.errors.push(SurveyError::NoGroups);
    }
    // Figures are protected with at least the minimum whatever a file says; a file asking for
    // less is refused rather than quietly given another threshold than it states.
    if survey.small_group_threshold < super::MIN_SMALL_GROUP_THRESHOLD {
        check.errors.push(SurveyError::ThresholdTooSmall { found: survey.small_group_threshold });
    }
    check.at_most("stakeholder groups", survey.groups.len(), MAX_GROUPS);
    check.at_most("partner organisations", survey.partners.len(), MAX_PARTNERS);
    let asks_about_partners = survey.sections.iter().flat_map(|s| &s.items).find(|item| match &item.kind {
        ItemKind::PartnerMatrix { .. } => true,
        ItemKind::SingleChoice(spec) | ItemKind::MultiChoice(spec) => spec.from == OptionsFrom::Partners,
        _ => false,
    });
    if let (Some(item), true) = (asks_about_partners, survey.partners.is_empty()) {
        check.errors.push(SurveyError::NoPartners { item: item.id.clone() });
    }
    let mut group_ids = IdSet::default();
    for group in &survey.groups {
        group_ids.insert(&group.id);
    }
    check.sections(survey, &group_ids);
    check.indicators(survey);
    if let Some(Err(error)) = survey.submission_address.as_deref().map(super::check_address) {
        check.errors.push(SurveyError::SubmissionAddress(error));
    }
    if let Some(invitations) = &survey.invitations {
        check.at_most("invitations", invitations.made.len(), crate::invitations::MAX_INVITATIONS);
        let mut hashes = IdSet::default();
        for (index, invitation) in invitations.made.iter().enumerate() {
            let known_group = invitation.group.is_empty() || group_ids.contains(invitation.group.as_str());
            if !crate::invitations::Invitation::is_hash(&invitation.hash)
                || !hashes.insert(&invitation.hash)
                || !known_group
            {
                check.errors.push(SurveyError::BadInvitation { index: index + 1 });
            }
        }
    }
    check.errors
}

struct Checker<'a> {
    language: &'a str,
    errors: Vec<SurveyError>,
}

/// Ids end up in URLs, CSV headers and response codes, so they are kept short and to a safe
/// alphabet.
fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LENGTH
        && id.bytes().all(|byte| byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_')
}

impl Checker<'_> {
    fn at_most(&mut self, what: &'static str, found: usize, limit: usize) {
        if found > limit {
            self.errors.push(SurveyError::TooMany { what, found, limit });
        }
    }

    fn label(&mut self, text: &LocalText, place: impl FnOnce() -> Place, field: &'static str) {
        if text.is_blank_in(self.language) {
            self.errors.push(SurveyError::EmptyLabel { place: place(), field, language: self.language.to_owned() });
        }
    }

    /// Records a bad or repeated id; `seen` collects ids of one kind across the survey.
    fn id<'s>(&mut self, id: &'s str, kind: IdKind, seen: &mut IdSet<'s>, place: impl Fn() -> Place) {
        if !is_valid_id(id) {
            self.errors.push(SurveyError::BadId { place: place() });
        } else if !seen.insert(id) {
            self.errors.push(SurveyError::DuplicateId { kind, id: id.to_owned(), place: place() });
        }
    }

    fn languages(&mut self, survey: &SurveyDefinition) {
        if !survey.languages.contains(&survey.default_language) {
            self.errors.push(SurveyError::DefaultLanguageNotOffered { language: survey.default_language.clone() });
        }
        let mut seen = IdSet::default();
        for language in &survey.languages {
            self.id(language, IdKind::Language, &mut seen, || Place::Survey);
        }
    }

    fn survey_texts(&mut self, survey: &SurveyDefinition) {
        if !is_valid_id(&survey.id) {
            self.errors.push(SurveyError::BadId { place: Place::Survey });
        }
        self.label(&survey.title, || Place::Survey, "title");
        self.label(&survey.purpose, || Place::Survey, "purpose");
        self.label(&survey.anonymity, || Place::Survey, "anonymity statement");
    }

    fn scale(&mut self, scale: &Scale, name: &'static str) {
        if scale.labels.len() != SCALE_POINTS {
            self.errors.push(SurveyError::WrongScaleLength { scale: name, found: scale.labels.len() });
        }
        for label in &scale.labels {
            self.label(label, || Place::Scale(name), "label");
        }
        self.label(&scale.dont_know, || Place::Scale(name), "\"don't know\" label");
    }

    fn choices(&mut self, choices: &[Choice], kind: IdKind, place: fn(String) -> Place) {
        let mut seen = IdSet::default();
        for choice in choices {
            self.id(&choice.id, kind, &mut seen, || place(choice.id.clone()));
            self.label(&choice.label, || place(choice.id.clone()), "label");
        }
    }

    fn options(&mut self, item: &str, options: &[Choice]) {
        if options.is_empty() {
            self.errors.push(SurveyError::NoOptions { item: item.to_owned() });
        }
        self.at_most("options in one question", options.len(), MAX_OPTIONS);
        let mut seen = IdSet::default();
        for option in options {
            let place = || Place::Option { item: item.to_owned(), option: option.id.clone() };
            self.id(&option.id, IdKind::Option, &mut seen, place);
            self.label(&option.label, place, "label");
        }
    }

    fn sections(&mut self, survey: &SurveyDefinition, groups: &IdSet) {
        let mut section_ids = IdSet::default();
        let mut item_ids = IdSet::default();
        let mut group_question: Option<&str> = None;
        for section in &survey.sections {
            self.id(&section.id, IdKind::Section, &mut section_ids, || Place::Section(section.id.clone()));
            self.label(&section.title, || Place::Section(section.id.clone()), "title");
            if section.items.is_empty() {
                self.errors.push(SurveyError::EmptySection { section: section.id.clone() });
            }
            for item in &section.items {
                let place = || Place::Item(item.id.clone());
                self.id(&item.id, IdKind::Item, &mut item_ids, place);
                self.label(&item.label, place, "label");
                match &item.kind {
                    ItemKind::SingleChoice(spec) | ItemKind::MultiChoice(spec) => {
                        if spec.from == OptionsFrom::Listed {
                            self.options(&item.id, &spec.options);
                        }
                    }
                    ItemKind::PartnerMatrix { questions, scale } => {
                        self.options(&item.id, questions);
                        if *scale == MatrixScale::Trust && survey.scales.trust.is_none() {
                            self.errors.push(SurveyError::NoTrustScale { item: item.id.clone() });
                        }
                    }
                    ItemKind::Likert | ItemKind::FreeText { .. } | ItemKind::FollowThrough { .. } => {}
                }
                if item.is_group_question() {
                    if group_question.is_some() {
                        self.errors.push(SurveyError::SeveralGroupQuestions { item: item.id.clone() });
                    }
                    group_question.get_or_insert(&item.id);
                    if !item.shown_to.is_empty() {
                        self.errors.push(SurveyError::ConditionOnGroupQuestion { item: item.id.clone() });
                    }
                }
                for group in &item.shown_to {
                    if !groups.contains(group.as_str()) {
                        self.errors
                            .push(SurveyError::UnknownGroupInCondition { item: item.id.clone(), group: group.clone() });
                    }
                }
            }
        }
        if group_question.is_none() {
            self.errors.push(SurveyError::NoGroupQuestion);
        }
    }

    fn indicators(&mut self, survey: &SurveyDefinition) {
        let mut seen = IdSet::default();
        for indicator in &survey.indicators {
            let place = || Place::Indicator(indicator.id.clone());
            self.id(&indicator.id, IdKind::Indicator, &mut seen, place);
            self.label(&indicator.label, place, "label");
            if indicator.items.is_empty() {
                self.errors.push(SurveyError::EmptyIndicator { indicator: indicator.id.clone() });
            }
            let mut listed = IdSet::default();
            for item_id in &indicator.items {
                if !listed.insert(item_id.as_str()) {
                    self.errors.push(SurveyError::DuplicateId {
                        kind: IdKind::Item,
                        id: item_id.clone(),
                        place: place(),
                    });
                    continue;
                }
                match survey.item(item_id) {
                    None => self.errors.push(SurveyError::UnknownItemInIndicator {
                        indicator: indicator.id.clone(),
                        item: item_id.clone(),
                    }),
                    Some(item) if item.kind != ItemKind::Likert => {
                        self.errors.push(SurveyError::UnscoredItemInIndicator {
                            indicator: indicator.id.clone(),
                            item: item_id.clone(),
                        })
                    }
                    Some(_) => {}
                }
            }
        }
    }
}

/// The ids of one kind seen so far: the survey texts' sorted map, whose code the pages have
/// already (a `BTreeSet` would bring a B-tree's again for a survey's few hundred ids).
#[derive(Default)]
struct IdSet<'a>(SortedMap<&'a str, ()>);

impl<'a> IdSet<'a> {
    /// Adds `id`; false when it was already there.
    fn insert(&mut self, id: &'a str) -> bool {
        self.0.insert(id, ()).is_none()
    }

    fn contains(&self, id: &str) -> bool {
        self.0.contains_key(id)
    }
}
