//! Telling a photo's format from its first bytes, before anything decodes it: JPEG and PNG are
//! read; HEIC/HEIF (what phones save by default) is refused with its own error, since no pure-Rust
//! HEVC decoder is well kept; anything else is refused naming what it looks like.

use crate::PhotoError;

/// A format this crate decodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Readable {
    /// JPEG (JFIF or Exif), what cameras and most phones export.
    Jpeg,
    /// PNG, what screenshots and scanners' software save.
    Png,
}

impl Readable {
    /// The format's usual name, for errors.
    pub fn name(self) -> &'static str {
        match self {
            Readable::Jpeg => "JPEG",
            Readable::Png => "PNG",
        }
    }
}

/// Brands of an ISO media file (`ftyp` box) that mean HEIC/HEIF stills or sequences.
const HEIF_BRANDS: [&[u8; 4]; 10] = [
    b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs", b"mif1", b"msf1",
];
/// Brands that mean AVIF, which also lists `mif1` among its compatible brands.
const AVIF_BRANDS: [&[u8; 4]; 2] = [b"avif", b"avis"];

/// The format of `bytes`, or the refusal that names what they are.
pub fn sniff(bytes: &[u8]) -> Result<Readable, PhotoError> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Ok(Readable::Jpeg);
    }
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Ok(Readable::Png);
    }
    if let Some(brands) = ftyp_brands(bytes) {
        let has = |set: &[&[u8; 4]]| brands.iter().any(|b| set.contains(b));
        if has(&AVIF_BRANDS) {
            return Err(PhotoError::UnknownFormat {
                found: "AVIF".into(),
            });
        }
        if has(&HEIF_BRANDS) {
            return Err(PhotoError::Heic {
                brand: String::from_utf8_lossy(brands[0]).into_owned(),
            });
        }
        return Err(PhotoError::UnknownFormat {
            found: format!(
                "ISO media file (brand '{}')",
                String::from_utf8_lossy(brands[0]).escape_default()
            ),
        });
    }
    Err(PhotoError::UnknownFormat {
        found: other_format(bytes),
    })
}

/// The major brand then the compatible brands of an ISO media file's leading `ftyp` box.
fn ftyp_brands(bytes: &[u8]) -> Option<Vec<&[u8; 4]>> {
    if bytes.get(4..8)? != b"ftyp" {
        return None;
    }
    let size = u32::from_be_bytes(bytes.get(0..4)?.try_into().ok()?) as usize;
    // A size of 0 or 1 (to the end, or a 64-bit size) never happens for ftyp in practice; read
    // the brands that are there.
    let end = if size >= 16 {
        size.min(bytes.len())
    } else {
        bytes.len().min(64)
    };
    let mut brands = vec![bytes.get(8..12)?.try_into().ok()?];
    // Bytes 12..16 are the minor version; compatible brands follow, four bytes each.
    let mut at = 16;
    while at + 4 <= end {
        brands.push(bytes[at..at + 4].try_into().ok()?);
        at += 4;
    }
    Some(brands)
}

/// A short, language-neutral name for bytes that are neither JPEG, PNG nor ISO media.
fn other_format(bytes: &[u8]) -> String {
    let known: [(&[u8], &str); 8] = [
        (b"GIF8", "GIF"),
        (b"BM", "BMP"),
        (b"II*\0", "TIFF"),
        (b"MM\0*", "TIFF"),
        (b"%PDF", "PDF"),
        (b"<svg", "SVG"),
        (b"<?xml", "XML"),
        (b"PK\x03\x04", "ZIP"),
    ];
    if bytes.is_empty() {
        return "an empty file".into();
    }
    if bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
        return "WebP".into();
    }
    if let Some((_, name)) = known.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return (*name).into();
    }
    let head: Vec<String> = bytes.iter().take(8).map(|b| format!("{b:02X}")).collect();
    format!("unrecognised data (first bytes {})", head.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ftyp(major: &[u8; 4], compatible: &[&[u8; 4]]) -> Vec<u8> {
        let size = 16 + 4 * compatible.len();
        let mut b = (size as u32).to_be_bytes().to_vec();
        b.extend_from_slice(b"ftyp");
        b.extend_from_slice(major);
        b.extend_from_slice(&[0, 0, 0, 0]);
        for c in compatible {
            b.extend_from_slice(*c);
        }
        b.extend_from_slice(&[0; 32]);
        b
    }

    #[test]
    fn heic_brands_are_refused_as_heic_and_avif_is_not_taken_for_heic() {
        for (major, compatible) in [
            (b"heic", vec![b"mif1", b"heic"]),
            (b"mif1", vec![b"heic"]),
            (b"msf1", vec![b"hevc"]),
            (b"heix", vec![]),
        ] {
            let e = sniff(&ftyp(major, &compatible)).unwrap_err();
            assert!(matches!(e, PhotoError::Heic { .. }), "{e:?}");
        }
        let e = sniff(&ftyp(b"avif", &[b"mif1", b"miaf"])).unwrap_err();
        assert!(
            matches!(&e, PhotoError::UnknownFormat { found } if found == "AVIF"),
            "{e:?}"
        );
        let e = sniff(&ftyp(b"isom", &[b"mp41"])).unwrap_err();
        assert!(e.to_string().contains("brand 'isom'"), "{e}");
    }

    #[test]
    fn other_formats_are_named() {
        let named = |b: &[u8]| match sniff(b) {
            Err(PhotoError::UnknownFormat { found }) => found,
            other => panic!("{other:?}"),
        };
        assert_eq!(named(b"GIF89a...."), "GIF");
        assert_eq!(named(b"%PDF-1.7"), "PDF");
        assert_eq!(named(b"RIFF\0\0\0\0WEBPVP8 "), "WebP");
        assert_eq!(named(b""), "an empty file");
        assert_eq!(
            named(&[1, 2, 3]),
            "unrecognised data (first bytes 01 02 03)"
        );
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0]).unwrap(), Readable::Jpeg);
    }
}
