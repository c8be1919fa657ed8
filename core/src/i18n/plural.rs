//! Which plural form a number takes in a language (CLDR cardinal rules, whole numbers only:
//! the app's own text counts questions, people and minutes, never fractions).

/// A CLDR plural category; a language uses some of them, always including `Other`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum PluralCategory {
    /// Welsh and Arabic 0.
    Zero,
    /// 1 in most languages.
    One,
    /// 2 in Welsh, Arabic, Irish and Scottish Gaelic (and 12 in Gaelic).
    Two,
    /// Welsh 3; Arabic 3–10 (of each hundred); Polish 2–4 (not 12–14); Irish 3–6; Gaelic 3–10, 13–19.
    Few,
    /// Welsh 6; Arabic 11–99 (of each hundred); Polish 0, 5–9 and 12–14 endings; Irish 7–10;
    /// French and Spanish whole millions.
    Many,
    /// Everything else.
    Other,
}

impl PluralCategory {
    /// The category's name in translation files (`"one"`, `"few"`, ...).
    pub fn name(self) -> &'static str {
        match self {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        }
    }

    /// The category a translation file names, if it is one.
    pub fn from_name(name: &str) -> Option<PluralCategory> {
        ALL.iter().copied().find(|category| category.name() == name)
    }
}

const ALL: [PluralCategory; 6] = [
    PluralCategory::Zero,
    PluralCategory::One,
    PluralCategory::Two,
    PluralCategory::Few,
    PluralCategory::Many,
    PluralCategory::Other,
];

/// The primary language of a tag (`"cy"` of `"cy-GB"`; `"en"` of `"en-easy"`).
pub fn primary_language(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or(tag)
}

/// The categories a language's plural messages must give, in CLDR order.
pub fn categories(language: &str) -> &'static [PluralCategory] {
    use PluralCategory::*;
    match primary_language(language) {
        "cy" | "ar" => &ALL,
        "ga" => &[One, Two, Few, Many, Other],
        "gd" => &[One, Two, Few, Other],
        "pl" => &[One, Few, Many, Other],
        "fr" | "es" | "it" | "pt" => &[One, Many, Other],
        // Languages whose numbers take no plural form.
        "ja" | "ko" | "zh" | "vi" | "th" | "id" | "ms" => &[Other],
        _ => &[One, Other],
    }
}

/// The category `n` takes in `language`.
pub fn category(language: &str, n: u64) -> PluralCategory {
    use PluralCategory::*;
    match primary_language(language) {
        "cy" => match n {
            0 => Zero,
            1 => One,
            2 => Two,
            3 => Few,
            6 => Many,
            _ => Other,
        },
        "ar" => match (n, n % 100) {
            (0, _) => Zero,
            (1, _) => One,
            (2, _) => Two,
            (_, 3..=10) => Few,
            (_, 11..=99) => Many,
            _ => Other,
        },
        "ga" => match n {
            1 => One,
            2 => Two,
            3..=6 => Few,
            7..=10 => Many,
            _ => Other,
        },
        "gd" => match n {
            1 | 11 => One,
            2 | 12 => Two,
            3..=10 | 13..=19 => Few,
            _ => Other,
        },
        "pl" => match (n, n % 10, n % 100) {
            (1, _, _) => One,
            (_, 2..=4, rest) if !(12..=14).contains(&rest) => Few,
            _ => Many,
        },
        "ja" | "ko" | "zh" | "vi" | "th" | "id" | "ms" => Other,
        // French (like Punjabi) counts 0 with 1; French, Spanish, Italian and Portuguese say
        // whole millions apart ("de" in French, "de" in Spanish).
        "fr" | "pa" if n <= 1 => One,
        "fr" | "es" | "it" | "pt" if n != 0 && n.is_multiple_of(1_000_000) => Many,
        "pt" if n <= 1 => One,
        _ if n == 1 => One,
        _ => Other,
    }
}
