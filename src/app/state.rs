//! Which screen is showing, and the actions that move between screens.

use std::rc::Rc;
use yew::Reducible;

/// The screens of the respondent's side of the app.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Screen {
    /// Title, purpose, anonymity statement and the Start button.
    #[default]
    Welcome,
    /// The questionnaire laid out section by section.
    Questions,
}

/// Everything the app root needs to decide what to show.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AppState {
    /// The screen showing now.
    pub screen: Screen,
}

/// Things a person can do that change the app state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AppAction {
    /// Pressed Start on the welcome screen.
    Start,
    /// Asked to go back to the welcome screen.
    BackToWelcome,
}

impl AppState {
    /// The state after `action`; pure, so it is tested natively.
    pub fn apply(&self, action: AppAction) -> AppState {
        match action {
            AppAction::Start => AppState { screen: Screen::Questions },
            AppAction::BackToWelcome => AppState { screen: Screen::Welcome },
        }
    }
}

impl Reducible for AppState {
    type Action = AppAction;

    fn reduce(self: Rc<Self>, action: AppAction) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}
