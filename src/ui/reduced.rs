//! The domain's reducers as Yew's: each state of `pulse_core` changes by a pure `apply(action)`,
//! tested natively; [`Reduced`] holds one in `use_reducer`.

use crate::answering::{RespondAction, RespondState};
use crate::dashboard::{DashboardAction, DashboardView};
use crate::setup::{Workspace, WorkspaceAction};
use std::ops::Deref;
use std::rc::Rc;

/// A state that changes only by actions.
pub trait Reducer: Clone {
    /// What can happen to it.
    type Action;
    /// The state after `action`.
    fn reduce(self, action: Self::Action) -> Self;
}

/// A domain state held by `use_reducer`; reads as the state itself.
#[derive(Clone, Debug, PartialEq)]
pub struct Reduced<T>(pub T);

impl<T> Deref for Reduced<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: Reducer> yew::Reducible for Reduced<T> {
    type Action = T::Action;
    fn reduce(self: Rc<Self>, action: T::Action) -> Rc<Self> {
        Rc::new(Reduced(Rc::unwrap_or_clone(self).0.reduce(action)))
    }
}

impl Reducer for RespondState {
    type Action = RespondAction;
    fn reduce(self, action: RespondAction) -> RespondState {
        self.apply(action)
    }
}

impl Reducer for Workspace {
    type Action = WorkspaceAction;
    fn reduce(self, action: WorkspaceAction) -> Workspace {
        self.apply(action)
    }
}

impl Reducer for DashboardView {
    type Action = DashboardAction;
    fn reduce(self, action: DashboardAction) -> DashboardView {
        self.apply(action)
    }
}

/// The respondent's state as components hold it.
pub type RespondHandle = yew::UseReducerHandle<Reduced<RespondState>>;
