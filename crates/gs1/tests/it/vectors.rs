//! Every vector in `tests/data/vectors.json` (a copy of `shared/gs1/vectors.json`) must decode
//! exactly as it says: same GTIN, serial, lot, expiry, AIs, SSCC, PPN and PZN, and nothing else
//! among those keys; or the same error kind and AI.

use chrono::NaiveDate;
use custody_gs1::{decode, DecodeOptions, Scan};
use serde_json::{json, Map, Value};

const COMPARED: &[&str] = &[
    "gtin", "serial", "lot", "expiry", "ais", "sscc", "ppn", "pzn",
];

/// The decoder's answer in the vectors' terms.
fn answer(scan: &Scan) -> Map<String, Value> {
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
    m
}

fn options(v: &Value) -> DecodeOptions {
    let mut o = DecodeOptions::new(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
    let opts = &v["options"];
    if let Some(subs) = opts["gs_substitutes"].as_array() {
        o.gs_substitutes = subs
            .iter()
            .filter_map(|s| s.as_str().map(String::from))
            .collect();
    }
    let flag = |k: &str| opts[k].as_bool().unwrap_or(false);
    o.ignore_leading_gs = flag("ignore_leading_gs");
    o.accept_gs1_in_plain_symbol = flag("accept_gs1_in_plain_symbol");
    o.lenient_hri_whitespace = flag("lenient_hri_whitespace");
    o.lenient_dl_gtin = flag("lenient_dl_gtin");
    o
}

/// Checks one vector, returning a description of any difference.
fn check(v: &Value) -> Result<(), String> {
    let input = v["input"].as_str().unwrap();
    let result = decode(input, &options(v));
    match (&v["expected"], &v["expected_error"], result) {
        (Value::Object(expected), _, Ok(scan)) => {
            let got = answer(&scan);
            for key in COMPARED {
                if expected.get(*key) != got.get(*key) {
                    return Err(format!(
                        "{key}: expected {:?}, got {:?}",
                        expected.get(*key),
                        got.get(*key)
                    ));
                }
            }
            Ok(())
        }
        (Value::Object(_), _, Err(e)) => {
            Err(format!("expected success, got {} ({})", e.kind, e.message))
        }
        (_, Value::Object(want), Ok(scan)) => {
            Err(format!("expected error {want:?}, got {:?}", answer(&scan)))
        }
        (_, Value::Object(want), Err(e)) => {
            if want.get("kind").and_then(Value::as_str) != Some(e.kind.as_str()) {
                return Err(format!(
                    "expected kind {:?}, got {} ({})",
                    want.get("kind"),
                    e.kind,
                    e.message
                ));
            }
            if let Some(ai) = want.get("ai").and_then(Value::as_str) {
                if e.ai.as_deref() != Some(ai) {
                    return Err(format!("expected AI {ai}, got {:?}", e.ai));
                }
            }
            if e.position > input.len() {
                return Err(format!("position {} is past the input", e.position));
            }
            Ok(())
        }
        _ => Err("vector has neither expected nor expected_error".into()),
    }
}

#[test]
fn every_shared_vector_decodes_as_specified() {
    let text = include_str!("../data/vectors.json");
    let doc: Value = serde_json::from_str(text).unwrap();
    let vectors = doc["vectors"].as_array().unwrap();
    let failures: Vec<String> = vectors
        .iter()
        .filter_map(|v| {
            check(v)
                .err()
                .map(|e| format!("{}: {e}", v["id"].as_str().unwrap()))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} vectors differ:\n{}",
        failures.len(),
        vectors.len(),
        failures.join("\n")
    );
}

/// Cases the notes describe whose vectors are kept back: the decoder must follow the rules.
#[test]
fn rules_from_the_notes() {
    let cases: &[(&str, Value)] = &[
        ("]d2010950600013435221000123", json!({"serial": "000123"})),
        (
            "]d201095060001343521728123110LOT4221SN123",
            json!({"lot": "LOT4221SN123"}),
        ),
        (
            "]d2010950600013435221S1\u{1d}700328123123592",
            json!({"error": "value_too_long", "ai": "7003"}),
        ),
        (
            "]d2010950600013435221SÖ1",
            json!({"error": "invalid_character", "ai": "21"}),
        ),
        ("]E00416000336108", json!({"gtin": "00416000336108"})),
        ("]E00305910369019", json!({"gtin": "00305910369019"})),
        (
            "]d2\u{1d}010950600013435221SN1",
            json!({"error": "invalid_character"}),
        ),
        ("]d1\u{1d}010950600013435221S1", json!({"error": "not_gs1"})),
        (
            "(01)09506000134352(10)LOT42 (21)S1",
            json!({"error": "invalid_character", "ai": "10"}),
        ),
        (
            "https://id.gs1.org/01/09506000134352/10/A%2FB/21/S1",
            json!({"lot": "A/B"}),
        ),
        (
            "https://id.gs1.org/01/09506000134352?10=L1",
            json!({"error": "dl_ai_should_be_in_path", "ai": "10"}),
        ),
        (
            "https://example.com/01/9506000134352/21/S1",
            json!({"error": "value_too_short", "ai": "01"}),
        ),
        (
            "https://id.gs1.org/01/09506000134352/21/S1?240=A+B",
            json!({"error": "invalid_character", "ai": "240"}),
        ),
        (
            "https://id.gs1.org/01/09506000134352/21/",
            json!({"error": "dl_empty_value"}),
        ),
        (
            "https://id.gs1.org/01/09506000134352/",
            json!({"error": "dl_empty_value"}),
        ),
        (
            "]d1https://id.gs1.org/01/09506000134352/21/S1",
            json!({"serial": "S1"}),
        ),
        (
            "]C100006141410000004171",
            json!({"sscc": "006141410000004171"}),
        ),
        (
            "]C1000061414100000041710200305910369019\u{1d}3712",
            json!({"sscc": "006141410000004171"}),
        ),
        ("]d2010950600013435221S1\u{1d}21S1", json!({"serial": "S1"})),
        (
            "]d20109506000134352422276\u{1d}21S1",
            json!({"serial": "S1"}),
        ),
        ("", json!({"error": "not_gs1"})),
        ("]d2", json!({"error": "truncated"})),
        (
            "]d20109506000134352172813",
            json!({"error": "truncated", "ai": "17"}),
        ),
    ];
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    for (input, want) in cases {
        let got = decode(input, &DecodeOptions::new(today));
        match (want.get("error"), got) {
            (Some(kind), Err(e)) => {
                assert_eq!(e.kind.as_str(), kind, "{input:?}: {}", e.message);
                if let Some(ai) = want.get("ai") {
                    assert_eq!(e.ai.as_deref(), ai.as_str(), "{input:?}");
                }
            }
            (Some(kind), Ok(s)) => panic!("{input:?} must fail with {kind}, decoded {s:?}"),
            (None, Err(e)) => panic!("{input:?} must decode, failed: {}", e.message),
            (None, Ok(s)) => {
                let got = answer(&s);
                for (k, v) in want.as_object().unwrap() {
                    assert_eq!(got.get(k), Some(v), "{input:?}: {k}");
                }
            }
        }
    }
}

/// Found by the fuzzer: a '?' in the domain was taken for the start of the query, before the
/// path, and slicing the path panicked.
#[test]
fn question_mark_in_the_domain_is_an_error_not_a_panic() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    for input in [
        "https://?d.gs1.org/01/09506000134352/21/S1?17=281231",
        "https://a#b/01/09506000134352",
        "http://x?/01/09506000134352",
    ] {
        let e = decode(input, &DecodeOptions::new(today)).unwrap_err();
        assert_eq!(
            e.kind,
            custody_gs1::ErrorKind::InvalidCharacter,
            "{input}: {}",
            e.message
        );
    }
}

/// Found by the fuzzer: an error inside a padded short GTIN pointed past the end of the input.
#[test]
fn errors_in_a_padded_gtin_point_inside_the_input() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let mut options = DecodeOptions::new(today);
    options.lenient_dl_gtin = true;
    for input in [
        "https://id.gs/01/90050060134/id.gs/01/9005006!",
        "https://a/01/950600013435X",
        "https://a/01/09506000134352?01=950600013435X",
    ] {
        let e = decode(input, &options).unwrap_err();
        assert!(
            e.position < input.len(),
            "{input}: position {} is outside the input",
            e.position
        );
    }
}

#[test]
fn a_lot_with_an_embedded_serial_is_flagged_not_split() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let scan = decode(
        "]d2010950600013435210LOT4221SN123",
        &DecodeOptions::new(today),
    )
    .unwrap();
    assert_eq!(
        scan.lot.as_deref(),
        Some("LOT4221SN123"),
        "never guess where to split"
    );
    assert_eq!(scan.serial, None);
    assert!(
        scan.warnings
            .iter()
            .any(|w| w.kind == custody_gs1::WarningKind::PossibleMissingSeparator),
        "a lot containing '21…' with no serial must raise a missing-separator warning"
    );
}
