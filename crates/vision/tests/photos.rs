//! Photos of packs made here (see `synth`), read back with `decode_photo`: every condition a
//! counter's webcam or phone gives (turns, perspective, blur, noise, dim light, glare) must give
//! the exact element string, at the place it was printed.

mod synth;

use custody_vision::{decode_photo, Found, PhotoError};
use synth::*;

/// One way a photo can be taken.
struct Condition {
    name: &'static str,
    degrees: f32,
    skew: f32,
    blur: u32,
    noise: f32,
    contrast: f32,
    glare: bool,
    jpeg: bool,
}

const PLAIN: Condition = Condition {
    name: "upright",
    degrees: 0.0,
    skew: 0.0,
    blur: 0,
    noise: 0.0,
    contrast: 1.0,
    glare: false,
    jpeg: false,
};

fn conditions() -> Vec<Condition> {
    vec![
        PLAIN,
        Condition {
            name: "turned 17°",
            degrees: 17.0,
            ..PLAIN
        },
        Condition {
            name: "turned 90°",
            degrees: 90.0,
            ..PLAIN
        },
        Condition {
            name: "upside down",
            degrees: 180.0,
            ..PLAIN
        },
        Condition {
            name: "turned 250°",
            degrees: 250.0,
            ..PLAIN
        },
        Condition {
            name: "perspective",
            degrees: 8.0,
            skew: 0.12,
            ..PLAIN
        },
        Condition {
            name: "blurred",
            blur: 1,
            ..PLAIN
        },
        Condition {
            name: "noisy",
            noise: 25.0,
            ..PLAIN
        },
        Condition {
            name: "low contrast",
            contrast: 0.35,
            noise: 4.0,
            ..PLAIN
        },
        Condition {
            name: "glossy highlight",
            glare: true,
            noise: 6.0,
            ..PLAIN
        },
        Condition {
            name: "as a JPEG",
            degrees: 33.0,
            noise: 10.0,
            jpeg: true,
            ..PLAIN
        },
        Condition {
            name: "all at once",
            degrees: 17.0,
            skew: 0.08,
            blur: 1,
            noise: 12.0,
            contrast: 0.6,
            glare: true,
            jpeg: true,
        },
    ]
}

/// A 640×480 photo of `element` taken as `c` says, and the symbol's printed corners.
fn photo(element: &str, module: f32, c: &Condition, seed: u64) -> (Vec<u8>, [(f32, f32); 4]) {
    let mut rng = Rng::new(seed);
    let mut p = Photo::carton(640, 480, &mut rng);
    let at = Placement {
        degrees: c.degrees,
        skew: c.skew,
        ..Placement::at(330.0, 230.0, module)
    };
    let corners = p.print(&gs1_datamatrix(element), at);
    if c.glare {
        // Over the symbol's top-left quarter, where a lamp's reflection on a glossy carton falls.
        let (x, y) = centre_of(&corners);
        p.highlight(
            (x + corners[0].0) / 2.0,
            (y + corners[0].1) / 2.0,
            6.0 * module,
            70.0,
        );
    }
    p.blur(c.blur);
    p.noise(c.noise, &mut rng);
    p.flatten(c.contrast);
    let bytes = if c.jpeg { p.jpeg() } else { p.png() };
    (bytes, corners)
}

/// Whether `found` is `element` printed at `corners` (centre within two modules).
fn is_at(found: &Found, element: &str, corners: &[(f32, f32); 4], module: f32) -> bool {
    let (x, y) = centre_of(corners);
    let c = found.bounds.centre();
    found.text == element
        && found.symbology == "]d2"
        && (c.x - x).abs() < 2.0 * module
        && (c.y - y).abs() < 2.0 * module
}

#[test]
fn every_condition_at_every_module_size_reads_the_exact_element_string() {
    let packs: Vec<&str> = std::iter::once(PACK).chain(OTHERS).collect();
    let mut failures = Vec::new();
    let mut n = 0;
    for module in [4.0, 6.0, 8.0] {
        for c in conditions() {
            let element = packs[n % packs.len()];
            n += 1;
            let (bytes, corners) = photo(element, module, &c, n as u64);
            match decode_photo(&bytes) {
                Ok(found) if found.len() == 1 && is_at(&found[0], element, &corners, module) => {}
                other => failures.push(format!("{} at {module} px/module: {other:?}", c.name)),
            }
        }
    }
    assert!(
        failures.is_empty(),
        "not read back:\n{}",
        failures.join("\n")
    );
}

#[test]
fn a_read_code_decodes_as_the_scanner_would_have_typed_it() {
    let (bytes, _) = photo(PACK, 6.0, &PLAIN, 7);
    let found = decode_photo(&bytes).unwrap();
    assert_eq!(found[0].scan_input(), format!("]d2{PACK}"));
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    let scan = custody_gs1::decode(
        &found[0].scan_input(),
        &custody_gs1::DecodeOptions::new(today),
    )
    .unwrap();
    assert_eq!(scan.gtin.unwrap().as_str(), "09506000134352");
    assert_eq!(scan.lot.as_deref(), Some("ABC123"));
    assert_eq!(scan.serial.as_deref(), Some("SN0001234567"));
    assert_eq!(scan.expiry, chrono::NaiveDate::from_ymd_opt(2028, 12, 31));
}

#[test]
fn two_codes_in_one_photo_each_come_back_once_where_they_are() {
    let mut rng = Rng::new(11);
    let mut p = Photo::carton(800, 480, &mut rng);
    let left = p.print(&gs1_datamatrix(PACK), Placement::at(200.0, 240.0, 6.0));
    let right = p.print(
        &gs1_datamatrix(OTHERS[1]),
        Placement {
            degrees: 12.0,
            ..Placement::at(580.0, 220.0, 5.0)
        },
    );
    p.noise(8.0, &mut rng);
    let found = decode_photo(&p.png()).unwrap();
    assert_eq!(found.len(), 2, "{found:?}");
    let a = found
        .iter()
        .find(|f| f.text == PACK)
        .expect("the left pack");
    let b = found
        .iter()
        .find(|f| f.text == OTHERS[1])
        .expect("the right pack");
    assert!(is_at(a, PACK, &left, 6.0), "{a:?}");
    assert!(is_at(b, OTHERS[1], &right, 5.0), "{b:?}");
}

#[test]
fn gs1_qr_gs1_128_and_ean_13_come_back_with_their_identifiers() {
    let mut rng = Rng::new(12);
    let mut p = Photo::carton(900, 640, &mut rng);
    p.print(&gs1_qr(PACK), Placement::at(180.0, 210.0, 5.0));
    let bars = Placement {
        bar_rows: 40.0,
        ..Placement::at(600.0, 210.0, 2.0)
    };
    p.print(&gs1_128(OTHERS[0]), bars);
    let retail = Placement {
        bar_rows: 50.0,
        ..Placement::at(450.0, 520.0, 3.0)
    };
    p.print(&ean13("4006381333931"), retail);
    p.noise(6.0, &mut rng);
    let found = decode_photo(&p.png()).unwrap();
    let got: Vec<String> = found.iter().map(Found::scan_input).collect();
    assert!(got.contains(&format!("]Q3{PACK}")), "{got:?}");
    assert!(got.contains(&format!("]C1{}", OTHERS[0])), "{got:?}");
    assert!(got.contains(&"]E04006381333931".to_string()), "{got:?}");
    assert_eq!(found.len(), 3, "{got:?}");
}

#[test]
fn a_large_photo_is_read_and_placed_in_its_own_pixels() {
    let mut rng = Rng::new(13);
    let mut p = Photo::carton(3000, 2250, &mut rng);
    let corners = p.print(&gs1_datamatrix(PACK), Placement::at(2100.0, 700.0, 14.0));
    p.noise(10.0, &mut rng);
    let found = custody_vision::decode_luma(&p.gray());
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(is_at(&found[0], PACK, &corners, 14.0), "{found:?}");
}

#[test]
fn a_light_code_on_a_dark_carton_in_a_large_photo_is_read_and_placed() {
    let mut rng = Rng::new(17);
    let mut p = Photo::carton(2600, 1800, &mut rng);
    let at = Placement {
        degrees: 20.0,
        ..Placement::at(700.0, 1200.0, 10.0)
    };
    let corners = p.print(&gs1_datamatrix(OTHERS[2]), at);
    // Lasered light on a dark carton: every level turned over.
    for v in &mut p.px {
        *v = 255.0 - *v;
    }
    p.noise(8.0, &mut rng);
    let found = custody_vision::decode_luma(&p.gray());
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        is_at(&found[0], OTHERS[2], &corners, 10.0),
        "{found:?} {corners:?}"
    );
}

/// A photo as a viewer shows it (640 wide, 400 high, the code near the top left), stored turned
/// as a phone held sideways stores it, with the EXIF tag that turns it back.
fn sideways(tag: u16) -> (Vec<u8>, [(f32, f32); 4]) {
    let mut rng = Rng::new(14);
    let mut p = Photo::carton(640, 400, &mut rng);
    let corners = p.print(&gs1_datamatrix(PACK), Placement::at(160.0, 120.0, 5.0));
    p.noise(6.0, &mut rng);
    let seen = p.gray();
    // Tag 6 means "turn clockwise to view", so the sensor stored it turned anticlockwise.
    let stored = match tag {
        6 => image::imageops::rotate270(&seen),
        8 => image::imageops::rotate90(&seen),
        _ => seen,
    };
    (with_exif_orientation(&jpeg_of(&stored), tag), corners)
}

#[test]
fn exif_orientation_is_followed_and_positions_are_in_the_turned_frame() {
    for tag in [6, 8] {
        let (bytes, corners) = sideways(tag);
        let found = decode_photo(&bytes).unwrap();
        assert_eq!(found.len(), 1, "tag {tag}: {found:?}");
        assert!(
            is_at(&found[0], PACK, &corners, 5.0),
            "tag {tag}: {found:?} {corners:?}"
        );
        let c = found[0].bounds.centre();
        assert!(
            c.x < 320.0 && c.y < 200.0,
            "tag {tag}: top left as viewed, got {c:?}"
        );
    }
}

#[test]
fn a_heic_photo_is_refused_with_its_own_error() {
    let mut heic = vec![0, 0, 0, 24];
    heic.extend_from_slice(b"ftypheic\0\0\0\0mif1heic");
    heic.extend_from_slice(&[0; 200]);
    let e = decode_photo(&heic).unwrap_err();
    assert!(matches!(e, PhotoError::Heic { .. }), "{e:?}");
    assert_eq!(
        e.to_string(),
        "HEIC photos are not supported; export the photo as JPEG or PNG"
    );
    assert_eq!(e.kind(), "heic");
}

#[test]
fn garbage_and_broken_images_are_refused_naming_what_was_found() {
    let e = decode_photo(b"\x00\x13garbage bytes, not a photo").unwrap_err();
    assert_eq!(e.kind(), "unknown_format");
    assert!(e.to_string().contains("00 13 67 61"), "{e}");
    let e = decode_photo(b"GIF89a\x01\x00\x01\x00").unwrap_err();
    assert_eq!(e.to_string(), "not a JPEG or PNG photo: found GIF");
    let (png, _) = photo(PACK, 4.0, &PLAIN, 15);
    let e = decode_photo(&png[..png.len() / 2]).unwrap_err();
    assert_eq!(e.kind(), "unreadable", "a truncated PNG: {e}");
}

#[test]
fn a_photo_without_a_code_is_an_empty_list() {
    let mut rng = Rng::new(16);
    let mut p = Photo::carton(640, 480, &mut rng);
    p.noise(20.0, &mut rng);
    p.highlight(300.0, 200.0, 60.0, 60.0);
    assert_eq!(decode_photo(&p.png()).unwrap(), Vec::new());
    assert_eq!(decode_photo(&p.jpeg()).unwrap(), Vec::new());
}
