//! The protocol's own checks: signed batches verify with the site's key, the chain check names
//! what is wrong and where, refusals and hashes travel as the wire says.

use custody_ledger_format::{canonical_bytes, Canonical, CanonicalLine, Format, GENESIS};

use crate::*;

/// A chain of `n` receive events of `site`, as wire events after `prev`.
fn chain(site: &str, from: i64, n: i64, prev: [u8; 32]) -> (Vec<WireEvent>, [u8; 32]) {
    let mut prev = prev;
    let mut out = Vec::new();
    for seq in from..from + n {
        let id = format!("0190f0c0-0000-7000-8000-{seq:012}");
        let serial = format!("S{seq}");
        let e = Canonical {
            format: Format::CURRENT,
            id: &id,
            site,
            kind: "receive",
            occurred_at: "2026-12-01T08:00:00.000000Z",
            occurred_offset: 60,
            recorded_at: "2026-12-01T08:00:00.000000Z",
            actor: "ana",
            location: Some("MAIN"),
            counterparty: Some("SUP"),
            reference: None,
            reason: None,
            raw_scan: None,
            signature: None,
            subject: None,
        };
        let line = CanonicalLine {
            line_no: 1,
            gtin: "09506000134352",
            lot: Some("L1"),
            serial: Some(&serial),
            expiry: Some("2027-06-30"),
            quantity: 1,
            status_before: None,
            status_after: Some("in_stock"),
            location_before: None,
            location_after: Some("MAIN"),
            unit_cost_cents: None,
        };
        let bytes = canonical_bytes(&e, &[line]);
        let hash = chained_hash(&prev, &bytes);
        out.push(WireEvent::new(seq, Format::CURRENT, &bytes, &hash));
        prev = hash;
    }
    (out, prev)
}

#[test]
fn a_signed_batch_checks_and_verifies_with_the_sites_key() {
    let key = SiteKey::generate().unwrap();
    let (events, last) = chain("NORTH", 1, 3, GENESIS);
    let batch = signed_batch(&key, "NORTH", &GENESIS, events).unwrap();
    let message = batch_message("NORTH", 1, &GENESIS, 3, &last);
    assert!(verify_signature(
        &key.public_key(),
        &message,
        &batch.signature
    ));
    let other = SiteKey::generate().unwrap();
    assert!(!verify_signature(
        &other.public_key(),
        &message,
        &batch.signature
    ));
    // The signature covers the positions: the same batch claimed from another start does not verify.
    let moved = batch_message("NORTH", 2, &GENESIS, 3, &last);
    assert!(!verify_signature(
        &key.public_key(),
        &moved,
        &batch.signature
    ));
}

#[test]
fn a_key_kept_as_its_seed_signs_the_same() {
    let key = SiteKey::generate().unwrap();
    let again = SiteKey::from_seed(&key.seed());
    assert_eq!(key.public_key(), again.public_key());
    assert!(is_public_key(&key.public_key()));
    assert!(!is_public_key("not a key"));
}

#[test]
fn the_chain_check_names_what_is_wrong_and_where() {
    let (events, _) = chain("NORTH", 1, 3, GENESIS);
    assert_eq!(check_chain("NORTH", &GENESIS, &events).unwrap().len(), 3);

    let mut gap = events.clone();
    gap.remove(1);
    assert_eq!(
        check_chain("NORTH", &GENESIS, &gap).unwrap_err(),
        ChainError::OutOfOrder {
            seq: 3,
            expected: 2
        }
    );

    let mut edited = events.clone();
    let mut bytes = edited[1].canonical_bytes().unwrap();
    let at = bytes.len() - 12;
    bytes[at] ^= 1;
    edited[1].canonical = base64::engine::general_purpose::STANDARD.encode(&bytes);
    assert!(matches!(
        check_chain("NORTH", &GENESIS, &edited).unwrap_err(),
        ChainError::HashMismatch { seq: 2 } | ChainError::Unreadable { seq: 2, .. }
    ));

    assert_eq!(
        check_chain("SOUTH", &GENESIS, &events).unwrap_err(),
        ChainError::OtherSite {
            seq: 1,
            site: "NORTH".into()
        }
    );
    assert_eq!(
        check_chain("NORTH", &[1; 32], &events).unwrap_err(),
        ChainError::HashMismatch { seq: 1 }
    );

    let mut wrong_format = events.clone();
    wrong_format[0].format = 1;
    assert_eq!(
        check_chain("NORTH", &GENESIS, &wrong_format).unwrap_err(),
        ChainError::FormatMismatch { seq: 1 }
    );
    assert_eq!(
        check_chain("NORTH", &GENESIS, &[]).unwrap_err(),
        ChainError::Empty
    );
}

#[test]
fn a_batch_continues_from_the_hash_before_it() {
    let (first, head) = chain("NORTH", 1, 2, GENESIS);
    let (next, _) = chain("NORTH", 3, 2, head);
    assert!(check_chain("NORTH", &head, &next).is_ok());
    assert!(check_chain("NORTH", &GENESIS, &next).is_err());
    assert_eq!(first.len(), 2);
}

#[test]
fn refusals_travel_as_a_code_with_their_figures() {
    let gap = Refusal::Gap { expected_seq: 42 };
    let json = serde_json::to_string(&gap).unwrap();
    assert_eq!(json, r#"{"code":"gap","expected_seq":42}"#);
    assert_eq!(serde_json::from_str::<Refusal>(&json).unwrap(), gap);
    assert_eq!(gap.code(), "gap");
    let json = serde_json::to_string(&Refusal::BadSignature).unwrap();
    assert_eq!(json, r#"{"code":"bad_signature"}"#);
    let not_covered = Refusal::NotCovered {
        index: 2,
        number: "RC-1".into(),
        item: "GTIN 09506000134352, serial S9".into(),
    };
    let json = serde_json::to_string(&not_covered).unwrap();
    assert_eq!(
        json,
        r#"{"code":"not_covered","index":2,"number":"RC-1","item":"GTIN 09506000134352, serial S9"}"#,
        "the site learns which outcome the hub cannot take, by its place in the request"
    );
    assert_eq!(serde_json::from_str::<Refusal>(&json).unwrap(), not_covered);
}

#[test]
fn hashes_travel_as_hex() {
    let h = [0xab; 32];
    assert_eq!(parse_hash(&hash_hex(&h)), Some(h));
    assert_eq!(parse_hash("abc"), None);
    assert_eq!(parse_hash(&genesis_hex()), Some(GENESIS));
}

#[test]
fn times_must_be_the_ledgers_utc_form_because_the_hub_compares_them_as_text() {
    assert!(is_ledger_time("2026-12-01T08:00:00.000000Z"));
    for bad in [
        "2026-12-01T08:00:00Z",
        "2026-12-01T08:00:00.000000+01:00",
        "2026-13-01T08:00:00.000000Z",
        "2026-12-01 08:00:00.000000Z",
        "yesterday",
        "",
    ] {
        assert!(!is_ledger_time(bad), "{bad:?} is not the ledger's form");
    }
}

#[test]
fn a_first_sequence_number_that_cannot_be_counted_on_from_is_refused() {
    let (mut events, _) = chain("NORTH", 1, 2, GENESIS);
    events[0].seq = i64::MAX;
    events[1].seq = i64::MAX;
    assert!(
        matches!(
            check_chain("NORTH", &GENESIS, &events),
            Err(ChainError::OutOfOrder { .. })
        ),
        "a batch that would count past the largest number is refused, not overflowed"
    );
    let (mut events, _) = chain("NORTH", 1, 1, GENESIS);
    events[0].seq = 0;
    assert!(
        check_chain("NORTH", &GENESIS, &events).is_err(),
        "sequence numbers start at 1"
    );
}
