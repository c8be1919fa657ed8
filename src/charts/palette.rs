//! Colour-blind-safe colours (Okabe and Ito, 2008) and band shading.

use super::plot::RGBColor;
use crate::analytics::Band;

/// The Okabe-Ito palette without black: distinguishable with every common colour-vision deficiency.
pub const OKABE_ITO: [RGBColor; 7] = [
    RGBColor(0x00, 0x72, 0xB2), // blue
    RGBColor(0xE6, 0x9F, 0x00), // orange
    RGBColor(0x00, 0x9E, 0x73), // bluish green
    RGBColor(0xCC, 0x79, 0xA7), // reddish purple
    RGBColor(0x56, 0xB4, 0xE9), // sky blue
    RGBColor(0xD5, 0x5E, 0x00), // vermillion
    RGBColor(0xF0, 0xE4, 0x42), // yellow
];

/// Colour of series `index` (a group, say), cycling through the palette.
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
