//! Synthetic pack photos for the tests and the decode-rate example: a code encoded with rxing's
//! writers, printed on a white label on a textured grey carton, placed with a turn and a mild
//! perspective, then blurred, made noisy, flattened or given a glossy highlight. Everything
//! random comes from a seeded generator, so every run draws the same pixels.

#![allow(dead_code)]

use image::GrayImage;
use rxing::common::BitMatrix;
use rxing::{BarcodeFormat, EncodeHints, Writer};

/// The test pack's element string: GTIN, expiry, lot, GS, serial.
pub const PACK: &str = "01095060001343521728123110ABC123\u{1d}21SN0001234567";

/// Other packs: lots and serials of other lengths, a lot last, a 7003 that needs its GS.
pub const OTHERS: [&str; 3] = [
    "0104150123456782172712311012\u{1d}21A",
    "01095064938579741728101210MM34965\u{1d}211LCPZE6G0999466",
    "0109506000134352218BXKQ7PWZ2MN4RT6\u{1d}7003281231235910X-7/Q",
];

/// SplitMix64: small, seeded, and the same on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [lo, hi).
    pub fn range(&mut self, lo: f32, hi: f32) -> f32 {
        let unit = (self.next_u64() >> 40) as f32 / (1u64 << 24) as f32;
        lo + (hi - lo) * unit
    }
}

/// A GS1 DataMatrix of `element` (GS as separators), one cell per module, no quiet zone.
pub fn gs1_datamatrix(element: &str) -> BitMatrix {
    let hints = EncodeHints {
        Gs1Format: Some(true),
        DataMatrixCompact: Some(true),
        ..Default::default()
    };
    rxing::datamatrix::DataMatrixWriter
        .encode_with_hints(element, &BarcodeFormat::DATA_MATRIX, 0, 0, &hints)
        .unwrap()
}

/// A GS1 QR Code of `element`, one cell per module, no quiet zone.
pub fn gs1_qr(element: &str) -> BitMatrix {
    let hints = EncodeHints {
        Gs1Format: Some(true),
        Margin: Some("0".into()),
        ..Default::default()
    };
    rxing::qrcode::QRCodeWriter
        .encode_with_hints(element, &BarcodeFormat::QR_CODE, 0, 0, &hints)
        .unwrap()
}

/// A GS1-128 of `element`: FNC1 first, each GS written as FNC1; one row, one cell per module.
pub fn gs1_128(element: &str) -> BitMatrix {
    let content = format!("\u{f1}{}", element.replace('\u{1d}', "\u{f1}"));
    let hints = EncodeHints {
        Margin: Some("0".into()),
        ..Default::default()
    };
    rxing::oned::Code128Writer
        .encode_with_hints(&content, &BarcodeFormat::CODE_128, 0, 1, &hints)
        .unwrap()
}

/// An EAN-13 of its 13 digits; one row, one cell per module, the writer's own quiet zones.
pub fn ean13(digits: &str) -> BitMatrix {
    rxing::oned::EAN13Writer
        .encode_with_hints(
            digits,
            &BarcodeFormat::EAN_13,
            0,
            1,
            &EncodeHints::default(),
        )
        .unwrap()
}

/// Where and how a code sits in the photo.
#[derive(Debug, Clone, Copy)]
pub struct Placement {
    /// Centre of the symbol, in pixels.
    pub centre: (f32, f32),
    /// Pixels per module.
    pub module: f32,
    /// Clockwise turn.
    pub degrees: f32,
    /// Perspective: the symbol's right edge this fraction shorter than its left (0: none).
    pub skew: f32,
    /// A 1D symbol's bar height in modules (0 for a 2D symbol, which uses its own rows).
    pub bar_rows: f32,
}

impl Placement {
    pub fn at(x: f32, y: f32, module: f32) -> Placement {
        Placement {
            centre: (x, y),
            module,
            degrees: 0.0,
            skew: 0.0,
            bar_rows: 0.0,
        }
    }
}

/// A grey photo being made, as floats (0 black, 255 white).
pub struct Photo {
    pub width: u32,
    pub height: u32,
    pub px: Vec<f32>,
}

impl Photo {
    /// A carton: mid grey, blotches a few dozen pixels across, and a fine grain.
    pub fn carton(width: u32, height: u32, rng: &mut Rng) -> Photo {
        let blotches: Vec<(f32, f32, f32, f32)> = (0..12)
            .map(|_| {
                (
                    rng.range(0.0, width as f32),
                    rng.range(0.0, height as f32),
                    rng.range(20.0, 120.0),
                    rng.range(-25.0, 25.0),
                )
            })
            .collect();
        let mut px = Vec::with_capacity((width * height) as usize);
        for y in 0..height {
            for x in 0..width {
                let mut v = 165.0 + rng.range(-8.0, 8.0);
                for (bx, by, r, d) in &blotches {
                    let dist2 = (x as f32 - bx).powi(2) + (y as f32 - by).powi(2);
                    v += d * (-dist2 / (r * r)).exp();
                }
                px.push(v);
            }
        }
        Photo { width, height, px }
    }

    /// Prints `symbol` on a white label (a quiet zone of two modules) where `at` says; returns
    /// the symbol's four corners (top-left, top-right, bottom-right, bottom-left) in pixels.
    pub fn print(&mut self, symbol: &BitMatrix, at: Placement) -> [(f32, f32); 4] {
        let cols = symbol.getWidth() as f32;
        let rows = if at.bar_rows > 0.0 {
            at.bar_rows
        } else {
            symbol.getHeight() as f32
        };
        let quiet = if at.bar_rows > 0.0 { 10.0 } else { 2.0 };
        let (lw, lh) = (cols + 2.0 * quiet, rows + 2.0 * quiet);
        // Perspective as the label turned away about its vertical axis: a homography with
        // `x' = x / (1 + k·x)`, `y' = y / (1 + k·x)` (x, y from the label's centre), so the right
        // edge is `skew` shorter than the left and the columns crowd towards it, as a lens sees.
        let half = lw * at.module / 2.0;
        let k = at.skew / (2.0 - at.skew) / half;
        let (s, c) = at.degrees.to_radians().sin_cos();
        let to_pixel = |u: f32, v: f32| -> (f32, f32) {
            let (x, y) = ((u - lw / 2.0) * at.module, (v - lh / 2.0) * at.module);
            let (x, y) = (x / (1.0 + k * x), y / (1.0 + k * x));
            (at.centre.0 + x * c - y * s, at.centre.1 + x * s + y * c)
        };
        let from_pixel = |px: f32, py: f32| -> (f32, f32) {
            let (dx, dy) = (px - at.centre.0, py - at.centre.1);
            let (x, y) = (dx * c + dy * s, -dx * s + dy * c);
            let (x, y) = (x / (1.0 - k * x), y / (1.0 - k * x));
            (x / at.module + lw / 2.0, y / at.module + lh / 2.0)
        };
        let dark = |u: f32, v: f32| -> Option<bool> {
            if !(0.0..lw).contains(&u) || !(0.0..lh).contains(&v) {
                return None;
            }
            let (mu, mv) = (u - quiet, v - quiet);
            if mu < 0.0 || mv < 0.0 || mu >= cols || mv >= rows {
                return Some(false);
            }
            let row = if at.bar_rows > 0.0 { 0 } else { mv as u32 };
            Some(symbol.get(mu as u32, row))
        };
        let corners = [(0.0, 0.0), (lw, 0.0), (lw, lh), (0.0, lh)].map(|(u, v)| to_pixel(u, v));
        let (x0, x1) = span(corners.iter().map(|c| c.0), self.width);
        let (y0, y1) = span(corners.iter().map(|c| c.1), self.height);
        for y in y0..y1 {
            for x in x0..x1 {
                // 3×3 samples a pixel: printed edges fall between pixels as a camera sees them.
                let (mut ink, mut hits) = (0.0, 0);
                for sy in 0..3 {
                    for sx in 0..3 {
                        let p = (
                            x as f32 + (sx as f32 + 0.5) / 3.0,
                            y as f32 + (sy as f32 + 0.5) / 3.0,
                        );
                        let (u, v) = from_pixel(p.0, p.1);
                        if let Some(d) = dark(u, v) {
                            hits += 1;
                            ink += if d { 35.0 } else { 238.0 };
                        }
                    }
                }
                if hits > 0 {
                    let i = (y * self.width + x) as usize;
                    self.px[i] = (self.px[i] * (9 - hits) as f32 + ink) / 9.0;
                }
            }
        }
        [
            (quiet, quiet),
            (quiet + cols, quiet),
            (quiet + cols, quiet + rows),
            (quiet, quiet + rows),
        ]
        .map(|(u, v)| to_pixel(u, v))
    }

    /// A box blur of `radius` pixels run twice (close to a Gaussian): an out-of-focus lens.
    pub fn blur(&mut self, radius: u32) {
        for _ in 0..2 {
            self.box_pass(radius, true);
            self.box_pass(radius, false);
        }
    }

    fn box_pass(&mut self, r: u32, horizontal: bool) {
        if r == 0 {
            return;
        }
        let (w, h) = (self.width as i64, self.height as i64);
        let (outer, inner) = if horizontal { (h, w) } else { (w, h) };
        let at = |o: i64, i: i64| {
            if horizontal {
                (o * w + i) as usize
            } else {
                (i * w + o) as usize
            }
        };
        let mut out = self.px.clone();
        for o in 0..outer {
            for i in 0..inner {
                let (lo, hi) = ((i - r as i64).max(0), (i + r as i64).min(inner - 1));
                let sum: f32 = (lo..=hi).map(|j| self.px[at(o, j)]).sum();
                out[at(o, i)] = sum / (hi - lo + 1) as f32;
            }
        }
        self.px = out;
    }

    /// Sensor noise: uniform, ±`amplitude` grey levels.
    pub fn noise(&mut self, amplitude: f32, rng: &mut Rng) {
        for p in &mut self.px {
            *p += rng.range(-amplitude, amplitude);
        }
    }

    /// Dim, flat light: every level pulled towards mid grey, `keep` of the contrast left.
    pub fn flatten(&mut self, keep: f32) {
        for p in &mut self.px {
            *p = 128.0 + (*p - 128.0) * keep;
        }
    }

    /// A glossy reflection: a bright soft spot of `radius` pixels at (`x`, `y`).
    pub fn highlight(&mut self, x: f32, y: f32, radius: f32, strength: f32) {
        for (i, p) in self.px.iter_mut().enumerate() {
            let (px, py) = (
                (i as u32 % self.width) as f32,
                (i as u32 / self.width) as f32,
            );
            let d2 = ((px - x).powi(2) + (py - y).powi(2)) / (radius * radius);
            *p += strength * (-d2).exp();
        }
    }

    pub fn gray(&self) -> GrayImage {
        GrayImage::from_fn(self.width, self.height, |x, y| {
            image::Luma([self.px[(y * self.width + x) as usize]
                .round()
                .clamp(0.0, 255.0) as u8])
        })
    }

    pub fn png(&self) -> Vec<u8> {
        let mut out = std::io::Cursor::new(Vec::new());
        self.gray()
            .write_to(&mut out, image::ImageFormat::Png)
            .unwrap();
        out.into_inner()
    }

    pub fn jpeg(&self) -> Vec<u8> {
        jpeg_of(&self.gray())
    }
}

/// `luma` as a JPEG of quality 90.
pub fn jpeg_of(luma: &GrayImage) -> Vec<u8> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)
        .encode_image(luma)
        .unwrap();
    out
}

/// `jpeg` with an Exif APP1 segment carrying orientation `tag`, right after its SOI marker.
pub fn with_exif_orientation(jpeg: &[u8], tag: u16) -> Vec<u8> {
    let mut tiff = b"II*\0\x08\0\0\0".to_vec(); // little-endian TIFF, first IFD at 8
    tiff.extend_from_slice(&1u16.to_le_bytes()); // one entry
    tiff.extend_from_slice(&0x0112u16.to_le_bytes()); // Orientation
    tiff.extend_from_slice(&3u16.to_le_bytes()); // SHORT
    tiff.extend_from_slice(&1u32.to_le_bytes()); // one value
    tiff.extend_from_slice(&tag.to_le_bytes());
    tiff.extend_from_slice(&[0, 0]); // value padded to four bytes
    tiff.extend_from_slice(&0u32.to_le_bytes()); // no next IFD
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend_from_slice(&tiff);
    let mut out = jpeg[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&((app1.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(&app1);
    out.extend_from_slice(&jpeg[2..]);
    out
}

/// The pixel range covered by `values`, within 0..`limit`.
fn span(values: impl Iterator<Item = f32>, limit: u32) -> (u32, u32) {
    let (lo, hi) = values.fold((f32::MAX, f32::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
    (
        lo.floor().max(0.0) as u32,
        (hi.ceil().max(0.0) as u32 + 1).min(limit),
    )
}

/// The centre of four corners.
pub fn centre_of(corners: &[(f32, f32); 4]) -> (f32, f32) {
    let (sx, sy) = corners
        .iter()
        .fold((0.0, 0.0), |(x, y), c| (x + c.0, y + c.1));
    (sx / 4.0, sy / 4.0)
}
