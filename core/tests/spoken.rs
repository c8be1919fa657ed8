//! What "Read aloud" says: a question, its help and its options in order, in the language shown.

use pulse_core::answering::spoken_question;
use pulse_core::i18n::{Catalogue, Texts};
use pulse_core::survey::builtin_survey;
use std::rc::Rc;

fn welsh() -> Texts {
    let file = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/cy.json")).unwrap();
    Texts::translated(Rc::new(Catalogue::read(&file, "cy").unwrap()))
}

#[test]
fn a_statement_is_read_with_the_five_points_and_dont_know() {
    let survey = builtin_survey().unwrap();
    let words = spoken_question(&survey, survey.item("T1").unwrap(), None, "en", &Texts::english());
    // The statement ends in a full stop already, so none is added before the options.
    assert_eq!(
        words,
        "I trust the people I work with in this partnership. Strongly disagree, Disagree, Neither agree nor \
         disagree, Agree, Strongly agree, Don't know / not applicable"
    );
}

#[test]
fn a_choice_is_read_with_its_help_and_prefer_not_to_say_in_the_language_shown() {
    let survey = builtin_survey().unwrap();
    let words = spoken_question(&survey, survey.item("partner").unwrap(), None, "cy", &welsh());
    assert_eq!(
        words,
        "I ba sefydliad partner rydych chi'n perthyn, os o gwbl? Dewisol. Gwasanaethau oedolion a phlant Cyngor y \
         Ddinas, Ymddiriedolaeth GIG iechyd cymunedol, Y brifysgol, Fforwm y sector gwirfoddol, Rhwydwaith \
         defnyddwyr gwasanaethau a gofalwyr, Gwell gen i beidio â dweud"
    );
}

#[test]
fn a_matrix_shown_a_partner_a_screen_reads_that_partner_and_the_numbered_scale() {
    let survey = builtin_survey().unwrap();
    // Partner 2 of 5 (index 1): the NHS trust, on the trust scale.
    let words = spoken_question(&survey, survey.item("PT").unwrap(), Some(1), "en", &Texts::english());
    assert_eq!(
        words,
        "How far do you trust each partner organisation to do what it says and to work openly with others? \
         Community health NHS trust. How far do you trust it to do what it says and to work openly with others? \
         1: Not at all, 2: A little, 3: Somewhat, 4: Mostly, 5: Completely, Don't know"
    );
    let whole = spoken_question(&survey, survey.item("PV").unwrap(), None, "en", &Texts::english());
    // All five partners, each followed by the gain and the contribution questions.
    assert_eq!(whole.matches("How much does this partner gain").count(), 5);
    assert!(whole.ends_with("1: Nothing, 2: A little, 3: Some, 4: A lot, 5: A great deal, Don't know"), "{whole}");
}

#[test]
fn free_text_is_read_as_its_question_and_help() {
    let survey = builtin_survey().unwrap();
    let words = spoken_question(&survey, survey.item("O1").unwrap(), None, "en-easy", &Texts::english());
    assert_eq!(
        words,
        "What one change would make the partnership better? Please do not write anyone's name. Do not write \
         anything that could show who someone is."
    );
}
