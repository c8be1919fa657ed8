//! Colour-blind-safe colours (Okabe and Ito, 2008) and band shading.

use crate::analytics::Band;
use plotters::prelude::RGBColor;

/// The Okabe-Ito palette: eight colours distinguishable with every common colour-vision
/// deficiency, one for each of up to eight groups (a survey of more repeats them; the number
/// every mark carries tells them apart).
pub const OKABE_ITO: [RGBColor; 8] = [
    RGBColor(0x00, 0x72, 0xB2), // blue
    RGBColor(0xE6, 0x9F, 0x00), // orange
    RGBColor(0x00, 0x9E, 0x73), // bluish green
    RGBColor(0xCC, 0x79, 0xA7), // reddish purple
    RGBColor(0x56, 0xB4, 0xE9), // sky blue
    RGBColor(0xD5, 0x5E, 0x00), // vermillion
    RGBColor(0xF0, 0xE4, 0x42), // yellow
    RGBColor(0x00, 0x00, 0x00), // black
];

/// Colours of measures (inclusion, "named by others", what partners gain and give): greys from
/// dark to light, at least 3:1 on white, so that no hue means a measure on one chart and a
/// group on another.
pub const MEASURE_GREYS: [RGBColor; 4] =
    [RGBColor(0x1F, 0x29, 0x33), RGBColor(0x4A, 0x53, 0x60), RGBColor(0x6B, 0x74, 0x80), RGBColor(0x8A, 0x93, 0x9E)];

/// Colour of series `index` (a group), cycling through the palette.
pub fn series_colour(index: usize) -> RGBColor {
    OKABE_ITO[index % OKABE_ITO.len()]
}

/// Pale background of a band; the band's name is always written on the chart too.
pub fn band_colour(band: Band) -> RGBColor {
    match band {
        Band::Concern => RGBColor(0xFB, 0xE3, 0xD6),
        Band::Borderline => RGBColor(0xFD, 0xF3, 0xD0),
        Band::Strength => RGBColor(0xD9, 0xEF, 0xE6),
    }
}

/// Dark ink for text on a light fill. Not pure black: the dark theme's stylesheet turns the
/// chart's own black text light, and text on a fill must keep its contrast with the fill. As
/// dark as can be, so that every fill has an ink at 4.5:1 (with #111 fills of luminance 0.18 to
/// 0.20 would have none).
pub const INK_DARK: RGBColor = RGBColor(0x01, 0x01, 0x01);
/// Light ink for text on a dark fill. Not pure white, for the same reason (the dark theme turns
/// the chart's white background dark).
pub const INK_LIGHT: RGBColor = RGBColor(0xFE, 0xFE, 0xFE);

/// WCAG relative luminance of a colour.
fn luminance(RGBColor(r, g, b): RGBColor) -> f64 {
    let channel = |value: u8| {
        let c = f64::from(value) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            // (c + 0.055) / 1.055 raised to 2.4, as exp(2.4 ln x) would pull in libm: x^2 · x^0.4,
            // with x^0.4 by Newton's method on y^5 = x^2.
            let x = (c + 0.055) / 1.055;
            let mut y = x;
            for _ in 0..30 {
                y -= (y.powi(5) - x * x) / (5.0 * y.powi(4));
            }
            x * x * y
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// WCAG contrast ratio between two colours (1 to 21).
pub fn contrast(a: RGBColor, b: RGBColor) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The ink, dark or light, that stands out more on `fill`: at least 4.5:1 on every colour the
/// charts fill with.
pub fn ink_on(fill: RGBColor) -> RGBColor {
    if contrast(INK_DARK, fill) >= contrast(INK_LIGHT, fill) {
        INK_DARK
    } else {
        INK_LIGHT
    }
}
