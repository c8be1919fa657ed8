//! The page's figures remembered between renders: analysing 100,000 responses and drawing their
//! charts is redone only when what they are made from changes (the responses shown, the filter,
//! the view, the language), not on every render (a theme saved, a sync's progress, a tick).

use std::cell::RefCell;
use std::rc::Rc;

/// A value compared by identity: the same allocation. Held in a key, it also keeps that
/// allocation alive, so no later value can take its address and pass for it.
#[derive(Debug)]
pub struct Same<T>(pub Rc<T>);

impl<T> PartialEq for Same<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The value made last, with what it was made from.
pub type Remembered<K, V> = RefCell<Option<(K, V)>>;

/// The value remembered in `cell` when it was made from `key`; else `make()`, remembered.
pub fn remembered<K: PartialEq, V: Clone>(cell: &Remembered<K, V>, key: K, make: impl FnOnce() -> V) -> V {
    if let Some((made_from, value)) = &*cell.borrow() {
        if *made_from == key {
            return value.clone();
        }
    }
    let value = make();
    *cell.borrow_mut() = Some((key, value.clone()));
    value
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn a_value_is_made_again_only_when_its_key_changes() {
        let cell: Remembered<(usize, &str), usize> = RefCell::new(None);
        let made = Cell::new(0);
        let make = || {
            made.set(made.get() + 1);
            made.get() * 10
        };
        assert_eq!(remembered(&cell, (1, "en"), make), 10);
        assert_eq!(remembered(&cell, (1, "en"), make), 10, "the same key: remembered");
        assert_eq!(made.get(), 1);
        assert_eq!(remembered(&cell, (1, "cy"), make), 20, "another language: made again");
        assert_eq!(remembered(&cell, (2, "cy"), make), 30, "other responses: made again");
        assert_eq!(made.get(), 3);
    }

    #[test]
    fn same_is_the_same_allocation_not_an_equal_value() {
        let (one, two) = (Rc::new(5), Rc::new(5));
        assert!(Same(one.clone()) == Same(one.clone()));
        assert!(Same(one) != Same(two), "equal values, two states of the responses");
    }
}
