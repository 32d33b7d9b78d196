//! A photo of a pack read for its codes (custody-vision): a ward's photo dropped or pasted into a
//! scan screen. Each code found is decoded as a scan of it would be, with the site's scanner
//! settings, so the person sees what each says (or why it cannot be used) and chooses which one
//! goes on as a scan. Nothing is recorded here: the code chosen is sent to `scan` like a
//! scanner's keystrokes, and the verdict is that operation's.

use base64::Engine;
use custody_vision::{Format, Found, PhotoError};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use crate::error::{args, ApiError, Result};
use crate::stock::DecodedElement;
use crate::Cx;

/// The largest photo read, in bytes: a phone's full-size JPEG is 2 to 12 MB, so this leaves room
/// for a large PNG screenshot while keeping a mistaken video or archive out of memory.
pub const MAX_PHOTO_BYTES: usize = 25 * 1024 * 1024;

/// A photo to read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct PhotoRequest {
    /// The file's bytes in standard base64 (padding optional): JSON carries them compactly.
    pub bytes_base64: String,
    /// The file's name, when it has one (a pasted picture has none); kept in a refusal's
    /// arguments, so a front end can say which file.
    #[serde(default)]
    pub name: Option<String>,
}

/// The kind of symbol a code was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PhotoFormat {
    /// Data Matrix (GS1 DataMatrix on packs).
    DataMatrix,
    /// QR Code.
    QrCode,
    /// Code 128 (GS1-128 on cases).
    Code128,
    /// EAN-13 (and UPC-A).
    Ean13,
    /// EAN-8.
    Ean8,
}

/// Where a code is, in the photo's pixels as a viewer shows it (after its EXIF orientation).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, TS)]
pub struct PhotoBounds {
    /// Pixels from the left edge to the code's leftmost point.
    pub left: f64,
    /// Pixels from the top edge to the code's topmost point.
    pub top: f64,
    /// Pixels from the left edge to the code's rightmost point.
    pub right: f64,
    /// Pixels from the top edge to the code's bottommost point.
    pub bottom: f64,
}

/// What a code's data says, as the scan would read it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PhotoFields {
    /// GTIN-14.
    pub gtin: Option<String>,
    /// Serial, exactly as encoded.
    pub serial: Option<String>,
    /// Batch/lot, exactly as encoded.
    pub lot: Option<String>,
    /// Expiry, `YYYY-MM-DD` (a month-only expiry as its last day).
    pub expiry: Option<String>,
    /// Whether the expiry names only a month (day `00` in the code).
    pub expiry_month_only: bool,
    /// Every AI with its GS1 title and value, in the code's order.
    pub elements: Vec<DecodedElement>,
}

/// One code found in the photo.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PhotoCode {
    /// What a scanner would have typed (symbology identifier, then the data with GS as byte 29):
    /// the `raw` to send to `scan` when this code is chosen.
    pub scan_input: String,
    /// The AIM symbology identifier (`]d2`, `]Q3`, `]C1`, `]E0`, …).
    pub symbology: String,
    /// The kind of symbol.
    pub format: PhotoFormat,
    /// Where it is in the photo.
    pub bounds: PhotoBounds,
    /// What it says, when the decoder reads it with the site's settings.
    pub decoded: Option<PhotoFields>,
    /// Why the decoder refuses it (`scan.unreadable`, in the person's language), when it does:
    /// a scan of it would be refused the same way.
    pub refusal: Option<ApiError>,
}

/// Every code in a photo (JPEG or PNG), each decoded with the site's scanner settings; an empty
/// list when none can be read. Refuses a photo over [`MAX_PHOTO_BYTES`] (`scan.photo_too_large`),
/// bytes that are not base64 (`scan.photo_not_base64`), an empty file (`scan.photo_empty`), a
/// HEIC photo (`scan.photo_heic`), another format (`scan.photo_unknown_format`) and a damaged
/// file (`scan.photo_unreadable`).
pub fn decode_photo(cx: &mut Cx<'_>, request: PhotoRequest) -> Result<Vec<PhotoCode>> {
    let session = cx.session()?;
    let options = cx.settings()?.decode_options(cx.now()?.local_date());
    let name = request
        .name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty());
    let bytes = photo_bytes(&request.bytes_base64, name)?;
    if bytes.is_empty() {
        return Err(named(
            ApiError::new("scan.photo_empty", Default::default()),
            name,
        ));
    }
    let found = custody_vision::decode_photo(&bytes).map_err(|e| refused(&e, name))?;
    Ok(found
        .iter()
        .map(|code| {
            let (decoded, refusal) = match custody_gs1::decode(&code.scan_input(), &options) {
                Ok(scan) => (Some(fields(&scan)), None),
                Err(e) => {
                    let said = custody_core::scan::decoder_sentence(&e);
                    let refusal = ApiError::new("scan.unreadable", args([("said", said)]));
                    (None, Some(refusal.in_lang(session.lang())))
                }
            };
            PhotoCode {
                scan_input: code.scan_input(),
                symbology: code.symbology.clone(),
                format: format(code),
                bounds: PhotoBounds {
                    left: px(code.bounds.left),
                    top: px(code.bounds.top),
                    right: px(code.bounds.right),
                    bottom: px(code.bounds.bottom),
                },
                decoded,
                refusal,
            }
        })
        .collect())
}

/// The photo's bytes from base64, refused before decoding when the text alone says the bytes
/// would be over the limit (four characters carry three bytes).
fn photo_bytes(text: &str, name: Option<&str>) -> Result<Vec<u8>> {
    let text = text.trim_end_matches('=');
    let too_large = |bytes: usize| {
        named(
            ApiError::new(
                "scan.photo_too_large",
                args([
                    ("megabytes", Value::from(bytes.div_ceil(1024 * 1024))),
                    ("limit", Value::from(MAX_PHOTO_BYTES / (1024 * 1024))),
                ]),
            ),
            name,
        )
    };
    let decoded_length = text.len() / 4 * 3 + (text.len() % 4).saturating_sub(1);
    if decoded_length > MAX_PHOTO_BYTES {
        return Err(too_large(decoded_length));
    }
    base64::engine::general_purpose::STANDARD_NO_PAD
        .decode(text)
        .map_err(|e| {
            named(
                ApiError::new(
                    "scan.photo_not_base64",
                    args([("reason", Value::from(e.to_string()))]),
                ),
                name,
            )
        })
}

/// custody-vision's refusal as the api's.
fn refused(e: &PhotoError, name: Option<&str>) -> ApiError {
    let e = match e {
        PhotoError::Heic { brand } => ApiError::new(
            "scan.photo_heic",
            args([("brand", Value::from(brand.as_str()))]),
        ),
        PhotoError::UnknownFormat { found } => ApiError::new(
            "scan.photo_unknown_format",
            args([("found", Value::from(found.as_str()))]),
        ),
        PhotoError::Unreadable { format, reason } => ApiError::new(
            "scan.photo_unreadable",
            args([
                ("format", Value::from(*format)),
                ("reason", Value::from(reason.as_str())),
            ]),
        ),
    };
    named(e, name)
}

/// The refusal with the file's name in its arguments, when it has one.
fn named(mut e: ApiError, name: Option<&str>) -> ApiError {
    if let Some(name) = name {
        e.args.insert("name".into(), Value::from(name));
    }
    e
}

/// A position in pixels to a tenth: rxing locates no finer, and the digits of an `f32` past that
/// are noise.
fn px(v: f32) -> f64 {
    (f64::from(v) * 10.0).round() / 10.0
}

fn format(code: &Found) -> PhotoFormat {
    match code.format {
        Format::DataMatrix => PhotoFormat::DataMatrix,
        Format::QrCode => PhotoFormat::QrCode,
        Format::Code128 => PhotoFormat::Code128,
        Format::Ean13 => PhotoFormat::Ean13,
        Format::Ean8 => PhotoFormat::Ean8,
    }
}

fn fields(scan: &custody_gs1::Scan) -> PhotoFields {
    PhotoFields {
        gtin: scan.gtin.as_ref().map(|g| g.to_string()),
        serial: scan.serial.clone(),
        lot: scan.lot.clone(),
        expiry: scan.expiry.map(|d| d.to_string()),
        // The decoder gives a month-only expiry as its last day; the code itself says day 00.
        expiry_month_only: scan
            .elements
            .iter()
            .any(|e| e.ai() == "17" && e.value.ends_with("00")),
        elements: scan
            .elements
            .iter()
            .map(|e| DecodedElement {
                ai: e.ai().to_string(),
                title: e.entry.title.to_string(),
                value: e.value.clone(),
            })
            .collect(),
    }
}
