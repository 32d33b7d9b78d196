//! A small pharmacy in a temporary folder, on a fixed clock.

use std::sync::Arc;

use custody_api::{FixedClock, Host, Session};
use custody_core::{LocationKind, PartnerKind, ProductData, Store, Timestamp, TrackingMode};

/// The administrator's and every user's password.
pub const PASSWORD: &str = "correct horse";
/// A serialized product.
pub const AMOX: &str = "09506000134352";

/// A pharmacy: site PH1 with admin `admin`, staff `sam`, QA `quinn`; locations MAIN and WARD-3;
/// supplier ACME; the product AMOX.
pub struct Pharmacy {
    pub _dir: tempfile::TempDir,
    pub host: Host,
    /// The clock the host records with; flows step it.
    #[allow(dead_code)]
    pub clock: FixedClock,
}

pub fn t(s: &str) -> Timestamp {
    Timestamp::parse(s).expect("a test time")
}

impl Pharmacy {
    pub fn new() -> Pharmacy {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("custody.db");
        let now = t("2026-11-30T09:00:00+01:00");
        {
            let mut store = Store::open(&path).unwrap();
            let (_, admin) = store
                .init("PH1", "Pharmacy", "admin", "Ada Admin", PASSWORD, now)
                .unwrap();
            for (u, name, role) in [("sam", "Sam Staff", "staff"), ("quinn", "Quinn QA", "qa")] {
                store
                    .add_user(&admin, u, name, role.parse().unwrap(), Some(PASSWORD), now)
                    .unwrap();
            }
            store
                .add_location(&admin, "MAIN", "Main store", LocationKind::Store)
                .unwrap();
            store
                .add_location(&admin, "WARD-3", "Ward 3", LocationKind::Ward)
                .unwrap();
            store
                .add_partner(&admin, "ACME", "Acme Pharma", PartnerKind::Supplier, None)
                .unwrap();
            let product = ProductData {
                gtin: AMOX.into(),
                name: "Amoxicillin 500 mg".into(),
                tracking: Some(TrackingMode::Serial),
                ..Default::default()
            };
            store.add_product(&admin, &product, now).unwrap();
        }
        let clock = FixedClock::at(t("2026-11-30T10:00:00+01:00"));
        let host = Host::open(&path, Arc::new(clock.clone())).unwrap();
        Pharmacy {
            _dir: dir,
            host,
            clock,
        }
    }

    pub fn sign_in(&mut self, who: &str) -> Session {
        custody_api::sign_in(&mut self.host, who, PASSWORD).unwrap()
    }
}

/// A scan of AMOX with `serial`, expiring 2028-06-30, lot L1, with GS as byte 29.
pub fn pack(serial: &str) -> String {
    format!("]d201{AMOX}17280630\u{1d}10L1\u{1d}21{serial}")
}
