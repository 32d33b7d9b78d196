//! Supplier quality from a planted history: MediDist's despatch advice is received with a pack
//! of another lot, a pack it did not list and one that never comes, and later sends a serial
//! already in stock; PharmaCo sends short-dated packs of a lot that is then recalled, a pack
//! and a lot of gauze above contract (another pack within the tolerance), a pack held on
//! arrival as suspect and one found suspect at a later count.

use std::collections::HashMap;

use custody_core::insights::*;
use custody_core::master::NewSupplierPrice;
use custody_core::movement::{Movement, ScanInput, ScanSession};
use custody_core::recall::{NewRecall, ScopeLine};
use custody_core::*;

use crate::insights_shrinkage::{at, d, history, History, Move};

const GS: char = '\u{1d}';
const AMOX: &str = "09506000134352";
const GAUZE: &str = "09506000134369";

/// An amoxicillin pack: serial, manufacturing date (AI 11) if printed, expiry, lot (`YYMMDD`).
fn amox(serial: &str, made: Option<&str>, expiry: &str, lot: &str) -> String {
    let made = made.map(|m| format!("11{m}")).unwrap_or_default();
    format!("]d201{AMOX}{made}17{expiry}10{lot}{GS}21{serial}")
}

/// The planted history, and the events that brought each pack in (by label).
struct Planted {
    h: History,
    ids: HashMap<&'static str, String>,
}

/// Receives one scan from `supplier` on `day` at the main pharmacy (against `shipment` when
/// given); the event's id.
fn receive(
    h: &mut History,
    day: &str,
    supplier: PartnerId,
    shipment: Option<i64>,
    raw: &str,
    (quantity, cost): (Option<i64>, Option<i64>),
) -> String {
    let admin = h.p.admin.clone();
    let mut s = ScanSession::new(Movement::Receive, h.p.main.id);
    s.counterparty = Some(supplier);
    s.shipment = shipment;
    s.reference = Some("DN-1".into());
    let input = ScanInput {
        raw: raw.into(),
        quantity,
        unit_cost_cents: cost,
        ..ScanInput::default()
    };
    let v = h.p.store.scan(&admin, &s, &input, at(day)).unwrap();
    v.recorded
        .unwrap_or_else(|| panic!("{day} {raw}: {}", v.message))
        .event_id
}

/// Master data: a second supplier, manufacturers, contracts, the site's settings.
fn master(h: &mut History) -> Partner {
    let admin = h.p.admin.clone();
    let store = &mut h.p.store;
    let now = at("2027-01-01");
    let pharmaco = store
        .add_partner(&admin, "PHARMACO", "PharmaCo", PartnerKind::Supplier, None)
        .unwrap();
    for (product, maker, price) in [
        (&h.p.amoxicillin, "Sandoz", None),
        (&h.p.gauze, "Hartmann", Some(30)),
    ] {
        let mut data = product.data.clone();
        data.manufacturer = Some(maker.into());
        data.contract_price_cents = price;
        store.update_product(&admin, product.id, &data).unwrap();
    }
    for (supplier, cents) in [("MEDIDIST", 400), ("PHARMACO", 500)] {
        let price = NewSupplierPrice {
            supplier: supplier.into(),
            gtin: AMOX.into(),
            price_cents: cents,
            valid_from: d("2027-01-01"),
        };
        store.set_supplier_price(&admin, &price, now).unwrap();
    }
    for (key, value) in [
        (site_setting::CURRENCY, "EUR"),
        (site_setting::SHORT_DATED_DAYS, "120"),
        (site_setting::PRICE_TOLERANCE, "10"),
    ] {
        store.set_site_setting(&admin, key, value, now).unwrap();
    }
    pharmaco
}

fn planted() -> Planted {
    let mut h = history();
    let pharmaco = master(&mut h).id;
    let (admin, medidist) = (h.p.admin.clone(), h.p.supplier.id);
    let mut ids: HashMap<&'static str, String> = HashMap::new();
    let csv = format!(
        "gtin,serial,lot,expiry,quantity,po\n{AMOX},S1,LA,2028-12-31,1,PO-9\n\
         {AMOX},S2,LA,2028-12-31,1,PO-9\n{AMOX},S3,LA,2028-12-31,1,PO-9\n"
    );
    let asn =
        h.p.store
            .import_shipment(
                &admin,
                csv.as_bytes(),
                Some(medidist),
                None,
                None,
                at("2027-01-09"),
            )
            .unwrap()
            .id;
    let s1 = amox("S1", Some("260315"), "281231", "LA");
    let m = (medidist, Some(asn));
    let mut recv = |h: &mut History, day, (who, asn), label, raw: &str, qc| {
        ids.insert(label, receive(h, day, who, asn, raw, qc));
    };
    recv(&mut h, "2027-01-10", m, "S1", &s1, (None, Some(420)));
    let s2 = amox("S2", None, "281231", "LB");
    recv(&mut h, "2027-01-10", m, "S2", &s2, (None, Some(400)));
    let s9 = amox("S9", Some("260800"), "281231", "LA");
    recv(&mut h, "2027-01-10", m, "S9", &s9, (None, None));
    h.p.store
        .close_shipment(&admin, asn, None, at("2027-01-12"))
        .unwrap();
    let p = (pharmaco, None);
    let p1 = amox("P1", Some("260915"), "270331", "LP");
    recv(&mut h, "2027-01-20", p, "P1", &p1, (None, Some(500)));
    recv(
        &mut h,
        "2027-01-20",
        p,
        "P2",
        &amox("P2", None, "270331", "LP"),
        (None, Some(540)),
    );
    let gp = format!("]d201{GAUZE}1727043010GP");
    recv(&mut h, "2027-01-20", p, "GP", &gp, (Some(50), Some(40)));
    let p3 = amox("P3", None, "290630", "LQ");
    recv(&mut h, "2027-01-20", p, "P3", &p3, (None, Some(560)));
    // The lot was first seen expiring 2029-06-30: another expiry is suspect, held on arrival.
    recv(
        &mut h,
        "2027-01-20",
        p,
        "P4",
        &amox("P4", None, "290731", "LQ"),
        (None, None),
    );
    // P3 goes to the ward, is dispensed there, and turns up on its shelf at a count.
    let (main, ward) = (h.p.main.id, h.p.ward.id);
    let to_ward = Move {
        raw: &p3,
        to: Some(ward),
        ..Move::default()
    };
    h.scan("2027-01-22", Movement::Transfer, main, to_ward);
    let given = Move {
        raw: &p3,
        ..Move::default()
    };
    h.scan("2027-01-25", Movement::Dispense, ward, given);
    // MediDist sends S1 again while it is on the shelf: a duplicate, held as suspect.
    recv(
        &mut h,
        "2027-02-01",
        (medidist, None),
        "S1 again",
        &s1,
        (None, Some(420)),
    );
    h.count("2027-02-05", ward, &[(&p3, None)]);
    h.p.store
        .create_recall(
            &admin,
            &NewRecall {
                number: "RC-7".into(),
                title: "Amoxicillin lot LP".into(),
                class: RecallClass::II,
                reason: "dissolution failure".into(),
                instructions: None,
                issuer: Some("Sandoz".into()),
                issued_on: d("2027-02-10"),
                scope: vec![ScopeLine {
                    gtin: AMOX.into(),
                    lot: Some("LP".into()),
                    serial: None,
                }],
            },
            at("2027-02-10"),
        )
        .unwrap();
    Planted { h, ids }
}

/// A record: (key, name), then deliveries, packs, short-dated, lot or expiry differs,
/// unexpected, missing, suspect, duplicate serials, over contract, excess, recalls.
fn rec(who: (&str, &str), f: [i64; 11]) -> SupplierQuality {
    let u = |i: usize| f[i] as u64;
    SupplierQuality {
        key: who.0.into(),
        name: who.1.into(),
        deliveries: u(0),
        packs: u(1),
        short_dated: u(2),
        lot_or_expiry_differs: u(3),
        unexpected: u(4),
        missing: u(5),
        suspect: u(6),
        duplicate_serials: u(7),
        over_contract: u(8),
        excess_cents: f[9],
        recalls: u(10),
    }
}

/// An affected pack: (supplier, finding, event label, day), then (serial, lot, expiry,
/// manufactured, quantity).
fn hit(
    ids: &HashMap<&'static str, String>,
    (supplier, finding, event, day): (&str, SupplierFinding, &str, &str),
    (serial, lot, expiry, made, quantity): (Option<&str>, &str, &str, Option<&str>, u64),
) -> AffectedPack {
    let is_amox = serial.is_some();
    AffectedPack {
        supplier: supplier.into(),
        finding,
        received: d(day),
        gtin: if is_amox { AMOX } else { GAUZE }.into(),
        product: if is_amox {
            "Amoxicillin 500 mg caps x21"
        } else {
            "Gauze swabs x100"
        }
        .into(),
        manufacturer: Some(if is_amox { "Sandoz" } else { "Hartmann" }.into()),
        serial: serial.map(String::from),
        lot: Some(lot.into()),
        expiry: Some(expiry.into()),
        manufactured: made.map(String::from),
        quantity,
        event_id: ids[event].clone(),
    }
}

fn query(from: &str, to: &str) -> InsightQuery {
    InsightQuery {
        from: Some(d(from)),
        to: Some(d(to)),
        ..InsightQuery::default()
    }
}

fn insight(p: &Planted, q: &InsightQuery) -> SupplierInsight {
    p.h.p
        .store
        .supplier_insight(&p.h.p.admin, q, at("2027-03-01"))
        .unwrap()
}

const MEDIDIST: (&str, &str) = ("MEDIDIST", "MediDist");
const PHARMACO: (&str, &str) = ("PHARMACO", "PharmaCo");
const SANDOZ: (&str, &str) = ("Sandoz", "Sandoz");
const HARTMANN: (&str, &str) = ("Hartmann", "Hartmann");

#[test]
fn supplier_quality_finds_exactly_what_each_supplier_was_planted_with() {
    let p = planted();
    let s = insight(&p, &query("2027-01-01", "2027-02-28"));
    use SupplierFinding::*;
    let ids = &p.ids;
    let amox_hit = |who, f, ev, day, serial, lot, expiry, made| {
        hit(ids, (who, f, ev, day), (Some(serial), lot, expiry, made, 1))
    };
    let m = "MEDIDIST";
    let ph = "PHARMACO";
    let (jan10, jan20) = ("2027-01-10", "2027-01-20");
    let mut expected = SupplierInsight {
        period: Period {
            from: d("2027-01-01"),
            to: d("2027-02-28"),
        },
        currency: Some("EUR".into()),
        tolerance_percent: 10,
        short_dated_days: 120,
        suppliers: vec![
            rec(PHARMACO, [3, 54, 52, 0, 0, 0, 2, 0, 51, 560, 1]),
            rec(MEDIDIST, [2, 3, 0, 1, 1, 1, 0, 1, 0, 0, 0]),
        ],
        manufacturers: vec![
            rec(HARTMANN, [1, 50, 50, 0, 0, 0, 0, 0, 50, 500, 0]),
            rec(SANDOZ, [4, 7, 2, 1, 1, 1, 2, 1, 1, 60, 1]),
        ],
        over_contract: vec![
            PriceExcess {
                supplier: ph.into(),
                day: d(jan20),
                gtin: AMOX.into(),
                product: "Amoxicillin 500 mg caps x21".into(),
                lot: Some("LQ".into()),
                quantity: 1,
                unit_cost_cents: 560,
                contract_cents: 500,
                excess_cents: 60,
            },
            PriceExcess {
                supplier: ph.into(),
                day: d(jan20),
                gtin: GAUZE.into(),
                product: "Gauze swabs x100".into(),
                lot: Some("GP".into()),
                quantity: 50,
                unit_cost_cents: 40,
                contract_cents: 30,
                excess_cents: 500,
            },
        ],
        affected_total: 0,
        affected: vec![
            amox_hit(
                m,
                LotOrExpiryDiffers,
                "S2",
                jan10,
                "S2",
                "LB",
                "2028-12-31",
                None,
            ),
            amox_hit(
                m,
                Unexpected,
                "S9",
                jan10,
                "S9",
                "LA",
                "2028-12-31",
                Some("2026-08"),
            ),
            amox_hit(
                m,
                DuplicateSerial,
                "S1 again",
                "2027-02-01",
                "S1",
                "LA",
                "2028-12-31",
                Some("2026-03-15"),
            ),
            amox_hit(
                ph,
                ShortDated,
                "P1",
                jan20,
                "P1",
                "LP",
                "2027-03-31",
                Some("2026-09-15"),
            ),
            amox_hit(
                ph,
                Recalled,
                "P1",
                jan20,
                "P1",
                "LP",
                "2027-03-31",
                Some("2026-09-15"),
            ),
            amox_hit(ph, ShortDated, "P2", jan20, "P2", "LP", "2027-03-31", None),
            amox_hit(ph, Recalled, "P2", jan20, "P2", "LP", "2027-03-31", None),
            hit(
                ids,
                (ph, ShortDated, "GP", jan20),
                (None, "GP", "2027-04-30", None, 50),
            ),
            hit(
                ids,
                (ph, OverContract, "GP", jan20),
                (None, "GP", "2027-04-30", None, 50),
            ),
            amox_hit(ph, Suspect, "P3", jan20, "P3", "LQ", "2029-06-30", None),
            amox_hit(
                ph,
                OverContract,
                "P3",
                jan20,
                "P3",
                "LQ",
                "2029-06-30",
                None,
            ),
            amox_hit(ph, Suspect, "P4", jan20, "P4", "LQ", "2029-07-31", None),
        ],
    };
    // Far fewer than the listing's limit: every affected pack is listed.
    expected.affected_total = expected.affected.len() as u64;
    assert_eq!(
        s, expected,
        "PharmaCo: P1, P2 and 50 gauze short-dated (120 days), P3 and the gauze above contract \
         beyond 10% (P2's 8% is within), P3 found suspect at a count and P4 held on arrival, \
         lot LP recalled; MediDist: S2 of another lot, S9 unlisted, S3 never came, S1 sent again"
    );
}

#[test]
fn one_supplier_is_only_what_it_sent_and_its_manufacturers_only_that() {
    let p = planted();
    let q = InsightQuery {
        supplier: Some("PHARMACO".into()),
        ..query("2027-01-01", "2027-02-28")
    };
    let s = insight(&p, &q);
    assert_eq!(
        s.suppliers,
        vec![rec(PHARMACO, [3, 54, 52, 0, 0, 0, 2, 0, 51, 560, 1])]
    );
    assert_eq!(
        s.manufacturers,
        vec![
            rec(HARTMANN, [1, 50, 50, 0, 0, 0, 0, 0, 50, 500, 0]),
            rec(SANDOZ, [2, 4, 2, 0, 0, 0, 2, 0, 1, 60, 1]),
        ],
        "Sandoz's record is what PharmaCo sent of it"
    );
    assert_eq!(s.affected.len(), 9);
    assert!(s.affected.iter().all(|a| a.supplier == "PHARMACO"));
}

#[test]
fn one_product_is_only_its_receipts() {
    let p = planted();
    let q = InsightQuery {
        product: Some(GAUZE.into()),
        ..query("2027-01-01", "2027-02-28")
    };
    let s = insight(&p, &q);
    assert_eq!(
        s.suppliers,
        vec![rec(PHARMACO, [1, 50, 50, 0, 0, 0, 0, 0, 50, 500, 0])],
        "MediDist sent no gauze, and its missing pack was amoxicillin"
    );
    assert_eq!(
        s.manufacturers,
        vec![rec(HARTMANN, [1, 50, 50, 0, 0, 0, 0, 0, 50, 500, 0])]
    );
    assert_eq!(s.over_contract.len(), 1);
    assert_eq!(s.affected.len(), 2);
}

#[test]
fn a_period_counts_the_receipts_of_its_days_and_the_shipments_closed_in_it() {
    let p = planted();
    let s = insight(&p, &query("2027-01-11", "2027-01-31"));
    assert_eq!(
        s.suppliers,
        vec![
            rec(PHARMACO, [3, 54, 52, 0, 0, 0, 2, 0, 51, 560, 1]),
            rec(MEDIDIST, [0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0]),
        ],
        "MediDist's packs came on the 10th, before the period; its shipment was closed on the \
         12th with S3 missing; P3's suspicion after the period still counts for its receipt"
    );
    let s = insight(&p, &query("2027-02-01", "2027-02-28"));
    assert_eq!(
        s.suppliers,
        vec![rec(MEDIDIST, [0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0])],
        "in February only the duplicate S1 arrived"
    );
    assert_eq!(s.affected.len(), 1);
    assert_eq!(s.affected[0].finding, SupplierFinding::DuplicateSerial);
}

#[test]
fn a_location_counts_what_was_received_there_and_the_shipments_received_there() {
    let p = planted();
    let q = InsightQuery {
        location: Some("WARD-3A".into()),
        ..query("2027-01-01", "2027-02-28")
    };
    let s = insight(&p, &q);
    assert_eq!(s.suppliers, vec![], "nothing was received at the ward");
    assert_eq!(s.affected, vec![]);
    let q = InsightQuery {
        location: Some("MAIN".into()),
        ..query("2027-01-01", "2027-02-28")
    };
    let s = insight(&p, &q);
    assert_eq!(s.suppliers.len(), 2);
    assert_eq!(s.suppliers[1].missing, 1, "the advice was received at MAIN");
}

#[test]
fn an_unknown_supplier_is_refused() {
    let p = planted();
    let q = InsightQuery {
        supplier: Some("NOBODY".into()),
        ..query("2027-01-01", "2027-02-28")
    };
    let e =
        p.h.p
            .store
            .supplier_insight(&p.h.p.admin, &q, at("2027-03-01"))
            .unwrap_err();
    assert_eq!(e.code(), "master.partner_unknown", "{e:?}");
}
