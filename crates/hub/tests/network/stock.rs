//! A site that moves real stock: a real `Store` with a product, a supplier and the other network
//! sites as partners (named by their site codes, as the hub pairs transfers), whose receipts,
//! transfers and dispenses are real scans through `custody_core::movement`, enrolled with the real
//! client and pushing through its own fault proxy.

use std::time::Duration;

use custody_core::movement::{Movement, ScanInput, ScanSession};
use custody_core::{
    LocationId, LocationKind, PartnerId, PartnerKind, ProductData, Role, Store, Timestamp,
    TrackingMode, User,
};
use custody_sync_client::{enrol_site, sync_once, Hub, SyncReport};
use custody_sync_protocol::WireEvent;

use crate::support::TestHub;

/// The one serialized product every site stocks.
pub const GTIN: &str = "09506000134352";

/// A raw GS1 DataMatrix scan of a pack of [`GTIN`] (expiry and lot fixed, so no first-expiry
/// question ever stops a dispense).
pub fn pack(serial: &str) -> String {
    format!("]d201095060001343521729123110L1\u{1d}21{serial}")
}

/// A site with stock.
pub struct StockSite {
    _dir: tempfile::TempDir,
    pub store: Store,
    pub admin: User,
    pub code: String,
    /// The site's clock: every event it records happens at this time.
    pub clock: Timestamp,
    main: LocationId,
    supplier: PartnerId,
    /// Partner ids of the other sites, by site code.
    sites: Vec<(String, PartnerId)>,
}

impl StockSite {
    /// A site `code` whose clock reads `clock`, knowing `others` as partners.
    pub fn new(code: &str, others: &[&str], clock: Timestamp) -> StockSite {
        let dir = tempfile::tempdir().expect("a temp folder");
        let mut store = Store::open(dir.path().join("site.db")).expect("a new site file");
        let (_, admin) = store
            .init(
                code,
                &format!("Site {code}"),
                "alice",
                "Alice",
                "a long password",
                clock,
            )
            .expect("a site is set up");
        let main = store
            .add_location(&admin, "STOCK", "Pharmacy stock", LocationKind::Pharmacy)
            .expect("a location")
            .id;
        let supplier = store
            .add_partner(
                &admin,
                "MEDIDIST",
                "MediDist",
                PartnerKind::Distributor,
                None,
            )
            .expect("a supplier")
            .id;
        let sites = others
            .iter()
            .map(|other| {
                let id = store
                    .add_partner(
                        &admin,
                        other,
                        &format!("Site {other}"),
                        PartnerKind::Distributor,
                        None,
                    )
                    .expect("another network site as a partner")
                    .id;
                (other.to_string(), id)
            })
            .collect();
        store
            .add_product(
                &admin,
                &ProductData {
                    gtin: GTIN.into(),
                    name: "Amoxicillin 500 mg caps x21".into(),
                    tracking: Some(TrackingMode::Serial),
                    ..Default::default()
                },
                clock,
            )
            .expect("a product");
        StockSite {
            _dir: dir,
            store,
            admin,
            code: code.to_string(),
            clock,
            main,
            supplier,
            sites,
        }
    }

    fn partner(&self, site: &str) -> PartnerId {
        self.sites
            .iter()
            .find(|(code, _)| code == site)
            .map(|(_, id)| *id)
            .unwrap_or_else(|| panic!("{} knows {site} as a partner", self.code))
    }

    /// Scans one pack for `movement` and requires it recorded as asked.
    fn scan(&mut self, mut session: ScanSession, serial: &str) {
        session.reference = Some("DOC-1".into());
        let input = ScanInput {
            raw: pack(serial),
            ..ScanInput::default()
        };
        let movement = session.movement;
        let verdict = self
            .store
            .scan(&self.admin, &session, &input, self.clock)
            .expect("a scan is checked");
        assert!(
            verdict.recorded.as_ref().is_some_and(|r| !r.held),
            "{}: {movement:?} of {serial} must be recorded as asked, the schedule only asks for \
             movements the site's stock allows: {verdict:?}",
            self.code
        );
    }

    /// Receives a new pack from the supplier.
    pub fn receive(&mut self, serial: &str) {
        let mut s = ScanSession::new(Movement::Receive, self.main);
        s.counterparty = Some(self.supplier);
        self.scan(s, serial);
    }

    /// Sends a pack in stock here to another network site.
    pub fn send(&mut self, serial: &str, to: &str) {
        let mut s = ScanSession::new(Movement::Transfer, self.main);
        s.counterparty = Some(self.partner(to));
        self.scan(s, serial);
    }

    /// Receives a pack sent by another network site.
    pub fn accept(&mut self, serial: &str, from: &str) {
        let mut s = ScanSession::new(Movement::Receive, self.main);
        s.counterparty = Some(self.partner(from));
        self.scan(s, serial);
    }

    /// Dispenses a pack in stock here.
    pub fn dispense(&mut self, serial: &str) {
        let s = ScanSession::new(Movement::Dispense, self.main);
        self.scan(s, serial);
    }

    /// `n` users added (one event each), named `{prefix}0…`.
    pub fn add_users(&mut self, prefix: &str, n: usize) {
        for i in 0..n {
            self.store
                .add_user(
                    &self.admin,
                    &format!("{prefix}{i}"),
                    "Someone",
                    Role::Staff,
                    None,
                    self.clock,
                )
                .expect("an administrator adds a user");
        }
    }

    pub fn enrol(&mut self, hub: &str, code: &str) {
        enrol_site(&mut self.store, &self.admin, hub, code, false, self.clock)
            .expect("the hub enrols the site with its code");
    }

    /// Enrols the site again with a new code (after its fork was resolved).
    pub fn enrol_again(&mut self, hub: &str, code: &str) {
        enrol_site(&mut self.store, &self.admin, hub, code, true, self.clock)
            .expect("the hub enrols the site again with its new code");
    }

    /// Closes the site's file, copies it to a folder of its own (as someone copying it to
    /// another computer would, the database closed), and opens both: the site, and a copy the
    /// hub cannot tell from it (the same token and key).
    pub fn copied(self) -> (StockSite, StockSite) {
        let StockSite {
            _dir,
            store,
            admin,
            code,
            clock,
            main,
            supplier,
            sites,
        } = self;
        let path = store.path().to_path_buf();
        drop(store);
        let copy_dir = tempfile::tempdir().expect("a temp folder");
        let copy_path = copy_dir.path().join("site.db");
        std::fs::copy(&path, &copy_path).expect("the closed file copies");
        let copy = StockSite {
            _dir: copy_dir,
            store: Store::open(&copy_path).expect("the copy opens"),
            admin: admin.clone(),
            code: code.clone(),
            clock,
            main,
            supplier,
            sites: sites.clone(),
        };
        let site = StockSite {
            _dir,
            store: Store::open(&path).expect("the original opens again"),
            admin,
            code,
            clock,
            main,
            supplier,
            sites,
        };
        (site, copy)
    }

    pub fn push(&mut self) -> SyncReport {
        sync_once(&mut self.store, &self.admin, self.clock)
            .expect("a push ends in a recorded state")
    }

    pub fn last_seq(&self) -> i64 {
        self.store
            .sync_status(&self.admin)
            .expect("the status reads")
            .last_seq
    }

    /// The site's whole chain, as its outbox sends it.
    pub fn chain(&self) -> Vec<WireEvent> {
        let mut out = Vec::new();
        loop {
            let batch = self
                .store
                .outbox(&self.admin, out.len() as i64)
                .expect("the outbox reads");
            if batch.events.is_empty() {
                return out;
            }
            out.extend(batch.events);
        }
    }

    /// The chain the hub holds for this site, read back over HTTP with the site's token.
    pub fn chain_at_hub(&self, hub: &str) -> Vec<WireEvent> {
        let token = self
            .store
            .sync_credentials(&self.admin)
            .expect("enrolled")
            .token;
        let client = Hub::new(hub, Some(token), Duration::from_secs(10)).expect("an address");
        let mut out = Vec::new();
        loop {
            let page = client
                .events_after(&self.code, out.len() as i64, 500)
                .expect("the hub reads a site's events back");
            if page.events.is_empty() {
                return out;
            }
            out.extend(page.events);
        }
    }
}

/// Checks what must hold once every site has pushed everything: each site's chain at the hub is
/// its own byte for byte, no event or line is held twice, and every maintained view equals its
/// recomputation from the events held.
pub fn check_healed(hub: &TestHub, sites: &[StockSite]) {
    for site in sites {
        assert_eq!(
            site.chain_at_hub(&hub.base),
            site.chain(),
            "{}'s chain at the hub must be the site's own, byte for byte",
            site.code
        );
        assert_eq!(
            hub.events_of(&site.code),
            site.last_seq(),
            "{} holds each of its events once at the hub",
            site.code
        );
    }
    assert_eq!(
        hub.number("SELECT count(*) - count(DISTINCT event_id) FROM event"),
        0,
        "no event id is stored twice"
    );
    assert_eq!(
        hub.number(
            "SELECT count(*) FROM (SELECT 1 FROM event_line GROUP BY site_id, seq, line_no \
             HAVING count(*) > 1) d"
        ),
        0,
        "no line is stored twice"
    );
    let recomputed = hub
        .block_on(custody_hub::views::recompute(&hub.db))
        .expect("the views recompute");
    let maintained = hub
        .block_on(custody_hub::views::maintained(&hub.db))
        .expect("the views read");
    assert_eq!(
        maintained, recomputed,
        "the views the pushes kept must be what the events held say"
    );
}
