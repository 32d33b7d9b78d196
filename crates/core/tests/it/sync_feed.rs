//! The hub's pull feed applied at the site: a page is taken whole with its cursor or not at all;
//! a product with the site's GTIN is the site's product (its own fields stay); a partner code
//! that names another partner here is mapped, never rewritten, and the ledger still verifies;
//! alarms are kept and listed; a page applied again is refused and changes nothing; a network
//! recall is entered once, by the sync agent, holding the stock, and one the site entered itself
//! is linked, not held again; a network recall the hub widens extends the site's (entered or
//! linked) and holds the new lots once, and one closed here since stops the feed, saying why.

use custody_core::recall::{NewRecall, ScopeLine};
use custody_core::*;
use custody_sync_protocol::{
    FeedAlarm, FeedChange, FeedItem, FeedPage, FeedPartner, FeedProduct, FeedRecall, FeedSite,
};

use crate::fixtures::{now, pharmacy, Pharmacy};

fn product(gtin: &str, name: &str, tracking: &str) -> FeedItem {
    FeedItem::Product(FeedProduct {
        gtin: gtin.into(),
        name: name.into(),
        generic_name: Some("amoxicillin".into()),
        form: None,
        strength: Some("500 mg".into()),
        pack_size: Some(21),
        manufacturer: None,
        tracking: tracking.into(),
        storage: None,
        controlled: false,
        ndc: None,
        pzn: None,
        cip: None,
    })
}

fn partner(code: &str, name: &str, gln: Option<&str>) -> FeedItem {
    FeedItem::Partner(FeedPartner {
        code: code.into(),
        name: name.into(),
        partner_kind: "supplier".into(),
        gln: gln.map(str::to_string),
    })
}

fn alarm(id: i64, change: &str, state: &str) -> FeedItem {
    FeedItem::Alarm(FeedAlarm {
        id,
        gtin: "09506000134352".into(),
        serial: "S1".into(),
        change: change.into(),
        state: state.into(),
        patterns: vec!["held_at_two_sites".into()],
        sites: vec!["NORTH".into(), "STMARY".into()],
        raised_at: "2026-11-22T08:00:00Z".into(),
        closed: None,
    })
}

/// A page of `items` at cursors `first`, `first + 1`, …, ending at the last.
fn page(first: i64, items: Vec<FeedItem>) -> FeedPage {
    let changes: Vec<FeedChange> = items
        .into_iter()
        .enumerate()
        .map(|(i, item)| FeedChange {
            cursor: first + i as i64,
            item,
        })
        .collect();
    let next_cursor = changes.last().map_or(first, |c| c.cursor);
    FeedPage {
        changes,
        next_cursor,
        more: false,
    }
}

fn apply(p: &mut Pharmacy, after: i64, page: &FeedPage) -> CoreResult<sync::FeedApplied> {
    let admin = p.admin.clone();
    p.store.apply_feed_page(&admin, after, page, now())
}

#[test]
fn a_page_is_applied_whole_with_its_cursor_and_not_again() {
    let mut p = pharmacy();
    let first = page(
        1,
        vec![
            product("09506000134369", "Gauze swabs, hub's name", "lot"),
            product("00305910369019", "Metformin 500 mg", "serial"),
            partner("NEWSUP", "New Supplier", None),
            FeedItem::Site(FeedSite {
                code: "NORTH".into(),
                name: "North pharmacy".into(),
            }),
            FeedItem::Site(FeedSite {
                code: "STMARY".into(),
                name: "this site itself".into(),
            }),
            alarm(7, "raised", "open"),
        ],
    );
    let applied = apply(&mut p, 0, &first).expect("a first page applies");
    assert_eq!(
        (
            applied.products_added,
            applied.products_updated,
            applied.partners_added,
            applied.alarms
        ),
        (1, 1, 2, 1),
        "metformin is new, gauze the site's own renamed, a supplier and NORTH added, the site itself skipped"
    );
    let admin = p.admin.clone();
    assert_eq!(
        p.store.pull_cursor(&admin).unwrap(),
        6,
        "the cursor is the page's end"
    );
    let gauze = p.store.product_by_gtin("09506000134369").unwrap();
    assert_eq!(
        gauze.data.name, "Gauze swabs, hub's name",
        "the same GTIN is the same product: the hub's name is taken"
    );
    assert!(
        p.store.partner("STMARY").is_err(),
        "a site is never its own partner"
    );

    let again = apply(&mut p, 0, &first).expect_err("the same page from the same cursor");
    assert_eq!(
        again.code(),
        "sync.pull_moved",
        "a page pulled before another was applied is refused, not applied twice"
    );
    let partners = p.store.partners(&admin).unwrap();
    assert_eq!(
        partners.iter().filter(|x| x.code == "NEWSUP").count(),
        1,
        "nothing of it was applied a second time"
    );
}

#[test]
fn a_page_that_cannot_be_taken_leaves_nothing_applied() {
    let mut p = pharmacy();
    let bad = page(
        1,
        vec![
            product("00305910369019", "Metformin 500 mg", "serial"),
            product("00305910369019", "Metformin", "by the box"),
        ],
    );
    let refused = apply(&mut p, 0, &bad).expect_err("a tracking mode the site does not know");
    assert_eq!(refused.code(), "sync.feed_invalid", "the page is refused");
    assert!(
        p.store.product_by_gtin("00305910369019").is_err(),
        "the first change of the refused page was rolled back with it"
    );
    let admin = p.admin.clone();
    assert_eq!(
        p.store.pull_cursor(&admin).unwrap(),
        0,
        "the cursor did not move"
    );
}

#[test]
fn a_product_keeps_the_sites_own_fields_and_the_tracking_its_stock_reads_by() {
    let mut p = pharmacy();
    let admin = p.admin.clone();
    let mut data = p.amoxicillin.data.clone();
    data.contract_price_cents = Some(420);
    p.store
        .update_product(&admin, p.amoxicillin.id, &data)
        .unwrap();
    let ev = p.receive("S1");
    p.append(&[ev]);
    let applied = apply(
        &mut p,
        0,
        &page(
            1,
            vec![product("09506000134352", "Amoxicillin 500 mg caps", "lot")],
        ),
    )
    .unwrap();
    let amox = p.store.product_by_gtin("09506000134352").unwrap();
    assert_eq!(
        amox.data.contract_price_cents,
        Some(420),
        "the contract price is the site's own"
    );
    assert_eq!(
        (amox.tracking, applied.tracking_kept),
        (TrackingMode::Serial, vec!["09506000134352".to_string()]),
        "packs are recorded by serial, so the site keeps serial tracking and says so"
    );
    assert_eq!(
        amox.data.name, "Amoxicillin 500 mg caps",
        "the hub's name is taken"
    );
}

#[test]
fn a_clashing_partner_code_is_mapped_and_the_ledger_is_unchanged() {
    let mut p = pharmacy();
    let ev = p.receive("S1");
    p.append(&[ev]);
    let admin = p.admin.clone();
    let before = p.store.verify(&admin).unwrap();
    let applied = apply(
        &mut p,
        0,
        &page(
            1,
            vec![
                // The site's MEDIDIST has GLN 0614141000012; the hub's is another firm.
                partner("MEDIDIST", "Medi Distribution AG", Some("4012345000009")),
                // A code the site does not have: added as it is.
                partner("OTHER", "Other", None),
            ],
        ),
    )
    .unwrap();
    assert_eq!(applied.clashes.len(), 1, "one clash: {:?}", applied.clashes);
    let clash = &applied.clashes[0];
    assert_eq!(
        (clash.hub_code.as_str(), clash.local_code.as_str()),
        ("MEDIDIST", "MEDIDIST.HUB"),
        "the hub's partner is kept under a local code of its own"
    );
    let own = p.store.partner("MEDIDIST").unwrap();
    assert_eq!(
        (own.name.as_str(), own.gln.as_deref()),
        ("MediDist", Some("0614141000012")),
        "the site's partner keeps its code and record: its ledger names that code"
    );
    let hubs = p.store.partner("MEDIDIST.HUB").unwrap();
    assert_eq!(
        hubs.name, "Medi Distribution AG",
        "the hub's partner is there too"
    );
    let after = p.store.verify(&admin).unwrap();
    assert!(
        after.findings.is_empty() && after.events == before.events,
        "the ledger verifies as before: {:?}",
        after.findings
    );
    let again = apply(
        &mut p,
        2,
        &page(
            3,
            vec![partner(
                "MEDIDIST",
                "Medi Distribution AG, Basel",
                Some("4012345000009"),
            )],
        ),
    )
    .unwrap();
    assert!(
        again.clashes.is_empty() && again.partners_updated == 1,
        "a mapped code is updated through its mapping, not reported again: {again:?}"
    );
    assert_eq!(
        p.store.partner("MEDIDIST.HUB").unwrap().name,
        "Medi Distribution AG, Basel"
    );
}

#[test]
fn alarms_are_kept_in_their_latest_state_and_listed() {
    let mut p = pharmacy();
    apply(&mut p, 0, &page(1, vec![alarm(7, "raised", "open")])).unwrap();
    let admin = p.admin.clone();
    let open = p.store.hub_alarms(&admin, false).unwrap();
    assert_eq!(open.len(), 1, "the raised alarm is listed");
    assert_eq!(
        (open[0].patterns.clone(), open[0].sites.clone()),
        (
            vec!["held_at_two_sites".to_string()],
            vec!["NORTH".to_string(), "STMARY".to_string()]
        ),
        "with its patterns and sites"
    );
    apply(&mut p, 1, &page(2, vec![alarm(7, "resolved", "resolved")])).unwrap();
    assert!(
        p.store.hub_alarms(&admin, false).unwrap().is_empty(),
        "a resolved alarm is no longer open"
    );
    let all = p.store.hub_alarms(&admin, true).unwrap();
    assert_eq!(
        (all.len(), all[0].state.as_str()),
        (1, "resolved"),
        "one alarm, now resolved, not two"
    );
}

fn network_recall(id: i64, number: &str, lots: &[&str], serials: &[&str]) -> FeedItem {
    FeedItem::Recall(FeedRecall {
        id,
        number: number.into(),
        gtin: "09506000134352".into(),
        lots: lots.iter().map(|s| s.to_string()).collect(),
        serials: serials.iter().map(|s| s.to_string()).collect(),
        class: "II".into(),
        title: "Amoxicillin 500 mg, lot L1".into(),
        reason: "Out-of-specification dissolution".into(),
        issued_on: "2026-11-30".into(),
        entered_by: "QA: M. Osei".into(),
        closed: None,
    })
}

/// `(recalls, quarantine events naming `number` and their authors)` in the site's file.
fn recall_rows(p: &Pharmacy, number: &str) -> (i64, Vec<String>) {
    let conn = rusqlite::Connection::open(p.store.path()).unwrap();
    let recalls = conn
        .query_row(
            "SELECT count(*) FROM recall WHERE number = ?1",
            [number],
            |r| r.get(0),
        )
        .unwrap();
    let authors = conn
        .prepare(
            "SELECT u.username FROM event e JOIN user u ON u.id = e.actor_id
             WHERE e.kind = 'quarantine' AND e.reference = ?1 ORDER BY e.seq",
        )
        .unwrap()
        .query_map([number], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    (recalls, authors)
}

#[test]
fn a_network_recall_is_entered_once_by_the_sync_agent_and_holds_the_stock() {
    let mut p = pharmacy();
    let received = [p.receive("S1"), p.receive("S2")];
    p.append(&received);
    let first = page(1, vec![network_recall(3, "RC-NET-1", &["L1"], &[])]);
    let applied = apply(&mut p, 0, &first).expect("a recall from the hub applies");
    assert_eq!(
        applied
            .recalls
            .iter()
            .map(|r| (r.number.as_str(), r.existed, r.units))
            .collect::<Vec<_>>(),
        vec![("RC-NET-1", false, 2)],
        "the recall is entered and both packs of lot L1 are held"
    );
    let admin = p.admin.clone();
    let recall = p
        .store
        .recall(&admin, "RC-NET-1")
        .expect("a recall of the site's own");
    assert_eq!(
        (recall.class, recall.scope.len()),
        (RecallClass::II, 1),
        "the hub's class and scope, through the site's own recall path"
    );
    assert_eq!(
        recall_rows(&p, "RC-NET-1"),
        (1, vec!["custody:sync".to_string()]),
        "one hold event, written by the sync agent's principal, not by whoever pulled"
    );

    // The same recall again at a later cursor (a row owed to the site, or the page pulled
    // again after a lost reply): nothing is entered or held twice.
    let again = page(2, vec![network_recall(3, "RC-NET-1", &["L1"], &[])]);
    let applied = apply(&mut p, 1, &again).expect("the row applies");
    assert!(applied.recalls.is_empty(), "nothing new: {applied:?}");
    assert_eq!(
        recall_rows(&p, "RC-NET-1"),
        (1, vec!["custody:sync".to_string()]),
        "still one recall and one hold"
    );
    let report = p.store.verify(&admin).expect("verify runs");
    assert!(
        report.findings.is_empty(),
        "the ledger with the agent's hold verifies: {:?}",
        report.findings
    );
}

#[test]
fn a_network_recall_the_site_entered_itself_is_linked_and_not_held_again() {
    let mut p = pharmacy();
    let received = [p.receive("S1")];
    p.append(&received);
    let admin = p.admin.clone();
    p.store
        .create_recall(
            &admin,
            &NewRecall {
                number: "RC-NET-1".into(),
                title: "Entered here from the firm's letter".into(),
                class: RecallClass::II,
                reason: "Out-of-specification dissolution".into(),
                instructions: None,
                issuer: None,
                issued_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
                scope: vec![ScopeLine {
                    gtin: "09506000134352".into(),
                    lot: Some("L1".into()),
                    serial: None,
                }],
            },
            now(),
        )
        .expect("the site enters the recall itself");
    let applied = apply(
        &mut p,
        0,
        &page(1, vec![network_recall(3, "RC-NET-1", &["L1"], &[])]),
    )
    .expect("the hub's copy applies");
    assert_eq!(
        applied
            .recalls
            .iter()
            .map(|r| (r.existed, r.units))
            .collect::<Vec<_>>(),
        vec![(true, 0)],
        "the hub's recall is the site's own, linked: nothing held a second time"
    );
    assert_eq!(
        recall_rows(&p, "RC-NET-1"),
        (1, vec!["alice".to_string()]),
        "one recall, and the hold the site's own entry made"
    );
}

#[test]
fn a_change_the_site_refuses_names_the_hubs_cursor_and_the_record() {
    let mut p = pharmacy();
    let FeedItem::Recall(mut recall) = network_recall(3, "RC-NET-9", &["L1"], &[]) else {
        unreachable!()
    };
    recall.reason = "Out of specification\nsee the letter".into();
    let bad = page(
        1,
        vec![alarm(7, "raised", "open"), FeedItem::Recall(recall.clone())],
    );
    let refused = apply(&mut p, 0, &bad).expect_err("a reason with a line break");
    assert_eq!(refused.code(), "sync.feed_invalid", "{refused}");
    let said = refused.to_string();
    assert!(
        said.contains("change 2,") && said.contains("recall RC-NET-9") && said.contains("reason"),
        "the refusal names the cursor, the record and the field: {said}"
    );
    assert_eq!(
        sync::check_feed_item(&FeedItem::Recall(recall))
            .expect_err("the hub's check is the site's")
            .field_at_fault()
            .as_deref(),
        Some("reason")
    );
}

#[test]
fn the_feed_check_refuses_what_the_site_would_refuse() {
    let FeedItem::Product(good) = product("00305910369019", "Metformin 500 mg", "serial") else {
        unreachable!()
    };
    sync::check_feed_item(&FeedItem::Product(good.clone())).expect("a good product");
    let bad_products = [
        FeedProduct {
            pzn: Some("12345679".into()),
            ..good.clone()
        },
        FeedProduct {
            ndc: Some("0002143380".into()),
            ..good.clone()
        },
        FeedProduct {
            name: "x".repeat(201),
            ..good.clone()
        },
    ];
    for p in bad_products {
        let e = sync::check_feed_item(&FeedItem::Product(p.clone()))
            .expect_err("a product the site refuses");
        assert!(e.code().starts_with("master."), "{p:?}: {e}");
    }
    for code in ["NORTH SIDE", "a/b", &"X".repeat(41)] {
        assert!(
            sync::check_feed_item(&partner(code, "Somebody", None)).is_err(),
            "partner code {code:?}"
        );
        assert!(
            sync::check_feed_item(&FeedItem::Site(FeedSite {
                code: code.into(),
                name: "A site".into()
            }))
            .is_err(),
            "site code {code:?}"
        );
    }
    assert!(
        sync::check_feed_item(&partner("NEWSUP", "New", Some("1234567890123"))).is_err(),
        "a GLN whose check digit is wrong"
    );
}

/// The site enters recall `number` itself for lot L1 of amoxicillin.
fn site_recall(p: &mut Pharmacy, number: &str) {
    let admin = p.admin.clone();
    p.store
        .create_recall(
            &admin,
            &NewRecall {
                number: number.into(),
                title: "Entered here from the firm's letter".into(),
                class: RecallClass::II,
                reason: "Out-of-specification dissolution".into(),
                instructions: None,
                issuer: None,
                issued_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
                scope: vec![ScopeLine {
                    gtin: "09506000134352".into(),
                    lot: Some("L1".into()),
                    serial: None,
                }],
            },
            now(),
        )
        .expect("the site enters the recall itself");
}

#[test]
fn a_network_recall_linked_to_the_sites_own_adds_and_holds_the_hubs_extra_lots() {
    let mut p = pharmacy();
    let mut other_lot = p.receive("S2");
    other_lot.lines[0].lot = Some("L2".into());
    let received = [p.receive("S1"), other_lot];
    p.append(&received);
    site_recall(&mut p, "RC-NET-1");
    let applied = apply(
        &mut p,
        0,
        &page(1, vec![network_recall(3, "RC-NET-1", &["L1", "L2"], &[])]),
    )
    .expect("the hub's copy applies");
    assert_eq!(
        applied
            .recalls
            .iter()
            .map(|r| (r.existed, r.units))
            .collect::<Vec<_>>(),
        vec![(true, 1)],
        "linked, and the pack of lot L2 the site's own scope missed is held"
    );
    let admin = p.admin.clone();
    let recall = p.store.recall(&admin, "RC-NET-1").unwrap();
    assert_eq!(recall.scope.len(), 2, "the hub's lot L2 is in the scope");
    assert_eq!(
        recall_rows(&p, "RC-NET-1"),
        (1, vec!["alice".to_string(), "custody:sync".to_string()]),
        "the site's own hold, then the agent's for lot L2"
    );
    let report = p.store.verify(&admin).expect("verify runs");
    assert!(report.findings.is_empty(), "{:?}", report.findings);
}

#[test]
fn a_network_recall_of_another_product_under_the_sites_number_is_refused() {
    let mut p = pharmacy();
    site_recall(&mut p, "RC-NET-1");
    let FeedItem::Recall(mut recall) = network_recall(3, "RC-NET-1", &["G7"], &[]) else {
        unreachable!()
    };
    recall.gtin = "09506000134369".into();
    let refused = apply(&mut p, 0, &page(1, vec![FeedItem::Recall(recall)]))
        .expect_err("the number is another product's here");
    assert_eq!(refused.code(), "sync.feed_invalid");
    assert!(refused.to_string().contains("another product"), "{refused}");
    let admin = p.admin.clone();
    assert_eq!(
        p.store.recall(&admin, "RC-NET-1").unwrap().scope.len(),
        1,
        "the site's recall is as it was"
    );
}

#[test]
fn a_network_site_under_the_code_of_the_sites_own_supplier_is_mapped_not_written_over() {
    let mut p = pharmacy();
    let ev = p.receive("S1");
    p.append(&[ev]);
    let admin = p.admin.clone();
    p.store
        .add_partner(
            &admin,
            "NORTH",
            "North pharmacy",
            PartnerKind::Distributor,
            None,
        )
        .expect("a partner entered ahead of the network, no event names it yet");
    let applied = apply(
        &mut p,
        0,
        &page(
            1,
            vec![
                FeedItem::Site(FeedSite {
                    code: "MEDIDIST".into(),
                    name: "Medical district hospital".into(),
                }),
                FeedItem::Site(FeedSite {
                    code: "NORTH".into(),
                    name: "North Pharmacy (St Mary's group)".into(),
                }),
            ],
        ),
    )
    .expect("the sites apply");
    assert_eq!(
        applied
            .clashes
            .iter()
            .map(|c| (c.hub_code.as_str(), c.local_code.as_str()))
            .collect::<Vec<_>>(),
        vec![("MEDIDIST", "MEDIDIST.HUB")],
        "the site's supplier, named by its receipt, is another partner than the new site"
    );
    let own = p.store.partner("MEDIDIST").unwrap();
    assert_eq!(
        (own.name.as_str(), own.gln.as_deref()),
        ("MediDist", Some("0614141000012")),
        "the supplier keeps its name and GLN"
    );
    assert_eq!(
        p.store.partner("NORTH").unwrap().name,
        "North Pharmacy (St Mary's group)",
        "a partner no event names is the site of its code, and takes the hub's name"
    );
    let report = p.store.verify(&admin).expect("verify runs");
    assert!(report.findings.is_empty(), "{:?}", report.findings);
}

/// Packs S1 of lot L1 and S2 of lot L2 of amoxicillin received.
fn two_lots(p: &mut Pharmacy) {
    let mut other_lot = p.receive("S2");
    other_lot.lines[0].lot = Some("L2".into());
    let received = [p.receive("S1"), other_lot];
    p.append(&received);
}

/// What the pull's extensions came to: number, what was added, packs held.
fn extended(applied: &sync::FeedApplied) -> Vec<(String, Vec<String>, i64)> {
    applied
        .extended
        .iter()
        .map(|e| (e.number.clone(), e.added.clone(), e.units))
        .collect()
}

#[test]
fn a_network_recall_the_hub_widens_holds_the_new_lot_once() {
    let mut p = pharmacy();
    two_lots(&mut p);
    let applied = apply(
        &mut p,
        0,
        &page(1, vec![network_recall(3, "RC-NET-1", &["L1"], &[])]),
    )
    .expect("the recall of lot L1 applies");
    assert_eq!(applied.recalls[0].units, 1, "S1 of lot L1 is held");

    let widened = page(2, vec![network_recall(3, "RC-NET-1", &["L1", "L2"], &[])]);
    let applied = apply(&mut p, 1, &widened).expect("the widened recall applies");
    assert!(applied.recalls.is_empty(), "nothing entered anew");
    assert_eq!(
        extended(&applied),
        vec![("RC-NET-1".to_string(), vec!["lot L2".to_string()], 1)],
        "the hub's lot L2 is added to the site's recall and S2 held"
    );
    let admin = p.admin.clone();
    assert_eq!(p.store.recall(&admin, "RC-NET-1").unwrap().scope.len(), 2);
    assert_eq!(
        recall_rows(&p, "RC-NET-1"),
        (1, vec!["custody:sync".to_string(); 2]),
        "two holds, both by the sync agent"
    );

    // The same page again is refused whole; the same row at a later cursor holds nothing.
    let again = apply(&mut p, 1, &widened).expect_err("the cursor moved on");
    assert_eq!(again.code(), "sync.pull_moved");
    let later = page(3, vec![network_recall(3, "RC-NET-1", &["L1", "L2"], &[])]);
    let applied = apply(&mut p, 2, &later).expect("the row applies");
    assert!(applied.extended.is_empty(), "nothing new: {applied:?}");
    assert_eq!(recall_rows(&p, "RC-NET-1").1.len(), 2, "nothing held twice");
    let report = p.store.verify(&admin).expect("verify runs");
    assert!(report.findings.is_empty(), "{:?}", report.findings);
}

#[test]
fn a_linked_recall_takes_the_lots_the_hub_adds_later() {
    let mut p = pharmacy();
    two_lots(&mut p);
    site_recall(&mut p, "RC-NET-1");
    apply(
        &mut p,
        0,
        &page(1, vec![network_recall(3, "RC-NET-1", &["L1"], &[])]),
    )
    .expect("linked");
    let applied = apply(
        &mut p,
        1,
        &page(
            2,
            vec![network_recall(3, "RC-NET-1", &["L1", "L2"], &["S9"])],
        ),
    )
    .expect("the widened recall applies");
    assert_eq!(
        extended(&applied),
        vec![(
            "RC-NET-1".to_string(),
            vec!["lot L2".to_string(), "serial S9".to_string()],
            1
        )],
        "the site's own recall takes lot L2 and serial S9, and S2 is held"
    );
    assert_eq!(
        recall_rows(&p, "RC-NET-1").1,
        vec!["alice".to_string(), "custody:sync".to_string()],
        "the site's own hold, then the agent's"
    );
}

/// Closes recall `number` at the site at `at`, signed by its administrator.
fn close_at(p: &mut Pharmacy, number: &str, at: Timestamp) {
    let admin = p.admin.clone();
    let signature = p
        .store
        .sign(
            &admin,
            crate::fixtures::PASSWORD,
            SignatureMeaning::Approved,
            at,
        )
        .unwrap();
    p.store
        .close_recall(&admin, number, &signature, None, at)
        .expect("nothing open: the recall closes");
}

#[test]
fn a_recall_closed_here_holds_nothing_the_hub_adds_since_and_the_feed_goes_on_saying_so() {
    let mut p = pharmacy();
    two_lots(&mut p);
    apply(
        &mut p,
        0,
        &page(1, vec![network_recall(3, "RC-NET-1", &["L9"], &[])]),
    )
    .expect("a recall of a lot the site never had");
    let later = Timestamp::parse("2026-11-23T09:00:00+01:00").unwrap();
    close_at(&mut p, "RC-NET-1", later);

    let widened = page(2, vec![network_recall(3, "RC-NET-1", &["L9", "L2"], &[])]);
    let applied = apply(&mut p, 1, &widened).expect("the feed goes on past the widened recall");
    assert_eq!(
        applied
            .extended
            .iter()
            .map(|e| (e.number.as_str(), e.added.clone(), e.units, e.closed_here))
            .collect::<Vec<_>>(),
        [("RC-NET-1", vec!["lot L2".to_string()], 0, true)],
        "listed as widened and closed here, nothing held: {applied:?}"
    );
    let admin = p.admin.clone();
    assert_eq!(
        (
            p.store.pull_cursor(&admin).unwrap(),
            p.store.recall(&admin, "RC-NET-1").unwrap().scope.len()
        ),
        (2, 1),
        "the page applied, so the feed goes on to what follows; the closed recall is as it was closed"
    );
}

#[test]
fn a_recall_closed_before_the_hubs_reached_it_takes_nothing_more() {
    let mut p = pharmacy();
    site_recall(&mut p, "RC-NET-1");
    close_at(&mut p, "RC-NET-1", now());
    two_lots(&mut p);
    apply(
        &mut p,
        0,
        &page(1, vec![network_recall(3, "RC-NET-1", &["L1"], &[])]),
    )
    .expect("linked as it is");
    let applied = apply(
        &mut p,
        1,
        &page(2, vec![network_recall(3, "RC-NET-1", &["L1", "L2"], &[])]),
    )
    .expect("the widened row applies: the recall was closed before the network's reached it");
    assert!(applied.extended.is_empty(), "{applied:?}");
    let admin = p.admin.clone();
    assert_eq!(
        p.store.recall(&admin, "RC-NET-1").unwrap().scope.len(),
        1,
        "the closed recall is as it was closed"
    );
}
