//! Finding every code in a grey image with rxing, in passes from cheap to thorough: a fast pass
//! (downscaled when the photo is large), then, only if it found nothing, rxing's try-harder mode
//! at full size, the inverted image (light codes on dark cartons), and a turn of 45° for codes
//! whose edges the detectors miss at their angle (these two on the downscaled image). Each pass maps positions back into the image's
//! own pixel coordinates.

use std::collections::HashSet;

use image::GrayImage;
use rxing::common::HybridBinarizer;
use rxing::multi::{GenericMultipleBarcodeReader, MultipleBarcodeReader};
use rxing::{
    BarcodeFormat, BinaryBitmap, DecodeHints, Luma8Source, MultiUseMultiFormatReader, RXingResult,
    RXingResultMetadataType, RXingResultMetadataValue,
};

use crate::turn::{downscale, invert, rotate, Affine};
use crate::{Bounds, Format, Found, Point};

/// Photos with a longer side than this are first read downscaled, which is several times
/// faster and, for a phone's 12-megapixel photo of a pack, still leaves a code's modules
/// several pixels wide.
const FAST_MAX_SIDE: u32 = 2048;

/// Every code in `luma`, each once, positions in `luma`'s pixels.
pub fn find_all(luma: &GrayImage) -> Vec<Found> {
    let (w, h) = luma.dimensions();
    if w == 0 || h == 0 {
        return Vec::new();
    }
    let k = w.max(h).div_ceil(FAST_MAX_SIDE);
    let small = (k > 1).then(|| downscale(luma, k));
    let (fast, scale) = (small.as_ref().unwrap_or(luma), k as f32);
    let found = read(fast, false, &Affine::scale(scale));
    if !found.is_empty() {
        return found;
    }
    // Small modules need every pixel; the retries for inverted and turned codes do not, and on
    // a large photo they run on the shrunk one, so a photo without a code stays quick.
    let found = read(luma, true, &Affine::IDENTITY);
    if !found.is_empty() {
        return found;
    }
    let found = read(&invert(fast), true, &Affine::scale(scale));
    if !found.is_empty() {
        return found;
    }
    let (turned, back) = rotate(fast, 45.0);
    read(&turned, true, &back.scaled(scale))
}

/// The formats asked for: the GS1 carriers a pack or a case label bears.
fn hints(try_harder: bool) -> DecodeHints {
    DecodeHints {
        TryHarder: Some(try_harder),
        PossibleFormats: Some(HashSet::from([
            BarcodeFormat::DATA_MATRIX,
            BarcodeFormat::QR_CODE,
            BarcodeFormat::CODE_128,
            BarcodeFormat::EAN_13,
            BarcodeFormat::EAN_8,
        ])),
        // Code 128 turns its FNC1s into GS (and a leading one into `]C1`) only when asked.
        AssumeGs1: Some(true),
        ..DecodeHints::default()
    }
}

/// One pass of rxing's multiple-code reader over `luma`, its points mapped by `back`.
fn read(luma: &GrayImage, try_harder: bool, back: &Affine) -> Vec<Found> {
    let (w, h) = luma.dimensions();
    let Ok(source) = Luma8Source::new_with_slice(luma.as_raw(), w, h) else {
        return Vec::new();
    };
    let mut bitmap = BinaryBitmap::new(HybridBinarizer::new(source));
    let mut reader = GenericMultipleBarcodeReader::new(MultiUseMultiFormatReader::default());
    // rxing answers "not found" as an error; for a photo that is an empty list.
    let results = reader
        .decode_multiple_with_hints(&mut bitmap, &hints(try_harder))
        .unwrap_or_default();
    let mut found: Vec<Found> = Vec::new();
    for r in &results {
        if let Some(f) = convert(r, back) {
            if !found.iter().any(|seen| seen.same_code(&f)) {
                found.push(f);
            }
        }
    }
    found
}

/// rxing's result as a [`Found`], or `None` for a format not asked for or an empty read.
fn convert(r: &RXingResult, back: &Affine) -> Option<Found> {
    let format = match r.getBarcodeFormat() {
        BarcodeFormat::DATA_MATRIX => Format::DataMatrix,
        BarcodeFormat::QR_CODE => Format::QrCode,
        BarcodeFormat::CODE_128 => Format::Code128,
        BarcodeFormat::EAN_13 => Format::Ean13,
        BarcodeFormat::EAN_8 => Format::Ean8,
        _ => return None,
    };
    let symbology = match r
        .getRXingResultMetadata()
        .get(&RXingResultMetadataType::SYMBOLOGY_IDENTIFIER)
    {
        Some(RXingResultMetadataValue::SymbologyIdentifier(s)) => s.clone(),
        _ => format.plain_identifier().to_string(),
    };
    // Code 128 read with the GS1 hint starts its text with the identifier itself.
    let text = r.getText();
    let text = text.strip_prefix(symbology.as_str()).unwrap_or(text);
    if text.is_empty() {
        return None;
    }
    let corners: Vec<Point> = r.getPoints().iter().map(|p| back.apply(p.x, p.y)).collect();
    Some(Found {
        symbology,
        format,
        text: text.to_string(),
        bounds: Bounds::around(&corners),
        corners,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_or_blank_image_has_no_code() {
        assert!(find_all(&GrayImage::new(0, 0)).is_empty());
        assert!(find_all(&GrayImage::from_pixel(64, 48, image::Luma([200]))).is_empty());
    }
}
