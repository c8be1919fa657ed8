//! The set-up screen's domain natively: edits and their refusals, saved surveys across waves,
//! definition files through the validator, and QR codes.

use pollster::block_on;
use pulse_core::i18n::{SetupMsg, Texts};
use pulse_core::qr::{QrError, QrMatrix, QR_MAX_BYTES, QUIET_ZONE};
use pulse_core::services::{keep_workspace, open_saved, open_workspace};
use pulse_core::setup::*;
use pulse_core::store::{
    kept_aside, load_saved_surveys, Change, Collection, MemoryStore, Record, RecordStore, StoreError,
};
use pulse_core::survey::{builtin_survey, SurveyDefinition, SurveyError};

fn builtin() -> SurveyDefinition {
    builtin_survey().unwrap()
}

fn fresh() -> SavedSurvey {
    SavedSurvey::new(&builtin(), "pp-7k2m")
}

#[test]
fn a_new_survey_starts_from_the_built_in_groups_with_no_partners_and_asks_for_them() {
    let saved = fresh();
    assert_eq!(saved.setup.groups.len(), builtin().groups.len(), "the default groups of docs/design.md");
    assert!(saved.setup.partners.is_empty());
    assert_eq!((saved.setup.id.as_str(), saved.setup.version, saved.setup.threshold), ("pp-7k2m", 1, 3));
    // With no partners, the partner question has no options: the validator says so.
    let errors = saved.definition(&builtin()).unwrap_err();
    assert!(errors.iter().any(|e| matches!(e, SurveyError::NoPartners { .. })), "{errors:?}");
}

#[test]
fn partners_are_added_renamed_reordered_and_removed_keeping_their_ids() {
    let mut setup = fresh().setup;
    setup.apply(SetUpEdit::Add(ListKind::Partners, "  Northshire Council ".into())).unwrap();
    setup.apply(SetUpEdit::Add(ListKind::Partners, "University of Northshire".into())).unwrap();
    setup.apply(SetUpEdit::Add(ListKind::Partners, "Carers' Voice".into())).unwrap();
    assert_eq!(
        setup.partners,
        [
            ("northshire-council".to_owned(), "Northshire Council".to_owned()),
            ("university-of-northshire".to_owned(), "University of Northshire".to_owned()),
            ("carers-voice".to_owned(), "Carers' Voice".to_owned()),
        ]
    );
    // Renaming keeps the id responses store, so answers before and after stay together.
    setup.apply(SetUpEdit::Rename(ListKind::Partners, 0, "Northshire County Council".into())).unwrap();
    assert_eq!(setup.partners[0], ("northshire-council".to_owned(), "Northshire County Council".to_owned()));
    setup.apply(SetUpEdit::Move(ListKind::Partners, 2, true)).unwrap();
    assert_eq!(setup.partners[1].0, "carers-voice");
    assert_eq!(setup.apply(SetUpEdit::Move(ListKind::Partners, 0, true)), Err(EditError::NoSuchEntry));
    assert_eq!(setup.apply(SetUpEdit::Move(ListKind::Partners, 2, false)), Err(EditError::NoSuchEntry));
    setup.apply(SetUpEdit::Remove(ListKind::Partners, 1)).unwrap();
    assert_eq!(setup.partners.len(), 2);
    assert!(setup.to_definition(&builtin()).is_ok());
}

#[test]
fn bad_edits_are_refused_with_a_reason_and_change_nothing() {
    let mut setup = fresh().setup;
    setup.apply(SetUpEdit::Add(ListKind::Partners, "Council".into())).unwrap();
    let before = setup.clone();
    assert_eq!(setup.apply(SetUpEdit::Add(ListKind::Partners, "   ".into())), Err(EditError::Empty("partner")));
    assert_eq!(
        setup.apply(SetUpEdit::Add(ListKind::Partners, "council".into())),
        Err(EditError::Duplicate("council".into()))
    );
    assert_eq!(setup.apply(SetUpEdit::Threshold(2)), Err(EditError::Threshold), "fewer than 3 could identify people");
    assert_eq!(setup.apply(SetUpEdit::Threshold(101)), Err(EditError::Threshold));
    assert_eq!(setup.apply(SetUpEdit::Include("group".into(), false)), Err(EditError::GroupQuestionRequired));
    assert_eq!(setup.apply(SetUpEdit::Remove(ListKind::Partners, 5)), Err(EditError::NoSuchEntry));
    assert_eq!(
        setup.apply(SetUpEdit::AddStatement { label: "".into(), section: "trust".into(), indicator: None }),
        Err(EditError::Empty("statement"))
    );
    assert_eq!(setup, before);
    while setup.groups.len() > 1 {
        setup.apply(SetUpEdit::Remove(ListKind::Groups, 0)).unwrap();
    }
    assert_eq!(setup.apply(SetUpEdit::Remove(ListKind::Groups, 0)), Err(EditError::LastGroup));
}

#[test]
fn ids_come_from_labels_and_stay_unique() {
    assert_eq!(id_for("NHS Trust (North)", "partner", &[]), "nhs-trust-north");
    assert_eq!(id_for("NHS Trust", "partner", &["nhs-trust", "nhs-trust-2"]), "nhs-trust-3");
    assert_eq!(id_for("Cyngor Gwynedd ✓", "partner", &[]), "cyngor-gwynedd");
    assert_eq!(id_for("—", "group", &["group"]), "group-2", "a label without letters falls back");
}

#[test]
fn items_are_left_out_and_statements_added_to_an_indicator_or_none() {
    let mut setup = fresh().setup;
    setup.apply(SetUpEdit::Add(ListKind::Partners, "Council".into())).unwrap();
    setup.apply(SetUpEdit::Include("L1".into(), false)).unwrap();
    setup.apply(SetUpEdit::Include("L1".into(), false)).unwrap();
    setup.apply(SetUpEdit::Include("O1".into(), false)).unwrap();
    setup.apply(SetUpEdit::Include("O1".into(), true)).unwrap();
    assert_eq!(setup.omit, ["L1"], "leaving out twice is once; including again undoes it");
    let statement = |label: &str, indicator: Option<&str>| SetUpEdit::AddStatement {
        label: label.into(),
        section: "trust".into(),
        indicator: indicator.map(str::to_owned),
    };
    setup.apply(statement("Data is shared safely.", Some("trust"))).unwrap();
    setup.apply(statement("Meetings are accessible.", None)).unwrap();
    setup.apply(SetUpEdit::RemoveStatement(0)).unwrap();
    setup.apply(statement("Partners keep promises.", Some("trust"))).unwrap();
    // C1 was removed, so its id is free again; C2 stays C2.
    let ids: Vec<_> = setup.custom.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["C2", "C1"]);
    let survey = setup.to_definition(&builtin()).unwrap();
    let trust = survey.indicators.iter().find(|i| i.id == "trust").unwrap();
    assert_eq!(trust.items, ["T1", "T2", "T3", "T4", "T5", "C1"], "only the statement attached to trust counts");
    let leadership = survey.indicators.iter().find(|i| i.id == "leadership").unwrap();
    assert_eq!(leadership.items, ["L2"]);
    assert!(survey.item("C2").is_some(), "a statement attached to no indicator is still asked");
}

#[test]
fn the_next_wave_keeps_id_and_version_unless_its_questions_change() {
    let mut first = fresh();
    first.setup.apply(SetUpEdit::Add(ListKind::Partners, "Council".into())).unwrap();
    first.setup.wave = "2026 spring".into();
    let mut saved = vec![first.clone(), first.next_wave()];
    assert_eq!(saved[1].setup.wave, "");
    saved[1].setup.apply(SetUpEdit::Wave("2026 autumn".into())).unwrap();
    saved[1].setup.apply(SetUpEdit::Rename(ListKind::Partners, 0, "County Council".into())).unwrap();
    assert!(!settle_version(&mut saved, 1), "a new wave label or a renamed partner keeps responses comparable");
    assert_eq!((saved[1].setup.id.as_str(), saved[1].setup.version), ("pp-7k2m", 1));
    saved[1].setup.apply(SetUpEdit::Add(ListKind::Partners, "Health trust".into())).unwrap();
    assert!(settle_version(&mut saved, 1), "a new partner is a new version");
    assert_eq!(saved[1].setup.version, 2);
    assert!(!settle_version(&mut saved, 1), "settled once is settled");
    assert_eq!(saved[1].name(), "Our partnership survey (2026 autumn)");
}

#[test]
fn a_definition_file_goes_out_and_comes_back_through_the_validator() {
    let mut saved = fresh();
    saved.setup.apply(SetUpEdit::Add(ListKind::Partners, "Council".into())).unwrap();
    saved.setup.apply(SetUpEdit::Title("Northshire".into())).unwrap();
    saved.setup.apply(SetUpEdit::Include("R3".into(), false)).unwrap();
    let file = saved.definition_file(&builtin()).unwrap();
    let imported = SavedSurvey::import(&file).unwrap();
    assert_eq!(imported.definition(&builtin()).unwrap(), saved.definition(&builtin()).unwrap());
    assert_eq!(imported.setup.partners, [("council".to_owned(), "Council".to_owned())]);
    assert_eq!(imported.setup.title, "Northshire");
    // Broken files get the validator's errors, the same as any definition.
    assert!(matches!(SavedSurvey::import("not json").unwrap_err()[0], SurveyError::Malformed { .. }));
    let newer = file.replacen("\"schema\": 1", "\"schema\": 9", 1);
    assert!(matches!(SavedSurvey::import(&newer).unwrap_err()[0], SurveyError::UnsupportedSchema { found: 9, .. }));
    let duplicate = file.replacen("\"id\": \"T2\"", "\"id\": \"T1\"", 1);
    assert!(SavedSurvey::import(&duplicate).unwrap_err().iter().any(|e| matches!(e, SurveyError::DuplicateId { .. })));
}

#[test]
fn saved_surveys_are_stored_whole_and_unreadable_lists_are_kept_aside() {
    let store = MemoryStore::default();
    let builtin = builtin_survey().unwrap();
    let empty = block_on(open_workspace(&store));
    assert_eq!((empty.workspace.surveys.len(), empty.problem, empty.writable), (0, None, true));
    let mut workspace = Workspace::with(vec![fresh(), fresh().next_wave()]);
    workspace = workspace.apply(WorkspaceAction::Edit(SetUpEdit::Add(ListKind::Partners, "Council".into())));
    block_on(keep_workspace(&store, &workspace, &builtin)).unwrap();
    let reopened = block_on(open_workspace(&store));
    assert_eq!(
        (reopened.workspace.surveys, reopened.workspace.open, reopened.problem),
        (workspace.surveys.clone(), Some(0), None)
    );
    // The open survey's definition is kept with the list, where the dashboard opens it by id.
    let opened = block_on(open_saved(&store, &workspace.surveys[0].setup.id)).unwrap();
    assert_eq!(opened, workspace.surveys[0].definition(&builtin).unwrap());
    // A full store refuses the whole write: the list stays as it was.
    *store.fail_writes.borrow_mut() = Some(StoreError::Full);
    let fewer = workspace.clone().apply(WorkspaceAction::Delete(1));
    assert_eq!(block_on(keep_workspace(&store, &fewer, &builtin)), Err(StoreError::Full));
    assert_eq!(block_on(load_saved_surveys(&store)).unwrap().surveys.len(), 2);
    *store.fail_writes.borrow_mut() = None;
    // An unreadable list is kept aside and the page starts empty, saying so.
    let oops = Record::new("list", "", "[{oops".into());
    block_on(store.write(vec![Change::Put(Collection::Surveys, oops)])).unwrap();
    let empty = block_on(open_workspace(&store));
    assert!(empty.workspace.surveys.is_empty() && empty.writable);
    assert!(matches!(empty.problem, Some(StoreError::Unreadable { .. })), "{:?}", empty.problem);
    assert_eq!(block_on(kept_aside(&store, Collection::Surveys)).unwrap()[0].value, "[{oops");
}

#[test]
fn a_saved_survey_of_another_shape_is_kept_aside_and_the_others_are_used() {
    // Three surveys saved; the second has lost its set-up (another release's shape, or a
    // damaged disk). Before, the whole list went aside and the page started empty.
    let store = MemoryStore::default();
    let (first, third) = (fresh(), fresh().next_wave());
    let text = |survey: &SavedSurvey| serde_json::to_string(survey).unwrap();
    let damaged = r#"{"setup":{"title":7},"unsealed":"yes"}"#;
    let list = format!("[{},{damaged},{}]", text(&first), text(&third));
    block_on(store.write(vec![Change::Put(Collection::Surveys, Record::new("list", "", list))])).unwrap();
    let opened = block_on(open_workspace(&store));
    assert_eq!(opened.workspace.surveys, vec![first.clone(), third.clone()]);
    assert!(opened.writable);
    assert_eq!(opened.problem, Some(StoreError::Unreadable { key: "list".into(), kept_as: "surveys:list".into() }));
    assert_eq!(block_on(kept_aside(&store, Collection::Surveys)).unwrap()[0].value, format!("[{damaged}]"));
    // The list now holds the two, so the next visit says nothing more.
    let again = block_on(open_workspace(&store));
    assert_eq!((again.workspace.surveys.len(), again.problem), (2, None));
}

#[test]
fn a_list_that_cannot_be_kept_aside_is_never_written_over() {
    // The list is unreadable and the store refuses writes (full): the page opens empty, is told
    // not to save, and the stored list is still there for the next visit.
    let store = MemoryStore::default();
    block_on(store.write(vec![Change::Put(Collection::Surveys, Record::new("list", "", "{}".into()))])).unwrap();
    *store.fail_writes.borrow_mut() = Some(StoreError::Full);
    let opened = block_on(open_workspace(&store));
    assert!(!opened.writable && opened.workspace.surveys.is_empty());
    assert!(matches!(opened.problem, Some(StoreError::Unreadable { ref key, ref kept_as }) if key == kept_as));
    assert_eq!(block_on(store.get(Collection::Surveys, "list")).unwrap().unwrap().value, "{}");
}

#[test]
fn qr_codes_fit_their_text_and_long_links_are_reported() {
    // "PP1-ABC" is 7 alphanumeric characters: version 1 (21 × 21) holds up to 10 even at the
    // highest error correction, so that is what the boost picks.
    let small = QrMatrix::encode("PP1-ABC").unwrap();
    assert_eq!((small.size(), small.side()), (21, 21 + 2 * QUIET_ZONE));
    // Finder patterns: the three corners' 7 × 7 squares start dark and their inner ring is light.
    assert!(small.is_dark(0, 0) && small.is_dark(20, 0) && small.is_dark(0, 20) && !small.is_dark(1, 1));
    assert!(!small.is_dark(21, 0), "outside the code is light");
    // The path draws exactly the dark modules: its runs add up to their number.
    let dark = (0..21).flat_map(|y| (0..21).map(move |x| (x, y))).filter(|&(x, y)| small.is_dark(x, y)).count();
    let drawn: usize = small
        .svg_path()
        .split('h')
        .skip(1)
        .step_by(2)
        .map(|run| run.split('v').next().unwrap().parse::<usize>().unwrap())
        .sum();
    assert_eq!(drawn, dark);
    let link = format!("https://example.org/pp/index.html#s1.{}", "A".repeat(QR_MAX_BYTES));
    assert_eq!(QrMatrix::encode(&link), Err(QrError::TooLong { length: link.len() }));
    let said = Texts::<SetupMsg>::english()
        .format(SetupMsg::QrTooLong, &[("length", 3000_usize.into()), ("most", QR_MAX_BYTES.into())]);
    assert!(said.contains("3,000 characters long, more than a QR code can hold (about 2,953)"), "{said}");
}

#[test]
fn the_workspace_opens_edits_duplicates_imports_and_deletes() {
    let mut first = fresh();
    first.setup.apply(SetUpEdit::Add(ListKind::Partners, "Council".into())).unwrap();
    first.setup.wave = "2026 spring".into();
    let mut workspace = Workspace::with(vec![first.clone()]);
    assert_eq!(workspace.open, Some(0));
    workspace = workspace.apply(WorkspaceAction::Edit(SetUpEdit::Threshold(1)));
    assert_eq!(workspace.notice, Some(Notice::Refused(EditError::Threshold)));
    assert_eq!(workspace.surveys[0], first, "a refused edit changes nothing");
    workspace = workspace.apply(WorkspaceAction::NextWave);
    assert_eq!((workspace.open, workspace.notice.clone()), (Some(1), Some(Notice::NextWave)));
    workspace = workspace.apply(WorkspaceAction::Edit(SetUpEdit::Add(ListKind::Partners, "Trust".into())));
    assert_eq!(workspace.notice, Some(Notice::NewVersion(2)));
    assert_eq!(workspace.surveys[0].setup.version, 1, "the earlier wave keeps its version");
    // Importing a survey already here opens it rather than adding a copy.
    workspace = workspace.apply(WorkspaceAction::Import(first.clone()));
    assert_eq!((workspace.surveys.len(), workspace.open), (2, Some(0)));
    assert!(matches!(workspace.notice, Some(Notice::AlreadyHere(_))));
    let other = SavedSurvey::new(&builtin(), "pp-other");
    workspace = workspace.apply(WorkspaceAction::Import(other));
    assert_eq!((workspace.surveys.len(), workspace.open), (3, Some(2)));
    workspace = workspace.apply(WorkspaceAction::Delete(0));
    assert_eq!((workspace.surveys.len(), workspace.open), (2, Some(1)), "the open survey stays open");
    workspace = workspace.apply(WorkspaceAction::Delete(1)).apply(WorkspaceAction::Delete(0));
    assert_eq!((workspace.surveys.len(), workspace.open), (0, None));
    assert!(workspace.clone().apply(WorkspaceAction::Edit(SetUpEdit::Title("x".into()))).surveys.is_empty());
}

#[test]
fn a_different_survey_file_with_a_stored_survey_s_id_waits_for_a_choice() {
    let mut stored = fresh();
    stored.setup.apply(SetUpEdit::Add(ListKind::Partners, "Council".into())).unwrap();
    let mut changed = stored.clone();
    changed.setup.apply(SetUpEdit::Add(ListKind::Partners, "Health trust".into())).unwrap();
    let workspace = Workspace::with(vec![stored.clone()]);
    let asked = workspace.apply(WorkspaceAction::Import(changed.clone()));
    assert_eq!(asked.surveys, [stored.clone()], "nothing is imported before the choice");
    assert_eq!(asked.pending_import.as_ref(), Some(&changed));
    assert!(matches!(&asked.notice, Some(Notice::SameId { id, .. }) if *id == stored.setup.id));

    let cancelled = asked.clone().apply(WorkspaceAction::ResolveImport(ImportChoice::Cancel));
    assert_eq!((cancelled.surveys.len(), cancelled.pending_import.is_none()), (1, true));
    assert_eq!(cancelled.notice, Some(Notice::ImportCancelled));

    // As a version: its partners differ from version 1's, so it becomes version 2, beside it.
    let as_version = asked.clone().apply(WorkspaceAction::ResolveImport(ImportChoice::AsVersion));
    assert_eq!(as_version.surveys.len(), 2);
    assert_eq!(as_version.surveys[0], stored, "the stored survey is untouched");
    assert_eq!(
        (as_version.surveys[1].setup.id.as_str(), as_version.surveys[1].setup.version),
        (stored.setup.id.as_str(), 2)
    );
    assert!(matches!(as_version.notice, Some(Notice::ImportedAsVersion { version: 2, .. })));

    // As a survey of its own: a new id, so its responses never mix with the stored survey's.
    let separate = asked.apply(WorkspaceAction::ResolveImport(ImportChoice::AsSeparateSurvey));
    let new_id = format!("{}-2", stored.setup.id);
    assert_eq!(separate.surveys[1].setup.id, new_id);
    assert_eq!(separate.open, Some(1));
    assert!(matches!(&separate.notice, Some(Notice::ImportedSeparately { id, .. }) if *id == new_id));
    // A second resolve without a pending import changes nothing.
    let again = separate.clone().apply(WorkspaceAction::ResolveImport(ImportChoice::AsVersion));
    assert_eq!(again.surveys, separate.surveys);
}

#[test]
fn a_threshold_typed_below_three_becomes_three_and_says_why() {
    use pulse_core::setup::ThresholdEntry;
    let two = ThresholdEntry::read("2", 5);
    assert_eq!((two, two.value(), two.needs_note()), (ThresholdEntry::Raised { typed: 2 }, 3, true));

    let seven = ThresholdEntry::read(" 7 ", 5);
    assert_eq!((seven, seven.value(), seven.needs_note()), (ThresholdEntry::Taken(7), 7, false));
    let huge = ThresholdEntry::read("250", 5);
    assert_eq!((huge.value(), huge.needs_note()), (100, true));
    let words = ThresholdEntry::read("three", 5);
    assert_eq!(words.value(), 5, "not a number: the threshold stays");
    assert_eq!(words, ThresholdEntry::NotANumber { kept: 5 });
}

/// A wrapped key of the fixture (its public key is what matters here), or another survey's.
fn fixture_key(other: bool) -> pulse_core::seal::WrappedKey {
    let file = if other {
        include_str!("fixtures/sealed-in-chromium.json")
    } else {
        include_str!("fixtures/sealed-natively.json")
    };
    let fixture: serde_json::Value = serde_json::from_str(file).unwrap();
    serde_json::from_value(fixture["key"].clone()).unwrap()
}

#[test]
fn a_survey_is_sealed_once_keeps_its_key_across_waves_and_takes_its_own_key_back_only() {
    let workspace = Workspace::default()
        .apply(WorkspaceAction::New(fresh()))
        .apply(WorkspaceAction::Edit(SetUpEdit::Add(ListKind::Partners, "Northshire Council".into())));
    let key = fixture_key(false);
    let workspace = workspace.apply(WorkspaceAction::Seal(key.clone()));
    assert_eq!(workspace.notice, Some(Notice::Sealed));
    let sealed = workspace.current().unwrap().clone();
    assert_eq!((sealed.setup.seal_key.as_ref(), sealed.key.as_ref()), (Some(&key.public_key), Some(&key)));
    assert_eq!(
        sealed.definition(&builtin()).unwrap().seal_key,
        Some(key.public_key.clone()),
        "respondents seal for it"
    );
    // Another key never replaces it: responses sealed for the first would be lost.
    let workspace = workspace.apply(WorkspaceAction::Seal(fixture_key(true)));
    assert_eq!(workspace.notice, Some(Notice::KeyNotThisSurveys));
    assert_eq!(workspace.current().unwrap(), &sealed);
    // The next wave is the same survey: the same key.
    let workspace = workspace.apply(WorkspaceAction::NextWave);
    assert_eq!(workspace.current().unwrap().key.as_ref(), Some(&key));
    // A device holding the sealed definition but not the key (opened from a file): its own key
    // file brings it back; another survey's is refused.
    let without = SavedSurvey { key: None, ..sealed };
    let workspace = Workspace::default().apply(WorkspaceAction::Import(without.clone()));
    let refused = workspace.clone().apply(WorkspaceAction::Seal(fixture_key(true)));
    assert_eq!(
        (refused.notice.clone(), refused.current().unwrap().key.as_ref()),
        (Some(Notice::KeyNotThisSurveys), None)
    );
    let restored = workspace.apply(WorkspaceAction::Seal(key.clone()));
    assert_eq!(
        (restored.notice.clone(), restored.current().unwrap().key.as_ref()),
        (Some(Notice::KeyRestored), Some(&key))
    );
}

#[test]
fn a_survey_with_a_server_is_sealed_before_it_is_shared_unless_the_facilitator_chooses_otherwise() {
    let workspace = Workspace::default().apply(WorkspaceAction::New(fresh()));
    let survey = workspace.current().unwrap();
    assert!(!survey.awaits_sealing(false), "no server: its link is shared at once");
    assert!(survey.awaits_sealing(true), "a server: sealed first");
    let sealed = workspace.clone().apply(WorkspaceAction::Seal(fixture_key(false)));
    assert!(!sealed.current().unwrap().awaits_sealing(true));
    let unsealed = workspace.apply(WorkspaceAction::SendUnsealed);
    assert!(!unsealed.current().unwrap().awaits_sealing(true), "sent unsealed on purpose");
    // The choice is the device's: it is kept with the survey, never in its link or file.
    let kept: serde_json::Value = serde_json::to_value(unsealed.current().unwrap()).unwrap();
    assert_eq!(kept["unsealed"], true);
    assert!(!serde_json::to_string(&unsealed.current().unwrap().setup).unwrap().contains("unsealed"));
}

#[test]
fn the_next_wave_asks_whether_each_chosen_action_was_carried_out_and_stays_one_survey() {
    use pulse_core::survey::ItemKind;
    let mut spring = fresh();
    spring.setup.apply(SetUpEdit::Add(ListKind::Partners, "Northshire Council".into())).unwrap();
    spring.setup.apply(SetUpEdit::Wave("2026 spring".into())).unwrap();
    let mut autumn = spring.next_wave();
    autumn.setup.apply(SetUpEdit::Wave("2026 autumn".into())).unwrap();
    // Actions 3 and 1 of the plan, chosen in any order, asked in number order.
    for (action, what) in [(3, "Shared newsletter"), (1, "Joint induction")] {
        autumn.setup.apply(SetUpEdit::AskFollowThrough { action, what: what.into(), ask: true }).unwrap();
    }
    let survey = autumn.definition(&builtin()).unwrap();
    let last = survey.sections.last().unwrap();
    assert_eq!((last.id.as_str(), last.title.get("en", "en")), (FOLLOW_THROUGH_SECTION, "What we agreed last time"));
    let asked: Vec<(&str, &ItemKind, &str)> =
        last.items.iter().map(|item| (item.id.as_str(), &item.kind, item.label.get("en", "en"))).collect();
    assert_eq!(
        asked,
        [
            ("F1", &ItemKind::FollowThrough { action: 1 }, "Joint induction"),
            ("F3", &ItemKind::FollowThrough { action: 3 }, "Shared newsletter")
        ]
    );
    // Still one survey: the same id and version as spring, so the dashboard compares the waves.
    let mut both = vec![spring.clone(), autumn.clone()];
    assert!(!settle_version(&mut both, 1), "asking about actions keeps the version");
    assert_eq!(both[1].setup.version, spring.setup.version);
    // Read back from its own definition (a survey file), the questions are the same, asked once.
    let reread = SetUp::from_definition(&survey, &survey.id);
    assert_eq!(reread.follow_through, [(1, "Joint induction".to_owned()), (3, "Shared newsletter".to_owned())]);
    let again = reread.to_definition(&survey).unwrap();
    assert_eq!(again.items().filter(|item| matches!(item.kind, ItemKind::FollowThrough { .. })).count(), 2);
    // No longer asked; and the wave after chooses its own.
    autumn.setup.apply(SetUpEdit::AskFollowThrough { action: 3, what: String::new(), ask: false }).unwrap();
    assert_eq!(autumn.setup.follow_through, [(1, "Joint induction".to_owned())]);
    assert!(autumn.next_wave().setup.follow_through.is_empty());
}

#[test]
fn the_questions_about_actions_speak_every_language_the_survey_offers() {
    let mut autumn = fresh().next_wave();
    autumn.setup.apply(SetUpEdit::Add(ListKind::Partners, "Northshire Council".into())).unwrap();
    autumn.setup.apply(SetUpEdit::AskFollowThrough { action: 2, what: "Joint induction".into(), ask: true }).unwrap();
    // The section's words and each action are the facilitator's to translate, listed with the rest.
    let keys: Vec<String> = translation_keys(&autumn.setup).into_iter().map(|(key, _)| key).collect();
    assert!(
        keys.ends_with(&["follow-through.title".into(), "follow-through.intro".into(), "action.2".into()]),
        "{keys:?}"
    );
    autumn
        .setup
        .apply(SetUpEdit::Translate {
            language: "cy".into(),
            key: "action.2".into(),
            words: "Cyflwyniad ar y cyd".into(),
        })
        .unwrap();
    let survey = autumn.definition(&builtin()).unwrap();
    let section = survey.sections.last().unwrap();
    // The app's own words for the section in Welsh and Easy Read; the action as translated, or
    // in the set-up's language where nobody translated it.
    assert_eq!(section.title.get("cy", "en"), "Yr hyn a gytunwyd y tro diwethaf");
    assert_eq!(section.title.get("en-easy", "en"), "What we said we would do");
    assert!(section.intro.as_ref().unwrap().get("cy", "en").starts_with("Yn y gweithdy diwethaf"));
    assert_eq!(section.items[0].label.get("cy", "en"), "Cyflwyniad ar y cyd");
    assert_eq!(section.items[0].label.get("en-easy", "en"), "Joint induction");
    // A facilitator's own Welsh title wins over the app's.
    autumn
        .setup
        .apply(SetUpEdit::Translate {
            language: "cy".into(),
            key: "follow-through.title".into(),
            words: "Ein camau".into(),
        })
        .unwrap();
    let survey = autumn.definition(&builtin()).unwrap();
    assert_eq!(survey.sections.last().unwrap().title.get("cy", "en"), "Ein camau");
}

#[test]
fn the_dashboard_reads_every_wave_s_answers_about_actions_whichever_wave_is_open() {
    let store = MemoryStore::default();
    let builtin = builtin_survey().unwrap();
    let mut spring = fresh();
    spring.setup.apply(SetUpEdit::Add(ListKind::Partners, "Council".into())).unwrap();
    let ask = |wave: &SavedSurvey, asked: &[(u32, &str)]| {
        let mut next = wave.next_wave();
        for (action, what) in asked {
            next.setup.apply(SetUpEdit::AskFollowThrough { action: *action, what: (*what).into(), ask: true }).unwrap();
        }
        next
    };
    let mut autumn = ask(&spring, &[(1, "Joint induction")]);
    autumn
        .setup
        .apply(SetUpEdit::Translate { language: "cy".into(), key: "action.1".into(), words: "Cyflwyniad".into() })
        .unwrap();
    let winter = ask(&autumn, &[(4, "Shared newsletter"), (1, "Joint induction")]);
    // Spring's copy opened last (before, the dashboard then had no questions about actions and
    // refused autumn's and winter's answers to them).
    let workspace = Workspace::with(vec![spring.clone(), autumn, winter]).apply(WorkspaceAction::Open(0));
    block_on(keep_workspace(&store, &workspace, &builtin)).unwrap();
    let opened = block_on(open_saved(&store, &spring.setup.id)).unwrap();
    let asked: Vec<(&str, &str)> = opened
        .items()
        .filter(|item| item.id.starts_with('F'))
        .map(|item| (item.id.as_str(), item.label.get("cy", "en")))
        .collect();
    assert_eq!(asked, [("F1", "Cyflwyniad"), ("F4", "Shared newsletter")], "each action asked once, in number order");
    // What spring's respondents are sent is still spring's own: no questions about actions.
    assert!(spring.definition(&builtin).unwrap().items().all(|item| !item.id.starts_with('F')));
}
