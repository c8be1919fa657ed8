//! Invitations natively: the codes (typing slips caught, hashes as the database computes them),
//! a survey by invitation made on the set-up page and carried by its link without its codes,
//! the respondent's Start and response id, and the dashboard counting one response per code
//! made, so that made-up responses change no figure.

mod support;

use pollster::block_on;
use pulse_core::analytics::analyse_view;
use pulse_core::answering::{FlowProblem, RespondAction, RespondState};
use pulse_core::dashboard::{privacy_notes, HeldBack};
use pulse_core::i18n::Texts;
use pulse_core::invitations::*;
use pulse_core::services::DeviceResponses;
use pulse_core::setup::{link_content, SavedSurvey, SetUpEdit};
use pulse_core::store::{add_packed, add_responses, response_record, MemoryStore};
use pulse_core::survey::{validate, SurveyError};
use std::rc::Rc;
use support::{all, response, survey, TRUST};

/// Eight bytes counting up from `seed`, standing in for the browser's generator.
fn counter(seed: u8) -> impl FnMut() -> [u8; 8] {
    let mut next = seed;
    move || {
        next = next.wrapping_add(37);
        [next, next ^ 0x5a, 3, next, 200, 17, next.wrapping_mul(3), 9]
    }
}

#[test]
fn a_code_reads_back_however_it_is_typed_and_every_single_slip_is_caught() {
    let code = InvitationCode::parse("7KQM-4RXP-2HCH").unwrap();
    assert_eq!(code.as_str(), "7KQM4RXP2HCH");
    assert_eq!(code.grouped(), "7KQM-4RXP-2HCH");
    // Lower case, spaces, and I/L/O for 1/1/0 are what people type from a card.
    assert_eq!(InvitationCode::parse(" 7kqm 4rxp 2hch ").unwrap(), code);
    let with_zero = InvitationCode::from_random([0; 8]);
    assert_eq!(with_zero.as_str(), "000000000000", "all-zero bits: check value 0");
    assert_eq!(InvitationCode::parse("OOOO-oooo-0000").unwrap(), with_zero);
    assert_eq!(InvitationCode::parse(""), Err(CodeProblem::Empty));
    assert_eq!(InvitationCode::parse("7KQM-4RXP-2HC"), Err(CodeProblem::WrongLength { found: 11 }));
    assert_eq!(InvitationCode::parse("7KQM-4RXP-2HC!"), Err(CodeProblem::Mistyped));
    // Every one of the 12 × 31 codes one character away from a good one is refused.
    let alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    for position in 0..CODE_LENGTH {
        for other in alphabet.chars() {
            let mut typed: Vec<char> = code.as_str().chars().collect();
            if typed[position] == other {
                continue;
            }
            typed[position] = other;
            let typed: String = typed.into_iter().collect();
            assert_eq!(InvitationCode::parse(&typed), Err(CodeProblem::Mistyped), "{typed}");
        }
    }
}

#[test]
fn a_code_s_hash_is_sha_256_of_the_survey_and_the_code_and_its_response_id_carries_the_code() {
    let code = InvitationCode::parse("7KQM4RXP2HCH").unwrap();
    // python3: hashlib.sha256(b'pulse-invitation:demo:7KQM4RXP2HCH').hexdigest()[:32]
    assert_eq!(code.hash("demo"), "63988fa43a24f0fcab0a37eb57cb4ff6");
    assert_ne!(code.hash("other-survey"), code.hash("demo"), "one code never opens two surveys");
    assert_eq!(code.response_id(), "inv-7KQM4RXP2HCH");
    assert_eq!(InvitationCode::of_response_id("inv-7KQM4RXP2HCH"), Some(code));
    assert_eq!(InvitationCode::of_response_id("inv-7kqm4rxp2hch"), None, "only the normalised form");
    assert_eq!(InvitationCode::of_response_id("0123456789abcdef"), None);
}

/// The built-in survey by invitation with `n` invitations for university staff and `n` for any
/// group; returns the survey and the codes, as the set-up page makes them.
fn survey_by_invitation(n: usize) -> (pulse_core::survey::SurveyDefinition, Vec<InvitationCode>, Vec<InvitationCode>) {
    let mut survey = survey();
    let (staff_codes, staff) = make_invitations(&survey.id, "university", n, counter(1));
    let (any_codes, any) = make_invitations(&survey.id, "", n, counter(101));
    survey.invitations = Some(Invitations { made: staff.into_iter().chain(any).collect() });
    assert_eq!(validate(&survey), Vec::<SurveyError>::new());
    (survey, staff_codes, any_codes)
}

#[test]
fn a_damaged_invitation_list_is_refused_when_the_survey_is_read() {
    let (mut survey, _, _) = survey_by_invitation(2);
    let made = &mut survey.invitations.as_mut().unwrap().made;
    made[1].hash = made[0].hash.clone();
    made[2].group = "no-such-group".into();
    made[3].hash = "not hex".into();
    assert_eq!(
        validate(&survey),
        vec![
            SurveyError::BadInvitation { index: 2 },
            SurveyError::BadInvitation { index: 3 },
            SurveyError::BadInvitation { index: 4 }
        ]
    );
}

#[test]
fn the_set_up_makes_a_survey_by_invitation_whose_link_carries_no_code_and_no_hash() {
    let builtin = survey();
    let mut saved = SavedSurvey::new(&builtin, "by-invitation");
    saved.setup.apply(SetUpEdit::Add(pulse_core::setup::ListKind::Partners, "Council".into())).unwrap();
    saved.setup.apply(SetUpEdit::ByInvitation(true)).unwrap();
    let carers = saved.setup.groups[0].0.clone();
    let (codes, kept) = make_invitations("by-invitation", &carers, 3, counter(7));
    saved.setup.apply(SetUpEdit::AddInvitations(kept.clone())).unwrap();
    let definition = saved.definition(&builtin).unwrap();
    assert_eq!(definition.invitations.as_ref().unwrap().made, kept, "the facilitator's copy lists them");
    let (_, json) = link_content(&saved, &definition).unwrap();
    let json = String::from_utf8(json).unwrap();
    assert!(json.contains("\"invitations\":{}"), "the link says a code is asked for: {json}");
    for (code, invitation) in codes.iter().zip(&kept) {
        assert!(!json.contains(code.as_str()) && !json.contains(&invitation.hash));
    }
    // Removing the group takes its invitations with it: they could never count.
    saved.setup.apply(SetUpEdit::Remove(pulse_core::setup::ListKind::Groups, 0)).unwrap();
    assert_eq!(saved.setup.invitations.as_ref().unwrap().made.len(), 0);
    saved.setup.apply(SetUpEdit::ByInvitation(false)).unwrap();
    assert_eq!(saved.definition(&builtin).unwrap().invitations, None);
}

#[test]
fn a_respondent_starts_only_with_a_good_code_and_their_response_takes_its_id_from_it() {
    let (survey, staff_codes, _) = survey_by_invitation(1);
    let state = RespondState::new(Rc::new(survey));
    let refused = state.clone().apply(RespondAction::Start);
    assert_eq!(refused.problem, Some(FlowProblem::Invitation(CodeProblem::Empty)));
    let mistyped = state.clone().apply(RespondAction::Invitation("7KQM-4RXP-2HCA".into())).apply(RespondAction::Start);
    assert_eq!(mistyped.problem, Some(FlowProblem::Invitation(CodeProblem::Mistyped)));
    let typed = staff_codes[0].grouped().to_lowercase();
    let started = state.apply(RespondAction::Invitation(typed)).apply(RespondAction::Start);
    assert_eq!(started.problem, None);
    let started = started.apply(RespondAction::Answer {
        item: "group".into(),
        answer: pulse_core::response::Answer::Text("university".into()),
    });
    let response = started.build_response("random-id".into(), "2026-12-06".into()).unwrap();
    assert_eq!(response.id, staff_codes[0].response_id());
}

/// Twelve invited responses (eight university staff, four students) and then every kind of
/// made-up response: none with a code, a code the survey did not make, a staff code used for
/// another group, and a good code used a second time. The figures stay exactly as they were, and
/// the counts panel says what was left out and why.
#[test]
fn with_invitations_made_up_responses_change_no_figure_and_are_said() {
    let (survey, staff_codes, any_codes) = survey_by_invitation(8);
    let store = MemoryStore::default();
    let invited: Vec<_> = staff_codes
        .iter()
        .map(|code| response(&code.response_id(), "university", None, &all(&TRUST, 4)))
        .chain(any_codes[..4].iter().map(|code| response(&code.response_id(), "student", None, &all(&TRUST, 2))))
        .collect();
    block_on(add_responses(&store, &invited)).unwrap();
    let mut device = block_on(DeviceResponses::load(&store, &survey));
    let before = analyse_view(&device.protected(3).unwrap(), &Default::default());
    assert_eq!(before.counts.total, pulse_core::analytics::Figure::Shown(12));

    let made_up = vec![
        // Two students with no code: a random id, as anyone with the link would send.
        response("0123456789abcdef0123456789abcdef", "student", None, &all(&TRUST, 5)),
        response("fedcba9876543210fedcba9876543210", "student", None, &all(&TRUST, 5)),
        // A well-formed code the survey never made.
        response(&InvitationCode::from_random([9; 8]).response_id(), "student", None, &all(&TRUST, 5)),
        // A university staff invitation used for the students' group.
        response(&staff_codes[0].response_id(), "student", None, &all(&TRUST, 5)),
    ];
    // The staff code above is already used, so the store keeps the first response made with it
    // (the dashboard packed the stored ones when it opened: an import adds to the packs).
    let records = made_up.iter().map(|made| response_record(made).unwrap()).collect();
    let added = block_on(add_packed(&store, &survey.id, records, Vec::new())).unwrap();
    assert_eq!(added, 3, "a code writes once: the fourth has the id of a stored response");
    device.take(&survey, &made_up);
    // A code made for another group: a fresh staff code answering as a student.
    let (fresh_codes, fresh) = make_invitations(&survey.id, "university", 1, counter(55));
    let mut survey_more = survey.clone();
    survey_more.invitations.as_mut().unwrap().made.extend(fresh);
    let mut device = block_on(DeviceResponses::load(&store, &survey_more));
    let first = analyse_view(&device.protected(3).unwrap(), &Default::default());
    let wrong_group = response(&fresh_codes[0].response_id(), "student", None, &all(&TRUST, 5));
    block_on(add_responses(&store, std::slice::from_ref(&wrong_group))).unwrap();
    device.take(&survey_more, &[wrong_group]);
    let after = analyse_view(&device.protected(3).unwrap(), &Default::default());
    assert_eq!(after, before, "no figure changed");
    assert_eq!(first, before);
    let held = device.held_back();
    assert_eq!(held.waiting, 0);
    let (listed, uninvited) = held.invitations.unwrap();
    assert_eq!(listed, 17);
    assert_eq!((uninvited.no_code, uninvited.unknown_code, uninvited.other_group), (2, 1, 1));
    let notes = privacy_notes(&survey, &after, held, "en", &Texts::english()).join(" ");
    assert!(
        notes.contains(
            "4 responses without a valid invitation are kept but in no figure: 2 with no invitation code; \
             1 with a code this survey did not make; 1 with a code made for another group."
        ),
        "{notes}"
    );
    assert!(!notes.contains("Anyone with the survey's link"), "{notes}");
}

#[test]
fn without_invitations_the_dashboard_says_anyone_with_the_link_can_add_responses() {
    let survey = survey();
    let store = MemoryStore::default();
    let staff: Vec<_> = (0..4).map(|n| response(&format!("{n:032x}"), "university", None, &all(&TRUST, 3))).collect();
    block_on(add_responses(&store, &staff)).unwrap();
    let device = block_on(DeviceResponses::load(&store, &survey));
    let report = analyse_view(&device.protected(3).unwrap(), &Default::default());
    assert_eq!(device.held_back(), HeldBack { waiting: 0, invitations: None });
    let notes = privacy_notes(&survey, &report, device.held_back(), "en", &Texts::english());
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(notes[0].starts_with("Anyone with the survey's link can add responses"), "{notes:?}");
}

#[test]
fn a_response_made_with_an_invitation_travels_as_a_response_code_with_its_code() {
    let (survey, staff_codes, _) = survey_by_invitation(1);
    let mut invited = response(&staff_codes[0].response_id(), "university", None, &all(&TRUST, 4));
    invited.survey_id = survey.id.clone();
    let code = pulse_core::transfer::encode_response(&survey, &invited).unwrap();
    assert_eq!(pulse_core::transfer::decode_response(&survey, &code).unwrap(), invited);
    assert_eq!(InvitationCode::from_bits(staff_codes[0].to_bits()), Some(staff_codes[0].clone()));
    assert_eq!(InvitationCode::from_bits(u64::MAX), None, "more than 60 bits");
}
