//! A network recall widened at the hub after the sites held it: real sites pull the recall of lot
//! L1 and hold it, the hub's QA officer extends it with lot L2, and each site's next pull holds
//! its packs of L2 through its own recall, once; the hub's reconciliation lists them at once. A
//! site that closed its recall before the extension reached it holds nothing, is told so, and
//! its feed goes on; the hub shows its stock of the added lot open; and once a closure has come
//! with a push the hub refuses to widen the recall.

use custody_core::{SignatureMeaning, Timestamp};
use custody_hub::people::Role;
use custody_hub::recall::{self, ExtensionInput, RecallInput};
use custody_hub::HubError;

use crate::pull::{outcomes, row, Site, AMOX};
use crate::support::TestHub;

/// The recall of lot L1 of AMOX, as a QA officer enters it.
fn lot_l1(number: &str) -> RecallInput {
    RecallInput {
        number: number.into(),
        gtin: AMOX.into(),
        lots: vec!["L1".into()],
        class: "II".into(),
        reason: "Out-of-specification dissolution".into(),
        ..Default::default()
    }
}

/// Lot L2 added for the firm's second letter.
fn lot_l2() -> ExtensionInput {
    ExtensionInput {
        lots: vec!["L2".into()],
        serials: vec![],
        reason: "The firm's second letter: lot L2 too".into(),
    }
}

/// `(number, what was added, packs held)` of each recall a pull extended.
fn extended(site: &mut Site) -> Vec<(String, Vec<String>, i64)> {
    site.pull()
        .applied
        .extended
        .iter()
        .map(|e| (e.number.clone(), e.added.clone(), e.units))
        .collect()
}

/// The authors of the site's holds under recall `number`, in order.
fn holds(site: &Site, number: &str) -> Vec<String> {
    let conn = rusqlite::Connection::open(site.store.path()).expect("the site file");
    let mut stmt = conn
        .prepare(
            "SELECT u.username FROM event e JOIN user u ON u.id = e.actor_id
             WHERE e.kind = 'quarantine' AND e.reference = ?1 ORDER BY e.seq",
        )
        .expect("a query");
    stmt.query_map([number], |r| r.get(0))
        .expect("the holds")
        .collect::<Result<_, _>>()
        .expect("read")
}

#[test]
fn a_recall_extended_at_the_hub_is_held_at_each_site_on_its_next_pull_and_reconciled() {
    let hub = TestHub::start();
    let mut north = Site::new("NORTH", &hub, &hub.base);
    let mut south = Site::new("SOUTH", &hub, &hub.base);
    north.receive_lot("S1", "L1");
    north.receive_lot("S2", "L2");
    north.push();
    south.receive_lot("S3", "L2");
    south.push();
    let osei = hub.add_person("osei", Role::Qa);
    let entered = hub
        .block_on(recall::add(&hub.db, &lot_l1("RC-2026-14"), &osei))
        .expect("the recall of lot L1");
    assert_eq!(north.pull().applied.recalls[0].units, 1, "NORTH holds S1");
    assert_eq!(south.pull().applied.recalls[0].units, 0, "SOUTH has no L1");
    north.push();
    south.push();

    let widened = hub
        .block_on(recall::extend(&hub.db, entered.id, &lot_l2(), &osei))
        .expect("the QA officer adds lot L2");
    assert_eq!(widened.lots, vec!["L2".to_string()]);
    assert_eq!(
        outcomes(&hub, entered.id).0,
        vec![
            row("NORTH", "held", 1),
            row("NORTH", "in_stock", 1),
            row("SOUTH", "in_stock", 1)
        ],
        "the reconciliation covers lot L2 at once: in stock until the sites pull"
    );

    let l2 = || vec![("RC-2026-14".to_string(), vec!["lot L2".to_string()], 1)];
    assert_eq!(extended(&mut north), l2(), "NORTH's next pull holds S2");
    assert_eq!(extended(&mut south), l2(), "SOUTH's next pull holds S3");
    assert!(
        extended(&mut north).is_empty(),
        "pulled again: nothing held twice"
    );
    assert!(
        extended(&mut south).is_empty(),
        "pulled again: nothing held twice"
    );
    assert_eq!(
        holds(&north, "RC-2026-14"),
        vec!["custody:sync".to_string(); 2],
        "one hold for L1, one for L2, both by the sync agent"
    );
    assert_eq!(
        holds(&south, "RC-2026-14"),
        vec!["custody:sync".to_string()]
    );

    north.push();
    south.push();
    let reconciled = hub
        .block_on(recall::show(&hub.db, entered.id))
        .expect("the reconciliation");
    assert_eq!(
        reconciled
            .packs
            .iter()
            .map(|p| (
                p.site.as_str(),
                p.serial.as_str(),
                p.lot.as_deref(),
                p.outcome.as_str()
            ))
            .collect::<Vec<_>>(),
        vec![
            ("NORTH", "S1", Some("L1"), "held"),
            ("NORTH", "S2", Some("L2"), "held"),
            ("SOUTH", "S3", Some("L2"), "held")
        ],
        "the holds of lot L2 came back with the pushes"
    );
    assert_eq!(
        reconciled
            .sites
            .iter()
            .map(|s| (s.site.as_str(), s.events))
            .collect::<Vec<_>>(),
        vec![("NORTH", 2), ("SOUTH", 1)],
        "each hold names the recall"
    );
}

/// Closes recall `number` at `site` at `at`, signed by its administrator.
fn close_at(site: &mut Site, number: &str, at: Timestamp) {
    let admin = site.admin.clone();
    let signature = site
        .store
        .sign(&admin, "a long password", SignatureMeaning::Approved, at)
        .expect("signed");
    site.store
        .close_recall(&admin, number, &signature, None, at)
        .expect("nothing open there: closed");
}

#[test]
fn a_site_that_closed_the_recall_is_told_of_the_extension_and_a_pushed_closure_refuses_one() {
    let hub = TestHub::start();
    let mut north = Site::new("NORTH", &hub, &hub.base);
    let mut south = Site::new("SOUTH", &hub, &hub.base);
    north.receive_lot("S1", "L2");
    north.push();
    south.receive_lot("S3", "L2");
    south.push();
    let osei = hub.add_person("osei", Role::Qa);
    let entered = hub
        .block_on(recall::add(&hub.db, &lot_l1("RC-2026-15"), &osei))
        .expect("the recall of lot L1, which neither site has");
    north.pull();
    south.pull();
    let later = Timestamp::parse("2026-12-01T15:00:00+01:00").expect("a time");
    close_at(&mut north, "RC-2026-15", later);

    hub.block_on(recall::extend(&hub.db, entered.id, &lot_l2(), &osei))
        .expect("NORTH's closure has not reached the hub");
    let pulled = north.pull();
    assert_eq!(pulled.message, None, "the feed goes on: {pulled:?}");
    assert_eq!(
        pulled
            .applied
            .extended
            .iter()
            .map(|e| (e.number.as_str(), e.units, e.closed_here))
            .collect::<Vec<_>>(),
        [("RC-2026-15", 0, true)],
        "NORTH is told the recall it closed was widened, and nothing was held under it"
    );
    let shown = hub
        .block_on(recall::show(&hub.db, entered.id))
        .expect("the reconciliation");
    assert!(
        shown
            .outcomes
            .iter()
            .any(|o| o.site == "NORTH" && o.outcome == "in_stock" && o.packs == 1),
        "the hub shows NORTH's pack of L2 in stock, open, for its QA officer: {:?}",
        shown.outcomes
    );
    assert_eq!(
        extended(&mut south),
        vec![("RC-2026-15".to_string(), vec!["lot L2".to_string()], 1)],
        "SOUTH, whose recall is open, holds its pack of L2"
    );

    north.push();
    let refused = hub.block_on(recall::extend(
        &hub.db,
        entered.id,
        &ExtensionInput {
            lots: vec!["L3".into()],
            ..lot_l2()
        },
        &osei,
    ));
    assert!(
        matches!(&refused, Err(HubError::RecallClosedAtSites { sites, .. }) if sites == "NORTH"),
        "NORTH's closure came with its push: {refused:?}"
    );
}

/// Pack `serial` of lot `lot`, in stock at MAIN, dispensed.
fn dispense_lot(site: &mut Site, serial: &str, lot: &str) {
    use custody_core::{EventKind, UnitStatus};
    crate::pull::leaves(
        site,
        serial,
        lot,
        EventKind::Dispense,
        UnitStatus::Dispensed,
        None,
    );
}

#[test]
fn an_outcome_the_hub_refused_as_not_covered_goes_again_once_the_recall_is_widened_to_it() {
    use custody_core::recall::{NewRecall, OutcomeRequest, OutcomeTarget, ScopeLine};
    use custody_core::{RecallClass, RecallOutcome};
    let hub = TestHub::start();
    let mut north = Site::new("NORTH", &hub, &hub.base);
    north.receive_lot("S1", "L1");
    north.receive_lot("S2", "L2");
    dispense_lot(&mut north, "S2", "L2");
    north.push();
    let admin = north.admin.clone();
    let line = |lot: &str| ScopeLine {
        gtin: AMOX.into(),
        lot: Some(lot.into()),
        serial: None,
    };
    north
        .store
        .create_recall(
            &admin,
            &NewRecall {
                number: "RC-2026-16".into(),
                title: "Amoxicillin 500 mg, lots L1 and L2".into(),
                class: RecallClass::II,
                reason: "The firm's letter".into(),
                instructions: None,
                issuer: None,
                issued_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 30).expect("a date"),
                scope: vec![line("L1"), line("L2")],
            },
            crate::pull::now(),
        )
        .expect("NORTH enters the firm's recall of both lots itself");
    let osei = hub.add_person("osei", Role::Qa);
    let entered = hub
        .block_on(recall::add(&hub.db, &lot_l1("RC-2026-16"), &osei))
        .expect("the hub's recall of lot L1 alone, under the same number");
    north.pull();
    north
        .store
        .record_recall_outcome(
            &admin,
            "RC-2026-16",
            &OutcomeRequest {
                outcome: RecallOutcome::Notified,
                target: OutcomeTarget {
                    serials: vec!["S2".into()],
                    ..OutcomeTarget::default()
                },
                partner: None,
                note: Some("patient called".into()),
                signature: None,
            },
            crate::pull::now(),
        )
        .expect("S2's patient notified at NORTH");
    let first = custody_sync_client::sync_once(&mut north.store, &admin, crate::pull::now())
        .expect("a push");
    assert_eq!(
        (first.outcomes.sent, first.outcomes.refused),
        (1, 1),
        "the hub's recall does not cover lot L2 yet: {first:?}"
    );

    hub.block_on(recall::extend(&hub.db, entered.id, &lot_l2(), &osei))
        .expect("the hub widens its recall to lot L2");
    north.pull();
    let again = custody_sync_client::sync_once(&mut north.store, &admin, crate::pull::now())
        .expect("a push");
    assert_eq!(
        (
            again.outcomes.sent,
            again.outcomes.stored,
            again.outcomes.refused
        ),
        (1, 1, 0),
        "widened to lot L2, the refused outcome goes again and is taken: {again:?}"
    );
    let (rows, _, _) = outcomes(&hub, entered.id);
    assert!(
        rows.contains(&row("NORTH", "dispensed_notified", 1)),
        "the hub shows S2's patient notified: {rows:?}"
    );
}
