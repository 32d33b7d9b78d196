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
    location_by_location(&store, &admin, &whole);
}

/// Each location's list (read a batch of products at a time, as the whole list is) against two
/// references: the whole list's lines at that place, in its order, and the lines of a list
/// narrowed to one product there (one query over the product's packs, not the batches). A page
/// at a time, and with a search.
fn location_by_location(store: &Store, admin: &User, whole: &[custody_core::stock::StockRow]) {
    use custody_core::stock::{StockFilter, StockRow};
    let list = |location: &str, gtin: Option<&str>, search: Option<&str>, offset, limit| {
        store
            .stock(
                admin,
                &StockFilter {
                    location: Some(location.to_string()),
                    gtin: gtin.map(str::to_string),
                    search: search.map(str::to_string),
                    limit: Some(limit),
                    offset,
                    ..Default::default()
                },
            )
            .unwrap()
    };
    let mut products = store.products(admin, "", 100_000).unwrap();
    products.sort_by_key(|p| (p.data.name.to_lowercase(), p.id.0));
    let batch_of = |gtin: &str| products.iter().position(|p| p.data.gtin == gtin).unwrap() / 48;
    let whole_searched = store
        .stock(
            admin,
            &StockFilter {
                search: Some("in".into()),
                limit: Some(100_000),
                ..Default::default()
            },
        )
        .unwrap();
    let (mut crosses_batches, mut narrowed) = (false, false);
    for l in store.locations(admin).unwrap() {
        let expected: Vec<StockRow> = whole
            .iter()
            .filter(|r| r.location == l.code)
            .cloned()
            .collect();
        let mut one_by_one: Vec<StockRow> = products
            .iter()
            .flat_map(|p| list(&l.code, Some(&p.data.gtin), None, 0, 100_000))
            .collect();
        let mut sorted = expected.clone();
        sorted.sort_by(|a, b| a.gtin.cmp(&b.gtin));
        one_by_one.sort_by(|a, b| a.gtin.cmp(&b.gtin));
        assert_eq!(
            sorted, one_by_one,
            "the lines at {}, product by product",
            l.code
        );
        let mut paged = Vec::new();
        for offset in (0..expected.len() + 37).step_by(37) {
            paged.extend(list(&l.code, None, None, offset, 37));
        }
        assert_eq!(paged, expected, "the list at {} read in pages", l.code);
        let searched: Vec<StockRow> = whole_searched
            .iter()
            .filter(|r| r.location == l.code)
            .cloned()
            .collect();
        assert_eq!(
            list(&l.code, None, Some("in"), 0, 100_000),
            searched,
            "the list at {} searched",
            l.code
        );
        narrowed |= !searched.is_empty() && searched.len() < expected.len();
        let batches: std::collections::BTreeSet<usize> =
            paged.iter().map(|r| batch_of(&r.gtin)).collect();
        crosses_batches |= paged.len() > 37 && batches.len() > 1;
    }
    assert!(
        crosses_batches,
        "some location's list takes two pages, from products of more than one batch of 48"
    );
    assert!(
        narrowed,
        "the search keeps some lines of a location, not all"
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
