//! `custody scan image`: a photo of a pack's GS1 DataMatrix gives its place, its data and its
//! decoded fields; a HEIC photo is refused with its own error while the other files are still
//! read, and the run then exits with 1.

use std::path::Path;

use datamatrix::{DataMatrix, SymbolList};
use serde_json::Value;

use crate::Scratch;

const ELEMENT: &str = "01095060001343521728123110ABC123\u{1d}21SN0001234567";

/// A 400×300 grey PNG with `element`'s GS1 DataMatrix, 6 pixels a module, its top-left corner
/// at (120, 60); returns the symbol's side in pixels.
fn pack_photo(path: &Path, element: &str) -> u32 {
    let symbol = DataMatrix::encode_gs1(element.as_bytes(), SymbolList::default().enforce_square())
        .unwrap()
        .bitmap();
    let module = 6;
    let mut img = image::GrayImage::from_pixel(400, 300, image::Luma([225]));
    for (x, y) in symbol.pixels() {
        for dy in 0..module {
            for dx in 0..module {
                let (px, py) = (120 + x as u32 * module + dx, 60 + y as u32 * module + dy);
                img.put_pixel(px, py, image::Luma([30]));
            }
        }
    }
    img.save(path).unwrap();
    symbol.width() as u32 * module
}

fn heic(path: &Path) {
    let mut bytes = vec![0, 0, 0, 24];
    bytes.extend_from_slice(b"ftypheic\0\0\0\0mif1heic");
    bytes.extend_from_slice(&[0; 64]);
    std::fs::write(path, bytes).unwrap();
}

#[test]
fn a_photo_gives_its_code_and_a_heic_photo_is_refused_without_stopping_the_others() {
    let s = Scratch::new();
    let dir = s.dir.path();
    let (photo, phone) = (dir.join("pack.png"), dir.join("IMG_0042.HEIC"));
    let side = pack_photo(&photo, ELEMENT);
    heic(&phone);
    let (photo, phone) = (photo.display().to_string(), phone.display().to_string());
    let out = s.run(&[
        "--json",
        "scan",
        "image",
        &phone,
        &photo,
        "--today",
        "2026-12-03",
    ]);
    assert_eq!(out.status.code(), Some(1), "a file could not be read");
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "one object per file: {lines:?}");

    assert_eq!(lines[0]["file"], phone.as_str());
    assert_eq!(lines[0]["error"]["kind"], "heic");
    assert_eq!(
        lines[0]["error"]["message"],
        "HEIC photos are not supported; export the photo as JPEG or PNG"
    );

    assert_eq!(lines[1]["file"], photo.as_str());
    let codes = lines[1]["codes"].as_array().unwrap();
    assert_eq!(codes.len(), 1, "{codes:?}");
    let code = &codes[0];
    assert_eq!(code["format"], "data_matrix");
    assert_eq!(code["symbology"], "]d2");
    assert_eq!(code["raw"], ELEMENT, "GS kept as ASCII 29");
    assert_eq!(code["scan"]["gtin"], "09506000134352");
    assert_eq!(code["scan"]["lot"], "ABC123");
    assert_eq!(code["scan"]["serial"], "SN0001234567");
    assert_eq!(code["scan"]["expiry"], "2028-12-31");
    let b = &code["bounds"];
    let near = |v: &Value, want: u32| (v.as_f64().unwrap() - f64::from(want)).abs() < 6.0;
    assert!(
        near(&b["left"], 120) && near(&b["top"], 60),
        "the symbol's place: {b}"
    );
    assert!(
        near(&b["right"], 120 + side) && near(&b["bottom"], 60 + side),
        "{b}"
    );
}

#[test]
fn the_text_shows_gs_and_the_fields_and_only_a_read_photo_exits_with_0() {
    let s = Scratch::new();
    let photo = s.dir.path().join("pack.png");
    pack_photo(&photo, ELEMENT);
    let out = s.run(&[
        "scan",
        "image",
        &photo.display().to_string(),
        "--today",
        "2026-12-03",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("data: 01095060001343521728123110ABC123<GS>21SN0001234567"),
        "{text}"
    );
    assert!(text.contains("data_matrix ]d2 at "), "{text}");
    assert!(
        text.contains("gtin 09506000134352, lot ABC123, serial SN0001234567, expiry 2028-12-31"),
        "{text}"
    );

    let missing = s.dir.path().join("nowhere.jpg").display().to_string();
    let out = s.run(&["scan", "image", &missing]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("nowhere.jpg: reading"), "{err}");
}
