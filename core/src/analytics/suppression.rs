//! A figure that is shown, or withheld by small-number protection (see the `protection` module).

/// A figure that is either shown or withheld because too few people are behind it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Figure<T> {
    /// Enough respondents: the figure.
    Shown(T),
    /// Too few people behind it, or it would give a few people away in combination with other
    /// figures: no figure at all, not even the count.
    Suppressed,
}

impl<T> Figure<T> {
    /// The figure when shown.
    pub fn shown(&self) -> Option<&T> {
        match self {
            Figure::Shown(value) => Some(value),
            Figure::Suppressed => None,
        }
    }

    /// Whether the figure is withheld.
    pub fn is_suppressed(&self) -> bool {
        matches!(self, Figure::Suppressed)
    }

    /// `value` shown when `shown`, else withheld.
    pub fn when(shown: bool, value: T) -> Figure<T> {
        if shown {
            Figure::Shown(value)
        } else {
            Figure::Suppressed
        }
    }
}
