//! The pull feed between the site's real client and the real hub: a product added at the hub
//! reaches the site that uses it and not one that does not; a partner code that clashes is
//! mapped at the site and its ledger stays as it was; a counterfeit alarm raised by two sites'
//! pushes reaches both and is listed there; a pull whose reply is cut leaves the site's cursor
//! where it was, and the next one completes with nothing applied twice; a network recall entered
//! once at the hub is held at the site using it, comes back with its pushes, and is reconciled
//! until it can be closed.

use custody_core::ledger::{Appender, NewEvent, NewLine, Place};
use custody_core::recall::{OutcomeRequest, OutcomeTarget};
use custody_core::sync::SyncState;
use custody_core::{
    EventKind, LocationKind, Partner, PartnerKind, ProductData, RecallOutcome, Store, Timestamp,
    TrackingMode, UnitStatus, User,
};
use custody_hub::feed::{self, PartnerInput, ProductInput, Write};
use custody_hub::people::Role;
use custody_hub::recall::{self, RecallInput};
use custody_hub::HubError;
use custody_sync_client::{enrol_site, pull_once, sync_once, PullReport};

use crate::proxy::{Mode, Proxy};
use crate::support::TestHub;

pub(crate) const AMOX: &str = "09506000134352";
const GAUZE: &str = "09506000134369";

pub(crate) fn now() -> Timestamp {
    Timestamp::parse("2026-12-01T09:00:00+01:00").expect("a fixed time")
}

/// A site with a pharmacy location, its supplier MEDIDIST and the product AMOX, enrolled.
pub(crate) struct Site {
    _dir: tempfile::TempDir,
    pub(crate) store: Store,
    pub(crate) admin: User,
    pub(crate) supplier: Partner,
}

impl Site {
    pub(crate) fn new(code: &str, hub: &TestHub, through: &str) -> Site {
        let dir = tempfile::tempdir().expect("a temp folder");
        let mut store = Store::open(dir.path().join("site.db")).expect("a new site file");
        let (_, admin) = store
            .init(
                code,
                &format!("Site {code}"),
                "alice",
                "Alice",
                "a long password",
                now(),
            )
            .expect("a site is set up");
        store
            .add_location(&admin, "MAIN", "Main pharmacy", LocationKind::Pharmacy)
            .expect("a location");
        let supplier = store
            .add_partner(
                &admin,
                "MEDIDIST",
                "MediDist",
                PartnerKind::Distributor,
                Some("0614141000012"),
            )
            .expect("a supplier");
        store
            .add_product(
                &admin,
                &ProductData {
                    gtin: AMOX.into(),
                    name: "Amoxicillin (site's name)".into(),
                    tracking: Some(TrackingMode::Serial),
                    contract_price_cents: Some(420),
                    ..Default::default()
                },
                now(),
            )
            .expect("a product");
        let code_ = hub.add_site(code);
        enrol_site(&mut store, &admin, through, &code_, false, now()).expect("enrolled");
        Site {
            _dir: dir,
            store,
            admin,
            supplier,
        }
    }

    /// Receives pack `serial` of AMOX from MEDIDIST, on the ledger.
    pub(crate) fn receive(&mut self, serial: &str) {
        self.receive_lot(serial, "L1");
    }

    /// Receives pack `serial` of lot `lot` of AMOX from MEDIDIST, on the ledger.
    pub(crate) fn receive_lot(&mut self, serial: &str, lot: &str) {
        let product = self.store.product_by_gtin(AMOX).expect("the product");
        let main = self.store.location("MAIN").expect("the location");
        let event = NewEvent {
            kind: EventKind::Receive,
            occurred_at: now(),
            location: Some(main.id),
            counterparty: Some(self.supplier.id),
            reference: Some("PO-1".into()),
            reason: None,
            raw_scan: None,
            lines: vec![NewLine {
                product: product.id,
                lot: Some(lot.into()),
                serial: Some(serial.into()),
                expiry: chrono::NaiveDate::from_ymd_opt(2028, 12, 31),
                quantity: 1,
                before: None,
                after: Some(Place::at(UnitStatus::InStock, main.id)),
                unit_cost_cents: None,
            }],
        };
        let mut conn = rusqlite::Connection::open(self.store.path()).expect("the site file");
        let tx = conn.transaction().expect("a transaction");
        let mut appender = Appender::for_history(&tx, now()).expect("an appender");
        appender.append(&self.admin, &event).expect("the receipt");
        appender.finish().expect("the chain head");
        tx.commit().expect("committed");
    }

    pub(crate) fn push(&mut self) {
        let report = sync_once(&mut self.store, &self.admin, now()).expect("a push");
        assert_eq!(
            report.state,
            SyncState::Ok,
            "the push goes through: {report:?}"
        );
    }

    pub(crate) fn pull(&mut self) -> PullReport {
        pull_once(&mut self.store, &self.admin, now()).expect("a pull ends in a recorded state")
    }
}

fn add_product(hub: &TestHub, gtin: &str, name: &str) {
    let input = ProductInput {
        gtin: gtin.into(),
        name: name.into(),
        tracking: "serial".into(),
        strength: Some("500 mg".into()),
        ..Default::default()
    };
    hub.block_on(feed::add_product(&hub.db, &input, Write::New))
        .expect("the hub adds a product");
}

#[test]
fn a_product_added_at_the_hub_reaches_the_site_that_uses_it_and_not_another() {
    let hub = TestHub::start();
    let mut north = Site::new("NORTH", &hub, &hub.base);
    let mut south = Site::new("SOUTH", &hub, &hub.base);
    north.receive("S1");
    north.push();
    add_product(&hub, AMOX, "Amoxicillin 500 mg caps x21");
    add_product(&hub, GAUZE, "Gauze swabs x100");

    let pulled = north.pull();
    assert_eq!(pulled.message, None, "the pull went to its end");
    let amox = north.store.product_by_gtin(AMOX).expect("the product");
    assert_eq!(
        (amox.data.name.as_str(), amox.data.strength.as_deref()),
        ("Amoxicillin 500 mg caps x21", Some("500 mg")),
        "NORTH's events name AMOX, so it receives the hub's record of it"
    );
    assert_eq!(
        amox.data.contract_price_cents,
        Some(420),
        "the site's contract price stays"
    );
    assert!(
        north.store.product_by_gtin(GAUZE).is_err(),
        "NORTH never used GAUZE, so it does not download it"
    );
    assert!(
        north.store.partner("SOUTH").is_ok(),
        "the other site arrives as a partner under its code"
    );

    let pulled = south.pull();
    assert_eq!(
        (
            pulled.applied.products_added,
            pulled.applied.products_updated
        ),
        (0, 0),
        "SOUTH pushed nothing naming either product, so neither reaches it"
    );
    assert_eq!(
        south
            .store
            .product_by_gtin(AMOX)
            .expect("its own")
            .data
            .name,
        "Amoxicillin (site's name)",
        "SOUTH's own record of AMOX is untouched"
    );
}

#[test]
fn a_change_the_site_cannot_take_stops_the_feed_and_the_status_says_why() {
    let hub = TestHub::start();
    let mut north = Site::new("NORTH", &hub, &hub.base);
    // A row written before the hub checked what it sends: a site code no site takes.
    hub.execute(
        "INSERT INTO changelog (kind, key, payload) \
         VALUES ('site', 'BAD CODE', '{\"kind\": \"site\", \"code\": \"BAD CODE\", \"name\": \"Bad\"}')",
    )
    .expect("a row of an older hub");
    let cursor: i64 = hub.number("SELECT max(cursor) FROM changelog");

    let pulled = north.pull();
    let message = pulled.message.expect("the pull stopped");
    assert!(
        message.contains(&hub.base)
            && message.contains(&format!("change {cursor},"))
            && message.contains("site BAD CODE"),
        "the hub, the change and the record are named: {message}"
    );
    let status = north.store.sync_status(&north.admin).expect("the status");
    assert_eq!(
        (status.state, status.refusal_code.as_deref()),
        (SyncState::Refused, Some("sync.feed_invalid")),
        "the status says the feed is stuck, not ok"
    );
    assert_eq!(status.message.as_deref(), Some(message.as_str()));
    assert!(pulled.cursor < cursor, "the bad change was not passed");
}

#[test]
fn a_clashing_partner_code_is_mapped_and_the_sites_ledger_is_unchanged() {
    let hub = TestHub::start();
    let mut north = Site::new("NORTH", &hub, &hub.base);
    north.receive("S1");
    north.push();
    let input = PartnerInput {
        code: "MEDIDIST".into(),
        name: "Medi Distribution AG".into(),
        kind: "distributor".into(),
        gln: Some("4012345000009".into()),
    };
    hub.block_on(feed::add_partner(&hub.db, &input, Write::New))
        .expect("the hub's MEDIDIST, another firm");
    let before = north.store.outbox(&north.admin, 0).expect("the chain");

    let pulled = north.pull();
    assert_eq!(
        pulled
            .applied
            .clashes
            .iter()
            .map(|c| (c.hub_code.as_str(), c.local_code.as_str()))
            .collect::<Vec<_>>(),
        vec![("MEDIDIST", "MEDIDIST.HUB")],
        "the clash is reported with the local code the hub's partner is kept under"
    );
    let own = north.store.partner("MEDIDIST").expect("the site's own");
    assert_eq!(
        (own.name.as_str(), own.gln.as_deref()),
        ("MediDist", Some("0614141000012")),
        "the site's partner keeps the code its ledger names"
    );
    let verdict = north.store.verify(&north.admin).expect("verify runs");
    assert!(
        verdict.findings.is_empty(),
        "the ledger verifies clean after the pull: {:?}",
        verdict.findings
    );
    assert_eq!(
        north.store.outbox(&north.admin, 0).expect("the chain"),
        before,
        "every event's bytes and hash are as before"
    );
    north.push();
    assert_eq!(
        north.store.sync_status(&north.admin).expect("status").state,
        SyncState::Ok,
        "and the hub still agrees with the site's chain"
    );
}

#[test]
fn a_counterfeit_alarm_raised_by_two_sites_pushes_reaches_both_and_is_listed() {
    let hub = TestHub::start();
    let mut north = Site::new("NORTH", &hub, &hub.base);
    let mut south = Site::new("SOUTH", &hub, &hub.base);
    let mut east = Site::new("EAST", &hub, &hub.base);
    // The same serial received from outside the network at two sites.
    north.receive("DUP-1");
    south.receive("DUP-1");
    east.receive("OWN-1");
    north.push();
    south.push();
    east.push();

    for site in [&mut north, &mut south] {
        let pulled = site.pull();
        assert!(
            pulled.applied.alarms >= 1,
            "the alarm reaches the site: {pulled:?}"
        );
        let alarms = site.store.hub_alarms(&site.admin, false).expect("listed");
        assert_eq!(alarms.len(), 1, "one alarm for the one pack: {alarms:?}");
        let a = &alarms[0];
        assert_eq!(
            (a.gtin.as_str(), a.serial.as_str(), a.state.as_str()),
            (AMOX, "DUP-1", "open"),
            "what `custody sync alarms` lists: the pack and its state"
        );
        assert_eq!(
            a.sites,
            vec!["NORTH".to_string(), "SOUTH".to_string()],
            "and the sites whose events show it"
        );
        assert!(
            a.patterns.contains(&"held_at_two_sites".to_string()),
            "with its patterns: {:?}",
            a.patterns
        );
    }
    east.pull();
    assert!(
        east.store
            .hub_alarms(&east.admin, true)
            .expect("listed")
            .is_empty(),
        "EAST has no event of the pack, so the alarm does not reach it"
    );
}

#[test]
fn a_pull_cut_off_leaves_the_cursor_and_the_next_completes_with_nothing_applied_twice() {
    let hub = TestHub::start();
    let proxy = Proxy::start(&hub.base);
    let mut north = Site::new("NORTH", &hub, &proxy.base);
    north.receive("S1");
    north.push();
    add_product(&hub, AMOX, "Amoxicillin 500 mg caps x21");
    let cursor = north.store.pull_cursor(&north.admin).expect("the cursor");

    proxy.set(Mode::CutReply);
    let cut = north.pull();
    assert!(cut.message.is_some(), "a reply cut off stops the pull");
    assert_eq!(
        cut.state,
        SyncState::Offline,
        "and reads as the network failing"
    );
    assert_eq!(
        (
            cut.pages,
            north.store.pull_cursor(&north.admin).expect("cursor")
        ),
        (0, cursor),
        "nothing was applied and the cursor is where it was"
    );
    assert_eq!(
        north.store.product_by_gtin(AMOX).expect("own").data.name,
        "Amoxicillin (site's name)",
        "the product is as before"
    );

    proxy.set(Mode::Pass);
    let done = north.pull();
    assert_eq!(done.message, None, "the next pull completes");
    assert_eq!(done.state, SyncState::Ok, "and the site is in step again");
    assert_eq!(
        (done.applied.changes, done.applied.products_updated),
        (2, 1),
        "the page cut off comes again whole (the site itself, and the product, applied once): {:?}",
        done.applied
    );
    let again = north.pull();
    assert_eq!(
        (again.applied.changes, again.cursor),
        (0, done.cursor),
        "a further pull finds nothing: nothing is applied twice"
    );
}

/// Dispenses pack `serial` of AMOX from MAIN, on the ledger.
pub(crate) fn dispense(site: &mut Site, serial: &str) {
    leaves(
        site,
        serial,
        "L1",
        EventKind::Dispense,
        UnitStatus::Dispensed,
        None,
    );
}

/// Pack `serial` of lot `lot` of AMOX leaves MAIN by an event of `kind`, ending `after`
/// (dispensed, transferred out), to `partner` if given, on the ledger.
pub(crate) fn leaves(
    site: &mut Site,
    serial: &str,
    lot: &str,
    kind: EventKind,
    after: UnitStatus,
    partner: Option<custody_core::PartnerId>,
) {
    let product = site.store.product_by_gtin(AMOX).expect("the product");
    let main = site.store.location("MAIN").expect("the location");
    let event = NewEvent {
        kind,
        occurred_at: now(),
        location: Some(main.id),
        counterparty: partner,
        reference: Some("RX-1".into()),
        reason: None,
        raw_scan: None,
        lines: vec![NewLine {
            product: product.id,
            lot: Some(lot.into()),
            serial: Some(serial.into()),
            expiry: chrono::NaiveDate::from_ymd_opt(2028, 12, 31),
            quantity: 1,
            before: Some(Place::at(UnitStatus::InStock, main.id)),
            after: Some(Place::gone(after)),
            unit_cost_cents: None,
        }],
    };
    let mut conn = rusqlite::Connection::open(site.store.path()).expect("the site file");
    let tx = conn.transaction().expect("a transaction");
    let mut appender = Appender::for_history(&tx, now()).expect("an appender");
    appender.append(&site.admin, &event).expect("the event");
    appender.finish().expect("the chain head");
    tx.commit().expect("committed");
}

/// Each site's packs of the recall by outcome, as `custody-hub recall show` lists them.
pub(crate) fn outcomes(hub: &TestHub, id: i64) -> (Vec<(String, String, i64)>, i64, bool) {
    let r = hub
        .block_on(recall::show(&hub.db, id))
        .expect("the reconciliation");
    (
        r.outcomes
            .iter()
            .map(|o| (o.site.clone(), o.outcome.clone(), o.packs))
            .collect(),
        r.open,
        r.closable,
    )
}

pub(crate) fn row(site: &str, outcome: &str, packs: i64) -> (String, String, i64) {
    (site.to_string(), outcome.to_string(), packs)
}

#[test]
fn a_network_recall_is_held_at_each_site_using_it_and_reconciled_until_it_closes() {
    let hub = TestHub::start();
    let mut north = Site::new("NORTH", &hub, &hub.base);
    let mut south = Site::new("SOUTH", &hub, &hub.base);
    north.receive("S1");
    north.receive("S2");
    north.push();
    south.receive("S3");
    dispense(&mut south, "S3");
    south.push();
    let osei = hub.add_person("osei", Role::Qa);
    let entered = hub
        .block_on(recall::add(
            &hub.db,
            &RecallInput {
                number: "RC-2026-14".into(),
                gtin: AMOX.into(),
                lots: vec!["L1".into()],
                class: "I".into(),
                reason: "Particles in the capsules".into(),
                ..Default::default()
            },
            &osei,
        ))
        .expect("a QA officer enters the recall once");
    assert_eq!(
        outcomes(&hub, entered.id),
        (
            vec![
                row("NORTH", "in_stock", 2),
                row("SOUTH", "dispensed_before", 1)
            ],
            3,
            false
        ),
        "before any site pulls, NORTH's two packs are in stock; SOUTH dispensed its one before, \
         and its patient is yet to be told"
    );

    let pulled = north.pull();
    assert_eq!(
        pulled
            .applied
            .recalls
            .iter()
            .map(|r| (r.number.as_str(), r.units))
            .collect::<Vec<_>>(),
        vec![("RC-2026-14", 2)],
        "NORTH's pull enters the recall and holds both packs"
    );
    assert!(
        north.pull().applied.recalls.is_empty(),
        "pulled again, nothing is entered twice"
    );
    assert_eq!(
        south.pull().applied.recalls.len(),
        1,
        "SOUTH uses the product, so it receives the recall too (nothing to hold)"
    );
    north.push();
    south.push();
    let reconciled = hub
        .block_on(recall::show(&hub.db, entered.id))
        .expect("the reconciliation");
    assert_eq!(
        reconciled
            .sites
            .iter()
            .map(|s| (s.site.as_str(), s.events, s.open))
            .collect::<Vec<_>>(),
        vec![("NORTH", 1, 2), ("SOUTH", 0, 1)],
        "NORTH's hold came back with its push; SOUTH's dispensed pack is open until it says the \
         patient was notified"
    );
    assert_eq!(
        outcomes(&hub, entered.id).0,
        vec![row("NORTH", "held", 2), row("SOUTH", "dispensed_before", 1)],
        "held at NORTH"
    );
    let refused = hub.block_on(recall::close(&hub.db, entered.id, &osei));
    assert!(
        matches!(refused, Err(HubError::RecallOpen { open: 3, .. })),
        "two held packs and a patient not yet notified keep it open: {refused:?}"
    );

    let admin = north.admin.clone();
    let supplier = north.supplier.id;
    north
        .store
        .record_recall_outcome(
            &admin,
            "RC-2026-14",
            &OutcomeRequest {
                outcome: RecallOutcome::ReturnedToSupplier,
                target: OutcomeTarget::default(),
                partner: Some(supplier),
                note: Some("RMA 5521".into()),
                signature: None,
            },
            now(),
        )
        .expect("NORTH returns both packs through its recall");
    north.push();
    assert_eq!(
        outcomes(&hub, entered.id),
        (
            vec![
                row("NORTH", "returned", 2),
                row("SOUTH", "dispensed_before", 1)
            ],
            1,
            false
        ),
        "the return came back with NORTH's push; SOUTH's patient is still to be told"
    );
    let admin = south.admin.clone();
    south
        .store
        .record_recall_outcome(
            &admin,
            "RC-2026-14",
            &OutcomeRequest {
                outcome: RecallOutcome::Notified,
                target: OutcomeTarget {
                    serials: vec!["S3".into()],
                    ..OutcomeTarget::default()
                },
                partner: None,
                note: Some("patient called".into()),
                signature: None,
            },
            now(),
        )
        .expect("SOUTH records that the patient was notified");
    south.push();
    assert_eq!(
        outcomes(&hub, entered.id),
        (
            vec![
                row("NORTH", "returned", 2),
                row("SOUTH", "dispensed_notified", 1)
            ],
            0,
            true
        ),
        "the notification came with SOUTH's push: nothing open, it can be closed"
    );
    let closed = hub
        .block_on(recall::close(&hub.db, entered.id, &osei))
        .expect("closed once nothing is open");
    assert!(closed.closed.is_some(), "closed with who and when");
    assert!(
        north.pull().applied.recalls.is_empty(),
        "the closure reaches the site without entering anything again"
    );
}
