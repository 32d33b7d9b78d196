//! The EPCIS export validates against GS1's EPCIS 2.0 JSON schema, and reads back.

use custody_core::epcis::{parse_epc, parse_json, Epc, ExportScope};
use custody_core::movement::{Movement, ScanInput, ScanSession};
use custody_core::*;

use crate::fixtures::{now, pharmacy};

fn validate(doc: &serde_json::Value) {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../data/EPCIS-JSON-Schema.json")).unwrap();
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    let errors: Vec<String> = validator
        .iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "the export must validate against the EPCIS 2.0 schema:\n{}\n{}",
        errors.join("\n"),
        serde_json::to_string_pretty(doc).unwrap()
    );
}

#[test]
fn a_packs_history_exports_as_valid_epcis_2_0() {
    let mut p = pharmacy();
    let q = p
        .store
        .add_location(&p.admin, "QUAR", "Quarantine", LocationKind::Quarantine)
        .unwrap();
    let admin = p.admin.clone();
    let signature = p.sign(&admin, SignatureMeaning::Performed);
    let raw = "]d201095060001343521728123110LOT1/A\u{1d}21SN/1".to_string();
    let mut scan = |m: Movement, loc: LocationId, reason: Option<&str>, to: Option<LocationId>| {
        let mut s = ScanSession::new(m, loc);
        s.signature = Some(signature.clone());
        s.counterparty = Some(p.supplier.id);
        s.reference = Some("PO 4711".into());
        s.reason = reason.map(String::from);
        s.to_location = to;
        p.store
            .scan(
                &admin,
                &s,
                &ScanInput {
                    raw: raw.clone(),
                    ..Default::default()
                },
                now(),
            )
            .unwrap()
    };
    scan(Movement::Receive, p.main.id, None, None);
    scan(Movement::Transfer, p.main.id, None, Some(p.ward.id));
    scan(Movement::Quarantine, p.ward.id, Some("damaged"), None);
    scan(Movement::Destroy, q.id, Some("damaged"), None);
    let gauze = "]d201095060001343691729013110G7";
    let mut s = ScanSession::new(Movement::Receive, p.main.id);
    s.counterparty = Some(p.supplier.id);
    p.store
        .scan(
            &admin,
            &s,
            &ScanInput {
                raw: gauze.into(),
                quantity: Some(40),
                ..Default::default()
            },
            now(),
        )
        .unwrap();

    let doc = p
        .store
        .export_epcis(
            &p.admin,
            &ExportScope::Serial {
                gtin: "09506000134352".into(),
                serial: "SN/1".into(),
            },
            now(),
        )
        .unwrap();
    validate(&doc);
    let events = doc["epcisBody"]["eventList"].as_array().unwrap();
    let steps: Vec<&str> = events
        .iter()
        .map(|e| e["bizStep"].as_str().unwrap())
        .collect();
    assert_eq!(steps, vec!["receiving", "storing", "holding", "destroying"]);
    assert_eq!(
        events[3]["action"], "DELETE",
        "destruction ends the pack's life"
    );
    assert_eq!(
        events[0]["epcList"][0], "https://id.gs1.org/01/09506000134352/21/SN%2F1",
        "packs as Digital Link URIs"
    );
    assert_eq!(
        events[0]["bizTransactionList"][0]["bizTransaction"],
        "urn:custody:document:PO%204711"
    );

    // What we export, we can read back.
    let back = parse_json(&doc.to_string()).unwrap();
    assert_eq!(
        parse_epc(&back[0].epcs[0]),
        Epc::Sgtin {
            gtin: "09506000134352".into(),
            serial: "SN/1".into()
        }
    );

    let range = ExportScope::Range {
        from: Timestamp::parse("2026-11-01T00:00:00Z").unwrap(),
        to: Timestamp::parse("2026-12-01T00:00:00Z").unwrap(),
    };
    let doc = p.store.export_epcis(&p.admin, &range, now()).unwrap();
    validate(&doc);
    let lot_event = doc["epcisBody"]["eventList"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e.get("quantityList").is_some())
        .expect("the lot receipt");
    assert_eq!(
        lot_event["quantityList"][0]["epcClass"],
        "https://id.gs1.org/01/09506000134369/10/G7"
    );
    assert_eq!(lot_event["quantityList"][0]["quantity"], 40);
}
