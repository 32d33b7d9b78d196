//! Decoding scans for the store: the options a site's scanners need, and the JSON shape of a
//! decoded scan (the keys of the GS1 test vectors) that the CLI and the desktop app show.

use custody_gs1::{DecodeError, DecodeOptions, Scan, Symbology, Syntax};
use serde_json::{json, Map, Value};

/// The JSON form of a decoded scan: `gtin`, `serial`, `lot`, `expiry`, `ais`, `sscc`, `ppn`,
/// `pzn` when present (as in the GS1 vectors), plus `symbology`, `syntax`, `expiry_datetime`,
/// `count`, `national_codes` and `warnings`.
pub fn scan_json(scan: &Scan) -> Value {
    let mut m = Map::new();
    let mut put = |k: &str, v: Option<String>| {
        if let Some(v) = v {
            m.insert(k.into(), Value::String(v));
        }
    };
    put("gtin", scan.gtin.map(|g| g.to_string()));
    put("serial", scan.serial.clone());
    put("lot", scan.lot.clone());
    put("expiry", scan.expiry.map(|d| d.to_string()));
    put(
        "expiry_datetime",
        scan.expiry_datetime
            .map(|d| d.format("%Y-%m-%dT%H:%M").to_string()),
    );
    put("sscc", scan.sscc.clone());
    put("ppn", scan.ppn.clone());
    put("pzn", scan.pzn.clone());
    if scan.has_ai_data() {
        let ais: Map<String, Value> = scan
            .elements
            .iter()
            .map(|e| (e.ai().to_string(), json!(e.value)))
            .collect();
        m.insert("ais".into(), Value::Object(ais));
    }
    if let Some(c) = scan.count {
        m.insert("count".into(), json!(c));
    }
    if !scan.national_codes.is_empty() {
        let codes: Map<String, Value> = scan
            .national_codes
            .iter()
            .map(|c| (c.scheme.to_string(), json!(c.value)))
            .collect();
        m.insert("national_codes".into(), Value::Object(codes));
    }
    if !scan.ifa_fields.is_empty() {
        let fields: Map<String, Value> = scan
            .ifa_fields
            .iter()
            .map(|(k, v)| (k.clone(), json!(v)))
            .collect();
        m.insert("data_identifiers".into(), Value::Object(fields));
    }
    m.insert("symbology".into(), json!(symbology_name(scan.symbology)));
    m.insert("syntax".into(), json!(syntax_name(scan.syntax)));
    if !scan.warnings.is_empty() {
        let w: Vec<Value> = scan
            .warnings
            .iter()
            .map(|w| json!({"kind": w.kind.as_str(), "message": w.message}))
            .collect();
        m.insert("warnings".into(), Value::Array(w));
    }
    Value::Object(m)
}

/// The JSON form of a decoding error: `{"error": {"kind", "message", "ai", "position"}}`.
pub fn error_json(e: &DecodeError) -> Value {
    let mut err = Map::new();
    err.insert("kind".into(), json!(e.kind.as_str()));
    err.insert("message".into(), json!(e.message));
    if let Some(ai) = &e.ai {
        err.insert("ai".into(), json!(ai));
    }
    err.insert("position".into(), json!(e.position));
    json!({ "error": err })
}

/// A decoder error's sentence as a catalogue's code and arguments, `{"key", "args"}`: texts as
/// strings, lengths and counts as numbers (so a language picks its plural).
pub fn decoder_sentence(e: &DecodeError) -> Value {
    let args: Map<String, Value> = e
        .args
        .iter()
        .map(|(name, v)| {
            let v = match v {
                custody_gs1::Arg::Text(t) => json!(t),
                custody_gs1::Arg::Number(n) => json!(n),
            };
            (name.to_string(), v)
        })
        .collect();
    json!({ "key": e.key, "args": args })
}

/// Decoding options from the JSON names used in the GS1 vectors.
pub fn options_from_json(today: chrono::NaiveDate, v: &Value) -> Result<DecodeOptions, String> {
    let mut o = DecodeOptions::new(today);
    let Some(map) = v.as_object() else {
        return if v.is_null() {
            Ok(o)
        } else {
            Err("\"options\" must be an object".into())
        };
    };
    for (k, v) in map {
        let flag = || {
            v.as_bool()
                .ok_or_else(|| format!("option \"{k}\" must be true or false"))
        };
        match k.as_str() {
            "gs_substitutes" => {
                o.gs_substitutes = v
                    .as_array()
                    .ok_or("option \"gs_substitutes\" must be a list of strings")?
                    .iter()
                    .map(|s| {
                        s.as_str()
                            .map(String::from)
                            .ok_or("option \"gs_substitutes\" must be a list of strings")
                    })
                    .collect::<Result<_, _>>()?
            }
            "ignore_leading_gs" => o.ignore_leading_gs = flag()?,
            "accept_gs1_in_plain_symbol" => o.accept_gs1_in_plain_symbol = flag()?,
            "lenient_hri_whitespace" => o.lenient_hri_whitespace = flag()?,
            "lenient_dl_gtin" => o.lenient_dl_gtin = flag()?,
            other => return Err(format!("unknown option \"{other}\"")),
        }
    }
    Ok(o)
}

fn symbology_name(s: Symbology) -> &'static str {
    match s {
        Symbology::DataMatrix => "data_matrix",
        Symbology::Code128 => "code128",
        Symbology::QrCode => "qr_code",
        Symbology::DataBar => "databar",
        Symbology::Ean13 => "ean13",
        Symbology::Ean8 => "ean8",
        Symbology::DotCode => "dotcode",
        Symbology::Unknown => "unknown",
    }
}

fn syntax_name(s: Syntax) -> &'static str {
    match s {
        Syntax::ElementString => "element_string",
        Syntax::Bracketed => "bracketed",
        Syntax::DigitalLink => "digital_link",
        Syntax::Gtin => "gtin",
        Syntax::Ifa => "ifa",
    }
}
