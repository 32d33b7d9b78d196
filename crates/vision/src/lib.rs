//! Reading the GS1 codes in a photo of a pack, a case label or a printed sheet: GS1 DataMatrix,
//! GS1 QR, GS1-128 (Code 128) and EAN-13/EAN-8, with rxing, from a JPEG's or PNG's bytes.
//!
//! Each code comes back as a scanner would have sent it: its symbology identifier (`]d2`, `]Q3`,
//! `]C1`, `]E0`) and its data with group separators kept as ASCII 29, so
//! [`Found::scan_input`] goes through `custody_gs1::decode` exactly as a scanner's keystrokes do.
//! Positions are in the photo's pixels after its EXIF orientation, the frame a viewer shows.
//! HEIC/HEIF photos are refused with [`PhotoError::Heic`]; a photo without a readable code is an
//! empty list, not an error.
//!
//! ```no_run
//! let bytes = std::fs::read("pack.jpg").unwrap();
//! for code in custody_vision::decode_photo(&bytes).unwrap() {
//!     println!("{} at {:?}", code.scan_input(), code.bounds);
//! }
//! ```

mod format;
mod orient;
mod read;
mod turn;

pub use format::Readable;

/// A refusal to read a file as a photo. Each variant has a stable [`PhotoError::kind`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhotoError {
    /// A HEIC/HEIF photo (an ISO media file with a HEIF brand), as phones save by default.
    #[error("HEIC photos are not supported; export the photo as JPEG or PNG")]
    Heic {
        /// The file's major brand (`heic`, `mif1`, …).
        brand: String,
    },
    /// Neither JPEG, PNG nor HEIC.
    #[error("not a JPEG or PNG photo: found {found}")]
    UnknownFormat {
        /// What the bytes look like (`GIF`, `PDF`, `an empty file`, …).
        found: String,
    },
    /// A JPEG or PNG whose pixels could not be decoded (truncated, damaged, too large).
    #[error("the {format} could not be decoded: {reason}")]
    Unreadable {
        /// `JPEG` or `PNG`.
        format: &'static str,
        /// The image decoder's reason, in English.
        reason: String,
    },
}

impl PhotoError {
    /// A stable code for the refusal: `heic`, `unknown_format` or `unreadable`.
    pub fn kind(&self) -> &'static str {
        match self {
            PhotoError::Heic { .. } => "heic",
            PhotoError::UnknownFormat { .. } => "unknown_format",
            PhotoError::Unreadable { .. } => "unreadable",
        }
    }
}

/// The kind of symbol a code was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Data Matrix (`]d…`).
    DataMatrix,
    /// QR Code (`]Q…`).
    QrCode,
    /// Code 128, GS1-128 when its identifier is `]C1`.
    Code128,
    /// EAN-13, and UPC-A as 13 digits with a leading 0 (`]E0`).
    Ean13,
    /// EAN-8 (`]E4`).
    Ean8,
}

impl Format {
    /// The symbology identifier for plain data of this kind, when the reader gave none.
    pub fn plain_identifier(self) -> &'static str {
        match self {
            Format::DataMatrix => "]d1",
            Format::QrCode => "]Q1",
            Format::Code128 => "]C0",
            Format::Ean13 => "]E0",
            Format::Ean8 => "]E4",
        }
    }

    /// A lowercase name for output: `data_matrix`, `qr_code`, `code128`, `ean13`, `ean8`.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::DataMatrix => "data_matrix",
            Format::QrCode => "qr_code",
            Format::Code128 => "code128",
            Format::Ean13 => "ean13",
            Format::Ean8 => "ean8",
        }
    }
}

/// A point in the photo's pixels (after EXIF orientation), x to the right, y down.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    /// Pixels from the left edge.
    pub x: f32,
    /// Pixels from the top edge.
    pub y: f32,
}

/// The smallest upright rectangle around a code's points, in the photo's pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    /// The leftmost x.
    pub left: f32,
    /// The topmost y.
    pub top: f32,
    /// The rightmost x.
    pub right: f32,
    /// The bottommost y.
    pub bottom: f32,
}

impl Bounds {
    /// The rectangle around `points` (all zero for none).
    pub fn around(points: &[Point]) -> Bounds {
        let Some(first) = points.first() else {
            return Bounds {
                left: 0.0,
                top: 0.0,
                right: 0.0,
                bottom: 0.0,
            };
        };
        points.iter().fold(
            Bounds {
                left: first.x,
                top: first.y,
                right: first.x,
                bottom: first.y,
            },
            |b, p| Bounds {
                left: b.left.min(p.x),
                top: b.top.min(p.y),
                right: b.right.max(p.x),
                bottom: b.bottom.max(p.y),
            },
        )
    }

    /// Whether the two rectangles share any point, `slack` pixels added around each.
    pub fn overlaps(&self, other: &Bounds, slack: f32) -> bool {
        self.left - slack <= other.right
            && other.left - slack <= self.right
            && self.top - slack <= other.bottom
            && other.top - slack <= self.bottom
    }

    /// The rectangle's centre.
    pub fn centre(&self) -> Point {
        Point {
            x: (self.left + self.right) / 2.0,
            y: (self.top + self.bottom) / 2.0,
        }
    }
}

/// One code read from a photo.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// The AIM symbology identifier the reader reported (`]d2` for GS1 DataMatrix, `]Q3` for GS1
    /// QR, `]C1` for GS1-128, `]E0` for EAN-13; `]d1`, `]Q1`, `]C0` for plain data).
    pub symbology: String,
    /// The kind of symbol.
    pub format: Format,
    /// The data as a scanner transmits it after the identifier: for GS1, the element string
    /// without the leading FNC1 and with each separating FNC1 as GS (ASCII 29).
    pub text: String,
    /// The points rxing located: a 2D symbol's four corners, a 1D symbol's two ends of the row
    /// it was read on.
    pub corners: Vec<Point>,
    /// The rectangle around [`Found::corners`].
    pub bounds: Bounds,
}

impl Found {
    /// What a scanner with AIM identifiers on would have typed: the identifier, then the data;
    /// the input `custody_gs1::decode` expects.
    pub fn scan_input(&self) -> String {
        format!("{}{}", self.symbology, self.text)
    }

    /// Whether `other` is this same code read again: the same data where this one is.
    fn same_code(&self, other: &Found) -> bool {
        self.symbology == other.symbology
            && self.text == other.text
            && self.bounds.overlaps(&other.bounds, 2.0)
    }
}

/// Every code readable in a photo (JPEG or PNG bytes), each once, in the order found; an empty
/// list when there is none. Refuses HEIC/HEIF and any other format, naming what it found.
pub fn decode_photo(bytes: &[u8]) -> Result<Vec<Found>, PhotoError> {
    let readable = format::sniff(bytes)?;
    let image_format = match readable {
        Readable::Jpeg => image::ImageFormat::Jpeg,
        Readable::Png => image::ImageFormat::Png,
    };
    let luma = image::load_from_memory_with_format(bytes, image_format)
        .map_err(|e| PhotoError::Unreadable {
            format: readable.name(),
            reason: e.to_string(),
        })?
        .into_luma8();
    let luma = orient::apply(luma, orient::exif_orientation(bytes));
    Ok(decode_luma(&luma))
}

/// Every code in an 8-bit grey image already in its upright frame (a camera frame, a page
/// rendered at some resolution), positions in its pixels.
pub fn decode_luma(luma: &image::GrayImage) -> Vec<Found> {
    read::find_all(luma)
}
