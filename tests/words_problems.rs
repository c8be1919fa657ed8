//! The problems a respondent can meet, in the page's words: in English the sentences listed at
//! the end of this file, word for word, and in Welsh the translation file's own.

use partnership_pulse::i18n::{Catalogue, Texts};
use std::rc::Rc;

fn locale(language: &str) -> String {
    let path = format!("{}/locales/{language}.json", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).expect("the translation file")
}

#[test]
fn the_problems_a_respondent_meets_read_in_english_and_in_welsh() {
    use partnership_pulse::embed::EmbedError;
    use partnership_pulse::setup::LinkError;
    use partnership_pulse::store::StoreError;
    use partnership_pulse::ui::problem_words::{link_error_words, open_error_words, store_error_words};
    let english = Texts::english();
    let stores = [
        StoreError::Unavailable,
        StoreError::Full,
        StoreError::Unreadable { key: "drafts".into(), kept_as: "kept-aside-1".into() },
        StoreError::SomeUnreadable { count: 1, kept_as: "kept-aside-2".into() },
        StoreError::SomeUnreadable { count: 4, kept_as: "kept-aside-3".into() },
        StoreError::NotEncodable,
        StoreError::NotMoved,
    ];
    let said: Vec<String> = stores.iter().map(|error| store_error_words(&english, error)).collect();
    assert_eq!(said, STORE_ERRORS);
    let links =
        [LinkError::NotASetUpLink, LinkError::Damaged, LinkError::WrongShape("no title".into()), LinkError::TooLarge];
    let said: Vec<String> = links.iter().map(|error| link_error_words(&english, error)).collect();
    assert_eq!(said, LINK_ERRORS);
    let opens = [
        EmbedError::SurveyUnavailable { url: "surveys/2026.json".into(), reason: "the server answered 404".into() },
        EmbedError::ForeignSurvey("https://elsewhere.example/s.json".into()),
        EmbedError::NotSavedHere("survey-1234".into()),
        EmbedError::BadLink(LinkError::Damaged),
        EmbedError::Storage(StoreError::Full),
        EmbedError::UnknownTheme("neon".into()),
    ];
    let said: Vec<String> = opens.iter().map(|error| open_error_words(&english, error)).collect();
    assert_eq!(said, OPEN_ERRORS);
    let welsh = Texts::translated(Rc::new(Catalogue::read(&locale("cy"), "cy").unwrap()));
    assert_eq!(
        open_error_words(&welsh, &EmbedError::BadLink(LinkError::Damaged)),
        "Mae'r ddolen arolwg hon yn anghyflawn neu wedi'i difrodi: efallai iddi gael ei thorri'n fyr wrth ei chopïo. \
         Gofynnwch am y ddolen eto."
    );
    assert_eq!(
        store_error_words(&welsh, &StoreError::SomeUnreadable { count: 4, kept_as: "k".into() }),
        "Nid oedd modd darllen 4 o'r ymatebion a gadwyd. Maen nhw wedi'u cadw o'r neilltu fel \"k\", heb eu dileu; mae \
         pob ymateb arall yn cael ei ddefnyddio."
    );
    // A host developer's problem stays in English.
    assert_eq!(open_error_words(&welsh, &opens[5]), OPEN_ERRORS[5]);
}

const STORE_ERRORS: [&str; 7] = [
    "This browser is not letting the survey save anything (private browsing or storage turned off).",
    "This browser's storage for this site is full.",
    "Saved data under \"drafts\" could not be read. It has been kept aside as \"kept-aside-1\", not deleted.",
    "One stored response could not be read. It has been kept aside as \"kept-aside-2\", not deleted; every other response is used.",
    "4 stored responses could not be read. They have been kept aside as \"kept-aside-3\", not deleted; every other response is used.",
    "The data could not be prepared for saving, so nothing stored was changed.",
    "Answers saved by an earlier version of this app could not be moved to its new storage. They are still kept where they were, and the app will try again next time.",
];
const LINK_ERRORS: [&str; 4] = [
    "This link does not hold a survey set-up this version of the app can read.",
    "This survey link is incomplete or damaged: it may have been cut short when it was copied. Please ask for the link again.",
    "This survey link does not hold a survey set-up (no title).",
    "This survey is too large for a link (links carry at most 64 KB of survey): share the survey file instead.",
];
const OPEN_ERRORS: [&str; 6] = [
    "The survey at \"surveys/2026.json\" could not be loaded: the server answered 404.",
    "The survey address \"https://elsewhere.example/s.json\" is on another site. Partnership Pulse only opens surveys kept on the same site as the page.",
    "The survey \"survey-1234\" was not set up in this browser. Open the set-up page where it was made, or import its survey file there.",
    "This survey link is incomplete or damaged: it may have been cut short when it was copied. Please ask for the link again.",
    "This browser's storage for this site is full.",
    "Partnership Pulse has no theme \"neon\". The themes are system, light, dark and high-contrast.",
];
