//! Properties: encoding a valid set of AIs and decoding it gives them back, in every syntax; and
//! no input, however broken, makes the decoder panic.

use chrono::NaiveDate;
use custody_gs1::{
    decode, encode_bracketed, encode_element_string, gs1_check_digit, DecodeOptions,
};
use proptest::prelude::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn gtin() -> impl Strategy<Value = String> {
    "[0-9]{13}".prop_map(|d| {
        let c = gs1_check_digit(d.as_bytes()).unwrap();
        format!("{d}{c}")
    })
}

fn cset82(max: usize) -> impl Strategy<Value = String> {
    proptest::string::string_regex(&format!("[!\"%&'()*+,\\-./0-9:;<=>?A-Z_a-z]{{1,{max}}}"))
        .unwrap()
}

fn date() -> impl Strategy<Value = String> {
    (0u32..100, 1u32..13, 1u32..29).prop_map(|(y, m, d)| format!("{y:02}{m:02}{d:02}"))
}

prop_compose! {
    fn pack()(gtin in gtin(), lot in proptest::option::of(cset82(20)), serial in proptest::option::of(cset82(20)),
              expiry in proptest::option::of(date()), order in 0usize..6)
        -> Vec<(String, String)> {
        let mut tail: Vec<(String, String)> = Vec::new();
        if let Some(l) = lot { tail.push(("10".into(), l)); }
        if let Some(s) = serial { tail.push(("21".into(), s)); }
        if let Some(e) = expiry { tail.push(("17".into(), e)); }
        let n = tail.len().max(1);
        tail.rotate_left(order % n);
        let mut all = vec![("01".to_string(), gtin)];
        all.extend(tail);
        all
    }
}

fn pairs(v: &[(String, String)]) -> Vec<(&str, &str)> {
    v.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn element_strings_round_trip(p in pack()) {
        let raw = format!("]d2{}", encode_element_string(&pairs(&p)));
        let scan = decode(&raw, &DecodeOptions::new(today())).map_err(|e| TestCaseError::fail(format!("{raw:?}: {e}")))?;
        let got: Vec<(String, String)> = scan.elements.iter().map(|e| (e.ai().to_string(), e.value.clone())).collect();
        prop_assert_eq!(got, p);
    }

    #[test]
    fn bracketed_form_round_trips(p in pack()) {
        let raw = encode_bracketed(&pairs(&p));
        let scan = decode(&raw, &DecodeOptions::new(today())).map_err(|e| TestCaseError::fail(format!("{raw:?}: {e}")))?;
        let got: Vec<(String, String)> = scan.elements.iter().map(|e| (e.ai().to_string(), e.value.clone())).collect();
        prop_assert_eq!(got, p);
    }

    #[test]
    fn digital_links_round_trip(g in gtin(), lot in cset82(20), serial in cset82(20)) {
        let raw = custody_gs1::digital_link(&g, Some(&lot), Some(&serial));
        let scan = decode(&raw, &DecodeOptions::new(today())).map_err(|e| TestCaseError::fail(format!("{raw:?}: {e}")))?;
        prop_assert_eq!(scan.gtin.map(|g| g.to_string()), Some(g));
        prop_assert_eq!(scan.lot, Some(lot));
        prop_assert_eq!(scan.serial, Some(serial));
    }

    #[test]
    fn arbitrary_input_never_panics(s in any::<String>(), prefix in prop::sample::select(vec!["", "]d2", "]d1", "]C1", "]Q1", "]E0", "(", "https://", "https://a/01/", "[)>\u{1e}06\u{1d}"])) {
        let raw = format!("{prefix}{s}");
        let mut o = DecodeOptions::new(today());
        o.gs_substitutes = vec!["~".into(), "<GS>".into()];
        o.ignore_leading_gs = true;
        o.accept_gs1_in_plain_symbol = true;
        if let Err(e) = decode(&raw, &o) {
            prop_assert!(e.position <= raw.len(), "error position inside the input");
            prop_assert!(!e.message.is_empty());
        }
    }

    #[test]
    fn near_valid_input_never_panics(p in pack(), cut in 0usize..60, junk in "[\\x00-\\x7f]{0,4}") {
        let full = format!("]d2{}", encode_element_string(&pairs(&p)));
        let mut raw: String = full.chars().take(cut.min(full.len())).collect();
        raw.push_str(&junk);
        let _ = decode(&raw, &DecodeOptions::new(today()));
    }
}
