//! Transfers between network sites through real pushes: a receipt pushed before its send ends
//! `received` with no open alarm; a send never received is `in_transit`, then `lost` after the
//! lost-after days (a hub setting); lot-tracked stock pairs by lot with both quantities.

use std::process::Command;

use custody_hub::views::{self, AlarmState, TransferState};

use crate::network::{all_alarms, at, both_views, Line};
use crate::support::{Site, TestHub};

fn listed(hub: &TestHub, state: Option<TransferState>, as_of: &str) -> Vec<views::TransferRow> {
    hub.block_on(views::transfers(&hub.db, state, Some(as_of)))
        .expect("transfers list")
}

#[test]
fn a_receipt_pushed_before_its_send_ends_received_with_no_open_alarm() {
    let hub = TestHub::start();
    let mut a = Site::enrolled(&hub, "NORTH");
    let mut b = Site::enrolled(&hub, "SOUTH");
    a.receive("P1", "SUP", &at(1, 8));
    let sent = a.send_out("P1", "SOUTH", &at(2, 8));
    let received = b.receive("P1", "NORTH", &at(2, 14));
    b.push_all(&hub, 0, 10);
    let early = listed(&hub, None, &at(3, 0));
    assert_eq!(
        early.iter().map(|t| t.state).collect::<Vec<_>>(),
        vec![TransferState::ReceiptWithoutSend],
        "until NORTH pushes, the receipt has no send to pair with"
    );
    a.push_all(&hub, 0, 10);
    let rows = listed(&hub, None, &at(3, 0));
    assert_eq!(rows.len(), 1, "one transfer, paired: {rows:?}");
    assert_eq!(
        (
            rows[0].state,
            rows[0].send_seq,
            rows[0].receipt_seq,
            rows[0].from.as_str(),
            rows[0].to.as_str()
        ),
        (
            TransferState::Received,
            Some(sent),
            Some(received),
            "NORTH",
            "SOUTH"
        ),
        "the send and the receipt are one transfer, received"
    );
    let alarms = all_alarms(&hub);
    assert_eq!(
        alarms.len(),
        1,
        "the early receipt raised one alarm: {alarms:?}"
    );
    assert_eq!(
        alarms[0].state,
        AlarmState::Cleared,
        "the late send explains the receipt: the alarm is cleared, not deleted"
    );
    assert!(
        alarms[0]
            .closed
            .as_deref()
            .is_some_and(|c| c.contains("site NORTH's events 1 to 2")),
        "the clearing says which push explained it: {:?}",
        alarms[0].closed
    );
    let (kept, again) = both_views(&hub);
    assert_eq!(
        kept, again,
        "the maintained views equal the recomputed ones"
    );
}

#[test]
fn a_transfer_never_received_is_in_transit_then_lost_after_the_setting_days() {
    let hub = TestHub::start();
    let mut a = Site::enrolled(&hub, "NORTH");
    let _b = Site::enrolled(&hub, "SOUTH");
    a.receive("P1", "SUP", &at(1, 8));
    a.send_out("P1", "SOUTH", &at(2, 8));
    a.push_all(&hub, 0, 10);
    let state = |as_of: &str| -> Vec<TransferState> {
        listed(&hub, None, as_of).iter().map(|t| t.state).collect()
    };
    assert_eq!(
        state(&at(15, 8)),
        vec![TransferState::InTransit],
        "13 days: still in transit"
    );
    assert_eq!(
        state(&at(17, 8)),
        vec![TransferState::Lost],
        "15 days, past the default 14: lost"
    );
    assert!(
        listed(&hub, Some(TransferState::InTransit), &at(17, 8)).is_empty(),
        "the state filter leaves the lost transfer out"
    );
    assert!(
        all_alarms(&hub).is_empty(),
        "a transfer in transit is no counterfeit"
    );
    let out = Command::new(env!("CARGO_BIN_EXE_custody-hub"))
        .args([
            "--db-url",
            &hub.url,
            "settings",
            "set",
            "lost_after_days",
            "30",
        ])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "the setting changes: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = Command::new(env!("CARGO_BIN_EXE_custody-hub"))
        .args(["--db-url", &hub.url, "settings"])
        .output()
        .expect("runs");
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .any(|l| l.split_whitespace().collect::<Vec<_>>() == ["lost_after_days", "30"]),
        "settings lists the new value: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    let out = Command::new(env!("CARGO_BIN_EXE_custody-hub"))
        .args([
            "--db-url",
            &hub.url,
            "settings",
            "set",
            "lost_after_days",
            "0",
        ])
        .output()
        .expect("runs");
    assert_eq!(
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).trim()
        ),
        (
            Some(1),
            "custody-hub: lost_after_days: at least 1 day: with 0 every send would be lost as soon as it is pushed"
        ),
        "no send is lost the moment it is pushed"
    );
    let out = Command::new(env!("CARGO_BIN_EXE_custody-hub"))
        .args([
            "--db-url",
            &hub.url,
            "settings",
            "set",
            "lost_after_weeks",
            "2",
        ])
        .output()
        .expect("runs");
    assert_eq!(
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).trim()
        ),
        (
            Some(1),
            "custody-hub: no setting lost_after_weeks at the hub (see custody-hub settings)"
        ),
        "an unknown setting is named, nothing changed"
    );
    assert_eq!(
        state(&at(17, 8)),
        vec![TransferState::InTransit],
        "with 30 days it is in transit again"
    );
    let out = Command::new(env!("CARGO_BIN_EXE_custody-hub"))
        .args([
            "--db-url",
            &hub.url,
            "transfers",
            "--state",
            "in_transit",
            "--as-of",
            "2026-11-17T08:00:00Z",
        ])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    let row: Vec<&str> = text
        .lines()
        .nth(1)
        .unwrap_or_default()
        .split_whitespace()
        .collect();
    assert_eq!(
        &row[..5],
        &["NORTH", "SOUTH", "09506000134352", "P1", "in_transit"],
        "the CLI lists it from, to, what and its state: {text}"
    );
    let out = Command::new(env!("CARGO_BIN_EXE_custody-hub"))
        .args(["--db-url", &hub.url, "transfers", "--as-of", "the 14th"])
        .output()
        .expect("runs");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr).trim(),
        "custody-hub: \"the 14th\" is not a time (write it as 2026-12-01T08:00:00Z)",
        "a bad time is named"
    );
}

#[test]
fn lot_tracked_stock_pairs_by_lot_with_both_quantities() {
    let hub = TestHub::start();
    let mut a = Site::enrolled(&hub, "NORTH");
    let mut b = Site::enrolled(&hub, "SOUTH");
    let lot = |quantity, before, after| Line {
        serial: None,
        lot: "BULK-7".into(),
        quantity,
        before,
        after,
        location_after: None,
    };
    a.append(
        "receive",
        Some("SUP"),
        &at(1, 8),
        &[lot(50, None, "in_stock")],
    );
    a.append(
        "transfer",
        Some("SOUTH"),
        &at(2, 8),
        &[lot(20, Some("in_stock"), "transferred_out")],
    );
    a.append(
        "transfer",
        Some("SOUTH"),
        &at(3, 8),
        &[lot(10, Some("in_stock"), "transferred_out")],
    );
    b.append(
        "receive",
        Some("NORTH"),
        &at(2, 12),
        &[lot(18, None, "in_stock")],
    );
    a.push_all(&hub, 0, 10);
    b.push_all(&hub, 0, 10);
    let rows = listed(&hub, None, &at(4, 8));
    let seen: Vec<_> = rows
        .iter()
        .map(|t| {
            (
                t.lot.as_deref(),
                t.serial.as_deref(),
                t.quantity_sent,
                t.quantity_received,
                t.state,
            )
        })
        .collect();
    assert_eq!(
        seen,
        vec![
            (
                Some("BULK-7"),
                None,
                Some(20),
                Some(18),
                TransferState::Received
            ),
            (
                Some("BULK-7"),
                None,
                Some(10),
                None,
                TransferState::InTransit
            ),
        ],
        "the first send pairs with the first receipt, quantities shown as sent and received"
    );
    let (kept, again) = both_views(&hub);
    assert_eq!(
        kept, again,
        "the maintained views equal the recomputed ones"
    );
}

#[test]
fn a_batch_of_500_receipts_pairs_every_transfer_and_raises_nothing() {
    let hub = TestHub::start();
    let mut a = Site::enrolled(&hub, "NORTH");
    let mut b = Site::enrolled(&hub, "SOUTH");
    for n in 0..250 {
        a.receive(&format!("P{n}"), "SUP", &at(1, 8));
    }
    for n in 0..250 {
        a.send_out(&format!("P{n}"), "SOUTH", &at(2, 8));
        b.receive(&format!("P{n}"), "NORTH", &at(2, 12));
    }
    for n in 0..250 {
        b.dispense(&format!("P{n}"), &at(3, 8));
    }
    a.push_all(&hub, 0, 500);
    let started = std::time::Instant::now();
    b.push_all(&hub, 0, 500);
    let took = started.elapsed();
    let build = if cfg!(debug_assertions) {
        "debug"
    } else {
        "release"
    };
    eprintln!("figures: a 500-event push pairing 250 transfers took {took:?}, {build} build");
    let rows = listed(&hub, Some(TransferState::Received), &at(4, 8));
    assert_eq!(rows.len(), 250, "every send is paired with its receipt");
    assert!(
        all_alarms(&hub).is_empty(),
        "transfers sent and received raise no alarm"
    );
    let (kept, again) = both_views(&hub);
    assert_eq!(
        kept, again,
        "the maintained views equal the recomputed ones"
    );
}
