//! A patient notified at a site reaches the hub: a network recall reaches a site that dispensed
//! a covered pack after the recall was entered; the hub shows the pack open, as the site does,
//! until the site records that the patient was notified and syncs; then the hub shows the
//! notification, who recorded it and when, never the note, and the recall can be closed. An
//! outcome sent again after a lost reply stores nothing twice. A pack transferred to a partner
//! outside the network is open at the hub as at the site; a recall whose only open items are
//! packs that left without an answer can be closed with a reason, never one with stock there.

use custody_core::recall::{OutcomeRequest, OutcomeTarget};
use custody_core::{EventKind, RecallOutcome, UnitStatus};
use custody_hub::people::Role;
use custody_hub::recall::{self, RecallInput};
use custody_hub::HubError;

use crate::pull::{dispense, leaves, now, outcomes, row, Site, AMOX};
use crate::support::TestHub;

/// `outcome` recorded at `site` for recall `number`, for `serials` (all the outcome applies to
/// when none).
fn record(site: &mut Site, number: &str, outcome: RecallOutcome, serials: &[&str], note: &str) {
    let admin = site.admin.clone();
    let partner = (outcome == RecallOutcome::ReturnedToSupplier).then_some(site.supplier.id);
    site.store
        .record_recall_outcome(
            &admin,
            number,
            &OutcomeRequest {
                outcome,
                target: OutcomeTarget {
                    serials: serials.iter().map(|s| s.to_string()).collect(),
                    ..OutcomeTarget::default()
                },
                partner,
                note: Some(note.into()),
                signature: None,
            },
            now(),
        )
        .expect("the outcome is recorded at the site");
}

#[test]
fn a_patient_notified_at_a_site_reaches_the_hub_and_lets_the_recall_close() {
    let hub = TestHub::start();
    let mut north = Site::new("NORTH", &hub, &hub.base);
    north.receive("S1");
    north.receive("S2");
    north.push();
    let osei = hub.add_person("osei", Role::Qa);
    let entered = hub
        .block_on(recall::add(
            &hub.db,
            &RecallInput {
                number: "RC-2026-20".into(),
                gtin: AMOX.into(),
                lots: vec!["L1".into()],
                class: "I".into(),
                reason: "Particles in the capsules".into(),
                ..Default::default()
            },
            &osei,
        ))
        .expect("a QA officer enters the recall");
    // Entered an hour before NORTH, which has not pulled it yet, dispenses S1 (by its clock).
    hub.execute("UPDATE network_recall SET entered_at = '2026-12-01T07:00:00Z'")
        .expect("the recall's entry time");
    dispense(&mut north, "S1");
    north.push();
    assert_eq!(
        outcomes(&hub, entered.id),
        (
            vec![
                row("NORTH", "dispensed_after", 1),
                row("NORTH", "in_stock", 1)
            ],
            2,
            false
        ),
        "S1 was dispensed after the recall and its patient is not yet notified: open"
    );

    let pulled = north.pull();
    assert_eq!(pulled.applied.recalls.len(), 1, "the recall reaches NORTH");
    record(
        &mut north,
        "RC-2026-20",
        RecallOutcome::ReturnedToSupplier,
        &[],
        "RMA 77",
    );
    north.push();
    assert_eq!(
        outcomes(&hub, entered.id),
        (
            vec![
                row("NORTH", "dispensed_after", 1),
                row("NORTH", "returned", 1)
            ],
            1,
            false
        ),
        "S2 went back to the supplier; S1's patient is still to be called"
    );
    let refused = hub.block_on(recall::close(&hub.db, entered.id, &osei));
    assert!(
        matches!(refused, Err(HubError::RecallOpen { open: 1, .. })),
        "the hub waits for the patient as the site does: {refused:?}"
    );

    record(
        &mut north,
        "RC-2026-20",
        RecallOutcome::Notified,
        &["S1"],
        "Mrs Example called at home",
    );
    let report = custody_sync_client::sync_once(&mut north.store, &north.admin, now())
        .expect("the push that `sync now` runs");
    assert_eq!(
        (
            report.outcomes.sent,
            report.outcomes.stored,
            report.outcomes.message.clone()
        ),
        (1, 1, None),
        "the notification follows the push's events: {report:?}"
    );
    assert_eq!(
        outcomes(&hub, entered.id),
        (
            vec![
                row("NORTH", "dispensed_notified", 1),
                row("NORTH", "returned", 1)
            ],
            0,
            true
        ),
        "the hub shows S1's patient notified: nothing open, it can be closed"
    );
    let shown = hub
        .block_on(recall::show(&hub.db, entered.id))
        .expect("the reconciliation");
    let s1 = shown
        .packs
        .iter()
        .find(|p| p.serial == "S1")
        .expect("S1 is listed");
    assert_eq!(
        (s1.answered_by.as_deref(), s1.answered_at.as_deref()),
        (Some("alice"), Some("2026-12-01T08:00:00.000000Z")),
        "who recorded the notification at the site, and when by its clock"
    );
    assert_eq!(
        hub.number("SELECT count(*) FROM site_outcome o WHERE o::text LIKE '%Example%'"),
        0,
        "the note, which names the patient, stays at the site"
    );

    // The reply lost on the way: the site still has the outcome as unsent, and sends it again.
    let conn = rusqlite::Connection::open(north.store.path()).expect("the site file");
    conn.execute("UPDATE recall_outcome SET sent_at = NULL", [])
        .expect("the outcome unsent again");
    drop(conn);
    let again =
        custody_sync_client::sync_once(&mut north.store, &north.admin, now()).expect("a push");
    assert_eq!(
        (again.outcomes.sent, again.outcomes.stored),
        (1, 0),
        "sent again, the hub holds it already"
    );
    assert_eq!(
        hub.number("SELECT count(*) FROM site_outcome"),
        1,
        "nothing is stored twice"
    );
    let quiet =
        custody_sync_client::sync_once(&mut north.store, &north.admin, now()).expect("a push");
    assert_eq!(quiet.outcomes.sent, 0, "acknowledged, it is not sent again");

    let closed = hub
        .block_on(recall::close(&hub.db, entered.id, &osei))
        .expect("closed once every patient was notified");
    assert!(closed.closed.is_some(), "closed with who and when");
}

/// Pack `serial` transferred from MAIN to the site's supplier, a partner outside the network.
fn transfer_outside(site: &mut Site, serial: &str) {
    let supplier = site.supplier.id;
    leaves(
        site,
        serial,
        "L1",
        EventKind::Transfer,
        UnitStatus::TransferredOut,
        Some(supplier),
    );
}

#[test]
fn a_pack_sent_outside_the_network_stays_open_and_only_packs_that_left_close_unanswered() {
    let hub = TestHub::start();
    let mut north = Site::new("NORTH", &hub, &hub.base);
    for serial in ["S1", "S2", "S3"] {
        north.receive(serial);
    }
    north.push();
    let osei = hub.add_person("osei", Role::Qa);
    let entered = hub
        .block_on(recall::add(
            &hub.db,
            &RecallInput {
                number: "RC-2026-21".into(),
                gtin: AMOX.into(),
                lots: vec!["L1".into()],
                class: "II".into(),
                reason: "Label mix-up".into(),
                ..Default::default()
            },
            &osei,
        ))
        .expect("a QA officer enters the recall");
    transfer_outside(&mut north, "S1");
    dispense(&mut north, "S2");
    north.push();
    let (rows, open, _) = outcomes(&hub, entered.id);
    assert!(
        rows.contains(&row("NORTH", "transferred_outside", 1)),
        "S1 went to a partner outside the network: {rows:?}"
    );
    assert_eq!(
        open, 3,
        "S1 until its partner is told, as at the site; S2's patient; S3 in stock"
    );
    let refused = hub.block_on(recall::close_unanswered(
        &hub.db,
        entered.id,
        &osei,
        "NORTH is not upgraded",
    ));
    assert!(
        matches!(refused, Err(HubError::RecallStockOpen { stock: 1, .. })),
        "stock still at a site is never waived: {refused:?}"
    );

    north.pull();
    record(
        &mut north,
        "RC-2026-21",
        RecallOutcome::ReturnedToSupplier,
        &["S3"],
        "RMA 78",
    );
    north.push();
    let refused = hub.block_on(recall::close(&hub.db, entered.id, &osei));
    assert!(
        matches!(refused, Err(HubError::RecallOpen { open: 2, .. })),
        "S1 and S2 still wait for their answers: {refused:?}"
    );
    let blank = hub.block_on(recall::close_unanswered(&hub.db, entered.id, &osei, "  "));
    assert!(
        matches!(blank, Err(HubError::Invalid { .. })),
        "closing without the answers needs a reason: {blank:?}"
    );
    let closed = hub
        .block_on(recall::close_unanswered(
            &hub.db,
            entered.id,
            &osei,
            "NORTH's computer was replaced; the ward called both patients by phone",
        ))
        .expect("only packs that left are unanswered: closed with the reason");
    let said = closed.closed.unwrap_or_default();
    assert!(
        said.contains("by osei (2 unanswered: NORTH's computer was replaced"),
        "the closure says who, how many were unanswered and why: {said}"
    );
}
