//! The bracketed human-readable form as a person types it from a printed label: spaces beside
//! the bracketed AIs are dropped in the lenient mode only, and a space inside a value is refused
//! in both modes.

use chrono::NaiveDate;
use custody_gs1::{decode, DecodeOptions, ErrorKind};

fn strict() -> DecodeOptions {
    DecodeOptions::new(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap())
}

fn lenient() -> DecodeOptions {
    DecodeOptions {
        lenient_hri_whitespace: true,
        ..strict()
    }
}

/// One case: the input, and either the (GTIN, expiry, lot, serial) it must decode to or the
/// error kind and AI it must be refused with.
enum Expect {
    Pack(
        &'static str,
        Option<&'static str>,
        Option<&'static str>,
        Option<&'static str>,
    ),
    Refused(ErrorKind, Option<&'static str>),
}

fn check(input: &str, options: &DecodeOptions, expect: Expect, why: &str) {
    let got = decode(input, options);
    match (expect, got) {
        (Expect::Pack(gtin, expiry, lot, serial), Ok(scan)) => {
            assert_eq!(
                scan.gtin.map(|g| g.to_string()).as_deref(),
                Some(gtin),
                "{input:?}: {why}"
            );
            assert_eq!(
                scan.expiry.map(|d| d.to_string()).as_deref(),
                expiry,
                "{input:?}: {why}"
            );
            assert_eq!(scan.lot.as_deref(), lot, "{input:?}: {why}");
            assert_eq!(scan.serial.as_deref(), serial, "{input:?}: {why}");
        }
        (Expect::Pack(..), Err(e)) => {
            panic!("{input:?} must decode ({why}); refused: {}", e.message)
        }
        (Expect::Refused(kind, ai), Err(e)) => {
            assert_eq!(e.kind, kind, "{input:?}: {why} ({})", e.message);
            assert_eq!(e.ai.as_deref(), ai, "{input:?}: {why}");
            assert!(
                e.position <= input.len(),
                "{input:?}: the error must point inside the input"
            );
        }
        (Expect::Refused(kind, _), Ok(scan)) => {
            panic!("{input:?} must be refused with {kind} ({why}); decoded {scan:?}")
        }
    }
}

#[test]
fn a_label_typed_with_spaces_decodes_in_the_lenient_mode() {
    let pack = || {
        Expect::Pack(
            "09506000134352",
            Some("2025-12-31"),
            Some("AB12"),
            Some("X1"),
        )
    };
    for input in [
        "(01) 09506000134352 (17) 251231 (10) AB12 (21) X1",
        "(01)  09506000134352  (17)251231 (10)   AB12(21) X1",
        " (01) 09506000134352 (17) 251231 (10) AB12 (21) X1 ",
        "(01) 09506000134352(17) 251231(10) AB12(21) X1",
    ] {
        check(
            input,
            &lenient(),
            pack(),
            "spaces beside a bracketed AI are how a printed label reads; no value holds a space, so dropping them changes nothing",
        );
    }
}

#[test]
fn a_label_typed_with_spaces_is_refused_in_the_strict_mode() {
    check(
        "(01) 09506000134352 (17) 251231 (10) AB12 (21) X1",
        &strict(),
        Expect::Refused(ErrorKind::ValueTooLong, Some("01")),
        "strict mode reads the data as the GS1 Syntax Engine does: the spaces are part of the GTIN, which is then too long",
    );
    check(
        "(01)09506000134352(10)AB12 (21)X1",
        &strict(),
        Expect::Refused(ErrorKind::InvalidCharacter, Some("10")),
        "strict mode keeps even a space between elements as part of the value",
    );
    check(
        " (01)09506000134352(21)X1",
        &strict(),
        Expect::Refused(ErrorKind::NotGs1, None),
        "strict mode does not look past a leading space for the bracketed form",
    );
}

#[test]
fn a_space_inside_a_value_is_refused_in_both_modes() {
    for (options, spaced) in [(strict(), ""), (lenient(), " ")] {
        check(
            &format!("(01){spaced}09506000134352{spaced}(21){spaced}X1 Y2"),
            &options,
            Expect::Refused(ErrorKind::InvalidCharacter, Some("21")),
            "a serial (AI 21) may not contain a space: it is not beside an AI, so it is never dropped",
        );
        check(
            &format!("(01){spaced}09506000134352{spaced}(10){spaced}AB 12{spaced}(21){spaced}X1"),
            &options,
            Expect::Refused(ErrorKind::InvalidCharacter, Some("10")),
            "a lot (AI 10, CSET 82) may not contain a space either",
        );
    }
}

#[test]
fn an_ai_followed_only_by_spaces_is_an_empty_value_not_the_next_element() {
    let got = decode("(01) 09506000134352 (10)  (21) X1", &lenient());
    assert!(
        got.is_err(),
        "dropping the spaces leaves (10) without a value; it must be refused, not skipped: {got:?}"
    );
}
