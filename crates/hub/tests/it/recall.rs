//! Network recalls at the hub: a recall entered once goes down the feed to the sites using its
//! GTIN and to no other, reaches a site that begins to use the GTIN later, and is refused naming
//! what is wrong (a GTIN, no lot or serial, a class, a number the hub has). A recall extended
//! with further lots goes down the feed as it now stands, and an extension is refused for an
//! unknown or closed recall, nothing new, or a lot or serial `recall add` would refuse.

use custody_hub::feed;
use custody_hub::people::Role;
use custody_hub::recall::{self, ExtensionInput, RecallInput};
use custody_hub::HubError;
use custody_sync_protocol::{routes, FeedItem, FeedPage, FeedRecall};

use crate::network::GTIN;
use crate::support::{Site, TestHub};

/// Every network recall waiting for `site` after `after`, and the cursor at the end.
fn recalls_for(hub: &TestHub, site: &Site, mut after: i64) -> (Vec<FeedRecall>, i64) {
    let mut recalls = Vec::new();
    loop {
        let path = format!("{}?after={after}&limit=500", routes::feed(&site.code));
        let (status, body) = hub.get(&path, Some(&site.token));
        assert_eq!(status, 200, "an enrolled site reads its feed: {body}");
        let page: FeedPage = serde_json::from_value(body).expect("a FeedPage");
        recalls.extend(page.changes.into_iter().filter_map(|c| match c.item {
            FeedItem::Recall(r) => Some(r),
            _ => None,
        }));
        after = page.next_cursor;
        if !page.more {
            return (recalls, after);
        }
    }
}

/// A recall of lot L1 of [`GTIN`], numbered `number`.
fn lot_recall(number: &str) -> RecallInput {
    RecallInput {
        number: number.into(),
        gtin: GTIN.into(),
        lots: vec!["L1".into()],
        serials: vec![],
        class: "II".into(),
        title: None,
        reason: "Out-of-specification dissolution".into(),
        issued_on: Some("2026-11-30".into()),
    }
}

#[test]
fn a_recall_reaches_the_sites_using_its_gtin_and_one_that_begins_to_later() {
    let hub = TestHub::start();
    let north = Site::enrolled(&hub, "NORTH");
    let south = Site::enrolled(&hub, "SOUTH");
    hub.block_on(feed::declare_use(&hub.db, "NORTH", &[GTIN.into()], &[]))
        .expect("NORTH's formulary");
    let osei = hub.add_person("osei", Role::Qa);
    let entered = hub
        .block_on(recall::add(&hub.db, &lot_recall("RC-2026-14"), &osei))
        .expect("a QA officer enters the recall");
    assert_eq!(
        (
            entered.gtin.as_str(),
            entered.lots.clone(),
            entered.class.as_str()
        ),
        (GTIN, vec!["L1".to_string()], "II"),
        "the recall as stored"
    );
    assert_eq!(
        entered.entered_by, "osei",
        "entered by the QA officer who signed in"
    );

    let (at_north, _) = recalls_for(&hub, &north, 0);
    assert_eq!(
        at_north
            .iter()
            .map(|r| r.number.as_str())
            .collect::<Vec<_>>(),
        vec!["RC-2026-14"],
        "the site using the product receives the recall once"
    );
    assert_eq!(
        at_north[0], entered,
        "as the hub holds it, with its number at the hub"
    );
    let (at_south, south_cursor) = recalls_for(&hub, &south, 0);
    assert!(
        at_south.is_empty(),
        "a site that does not use the product does not receive its recall: {at_south:?}"
    );

    // SOUTH begins to use the product after its cursor passed the recall's row.
    hub.block_on(feed::declare_use(&hub.db, "SOUTH", &[GTIN.into()], &[]))
        .expect("SOUTH's formulary grows");
    let (late, _) = recalls_for(&hub, &south, south_cursor);
    assert_eq!(
        late.iter().map(|r| r.number.as_str()).collect::<Vec<_>>(),
        vec!["RC-2026-14"],
        "a site that begins to use a recalled product is owed the recall"
    );

    let listed = hub.block_on(recall::list(&hub.db)).expect("the recalls");
    assert_eq!(
        listed
            .iter()
            .map(|r| (r.recall.id, r.sites))
            .collect::<Vec<_>>(),
        vec![(entered.id, 2)],
        "one recall, whose product two sites now use"
    );
}

#[test]
fn a_recall_is_refused_naming_what_is_wrong_and_nothing_is_written() {
    let hub = TestHub::start();
    let osei = hub.add_person("osei", Role::Qa);
    let refused = |input: RecallInput| -> String {
        match hub.block_on(recall::add(&hub.db, &input, &osei)) {
            Ok(r) => panic!("{input:?} must be refused, not entered as {r:?}"),
            Err(e) => e.to_string(),
        }
    };
    let bad_gtin = refused(RecallInput {
        gtin: "09506000134353".into(),
        ..lot_recall("RC-1")
    });
    assert!(
        bad_gtin.contains("09506000134353"),
        "names the GTIN: {bad_gtin}"
    );
    let no_scope = refused(RecallInput {
        lots: vec![],
        ..lot_recall("RC-1")
    });
    assert!(
        no_scope.contains("--lot or --serial"),
        "says what is missing: {no_scope}"
    );
    let bad_class = refused(RecallInput {
        class: "IV".into(),
        ..lot_recall("RC-1")
    });
    assert!(bad_class.contains("\"IV\""), "names the class: {bad_class}");
    let bad_lot = refused(RecallInput {
        lots: vec!["L 1".into()],
        ..lot_recall("RC-1")
    });
    assert!(bad_lot.contains("lot \"L 1\""), "names the lot: {bad_lot}");
    assert!(
        hub.block_on(recall::list(&hub.db))
            .expect("the recalls")
            .is_empty(),
        "nothing of a refused recall is kept"
    );
    hub.block_on(recall::add(&hub.db, &lot_recall("RC-1"), &osei))
        .expect("a good one is entered");
    let again = hub.block_on(recall::add(&hub.db, &lot_recall("RC-1"), &osei));
    assert!(
        matches!(again, Err(HubError::RecallExists(ref n)) if n == "RC-1"),
        "a number the hub has is refused: {again:?}"
    );
}

#[test]
fn a_recall_the_sites_would_refuse_is_refused_at_the_hub() {
    let hub = TestHub::start();
    let osei = hub.add_person("osei", Role::Qa);
    let refused = hub
        .block_on(recall::add(
            &hub.db,
            &RecallInput {
                reason: "Out of specification\nsee the firm's letter".into(),
                ..lot_recall("RC-2")
            },
            &osei,
        ))
        .expect_err("a reason with a line break stops every site's feed");
    let said = refused.to_string();
    assert!(
        said.contains("recall \"RC-2\"") && said.contains("sites would refuse"),
        "names the recall and why: {said}"
    );
    assert!(
        hub.block_on(recall::list(&hub.db))
            .expect("the recalls")
            .is_empty(),
        "nothing of it is kept"
    );
    assert_eq!(
        hub.number("SELECT count(*) FROM changelog WHERE kind = 'recall'"),
        0
    );
}

#[test]
fn a_recall_is_not_closed_while_covered_stock_is_in_transit_between_sites() {
    use crate::network::at;
    let hub = TestHub::start();
    let mut north = Site::enrolled(&hub, "NORTH");
    let mut south = Site::enrolled(&hub, "SOUTH");
    north.receive("P1", "SUP", &at(1, 8));
    north.send_out("P1", "SOUTH", &at(2, 8));
    north.push_all(&hub, 0, 10);
    let osei = hub.add_person("osei", Role::Qa);
    let entered = hub
        .block_on(recall::add(&hub.db, &lot_recall("RC-7"), &osei))
        .expect("the recall");
    let shown = hub
        .block_on(recall::show(&hub.db, entered.id))
        .expect("reconciled");
    assert_eq!(
        shown
            .outcomes
            .iter()
            .map(|o| (o.site.as_str(), o.outcome.as_str(), o.packs))
            .collect::<Vec<_>>(),
        vec![("NORTH", "in_transit", 1)],
        "the pack NORTH sent is on its way, not gone"
    );
    let refused = hub.block_on(recall::close(&hub.db, entered.id, &osei));
    assert!(
        matches!(refused, Err(HubError::RecallOpen { open: 1, .. })),
        "the pack on its way may yet go into SOUTH's stock: {refused:?}"
    );

    south.receive("P1", "NORTH", &at(2, 12));
    south.destroy("P1", &at(3, 9));
    south.push_all(&hub, 0, 10);
    hub.block_on(recall::close(&hub.db, entered.id, &osei))
        .expect("received and destroyed at SOUTH: nothing open");
}

/// Lots L2 (and `lots`) with `serials`, for the firm's second letter.
fn widening(lots: &[&str], serials: &[&str]) -> ExtensionInput {
    ExtensionInput {
        lots: lots.iter().map(|l| l.to_string()).collect(),
        serials: serials.iter().map(|s| s.to_string()).collect(),
        reason: "The firm's second letter: lot L2 too".into(),
    }
}

#[test]
fn a_recall_extended_goes_down_the_feed_and_an_extension_is_refused_naming_what_is_wrong() {
    let hub = TestHub::start();
    let north = Site::enrolled(&hub, "NORTH");
    let south = Site::enrolled(&hub, "SOUTH");
    hub.block_on(feed::declare_use(&hub.db, "NORTH", &[GTIN.into()], &[]))
        .expect("NORTH's formulary");
    let osei = hub.add_person("osei", Role::Qa);
    let entered = hub
        .block_on(recall::add(&hub.db, &lot_recall("RC-2026-14"), &osei))
        .expect("the recall of lot L1");
    let (_, north_cursor) = recalls_for(&hub, &north, 0);
    let (_, south_cursor) = recalls_for(&hub, &south, 0);
    let rows = || hub.number("SELECT count(*) FROM changelog WHERE kind = 'recall'");
    let before = rows();

    let refused = |id: i64, input: ExtensionInput| -> HubError {
        match hub.block_on(recall::extend(&hub.db, id, &input, &osei)) {
            Ok(e) => panic!("{input:?} must be refused, not entered as {e:?}"),
            Err(e) => e,
        }
    };
    assert!(matches!(
        refused(entered.id + 100, widening(&["L2"], &[])),
        HubError::UnknownRecall(_)
    ));
    let nothing_new = refused(entered.id, widening(&["L1", " L1 "], &[]));
    assert!(
        matches!(&nothing_new, HubError::RecallNothingNew { number, .. } if number == "RC-2026-14"),
        "every lot given is covered already: {nothing_new}"
    );
    let bad_lot = refused(entered.id, widening(&["L2", "L 3"], &[])).to_string();
    assert!(
        bad_lot.contains("lot \"L 3\"") && bad_lot.contains("GS1"),
        "the lot is checked as recall add checks it: {bad_lot}"
    );
    let bad_serial = refused(entered.id, widening(&[], &[&"S".repeat(21)])).to_string();
    assert!(bad_serial.contains("20 characters"), "{bad_serial}");
    let no_scope = refused(entered.id, widening(&[], &[])).to_string();
    assert!(no_scope.contains("--lot or --serial"), "{no_scope}");
    let no_reason = refused(
        entered.id,
        ExtensionInput {
            reason: " ".into(),
            ..widening(&["L2"], &[])
        },
    )
    .to_string();
    assert!(no_reason.contains("reason"), "{no_reason}");
    assert_eq!(rows(), before, "nothing of a refusal reaches the feed");

    let extended = hub
        .block_on(recall::extend(
            &hub.db,
            entered.id,
            &widening(&["L1", "L2"], &["S9"]),
            &osei,
        ))
        .expect("the recall widened");
    assert_eq!(
        (
            extended.lots.clone(),
            extended.serials.clone(),
            extended.recall.lots.clone()
        ),
        (
            vec!["L2".to_string()],
            vec!["S9".to_string()],
            vec!["L1".to_string(), "L2".to_string()]
        ),
        "only what is new is added, after what the recall covered"
    );
    assert_eq!(
        hub.number(
            "SELECT count(*) FROM network_recall_extension \
             WHERE lots = ARRAY['L2'] AND serials = ARRAY['S9'] AND extended_by = 'osei' \
               AND reason = 'The firm''s second letter: lot L2 too'"
        ),
        1,
        "who added what and why is kept"
    );

    let (at_north, _) = recalls_for(&hub, &north, north_cursor);
    assert_eq!(
        at_north,
        vec![extended.recall.clone()],
        "the site the recall reached receives it as it now stands, once"
    );
    let (at_south, south_cursor) = recalls_for(&hub, &south, south_cursor);
    assert!(at_south.is_empty(), "SOUTH does not use the product");
    hub.block_on(feed::declare_use(&hub.db, "SOUTH", &[GTIN.into()], &[]))
        .expect("SOUTH begins to use it");
    let (late, _) = recalls_for(&hub, &south, south_cursor);
    assert_eq!(
        late,
        vec![extended.recall.clone()],
        "a site that begins to use the product is owed the widened recall"
    );
    let shown = hub
        .block_on(recall::show(&hub.db, entered.id))
        .expect("reconciled");
    assert_eq!(shown.recall.recall, extended.recall, "as the hub shows it");

    hub.block_on(recall::close(&hub.db, entered.id, &osei))
        .expect("nothing in stock anywhere: closed");
    assert!(matches!(
        refused(entered.id, widening(&["L3"], &[])),
        HubError::RecallClosedExtend(_)
    ));
}

#[test]
fn lot_stock_sent_outside_the_network_is_open_and_lot_stock_sent_to_a_site_is_followed_there() {
    use crate::network::{at, Line, LOT};
    let hub = TestHub::start();
    let mut north = Site::enrolled(&hub, "NORTH");
    let _south = Site::enrolled(&hub, "SOUTH");
    let lot = |quantity: i64, before: Option<&'static str>, after: &'static str| Line {
        serial: None,
        lot: LOT.to_string(),
        quantity,
        before,
        after,
        location_after: (after == "in_stock").then_some("MAIN"),
    };
    north.append(
        "receive",
        Some("SUP"),
        &at(1, 8),
        &[lot(30, None, "in_stock")],
    );
    north.append(
        "transfer",
        Some("CLINIC"),
        &at(2, 8),
        &[lot(10, Some("in_stock"), "transferred_out")],
    );
    north.append(
        "transfer",
        Some("SOUTH"),
        &at(2, 9),
        &[lot(5, Some("in_stock"), "transferred_out")],
    );
    north.append(
        "destroy",
        None,
        &at(3, 9),
        &[lot(15, Some("in_stock"), "destroyed")],
    );
    north.push_all(&hub, 0, 10);
    let osei = hub.add_person("osei", Role::Qa);
    let entered = hub
        .block_on(recall::add(&hub.db, &lot_recall("RC-8"), &osei))
        .expect("the recall");
    let shown = hub
        .block_on(recall::show(&hub.db, entered.id))
        .expect("reconciled");
    let quantities: Vec<(&str, i64)> = shown
        .outcomes
        .iter()
        .map(|o| (o.outcome.as_str(), o.quantity))
        .collect();
    assert_eq!(
        quantities,
        [
            ("destroyed", 15),
            ("in_transit", 5),
            ("transferred_outside", 10)
        ],
        "10 went to CLINIC, outside the network; 5 to SOUTH, on their way: {quantities:?}"
    );
    assert_eq!(
        shown.open, 15,
        "the 10 at CLINIC wait for NORTH's answer, as at the site; the 5 for SOUTH's receipt"
    );
}
