//! Which way a language's text runs.

/// Whether text in `language` runs right to left (Arabic, Urdu, Hebrew, Persian and others
/// written in their scripts), so the page's `dir` must be `rtl`.
pub fn is_right_to_left(language: &str) -> bool {
    matches!(super::plural::primary_language(language), "ar" | "ur" | "he" | "fa" | "ps" | "sd" | "yi" | "dv" | "ckb")
}

/// The `dir` attribute for `language`.
pub fn direction(language: &str) -> &'static str {
    if is_right_to_left(language) {
        "rtl"
    } else {
        "ltr"
    }
}
