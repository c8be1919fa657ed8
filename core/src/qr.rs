//! QR codes of share links and response codes, drawn as one SVG path of dark modules.
//! Encoding is `qrcodegen`'s (Nayuki's reference implementation); this module picks the
//! error-correction level and turns the modules into a path the UI renders as text-free SVG.

use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};

/// Most bytes a QR code holds (version 40, low error correction, byte mode).
pub const QR_MAX_BYTES: usize = 2953;
/// Light modules around the code that scanners need to find it.
pub const QUIET_ZONE: usize = 4;

/// Why text cannot be shown as a QR code.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum QrError {
    /// The text is longer than the largest QR code holds.
    #[error("{length} bytes, over a QR code's {QR_MAX_BYTES}")]
    TooLong { length: usize },
}

/// A QR code's modules, row by row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrMatrix {
    size: usize,
    dark: Vec<bool>,
}

impl QrMatrix {
    /// The QR code of `text`: the smallest version that fits, with the most error correction
    /// that fits in it (so a projected or cracked-screen code still scans).
    pub fn encode(text: &str) -> Result<QrMatrix, QrError> {
        let segments = QrSegment::make_segments(text);
        let code = QrCode::encode_segments_advanced(&segments, QrCodeEcc::Low, Version::MIN, Version::MAX, None, true)
            .map_err(|_| QrError::TooLong { length: text.len() })?;
        let size = code.size();
        let dark = (0..size).flat_map(|y| (0..size).map(move |x| (x, y))).map(|(x, y)| code.get_module(x, y)).collect();
        Ok(QrMatrix { size: size as usize, dark })
    }

    /// Modules along each side (21 for version 1, 177 for version 40).
    pub fn size(&self) -> usize {
        self.size
    }

    /// Whether the module in column `x`, row `y` is dark; outside the code is light.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.dark[y * self.size + x]
    }

    /// SVG path data of the dark modules, one unit per module, quiet zone included in the
    /// coordinates (draw it in a `viewBox` of `0 0 side side`, see [`QrMatrix::side`]).
    pub fn svg_path(&self) -> String {
        let mut path = String::new();
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                if !self.is_dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while self.is_dark(x, y) {
                    x += 1;
                }
                let (run, left, top) = (x - start, start + QUIET_ZONE, y + QUIET_ZONE);
                path.push_str(&format!("M{left} {top}h{run}v1h-{run}z"));
            }
        }
        path
    }

    /// Side of the drawing in modules, quiet zones included.
    pub fn side(&self) -> usize {
        self.size + 2 * QUIET_ZONE
    }
}
