//! `decode_photo`: a photo of a pack read for its codes, each decoded as a scan of it would be
//! with the site's scanner settings; the refusals of what is not a photo; nothing recorded.

use base64::Engine;
use custody_api::{ops, ApiError, Session};
use rxing::{BarcodeFormat, EncodeHints, Writer};
use serde_json::{json, Value};

use crate::fixture::{pack, Pharmacy, AMOX};

/// One cell of a symbol, in pixels: a sharp photo taken close to the pack.
const MODULE: u32 = 6;

/// The codes to draw side by side, each a GS1 DataMatrix (or a plain one) of its data.
pub enum Symbol<'a> {
    Gs1(&'a str),
    Plain(&'a str),
}

/// A white PNG with each symbol drawn in a row, a quiet zone of four cells around each.
pub fn png_of(symbols: &[Symbol]) -> Vec<u8> {
    let matrices: Vec<_> = symbols
        .iter()
        .map(|s| {
            let (data, gs1) = match s {
                Symbol::Gs1(d) => (*d, true),
                Symbol::Plain(d) => (*d, false),
            };
            // rxing writes the leading FNC1 of a GS1 DataMatrix only with its compact encoder.
            let hints = EncodeHints {
                Gs1Format: Some(gs1),
                DataMatrixCompact: Some(true),
                ..Default::default()
            };
            rxing::datamatrix::DataMatrixWriter
                .encode_with_hints(data, &BarcodeFormat::DATA_MATRIX, 0, 0, &hints)
                .unwrap()
        })
        .collect();
    let quiet = 4 * MODULE;
    let cells = |n: u32| n * MODULE + 2 * quiet;
    let width = matrices
        .iter()
        .map(|m| cells(m.getWidth()))
        .sum::<u32>()
        .max(1);
    let height = matrices
        .iter()
        .map(|m| cells(m.getHeight()))
        .max()
        .unwrap_or(1);
    let mut img = image::GrayImage::from_pixel(width, height, image::Luma([255]));
    let mut left = 0;
    for m in &matrices {
        for y in 0..m.getHeight() * MODULE {
            for x in 0..m.getWidth() * MODULE {
                if m.get(x / MODULE, y / MODULE) {
                    img.put_pixel(left + quiet + x, quiet + y, image::Luma([0]));
                }
            }
        }
        left += cells(m.getWidth());
    }
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

/// The request for a file's bytes.
pub fn request(bytes: &[u8], name: Option<&str>) -> Value {
    json!({
        "bytes_base64": base64::engine::general_purpose::STANDARD.encode(bytes),
        "name": name,
    })
}

/// The start of a HEIC photo as an iPhone saves it: an ISO media `ftyp` box of brand `heic`.
pub const HEIC_HEAD: &[u8] = b"\0\0\0\x18ftypheic\0\0\0\0mif1heic\0\0\x0fmeta";

fn read(p: &mut Pharmacy, who: &mut Session, request: Value) -> Result<Value, ApiError> {
    ops::call(&mut p.host, Some(who), "decode_photo", request)
}

fn events(p: &mut Pharmacy, who: &mut Session) -> Value {
    ops::call(&mut p.host, Some(who), "summary", json!(null)).unwrap()
}

#[test]
fn a_pack_photo_gives_its_code_decoded_and_records_nothing() {
    let mut p = Pharmacy::new();
    let mut sam = p.sign_in("sam");
    let before = events(&mut p, &mut sam);
    let element = pack("P1").replace("]d2", "");
    let codes = read(
        &mut p,
        &mut sam,
        request(&png_of(&[Symbol::Gs1(&element)]), Some("ward.png")),
    )
    .expect("a PNG with one DataMatrix is read");
    let codes = codes.as_array().unwrap();
    assert_eq!(codes.len(), 1, "one code in the photo: {codes:?}");
    let code = &codes[0];
    assert_eq!(
        code["scan_input"],
        pack("P1"),
        "what a scanner with AIM identifiers would have typed, GS kept"
    );
    assert_eq!(code["symbology"], "]d2");
    assert_eq!(code["format"], "data_matrix");
    let d = &code["decoded"];
    assert_eq!(
        (&d["gtin"], &d["serial"], &d["lot"], &d["expiry"]),
        (
            &json!(AMOX),
            &json!("P1"),
            &json!("L1"),
            &json!("2028-06-30")
        ),
        "the pack's fields, as the scan will read them: {d}"
    );
    assert_eq!(d["expiry_month_only"], false);
    assert_eq!(d["elements"][0]["ai"], "01", "every AI with its value");
    assert!(code["refusal"].is_null(), "nothing refused: {code}");
    let b = &code["bounds"];
    let (left, right) = (b["left"].as_f64().unwrap(), b["right"].as_f64().unwrap());
    assert!(
        (20.0..30.0).contains(&left) && right > left + 100.0,
        "the code's place in the photo's pixels (drawn at 24): {b}"
    );
    assert_eq!(
        events(&mut p, &mut sam),
        before,
        "reading a photo records nothing"
    );
    let verdict = ops::call(
        &mut p.host,
        Some(&mut sam),
        "scan",
        json!({"movement": "receive", "location": "MAIN", "counterparty": "ACME",
               "raw": code["scan_input"]}),
    )
    .expect("the code chosen goes on as a scan");
    assert_eq!(verdict["verdict"], "accepted", "{verdict}");
    assert_eq!(verdict["serial"], "P1");
}

#[test]
fn each_code_of_a_photo_comes_with_its_fields_or_the_decoders_refusal_in_the_persons_language() {
    let mut p = Pharmacy::new();
    let mut sam = p.sign_in("sam");
    ops::call(
        &mut p.host,
        Some(&mut sam),
        "set_my_language",
        json!({"language": "fr"}),
    )
    .unwrap();
    let month_only = format!("01{AMOX}17280600\u{1d}10L2\u{1d}21M1");
    let bad_check = "0109506000134353\u{1d}21X1";
    let photo = png_of(&[Symbol::Gs1(&month_only), Symbol::Gs1(bad_check)]);
    let codes = read(&mut p, &mut sam, request(&photo, None)).expect("two codes read");
    let codes = codes.as_array().unwrap();
    assert_eq!(codes.len(), 2, "{codes:?}");
    let month = codes
        .iter()
        .find(|c| c["decoded"]["serial"] == "M1")
        .expect("the month-only pack");
    assert_eq!(month["decoded"]["expiry"], "2028-06-30");
    assert_eq!(
        month["decoded"]["expiry_month_only"], true,
        "day 00 in the code: the pack names only a month"
    );
    let refused = codes
        .iter()
        .find(|c| c["decoded"].is_null())
        .expect("the code with a wrong check digit");
    let r = &refused["refusal"];
    assert_eq!(r["code"], "scan.unreadable", "the scan's own refusal: {r}");
    assert!(
        r["args"]["said"]["key"]
            .as_str()
            .unwrap()
            .starts_with("scan.decode."),
        "the decoder's reason, as a code and its arguments: {r}"
    );
    assert!(
        r["message"]
            .as_str()
            .unwrap()
            .starts_with("Le scan n'a pas pu être lu"),
        "said in the person's language, as the scan would say it: {r}"
    );
}

#[test]
fn the_sites_scanner_settings_read_the_codes_of_a_photo() {
    let mut p = Pharmacy::new();
    let mut sam = p.sign_in("sam");
    // A printer that writes GS1 data into a plain DataMatrix, which the site may choose to read.
    let plain = png_of(&[Symbol::Plain(&format!("01{AMOX}10L1"))]);
    let before = read(&mut p, &mut sam, request(&plain, None)).unwrap();
    assert_eq!(before[0]["symbology"], "]d1", "{before}");
    assert!(
        before[0]["decoded"]["gtin"].is_null(),
        "not read as GS1 while the site says no: {before}"
    );
    let mut admin = p.sign_in("admin");
    let mut settings =
        ops::call(&mut p.host, Some(&mut admin), "site_settings", json!(null)).unwrap();
    settings["scanner"]["accept_gs1_in_plain_symbol"] = json!(true);
    ops::call(&mut p.host, Some(&mut admin), "set_site_settings", settings).unwrap();
    let after = read(&mut p, &mut sam, request(&plain, None)).unwrap();
    assert_eq!(
        after[0]["decoded"]["gtin"], AMOX,
        "read as GS1 once the site says so, as a scan would be: {after}"
    );
}

#[test]
fn a_photo_without_a_code_is_an_empty_list() {
    let mut p = Pharmacy::new();
    let mut sam = p.sign_in("sam");
    let codes = read(&mut p, &mut sam, request(&png_of(&[]), Some("blank.png"))).unwrap();
    assert_eq!(codes, json!([]), "no code is an answer, not a refusal");
}

/// The refusal of `bytes` (as base64) or of the request `raw`.
fn refusal(request: Value) -> ApiError {
    let mut p = Pharmacy::new();
    let mut sam = p.sign_in("sam");
    read(&mut p, &mut sam, request).expect_err("refused")
}

#[test]
fn what_is_not_a_jpeg_or_png_photo_is_refused_with_its_own_code() {
    let heic = refusal(request(HEIC_HEAD, Some("IMG_0042.HEIC")));
    assert_eq!(heic.code, "scan.photo_heic", "{heic:?}");
    assert_eq!(heic.args["name"], "IMG_0042.HEIC", "the file is named");
    assert!(
        heic.message.contains("export it as JPEG"),
        "{}",
        heic.message
    );

    let gif = refusal(request(b"GIF89a\x01\0\x01\0", None));
    assert_eq!(gif.code, "scan.photo_unknown_format");
    assert_eq!(gif.args["found"], "GIF", "what the file looks like is said");
    assert!(
        gif.args.get("name").is_none(),
        "a pasted picture has no name"
    );

    let empty = refusal(request(b"", None));
    assert_eq!(empty.code, "scan.photo_empty");

    let mut cut = png_of(&[Symbol::Gs1(&format!("01{AMOX}21C1"))]);
    cut.truncate(cut.len() / 2);
    let cut = refusal(request(&cut, None));
    assert_eq!(cut.code, "scan.photo_unreadable", "{cut:?}");
    assert_eq!(cut.args["format"], "PNG");

    let garbled = refusal(json!({"bytes_base64": "not base64!", "name": null}));
    assert_eq!(garbled.code, "scan.photo_not_base64", "{garbled:?}");
}

#[test]
fn a_photo_over_25_mb_is_refused_before_it_is_decoded() {
    let limit = custody_api::photo::MAX_PHOTO_BYTES;
    // Four base64 characters carry three bytes (two carry the one byte left over).
    let text = "A".repeat((limit / 3 + 1) * 4);
    let e = refusal(json!({"bytes_base64": text, "name": "video.mov"}));
    assert_eq!(e.code, "scan.photo_too_large", "{e:?}");
    assert_eq!(e.args["limit"], 25);
    assert_eq!(e.args["megabytes"], 26, "the size, rounded up");
    assert!(e.message.contains("25 MB"), "{}", e.message);

    assert_eq!(
        limit % 3,
        1,
        "the limit's last byte is carried by two characters"
    );
    let at_limit = "A".repeat(limit / 3 * 4 + 2);
    let e = refusal(json!({"bytes_base64": at_limit, "name": null}));
    assert_eq!(
        e.code, "scan.photo_unknown_format",
        "exactly 25 MB is read (and these zero bytes are no photo): {e:?}"
    );
}

#[test]
fn reading_a_photo_needs_someone_signed_in() {
    let mut p = Pharmacy::new();
    let e = ops::call(&mut p.host, None, "decode_photo", request(HEIC_HEAD, None))
        .expect_err("nobody signed in");
    assert_eq!(e.code, "session.not_signed_in");
    let op = ops::operation("decode_photo").unwrap();
    assert_eq!(
        op.runs,
        ops::Runs::Apart,
        "a phone's photo takes seconds to read: the window keeps answering"
    );
}
