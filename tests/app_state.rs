//! The app reducer natively: screens change only through actions.

use partnership_pulse::app::{AppAction, AppState, Screen};

#[test]
fn the_app_opens_on_the_welcome_screen() {
    assert_eq!(AppState::default().screen, Screen::Welcome);
}

#[test]
fn start_shows_the_questions_and_back_returns_to_welcome() {
    let started = AppState::default().apply(AppAction::Start);
    assert_eq!(started.screen, Screen::Questions);
    assert_eq!(started.apply(AppAction::Start).screen, Screen::Questions, "pressing Start twice is harmless");
    assert_eq!(started.apply(AppAction::BackToWelcome).screen, Screen::Welcome);
}
