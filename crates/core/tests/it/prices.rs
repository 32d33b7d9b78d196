//! Prices where they arrive: contract prices per supplier from a day on, prices on despatch
//! advices (CSV and EPCIS), the unit cost a receipt keeps, and the over-contract check against
//! the receipt's own supplier.

use chrono::NaiveDate;
use custody_core::master::NewSupplierPrice;
use custody_core::*;

use crate::fixtures::{now, pharmacy, Pharmacy};

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// The pharmacy with its currency chosen (euros) and a second supplier, PHARMACO.
fn priced() -> (Pharmacy, Partner) {
    let mut p = pharmacy();
    p.store
        .set_site_setting(&p.admin, site_setting::CURRENCY, "EUR", now())
        .unwrap();
    let pharmaco = p
        .store
        .add_partner(
            &p.admin,
            "PHARMACO",
            "PharmaCo",
            PartnerKind::Supplier,
            None,
        )
        .unwrap();
    (p, pharmaco)
}

fn set(p: &mut Pharmacy, supplier: &str, cents: i64, from: &str) -> master::SupplierPrice {
    let admin = p.admin.clone();
    p.store
        .set_supplier_price(
            &admin,
            &NewSupplierPrice {
                supplier: supplier.into(),
                gtin: "9506000134352".into(),
                price_cents: cents,
                valid_from: day(from),
            },
            now(),
        )
        .unwrap()
}

#[test]
fn a_contract_is_the_suppliers_own_from_its_first_day_else_the_products_price() {
    let (mut p, pharmaco) = priced();
    let admin = p.admin.clone();
    let mut data = p.amoxicillin.data.clone();
    data.contract_price_cents = Some(400);
    p.store
        .update_product(&admin, p.amoxicillin.id, &data)
        .unwrap();
    let first = set(&mut p, "MEDIDIST", 410, "2026-01-01");
    assert_eq!(
        first,
        master::SupplierPrice {
            supplier: "MEDIDIST".into(),
            supplier_name: "MediDist".into(),
            gtin: "09506000134352".into(),
            product: "Amoxicillin 500 mg caps x21".into(),
            valid_from: "2026-01-01".into(),
            price_cents: 410,
            updated_at: now().utc_text(),
            updated_by: "alice".into(),
        },
        "the price set is answered as listed, its GTIN as GTIN-14"
    );
    set(&mut p, "MEDIDIST", 450, "2026-07-01");
    set(&mut p, "PHARMACO", 500, "2026-03-01");
    let (medidist, amox) = (Some(p.supplier.id), p.amoxicillin.id);
    let price = |s: Option<PartnerId>, d: &str| p.store.contract_price(s, amox, day(d)).unwrap();
    assert_eq!(
        price(medidist, "2025-12-31"),
        Some(400),
        "before MediDist's first contract: the product's price"
    );
    assert_eq!(
        price(medidist, "2026-01-01"),
        Some(410),
        "in force on its first day"
    );
    assert_eq!(
        price(medidist, "2026-06-30"),
        Some(410),
        "until the next one"
    );
    assert_eq!(
        price(medidist, "2026-07-01"),
        Some(450),
        "the later contract from its day"
    );
    assert_eq!(
        price(Some(pharmaco.id), "2026-07-01"),
        Some(500),
        "another supplier has its own"
    );
    assert_eq!(
        price(None, "2026-07-01"),
        Some(400),
        "no supplier: the product's price"
    );
    let listed: Vec<(String, String, i64)> = p
        .store
        .supplier_prices(&admin, None, Some("09506000134352"))
        .unwrap()
        .into_iter()
        .map(|s| (s.supplier, s.valid_from, s.price_cents))
        .collect();
    assert_eq!(
        listed,
        vec![
            ("MEDIDIST".into(), "2026-01-01".into(), 410),
            ("MEDIDIST".into(), "2026-07-01".into(), 450),
            ("PHARMACO".into(), "2026-03-01".into(), 500),
        ],
        "by supplier, then first day"
    );
    set(&mut p, "MEDIDIST", 455, "2026-07-01");
    assert_eq!(
        p.store
            .supplier_prices(&admin, Some("MEDIDIST"), None)
            .unwrap()
            .iter()
            .map(|s| s.price_cents)
            .collect::<Vec<_>>(),
        vec![410, 455],
        "the same supplier, product and day again replaces the price"
    );
}

#[test]
fn a_price_the_currency_cannot_say_is_refused_and_staff_cannot_set_one() {
    let (mut p, _) = priced();
    p.store
        .set_site_setting(&p.admin, site_setting::CURRENCY, "JPY", now())
        .unwrap();
    let admin = p.admin.clone();
    let new = NewSupplierPrice {
        supplier: "MEDIDIST".into(),
        gtin: "09506000134352".into(),
        price_cents: 1250,
        valid_from: day("2026-01-01"),
    };
    let err = p.store.set_supplier_price(&admin, &new, now()).unwrap_err();
    assert_eq!(err.code(), "master.price_decimals", "12.50 yen: {err}");
    assert_eq!(err.field_at_fault().as_deref(), Some("price"));
    let staff = p.staff();
    let err = p
        .store
        .set_supplier_price(
            &staff,
            &NewSupplierPrice {
                price_cents: 1200,
                ..new
            },
            now(),
        )
        .unwrap_err();
    assert_eq!(
        err.code(),
        "auth.forbidden",
        "contracts are master data: {err}"
    );
    assert!(
        p.store
            .supplier_prices(&admin, None, None)
            .unwrap()
            .is_empty(),
        "nothing was written"
    );
}

#[test]
fn a_price_file_is_imported_whole_or_not_at_all_with_each_problem_on_its_line() {
    let (mut p, _) = priced();
    let admin = p.admin.clone();
    let bad = "gtin,supplier,price,valid_from\n\
               09506000134352,MEDIDIST,4.10,2026-01-01\n\
               09506000134352,NOBODY,4.20,\n\
               09506000134369,PHARMACO,4.205,2026-02-30\n\
               09506000134352,MEDIDIST,4.15,2026-01-01\n";
    let err = p
        .store
        .import_supplier_prices(&admin, bad.as_bytes(), day("2026-11-22"), now())
        .unwrap_err();
    let CoreError::Import(problems) = err else {
        panic!("an import error: {err}")
    };
    let found: Vec<(usize, Option<String>, String)> = problems
        .into_iter()
        .map(|p| (p.line, p.field, p.message))
        .collect();
    assert_eq!(
        found,
        vec![
            (3, Some("supplier".into()), "There is no supplier or partner NOBODY.".into()),
            (
                4,
                Some("price".into()),
                "4.205 has too many decimals: a price in the site's currency is written with 2 decimals.".into()
            ),
            (
                4,
                Some("valid_from".into()),
                "“2026-02-30” is not a day: write it YYYY-MM-DD, such as 2026-12-01.".into()
            ),
            (
                5,
                Some("price".into()),
                "09506000134352 from 2026-01-01 with MEDIDIST is already on line 2".into()
            ),
        ],
        "every problem on its line and column"
    );
    assert!(
        p.store
            .supplier_prices(&admin, None, None)
            .unwrap()
            .is_empty(),
        "all or nothing: the good line was not written"
    );
    let good = "gtin,supplier,price\n9506000134352,MEDIDIST,4.10\n09506000134369,PHARMACO,0.35\n";
    assert_eq!(
        p.store
            .import_supplier_prices(&admin, good.as_bytes(), day("2026-11-22"), now())
            .unwrap(),
        2
    );
    let listed: Vec<(String, String, String, i64)> = p
        .store
        .supplier_prices(&admin, None, None)
        .unwrap()
        .into_iter()
        .map(|s| (s.supplier, s.gtin, s.valid_from, s.price_cents))
        .collect();
    assert_eq!(
        listed,
        vec![
            (
                "MEDIDIST".into(),
                "09506000134352".into(),
                "2026-11-22".into(),
                410
            ),
            (
                "PHARMACO".into(),
                "09506000134369".into(),
                "2026-11-22".into(),
                35
            ),
        ],
        "without valid_from a price is in force from the day of the import"
    );
}

#[test]
fn migrating_takes_each_products_contract_with_its_usual_supplier_as_in_force_from_the_start() {
    let (mut p, _) = priced();
    let admin = p.admin.clone();
    let mut data = p.amoxicillin.data.clone();
    data.contract_price_cents = Some(400);
    p.store
        .update_product(&admin, p.amoxicillin.id, &data)
        .unwrap();
    p.store
        .set_usual_supplier(&admin, "09506000134352", Some("MEDIDIST"))
        .unwrap();
    // Gauze has a usual supplier and no price; neither is a contract.
    p.store
        .set_usual_supplier(&admin, "09506000134369", Some("PHARMACO"))
        .unwrap();
    let path = p.store.path().to_path_buf();
    let Pharmacy { _dir, store, .. } = p;
    drop(store);
    {
        // The file as it was before migration 0026.
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "DROP TABLE supplier_price;
             ALTER TABLE shipment_item DROP COLUMN unit_price_cents;
             PRAGMA user_version = 25;",
        )
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    let seeded: Vec<(String, String, String, i64, String)> = store
        .supplier_prices(&admin, None, None)
        .unwrap()
        .into_iter()
        .map(|s| {
            (
                s.supplier,
                s.gtin,
                s.valid_from,
                s.price_cents,
                s.updated_by,
            )
        })
        .collect();
    assert_eq!(
        seeded,
        vec![(
            "MEDIDIST".into(),
            "09506000134352".into(),
            master::FROM_THE_START.into(),
            400,
            "custody:system".into()
        )],
        "the one product with both a usual supplier and a price has its contract, by the system"
    );
}
