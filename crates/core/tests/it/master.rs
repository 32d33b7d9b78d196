//! Master data and the all-or-nothing product import.

use custody_core::*;

use crate::fixtures::{now, pharmacy, Pharmacy};

#[test]
fn product_import_is_all_or_nothing_with_line_numbers() {
    let mut p = pharmacy();
    let csv = "gtin,name,tracking,contract_price\n\
               00305910369019,Drug A 10 mg tabs,serial,1.20\n\
               09506000134352,Duplicate of an existing product,serial,2\n\
               12345,Bad GTIN,serial,1\n";
    let err = p
        .store
        .import_products(&p.admin, csv.as_bytes(), now())
        .unwrap_err();
    let CoreError::Import(problems) = err else {
        panic!("expected an import error")
    };
    let lines: Vec<usize> = problems.iter().map(|x| x.line).collect();
    assert_eq!(
        lines,
        vec![3, 4],
        "line 3 duplicates a product, line 4 fails validation: {problems:?}"
    );
    assert!(
        p.store.product_by_gtin("00305910369019").is_err(),
        "a rejected file adds nothing, not even its good rows"
    );

    let good = "gtin,name,tracking,contract_price,ndc\n00305910369019,Drug A 10 mg tabs,serial,1.20,0591-0369-01\n09506000134376,Syringes 10 mL,lot,,\n";
    assert_eq!(
        p.store
            .import_products(&p.admin, good.as_bytes(), now())
            .unwrap(),
        2
    );
    let a = p.store.product_by_gtin("00305910369019").unwrap();
    assert_eq!(a.data.contract_price_cents, Some(120));
    assert_eq!(
        a.data.ndc.as_deref(),
        Some("0591-0369-01"),
        "the NDC is stored as given, never derived"
    );
    assert_eq!(
        p.store.product_by_gtin("09506000134376").unwrap().tracking,
        TrackingMode::Lot
    );
}

#[test]
fn short_gtins_are_stored_as_gtin14_and_bad_ones_say_why() {
    let mut p = pharmacy();
    let prod = p
        .store
        .add_product(
            &p.admin,
            &ProductData {
                gtin: "416000336108".into(),
                name: "UPC pack".into(),
                ..Default::default()
            },
            now(),
        )
        .unwrap();
    assert_eq!(prod.data.gtin, "00416000336108");
    let err = p
        .store
        .add_product(
            &p.admin,
            &ProductData {
                gtin: "09506000134355".into(),
                name: "x".into(),
                ..Default::default()
            },
            now(),
        )
        .unwrap_err();
    assert_eq!(
        (err.code(), err.field_at_fault().as_deref()),
        ("master.gtin_invalid", Some("gtin")),
        "a GTIN with a wrong check digit is refused at its field: {err}"
    );
    assert!(
        err.args()["detail"]
            .as_str()
            .is_some_and(|d| d.contains("check digit")),
        "and the refusal says why: {err}"
    );
    let err = p
        .store
        .add_product(
            &p.admin,
            &ProductData {
                gtin: "00416000336108".into(),
                name: "again".into(),
                ..Default::default()
            },
            now(),
        )
        .unwrap_err();
    assert_eq!(
        err.code(),
        "master.product_exists",
        "a GTIN-13 is the same product as its GTIN-14"
    );
}

#[test]
fn codes_and_glns_are_validated() {
    let mut p = pharmacy();
    assert_eq!(
        p.store
            .add_location(&p.admin, "bad code!", "x", LocationKind::Ward)
            .unwrap_err()
            .code(),
        "master.code_characters",
        "a code is letters, digits, '-', '_' and '.'"
    );
    assert_eq!(
        p.store
            .add_partner(
                &p.admin,
                "P2",
                "x",
                PartnerKind::Supplier,
                Some("1234567890123")
            )
            .unwrap_err()
            .code(),
        "master.gln_invalid",
        "a GLN with a wrong check digit is refused"
    );
    assert_eq!(
        p.store
            .add_location(&p.admin, "MAIN", "again", LocationKind::Ward)
            .unwrap_err()
            .code(),
        "master.location_exists",
        "a location code is given once"
    );
}

#[test]
fn the_stock_list_reads_the_same_a_page_at_a_time_as_whole() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path().join("demo.db")).unwrap();
    store
        .create_demo(custody_core::demo::Scale::Small, crate::fixtures::now())
        .unwrap();
    let admin = store.actor("admin").unwrap();
    let page = |offset, limit| {
        store
            .stock(
                &admin,
                &custody_core::stock::StockFilter {
                    limit: Some(limit),
                    offset,
                    ..Default::default()
                },
            )
            .unwrap()
    };
    let whole = page(0, 100_000);
    assert!(
        whole.len() > 200,
        "the demo holds stock of many products at many places"
    );
    let mut paged = Vec::new();
    for offset in (0..whole.len() + 37).step_by(37) {
        paged.extend(page(offset, 37));
    }
    assert_eq!(paged, whole);
    // The same lines as asking location by location.
    let mut by_location = Vec::new();
    for l in store.locations(&admin).unwrap() {
        by_location.extend(
            store
                .stock(
                    &admin,
                    &custody_core::stock::StockFilter {
                        location: Some(l.code.clone()),
                        limit: Some(100_000),
                        ..Default::default()
                    },
                )
                .unwrap(),
        );
    }
    let key = |r: &custody_core::stock::StockRow| (r.gtin.clone(), r.location.clone());
    let mut a: Vec<_> = whole
        .iter()
        .map(|r| (key(r), r.in_stock, r.quarantined))
        .collect();
    let mut b: Vec<_> = by_location
        .iter()
        .map(|r| (key(r), r.in_stock, r.quarantined))
        .collect();
    a.sort();
    b.sort();
    assert_eq!(a, b);
    // Each location's list, a page at a time: the whole list's lines at that place, in the
    // whole list's order (read a batch of products at a time, as the whole list is).
    let mut most = 0;
    for l in store.locations(&admin).unwrap() {
        let at = |offset, limit| {
            store
                .stock(
                    &admin,
                    &custody_core::stock::StockFilter {
                        location: Some(l.code.clone()),
                        limit: Some(limit),
                        offset,
                        ..Default::default()
                    },
                )
                .unwrap()
        };
        let expected: Vec<_> = whole
            .iter()
            .filter(|r| r.location == l.code)
            .cloned()
            .collect();
        let mut paged = Vec::new();
        for offset in (0..expected.len() + 37).step_by(37) {
            paged.extend(at(offset, 37));
        }
        assert_eq!(paged, expected, "the list at {} read in pages", l.code);
        most = most.max(expected.len());
    }
    let products = store.products(&admin, "", 100_000).unwrap().len();
    assert!(
        most > 37 && products > 48,
        "a location's list takes two pages, read from more than one batch of products: {most} lines, {products} products"
    );
}

/// The amoxicillin product's data with a new name, everything else as it is.
fn renamed(p: &Pharmacy, name: &str) -> ProductData {
    ProductData {
        name: name.into(),
        ..p.amoxicillin.data.clone()
    }
}

#[test]
fn update_product_changes_the_record_checked_as_when_adding() {
    let mut p = pharmacy();
    let changed = ProductData {
        storage: Some("  below 25 °C ".into()),
        contract_price_cents: Some(250),
        ..renamed(&p, "Amoxicillin 500 mg capsules x21")
    };
    let out = p
        .store
        .update_product(&p.admin, p.amoxicillin.id, &changed)
        .unwrap();
    assert_eq!(
        out.data.storage.as_deref(),
        Some("below 25 °C"),
        "an edited field is cleaned as an added one is"
    );
    let stored = p.store.product_by_gtin("09506000134352").unwrap();
    assert_eq!(
        stored.data.name, "Amoxicillin 500 mg capsules x21",
        "the new name is what the product is found with afterwards"
    );
    assert_eq!(
        stored.data.contract_price_cents,
        Some(250),
        "every field of the form is written, not only the name"
    );

    let bad = ProductData {
        pack_size: Some(0),
        ..renamed(&p, "x")
    };
    let err = p
        .store
        .update_product(&p.admin, p.amoxicillin.id, &bad)
        .unwrap_err();
    assert_eq!(
        err.code(),
        "master.pack_size_not_positive",
        "an edit is checked by the same rules as an addition"
    );
}

#[test]
fn update_product_refuses_a_new_gtin() {
    let mut p = pharmacy();
    let moved = ProductData {
        gtin: "09506000134376".into(),
        ..renamed(&p, "Amoxicillin")
    };
    let err = p
        .store
        .update_product(&p.admin, p.amoxicillin.id, &moved)
        .unwrap_err();
    assert_eq!(
        err.code(),
        "master.product_gtin_fixed",
        "the ledger names products by GTIN, so a GTIN is never rewritten"
    );
    assert!(
        p.store.product_by_gtin("09506000134376").is_err(),
        "a refused edit leaves no product under the new GTIN"
    );
}

#[test]
fn update_product_refuses_a_tracking_change_once_stock_is_recorded() {
    let mut p = pharmacy();
    let lot_tracked = ProductData {
        tracking: Some(TrackingMode::Lot),
        ..p.amoxicillin.data.clone()
    };
    // Before any pack is recorded, the mode may still be corrected.
    let out = p
        .store
        .update_product(&p.admin, p.amoxicillin.id, &lot_tracked)
        .unwrap();
    assert_eq!(
        out.tracking,
        TrackingMode::Lot,
        "a product nothing was recorded of may change its tracking mode"
    );

    let receipt = p.receive_gauze(10);
    p.append(&[receipt]);
    let serial = ProductData {
        tracking: Some(TrackingMode::Serial),
        ..p.gauze.data.clone()
    };
    let err = p
        .store
        .update_product(&p.admin, p.gauze.id, &serial)
        .unwrap_err();
    assert_eq!(
        err.code(),
        "master.product_tracking_fixed",
        "recorded lots would no longer read as the new mode says"
    );
    assert_eq!(
        p.store
            .product_by_gtin(&p.gauze.data.gtin)
            .unwrap()
            .tracking,
        TrackingMode::Lot,
        "a refused edit changes nothing"
    );
    let renamed_gauze = ProductData {
        name: "Gauze swabs 10 x 10 cm x100".into(),
        ..p.gauze.data.clone()
    };
    p.store
        .update_product(&p.admin, p.gauze.id, &renamed_gauze)
        .expect("other fields of a product with stock may still change");
}

#[test]
fn update_product_needs_the_master_data_permission() {
    let mut p = pharmacy();
    let staff = p.staff();
    let changed = renamed(&p, "Renamed by staff");
    let err = p
        .store
        .update_product(&staff, p.amoxicillin.id, &changed)
        .unwrap_err();
    assert_eq!(
        err.code(),
        "auth.forbidden",
        "staff may not add products, so they may not change them either"
    );
}

#[test]
fn update_product_without_a_tracking_mode_keeps_the_products() {
    let mut p = pharmacy();
    let untold = ProductData {
        tracking: None,
        name: "Gauze swabs, sterile".into(),
        ..p.gauze.data.clone()
    };
    let out = p
        .store
        .update_product(&p.admin, p.gauze.id, &untold)
        .unwrap();
    assert_eq!(
        (
            out.tracking,
            p.store
                .product_by_gtin(&p.gauze.data.gtin)
                .unwrap()
                .tracking
        ),
        (TrackingMode::Lot, TrackingMode::Lot),
        "an edit that does not name the tracking mode must not switch a lot product to serial"
    );
}
