//! A morning of dispensing at an EU site while offline, then drained against the real NMVS
//! simulator on loopback through the store's outbox (issue #25): one lost reply, one scripted
//! alert; one decommission per pack, the alerted pack held as suspect, every request and answer
//! on the ledger and in the pack's history, and the ledger still verifies.

use chrono::{DateTime, TimeZone, Utc};
use custody_api::national::StoreOutbox;
use custody_core::movement::{Movement, ScanInput, ScanSession};
use custody_core::*;
use custody_national::client::{Endpoint, NmvsClient, NmvsConfig};
use custody_national::drain::{drain_once, Policy, Systems};
use custody_national::protocol::eu::ReturnCode;
use custody_national::protocol::{Market, PackKey};
use custody_national::sim::{NmvsSim, SimPack};

const GS: char = '\u{1d}';
const AMOX: &str = "09506000134352";
const SERIALS: [&str; 4] = ["SN1", "SN2", "SN3", "SN4"];

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 3, 8, 0, 0).unwrap()
}

fn at(t: DateTime<Utc>) -> Timestamp {
    Timestamp(t.fixed_offset())
}

/// The pack `serial` as the national system knows it.
fn key(serial: &str) -> PackKey {
    PackKey::new(AMOX, serial, "LOT42", "281231").unwrap()
}

struct Site {
    _dir: tempfile::TempDir,
    store: Store,
    admin: User,
    main: LocationId,
    supplier: PartnerId,
}

fn eu_site() -> Site {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path().join("custody.db")).unwrap();
    let now = at(t0());
    let (_, admin) = store
        .init(
            "PH1",
            "Pharmacy",
            "admin",
            "Ada Admin",
            "correct horse",
            now,
        )
        .unwrap();
    let main = store
        .add_location(&admin, "MAIN", "Main pharmacy", LocationKind::Pharmacy)
        .unwrap();
    store
        .add_location(&admin, "QUAR", "Quarantine", LocationKind::Quarantine)
        .unwrap();
    let product = ProductData {
        gtin: AMOX.into(),
        name: "Amoxicillin 500 mg caps x21".into(),
        tracking: Some(TrackingMode::Serial),
        ..Default::default()
    };
    store.add_product(&admin, &product, now).unwrap();
    let supplier = store
        .add_partner(&admin, "ACME", "Acme", PartnerKind::Distributor, None)
        .unwrap();
    store
        .set_national_settings(&admin, Some("EU-DE"), "at_dispense", None, now)
        .unwrap();
    Site {
        _dir: dir,
        store,
        admin,
        main: main.id,
        supplier: supplier.id,
    }
}

impl Site {
    fn scan(&mut self, m: Movement, serial: &str, minute: i64) {
        let mut session = ScanSession::new(m, self.main);
        session.counterparty = Some(self.supplier);
        let input = ScanInput {
            raw: format!("]d201{AMOX}1728123110LOT42{GS}21{serial}"),
            ..ScanInput::default()
        };
        let now = at(t0() + chrono::Duration::minutes(minute));
        let v = self.store.scan(&self.admin, &session, &input, now).unwrap();
        assert!(
            v.recorded.is_some(),
            "{m:?} {serial} must be recorded: {v:?}"
        );
    }

    fn events_of(&self, kind: EventKind) -> usize {
        let h = |s: &str| {
            self.store
                .unit_history(&self.admin, AMOX, s, t0().date_naive())
                .unwrap()
        };
        SERIALS
            .iter()
            .map(|s| h(s).events.iter().filter(|e| e.kind == kind).count())
            .sum()
    }
}

fn systems(sim: &NmvsSim) -> Systems {
    let config = NmvsConfig {
        endpoint: Endpoint {
            timeout_ms: 3000,
            connect_timeout_ms: 500,
            ..Endpoint::new(&sim.base_url())
        },
        user: "custody-verification".to_string(),
        location: "pharmacy-1".to_string(),
    };
    let de = Market::parse("EU-DE").unwrap();
    Systems::new().with_nmvs(de, NmvsClient::new(&config).unwrap())
}

#[test]
fn a_morning_offline_drains_with_one_decommission_per_pack_and_the_alerted_pack_held() {
    let mut site = eu_site();
    for (i, s) in SERIALS.iter().enumerate() {
        site.scan(Movement::Receive, s, i as i64);
    }
    for (i, s) in SERIALS.iter().enumerate() {
        site.scan(Movement::Dispense, s, 10 + i as i64);
    }
    // SN4 came back from the ward unused before the network did: held here when its alert comes.
    site.scan(Movement::Return, "SN4", 20);

    let sim = NmvsSim::start(SERIALS.iter().map(|s| SimPack::active(key(s))).collect()).unwrap();
    sim.lose_reply(&key("SN2"));
    sim.script_code(&key("SN4"), Some(ReturnCode::ExpiryMismatch));
    let system = systems(&sim);
    let policy = Policy::default();
    let mut passes = 0;
    for hour in 1..20 {
        let mut outbox = StoreOutbox::new(&mut site.store).unwrap();
        if outbox_empty(&mut outbox) {
            break;
        }
        drain_once(
            &mut outbox,
            &system,
            t0() + chrono::Duration::hours(hour),
            &policy,
        )
        .unwrap();
        passes += 1;
    }
    assert!(
        passes >= 2,
        "the lost reply takes a second pass, to verify it first"
    );

    for s in SERIALS {
        assert_eq!(
            sim.decommissions(&key(s)),
            1,
            "{s}: exactly one decommission, never two"
        );
    }
    for s in ["SN1", "SN2", "SN3"] {
        assert_eq!(
            sim.alerts(&key(s)),
            0,
            "{s}: no NMVS_NC_PCK_22, no alert of any kind"
        );
    }
    // The lost reply was the whole bulk's, SN4's alert with it: SN4 is verified before anything
    // is re-sent, and the simulator answers its scripted code (a second alert) again.
    assert_eq!(
        sim.alerts(&key("SN4")),
        2,
        "the scripted alert, raised at the bulk and the verification"
    );

    let alerted = site
        .store
        .unit_history(&site.admin, AMOX, "SN4", t0().date_naive())
        .unwrap();
    assert_eq!(
        alerted.unit.status,
        UnitStatus::Quarantined,
        "the alert holds the pack"
    );
    assert!(
        alerted.flags.iter().any(|f| f == "suspect")
            && alerted.flags.iter().any(|f| f == "national_alert"),
        "as suspect, for the national alert: {:?}",
        alerted.flags
    );
    for s in ["SN1", "SN2", "SN3"] {
        let u = site.store.unit(&site.admin, AMOX, s).unwrap();
        assert_eq!(
            u.status,
            UnitStatus::Dispensed,
            "{s}: an answered pack stays supplied"
        );
    }
    // Four decommissions, and SN4's return queued the undo of its decommission, which ended
    // failed, never sent, when that decommission met the alert.
    assert_eq!(
        site.events_of(EventKind::NvsRequest),
        5,
        "every request in a pack's history"
    );
    assert_eq!(site.events_of(EventKind::NvsResult), 5, "and every answer");
    let sn4 = site
        .store
        .nvs_requests_of(&site.admin, AMOX, "SN4")
        .unwrap();
    assert!(
        sn4.iter()
            .any(|r| r.kind == NvsKind::Undo && r.state == NvsState::Failed),
        "SN4's undo ended failed behind the alert: {sn4:?}"
    );
    let states: Vec<NvsState> = SERIALS
        .iter()
        .map(|s| site.store.nvs_requests_of(&site.admin, AMOX, s).unwrap()[0].state)
        .collect();
    assert_eq!(
        states,
        [
            NvsState::Done,
            NvsState::Done,
            NvsState::Done,
            NvsState::Alert
        ],
        "the lost reply found applied, the scripted alert an alert"
    );
    let report = site.store.verify(&site.admin).unwrap();
    assert!(
        report.is_intact(),
        "custody verify stays clean: {:?}",
        report.findings
    );
}

/// Whether nothing waits in the outbox.
fn outbox_empty(outbox: &mut StoreOutbox<&mut custody_core::Store>) -> bool {
    use custody_national::drain::Outbox;
    outbox.next_due().unwrap().is_none()
}
