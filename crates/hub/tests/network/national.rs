//! National verification's ledger events at the hub (issue #25): a site at an EU pharmacy
//! dispensing offline queues its decommissions as `nvs_request` events and records an answer as
//! an `nvs_result`; the hub takes them as any other event (each hash recomputed), and a site
//! restored from an old backup gets them back with its outbox rebuilt from them: the answered
//! request answered, the unanswered one `sent`, to be verified before anything is sent again.

use custody_core::movement::{Movement, ScanInput, ScanSession};
use custody_core::national::NvsAnswer;
use custody_core::sync::SyncState;
use custody_core::*;
use custody_sync_client::{enrol_site, sync_once};

use crate::support::TestHub;

const AMOX: &str = "09506000134352";

fn now() -> Timestamp {
    Timestamp::parse("2026-12-01T09:00:00+01:00").expect("a fixed time")
}

fn scan(store: &mut Store, admin: &User, m: Movement, at: LocationId, serial: &str) {
    let mut session = ScanSession::new(m, at);
    session.counterparty = store
        .partners(admin)
        .expect("partners read")
        .first()
        .map(|p| p.id);
    let input = ScanInput {
        raw: format!("]d201{AMOX}17281231\u{1d}10L1\u{1d}21{serial}"),
        ..ScanInput::default()
    };
    let v = store.scan(admin, &session, &input, now()).expect("a scan");
    assert!(v.recorded.is_some(), "{m:?} {serial}: {v:?}");
}

fn states(store: &Store, admin: &User, serial: &str) -> Vec<NvsState> {
    store
        .nvs_requests_of(admin, AMOX, serial)
        .expect("the queue reads")
        .iter()
        .map(|q| q.state)
        .collect()
}

#[test]
fn the_hub_keeps_a_sites_national_requests_and_a_restore_rebuilds_its_queue_from_them() {
    let hub = TestHub::start();
    let dir = tempfile::tempdir().expect("a temp folder");
    let path = dir.path().join("site.db");
    let mut store = Store::open(&path).expect("a site file");
    let (_, admin) = store
        .init("EAST", "East", "alice", "Alice", "a long password", now())
        .expect("set up");
    let main = store
        .add_location(&admin, "MAIN", "Main pharmacy", LocationKind::Pharmacy)
        .expect("a location");
    store
        .add_partner(&admin, "ACME", "Acme", PartnerKind::Distributor, None)
        .expect("a partner");
    let product = ProductData {
        gtin: AMOX.into(),
        name: "Amoxicillin".into(),
        tracking: Some(TrackingMode::Serial),
        ..Default::default()
    };
    store
        .add_product(&admin, &product, now())
        .expect("a product");
    store
        .set_national_settings(&admin, Some("EU-DE"), "at_dispense", None, now())
        .expect("the site checks at dispense");
    for s in ["N1", "N2"] {
        scan(&mut store, &admin, Movement::Receive, main.id, s);
    }
    enrol_site(
        &mut store,
        &admin,
        &hub.base,
        &hub.add_site("EAST"),
        false,
        now(),
    )
    .expect("enrolled");
    assert_eq!(
        sync_once(&mut store, &admin, now()).expect("a push").state,
        SyncState::Ok
    );
    drop(store);
    let backup = dir.path().join("backup.db");
    std::fs::copy(&path, &backup).expect("a backup");
    let mut store = Store::open(&path).expect("opens again");

    for s in ["N1", "N2"] {
        scan(&mut store, &admin, Movement::Dispense, main.id, s);
    }
    let drainer = store
        .system_principal(SystemPrincipal::Verification)
        .expect("the drainer");
    let first = store.nvs_due(&drainer, now()).expect("due")[0].id;
    let done = NvsAnswer {
        state: NvsState::Done,
        code: Some("NMVS_SUCCESS".into()),
        words: None,
        alert_id: None,
    };
    store
        .nvs_record(&drainer, first, &done, now())
        .expect("answered");
    let pushed = sync_once(&mut store, &admin, now()).expect("a push");
    assert_eq!(
        pushed.state,
        SyncState::Ok,
        "the hub takes the new kinds: {pushed:?}"
    );
    drop(store);

    std::fs::copy(&backup, &path).expect("the disk failed: the backup is put back");
    let mut store = Store::open(&path).expect("the restored file opens");
    let caught_up = sync_once(&mut store, &admin, now()).expect("a push");
    assert!(
        caught_up.restored.is_some(),
        "the hub was ahead: {caught_up:?}"
    );
    assert_eq!(states(&store, &admin, "N1"), [NvsState::Done]);
    assert_eq!(
        states(&store, &admin, "N2"),
        [NvsState::Sent],
        "unanswered: verified before anything is sent again"
    );
    assert!(store.verify(&admin).expect("verifies").is_intact());
}
