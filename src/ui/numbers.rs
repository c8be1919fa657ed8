//! Counts in the page's language through the browser's `Intl`: its plural rules choose a
//! message's form and its number format writes the digits (`12,345`, `12 345`, `12.345`),
//! exactly for every language, with no table in the download.

use crate::i18n::{install_number_rules, primary_language, NumberRules, PluralCategory};
use js_sys::{Array, Function, Intl, Object};
use std::cell::RefCell;
use wasm_bindgen::JsValue;

/// A language's rules, made once: making them is slow next to using them.
struct Rules {
    language: String,
    plural: Intl::PluralRules,
    format: Function,
}

thread_local! {
    static MADE: RefCell<Vec<Rules>> = const { RefCell::new(Vec::new()) };
}

/// Uses the browser's rules for every count from now on (each page's texts call this).
pub fn use_browser_numbers() {
    install_number_rules(NumberRules { category, written });
}

/// The tag `Intl` is given: the primary language, or English for a tag it would refuse
/// (a survey's language is whatever its author typed).
fn intl_tag(language: &str) -> &str {
    let primary = primary_language(language);
    let well_formed = (2..=8).contains(&primary.len()) && primary.bytes().all(|byte| byte.is_ascii_alphabetic());
    if well_formed {
        primary
    } else {
        "en"
    }
}

fn with_rules<T>(language: &str, use_them: impl FnOnce(&Rules) -> T) -> T {
    let tag = intl_tag(language);
    MADE.with(|made| {
        let mut made = made.borrow_mut();
        let index = match made.iter().position(|rules| rules.language == tag) {
            Some(index) => index,
            None => {
                let locales = Array::of1(&JsValue::from_str(tag));
                let plural = Intl::PluralRules::new(&locales, &Object::new());
                let format = Intl::NumberFormat::new(&locales, &Object::new()).format();
                made.push(Rules { language: tag.to_owned(), plural, format });
                made.len() - 1
            }
        };
        use_them(&made[index])
    })
}

fn category(language: &str, n: u64) -> PluralCategory {
    let name = with_rules(language, |rules| rules.plural.select(n as f64));
    name.as_string().and_then(|name| PluralCategory::from_name(&name)).unwrap_or(PluralCategory::Other)
}

fn written(language: &str, n: u64) -> String {
    let written = with_rules(language, |rules| rules.format.call1(&JsValue::NULL, &JsValue::from_f64(n as f64)));
    written.ok().and_then(|written| written.as_string()).unwrap_or_else(|| n.to_string())
}
