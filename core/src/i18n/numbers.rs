//! A count's plural form and its digits in a language. In the browser the page installs the
//! platform's rules (`Intl.PluralRules` and `Intl.NumberFormat`: exact for every language, and
//! no table in the download); natively — tests, the command line — the CLDR-checked table in
//! `plural.rs` chooses forms and thousands are separated by commas.

use super::plural::PluralCategory;
use std::cell::Cell;

/// How a platform chooses a count's plural form and writes its digits, by language tag.
#[derive(Clone, Copy)]
pub struct NumberRules {
    /// The plural category `n` takes in the language.
    pub category: fn(&str, u64) -> PluralCategory,
    /// `n` as the language writes it (`12,345`, `12 345`, `12.345`).
    pub written: fn(&str, u64) -> String,
}

thread_local! {
    static INSTALLED: Cell<Option<NumberRules>> = const { Cell::new(None) };
}

/// Uses `rules` for every count from now on (the browser's, installed by each page).
pub fn install_number_rules(rules: NumberRules) {
    INSTALLED.with(|installed| installed.set(Some(rules)));
}

/// The plural category `n` takes in `language`.
pub fn plural_category(language: &str, n: u64) -> PluralCategory {
    match INSTALLED.with(Cell::get) {
        Some(rules) => (rules.category)(language, n),
        None => built_in_category(language, n),
    }
}

/// `n` written as `language` writes it.
pub fn written_count(language: &str, n: u64) -> String {
    match INSTALLED.with(Cell::get) {
        Some(rules) => (rules.written)(language, n),
        None => with_commas(n),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn built_in_category(language: &str, n: u64) -> PluralCategory {
    super::plural::category(language, n)
}

/// In the browser the page installs `Intl`'s rules before any text is shown; until then (and
/// in a component test that mounts one component alone), English's.
#[cfg(target_arch = "wasm32")]
fn built_in_category(_: &str, n: u64) -> PluralCategory {
    if n == 1 {
        PluralCategory::One
    } else {
        PluralCategory::Other
    }
}

/// `n` with thousands separated by commas (`12,345`), as English writes it.
pub fn with_commas(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}
