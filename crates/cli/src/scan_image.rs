//! `custody scan image FILE…`: the codes in photos, read with custody-vision and decoded as a
//! scanner's keystrokes are (`custody_gs1::decode`, then the JSON of `scan decode`). Needs no
//! database. A file that cannot be read is reported and the others are still read; the exit
//! code is then 1.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Result;
use custody_core::scan;
use custody_gs1::{DecodeOptions, Scan};
use custody_vision::{decode_photo, Found, PhotoError};
use serde_json::{json, Value};

use crate::said::shown;
use crate::speech::t;

/// Why a file gave no list of codes: it could not be read from disk, or is not a photo.
enum Refusal {
    /// The file could not be read (missing, a directory, no permission).
    Io(std::io::Error),
    /// The bytes are not a JPEG or PNG photo custody-vision reads.
    Photo(PhotoError),
}

impl Refusal {
    /// A stable code: `io` or the photo error's kind (`heic`, `unknown_format`, `unreadable`).
    fn kind(&self) -> &'static str {
        match self {
            Refusal::Io(_) => "io",
            Refusal::Photo(e) => e.kind(),
        }
    }

    /// The refusal in English, for `--json`.
    fn english(&self) -> String {
        match self {
            Refusal::Io(e) => e.to_string(),
            Refusal::Photo(e) => e.to_string(),
        }
    }

    /// The refusal in the language now spoken.
    fn said(&self, file: &Path) -> String {
        match self {
            Refusal::Io(e) => format!("{}: {e}", t!("cli-reading-file", file = shown(file))),
            Refusal::Photo(PhotoError::Heic { .. }) => t!("scan-image-heic"),
            Refusal::Photo(PhotoError::UnknownFormat { found }) => {
                t!("scan-image-unknown-format", found = found)
            }
            Refusal::Photo(PhotoError::Unreadable { format, reason }) => {
                t!("scan-image-unreadable", format = format, reason = reason)
            }
        }
    }
}

/// Reads each of `files` and prints its codes; 1 when any file could not be read, else 0.
pub fn run(files: Vec<PathBuf>, today: chrono::NaiveDate, as_json: bool) -> Result<i32> {
    let options = DecodeOptions::new(today);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut refused = false;
    for file in files {
        let read = std::fs::read(&file)
            .map_err(Refusal::Io)
            .and_then(|bytes| decode_photo(&bytes).map_err(Refusal::Photo));
        match read {
            Ok(codes) if as_json => {
                let codes: Vec<Value> = codes.iter().map(|c| code_json(c, &options)).collect();
                writeln!(out, "{}", json!({"file": shown(&file), "codes": codes}))?;
            }
            Ok(codes) => print_codes(&mut out, &file, &codes, &options)?,
            Err(refusal) => {
                refused = true;
                if as_json {
                    let error = json!({"kind": refusal.kind(), "message": refusal.english()});
                    writeln!(out, "{}", json!({"file": shown(&file), "error": error}))?;
                } else {
                    // In order with the files read: what went to stdout so far goes first.
                    out.flush()?;
                    let reason = refusal.said(&file);
                    eprintln!(
                        "{}",
                        t!("scan-image-refused", file = shown(&file), reason = reason)
                    );
                }
            }
        }
        out.flush()?;
    }
    Ok(i32::from(refused))
}

/// One code as JSON: its kind, identifier, data (GS kept), place, and `scan decode`'s answer
/// for it (the decoded fields under `scan`, or `error`).
fn code_json(code: &Found, options: &DecodeOptions) -> Value {
    let corners: Vec<Value> = code
        .corners
        .iter()
        .map(|p| json!([px(p.x), px(p.y)]))
        .collect();
    let b = code.bounds;
    let mut v = json!({
        "format": code.format.as_str(),
        "symbology": code.symbology,
        "raw": code.text,
        "corners": corners,
        "bounds": {
            "left": px(b.left), "top": px(b.top), "right": px(b.right), "bottom": px(b.bottom)
        },
    });
    match custody_gs1::decode(&code.scan_input(), options) {
        Ok(s) => v["scan"] = scan::scan_json(&s),
        Err(e) => v["error"] = scan::error_json(&e)["error"].clone(),
    }
    v
}

/// A position in pixels to a tenth: rxing locates no finer, and `f32` digits past that are noise.
fn px(v: f32) -> f64 {
    (f64::from(v) * 10.0).round() / 10.0
}

/// A file's codes as lines for a person: the file, then for each code where it is, its data
/// and what it decodes to.
fn print_codes(
    out: &mut impl Write,
    file: &Path,
    codes: &[Found],
    options: &DecodeOptions,
) -> Result<()> {
    writeln!(out, "{}", shown(file))?;
    if codes.is_empty() {
        writeln!(out, "  {}", t!("scan-image-none"))?;
    }
    for code in codes {
        let b = code.bounds;
        let position = format!("{:.0},{:.0}–{:.0},{:.0}", b.left, b.top, b.right, b.bottom);
        writeln!(
            out,
            "  {}",
            t!(
                "scan-image-code",
                format = code.format.as_str(),
                symbology = code.symbology,
                position = position
            )
        )?;
        let raw = code.text.replace('\u{1d}', "<GS>");
        writeln!(out, "    {}", t!("scan-image-raw", raw = raw))?;
        let line = match custody_gs1::decode(&code.scan_input(), options) {
            Ok(s) => t!("scan-image-fields", fields = fields(&s)),
            Err(e) => {
                let sentence = scan::decoder_sentence(&e);
                let args = sentence["args"].as_object().cloned().unwrap_or_default();
                let key = sentence["key"].as_str().unwrap_or_default();
                let message = custody_messages::render(crate::speech::lang(), key, &args);
                t!("scan-image-not-decoded", message = message)
            }
        };
        writeln!(out, "    {line}")?;
    }
    Ok(())
}

/// The pack fields a scan carries, with the table headers' words: `gtin …, lot …, …`; every AI
/// as `(ai) value` when it has none of them.
fn fields(s: &Scan) -> String {
    let mut parts = Vec::new();
    let mut put = |id: &str, value: Option<String>| {
        if let Some(v) = value {
            parts.push(format!("{} {v}", crate::speech::text(id, &[])));
        }
    };
    put("cli-col-gtin", s.gtin.as_ref().map(|g| g.to_string()));
    put("cli-col-lot", s.lot.clone());
    put("cli-col-serial", s.serial.clone());
    put("cli-col-expiry", s.expiry.map(|d| d.to_string()));
    if parts.is_empty() {
        parts = s
            .elements
            .iter()
            .map(|e| format!("({}) {}", e.ai(), e.value))
            .collect();
    }
    parts.join(", ")
}
