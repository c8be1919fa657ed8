//! The facilitator's themes natively: adding, renaming, merging, deleting and tagging answers,
//! each refusal typed and leaving the themes as they were; the counts by group with small ones
//! withheld; and keeping them on the device.

mod support;

use pollster::block_on;
use pulse_core::analytics::*;
use pulse_core::response::{Answer, Response};
use pulse_core::store::{Collection, MemoryStore, RecordStore, StoreError};
use pulse_core::themes::*;
use support::*;

fn act(book: &ThemeBook, action: ThemeAction) -> ThemeBook {
    book.apply(&action).unwrap_or_else(|error| panic!("{action:?}: {error}"))
}

fn add(item: &str, name: &str) -> ThemeAction {
    ThemeAction::Add { item: item.into(), name: name.into() }
}

fn tag(theme: &str, answer: &str) -> ThemeAction {
    ThemeAction::Tag { item: "O1".into(), theme: theme.into(), answer: answer.into(), on: true }
}

fn names(book: &ThemeBook) -> Vec<&str> {
    book.themes("O1").iter().map(|theme| theme.name.as_str()).collect()
}

#[test]
fn themes_are_added_renamed_merged_and_deleted_and_answers_tagged() {
    let book = ThemeBook::new("partnership-pulse");
    let book = act(&book, add("O1", "  Notice of meetings "));
    let book = act(&book, add("O1", "Pay"));
    let book = act(&book, add("O1", "Paying carers"));
    assert_eq!(names(&book), ["Notice of meetings", "Pay", "Paying carers"], "names are trimmed");
    let book = act(&book, tag("Pay", "00000000000000a1"));
    let book = act(&book, tag("Paying carers", "00000000000000a1"));
    let book = act(&book, tag("Paying carers", "00000000000000b2"));
    assert_eq!(book.themes_of("O1", "00000000000000a1"), ["Pay", "Paying carers"], "an answer may be in two themes");
    // Merging keeps each answer once.
    let book = act(&book, ThemeAction::Merge { item: "O1".into(), from: "Paying carers".into(), into: "Pay".into() });
    assert_eq!(names(&book), ["Notice of meetings", "Pay"]);
    assert_eq!(book.themes("O1")[1].answers, ["00000000000000a1", "00000000000000b2"]);
    let book = act(&book, ThemeAction::Rename { item: "O1".into(), theme: "Pay".into(), name: "Paying people".into() });
    assert_eq!(book.themes_of("O1", "00000000000000b2"), ["Paying people"]);
    let book = act(
        &book,
        ThemeAction::Tag {
            item: "O1".into(),
            theme: "Paying people".into(),
            answer: "00000000000000b2".into(),
            on: false,
        },
    );
    assert_eq!(book.themes_of("O1", "00000000000000b2"), Vec::<&str>::new());
    let book = act(&book, ThemeAction::Delete { item: "O1".into(), theme: "Notice of meetings".into() });
    let book = act(&book, ThemeAction::Delete { item: "O1".into(), theme: "Paying people".into() });
    assert!(book.questions.is_empty(), "a question without themes is not kept");
}

#[test]
fn a_refused_change_says_why_and_changes_nothing() {
    let book = act(&ThemeBook::new("s"), add("O1", "Pay"));
    let refused = |action: ThemeAction| book.apply(&action).unwrap_err();
    assert_eq!(refused(add("O1", "   ")), ThemeError::BlankName);
    assert_eq!(refused(add("O1", "PAY")), ThemeError::DuplicateName { name: "PAY".into() });
    assert_eq!(refused(add("O1", &"x".repeat(81))), ThemeError::NameTooLong { limit: 80 });
    assert_eq!(
        refused(ThemeAction::Delete { item: "O1".into(), theme: "Gone".into() }),
        ThemeError::NoSuchTheme { name: "Gone".into() }
    );
    let merge = ThemeAction::Merge { item: "O1".into(), from: "Pay".into(), into: "Pay".into() };
    assert_eq!(refused(merge), ThemeError::MergeIntoItself { name: "Pay".into() });
    assert_eq!(refused(add("O1", "pay")), ThemeError::DuplicateName { name: "pay".into() });
    // Renaming to its own name in other letters is allowed.
    let renamed = act(&book, ThemeAction::Rename { item: "O1".into(), theme: "Pay".into(), name: "PAY".into() });
    assert_eq!(names(&renamed), ["PAY"]);
    assert_eq!(names(&book), ["Pay"]);
}

fn said(id: &str, group: &str, text: &str) -> Response {
    let mut response = response(id, group, None, &[("T1", 3)]);
    response.answers.insert("O1".into(), Answer::Text(text.into()));
    response
}

fn key(id: &str) -> String {
    format!("{:016x}", answer_key("partnership-pulse", id))
}

/// Three university staff (u0-u2), three students (s0-s2) and three people who use services
/// (c0-c2); everyone answered O1 but those named in `silent`. "Notice" holds u0, u1, u2 and s0:
/// 3 university, 1 student, 4 in all. "Pay" holds u0, u1, u2, s0, s1, s2: 3 and 3, 6 in all.
/// k = 2: a count is shown where 3 or more people of its cell answered the question.
fn counts_without(filter: &Filter, silent: &[&str]) -> Option<Vec<ThemeCount>> {
    let responses: Vec<Response> = [("university", "u"), ("student", "s"), ("service-user-carer", "c")]
        .iter()
        .flat_map(|(group, prefix)| (0..3).map(move |n| said(&format!("{prefix}{n}"), group, "more notice please")))
        .map(|mut response| {
            if silent.contains(&response.id.as_str()) {
                response.answers.remove("O1");
            }
            response
        })
        .collect();
    let survey = survey();
    let table = ResponseTable::from_responses(&survey, &responses).unwrap();
    let protected = ProtectedTable::new(&table, 2);
    let themes = [
        Theme { name: "Notice".into(), answers: ["u0", "u1", "u2", "s0"].map(key).to_vec() },
        Theme { name: "Pay".into(), answers: ["u0", "u1", "u2", "s0", "s1", "s2"].map(key).to_vec() },
    ];
    theme_counts(&protected, filter, "O1", &themes)
}

fn counts(filter: &Filter) -> Option<Vec<ThemeCount>> {
    counts_without(filter, &[])
}

const UNIVERSITY: usize = 2;
const STUDENT: usize = 3;
const SERVICE_USER: usize = 4;

#[test]
fn theme_counts_by_group_are_shown_where_the_groups_answers_are() {
    let all = counts(&Filter::default()).unwrap();
    // Every group has 3 answers: Notice 3, 1 and 0 by group, 4 in all.
    assert_eq!(all[0].total, Figure::Shown(4));
    assert_eq!(
        (all[0].by_group[UNIVERSITY], all[0].by_group[STUDENT], all[0].by_group[SERVICE_USER]),
        (Figure::Shown(3), Figure::Shown(1), Figure::Shown(0))
    );
    // Pay: 3 and 3, 6 in all.
    assert_eq!(all[1].total, Figure::Shown(6));
    assert_eq!((all[1].by_group[UNIVERSITY], all[1].by_group[STUDENT]), (Figure::Shown(3), Figure::Shown(3)));
    // University staff only: Notice holds their 3.
    let university = counts(&Filter { groups: vec!["university".into()], ..Filter::default() }).unwrap();
    assert_eq!((university[0].total, university[0].by_group[UNIVERSITY]), (Figure::Shown(3), Figure::Shown(3)));
    assert_eq!(university[1].total, Figure::Shown(3));
}

/// The attack by theme counts: a theme's total minus the total with every other group ticked.
/// Two of the three people who use services say nothing, so their one answer (c0) must never
/// be told apart: its group's counts are withheld, and so is every view that would leave it as
/// the difference.
#[test]
fn no_total_minus_other_groups_gives_a_small_groups_count() {
    let silent = ["c1", "c2"];
    let all = counts_without(&Filter::default(), &silent).unwrap();
    assert!(all[0].by_group[SERVICE_USER].is_suppressed());
    let others = Filter { groups: vec!["university".into(), "student".into()], ..Filter::default() };
    match counts_without(&others, &silent) {
        None => {}
        Some(ticked) => {
            for (everyone, without) in all.iter().zip(&ticked) {
                if let (Some(total), Some(rest)) = (everyone.total.shown(), without.total.shown()) {
                    assert!(total - rest == 0 || total - rest > 2, "{total} − {rest} gives the one answer away");
                }
            }
        }
    }
    // By group: the university's 3 answers are shown; the students' 3 are withheld, since the
    // total minus the university and the students would be c0's one answer. What the total
    // minus the university gives is the students' and c0's answers together: 4 people.
    assert_eq!(all[0].by_group[UNIVERSITY], Figure::Shown(3));
    assert!(all[0].by_group[STUDENT].is_suppressed());
}

#[test]
fn no_counts_for_a_view_under_k_or_a_question_that_is_not_free_text() {
    // A partner no one gave: no responses in view.
    assert_eq!(counts(&Filter { partners: vec!["council".into()], ..Filter::default() }), None);
    let survey = survey();
    let table = ResponseTable::from_responses(&survey, &[]).unwrap();
    assert_eq!(theme_counts(&ProtectedTable::new(&table, 3), &Filter::default(), "T1", &[]), None);
}

#[test]
fn themes_are_kept_on_the_device_and_an_unreadable_record_is_kept_aside() {
    let store = MemoryStore::default();
    assert_eq!(block_on(load_themes(&store, "partnership-pulse")).unwrap(), ThemeBook::new("partnership-pulse"));
    let book = act(&ThemeBook::new("partnership-pulse"), add("O1", "Pay"));
    block_on(save_themes(&store, &book)).unwrap();
    assert_eq!(block_on(load_themes(&store, "partnership-pulse")).unwrap(), book);
    assert_eq!(block_on(load_themes(&store, "other")).unwrap(), ThemeBook::new("other"), "each survey its own");
    // A full store refuses the write and the stored themes stay as they were.
    *store.fail_writes.borrow_mut() = Some(StoreError::Full);
    let more = act(&book, add("O1", "Notice"));
    assert_eq!(block_on(save_themes(&store, &more)), Err(StoreError::Full));
    *store.fail_writes.borrow_mut() = None;
    assert_eq!(block_on(load_themes(&store, "partnership-pulse")).unwrap(), book);
    // Damaged: reported, and moved aside rather than overwritten unread.
    let damaged = pulse_core::store::Record::new("themes:partnership-pulse", "themes", "{not json".into());
    block_on(store.write(vec![pulse_core::store::Change::Put(Collection::Surveys, damaged)])).unwrap();
    assert!(block_on(load_themes(&store, "partnership-pulse")).is_err());
    let kept = block_on(store.group(Collection::KeptAside, "surveys")).unwrap();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(block_on(load_themes(&store, "partnership-pulse")).unwrap(), ThemeBook::new("partnership-pulse"));
}
