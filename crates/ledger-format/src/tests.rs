//! The encoding holds every hash ever written, and reads back exactly what it wrote.

use super::*;

fn receipt() -> Canonical<'static> {
    Canonical {
        format: Format::V1,
        id: "01a20244-e800-7f63-8669-6358d98586c0",
        site: "STMARY",
        kind: "receive",
        occurred_at: "2026-11-22T08:00:00.000000Z",
        occurred_offset: 60,
        recorded_at: "2026-11-22T08:00:00.000000Z",
        actor: "alice",
        location: Some("MAIN"),
        counterparty: Some("MEDIDIST"),
        reference: Some("PO-1"),
        reason: None,
        raw_scan: Some("]d2010950600013435210L1\u{1d}21S1"),
        signature: None,
        subject: None,
    }
}

fn pack_line() -> CanonicalLine<'static> {
    CanonicalLine {
        line_no: 1,
        gtin: "09506000134352",
        lot: Some("L1"),
        serial: Some("S1"),
        expiry: Some("2028-12-31"),
        quantity: 1,
        status_before: None,
        status_after: Some("in_stock"),
        location_before: None,
        location_after: Some("MAIN"),
        unit_cost_cents: Some(420),
    }
}

/// Format v1 as written before format v2 existed (2026-11-22 to 2026-12-01): these hashes were
/// computed by that code, and events stored with them must keep verifying.
#[test]
fn format_v1_hashes_are_unchanged_byte_for_byte() {
    assert_eq!(
        hex::encode(event_hash(&GENESIS, &receipt(), &[pack_line()])),
        "8e6bbc8a13101e131806981916dc1beb6c844d2756ae87a6c1e91305f00c0c85",
        "an unsigned v1 receipt hashes as it did (the fixture database's first event)"
    );
    let signed = Canonical {
        signature: Some("performed"),
        kind: "destroy",
        ..receipt()
    };
    assert_eq!(
        hex::encode(event_hash(&GENESIS, &signed, &[pack_line()])),
        "c455bdd628e83d9fc016c4102d9cf99942378d16f61d7e7b8d030b06b5b9a059",
        "a signed v1 event hashes as it did"
    );
    let record = Canonical {
        signature: Some("approved"),
        kind: "recall_close",
        ..receipt()
    };
    assert_eq!(
        hex::encode(event_hash(&[7; 32], &record, &[])),
        "77e74b537f9f2f9a58e3f3324699ca31fcdcbd1deb16162f4a182b8723cb43e8",
        "a v1 record with no lines hashes as it did"
    );
}

#[test]
fn the_hash_is_the_hash_of_the_previous_hash_and_the_canonical_bytes() {
    let e = receipt();
    let lines = [pack_line()];
    assert_eq!(
        event_hash(&[9; 32], &e, &lines),
        hash_bytes(&[9; 32], &canonical_bytes(&e, &lines)),
        "hashing streams exactly the bytes canonical_bytes returns"
    );
}

fn every_shape() -> Vec<(Canonical<'static>, Vec<CanonicalLine<'static>>)> {
    let v2_user = Canonical {
        format: Format::V2,
        kind: "user_role_changed",
        location: None,
        counterparty: None,
        raw_scan: None,
        reason: Some("moved to QA"),
        subject: Some(CanonicalSubject {
            username: "bob",
            role: "qa",
            active: true,
        }),
        ..receipt()
    };
    let lot_line = CanonicalLine {
        serial: None,
        quantity: 40,
        unit_cost_cents: None,
        expiry: None,
        ..pack_line()
    };
    vec![
        (receipt(), vec![pack_line()]),
        (
            Canonical {
                signature: Some("performed"),
                kind: "destroy",
                ..receipt()
            },
            vec![pack_line(), lot_line.clone()],
        ),
        (
            Canonical {
                format: Format::V2,
                ..receipt()
            },
            vec![lot_line.clone()],
        ),
        (
            Canonical {
                format: Format::V2,
                signature: Some("approved"),
                ..receipt()
            },
            vec![],
        ),
        (v2_user, vec![]),
        (
            Canonical {
                format: Format::V2,
                raw_scan: Some(""),
                reference: Some("ünïcode ✓ \u{1d}"),
                ..receipt()
            },
            vec![CanonicalLine {
                line_no: 2,
                quantity: -3,
                ..lot_line
            }],
        ),
    ]
}

#[test]
fn canonical_bytes_parse_back_to_the_event_they_encode() {
    for (e, lines) in every_shape() {
        let bytes = canonical_bytes(&e, &lines);
        let parsed = parse(&bytes).unwrap_or_else(|err| panic!("{err}: {e:?}"));
        let (again, again_lines) = parsed.canonical();
        assert_eq!(again, e, "the event reads back field for field");
        assert_eq!(again_lines, lines, "and its lines");
        assert_eq!(
            canonical_bytes(&again, &again_lines),
            bytes,
            "and encodes to the same bytes"
        );
    }
}

#[test]
fn bytes_that_are_not_an_event_are_refused_never_read_as_another_event() {
    let (e, lines) = &every_shape()[1];
    let bytes = canonical_bytes(e, lines);
    for cut in [0, 5, 16, 40, bytes.len() - 1] {
        assert!(parse(&bytes[..cut]).is_err(), "a cut at {cut} is refused");
    }
    let mut trailing = bytes.clone();
    trailing.push(0);
    assert!(
        matches!(parse(&trailing), Err(ParseError::Trailing { .. })),
        "nothing may follow the last line"
    );
    let mut presence = bytes.clone();
    presence[16] = 7;
    assert!(matches!(
        parse(&presence),
        Err(ParseError::BadPresence { at: 16, found: 7 })
    ));
    assert_eq!(parse(b"custody.event.v9"), Err(ParseError::UnknownFormat));
    // A line count far beyond the bytes left is refused before anything is allocated for it.
    let e = receipt();
    let mut huge = canonical_bytes(
        &Canonical {
            format: Format::V2,
            ..e
        },
        &[],
    );
    let n = huge.len();
    huge[n - 8..].copy_from_slice(&i64::MAX.to_be_bytes());
    assert!(matches!(
        parse(&huge),
        Err(ParseError::BadField {
            field: "line_count",
            ..
        })
    ));
}
