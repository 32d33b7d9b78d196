//! Named fixture builders.

use custody_core::ledger::{Appender, NewEvent, NewLine, Place};
use custody_core::*;
use tempfile::TempDir;

/// The password of every user the tests create.
pub const PASSWORD: &str = "correct horse battery";

pub fn now() -> Timestamp {
    Timestamp::parse("2026-11-22T09:00:00+01:00").unwrap()
}

/// A store with a site, an admin, two locations, a supplier and two products (one serialized,
/// one lot-tracked), in a temporary directory.
pub struct Pharmacy {
    /// Keeps the temporary directory (and the database in it) alive for the test.
    pub _dir: TempDir,
    pub store: Store,
    pub admin: User,
    pub main: Location,
    pub ward: Location,
    pub supplier: Partner,
    pub amoxicillin: Product,
    pub gauze: Product,
}

pub fn pharmacy() -> Pharmacy {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path().join("custody.db")).unwrap();
    let (_, admin) = store
        .init(
            "STMARY",
            "St. Mary's pharmacy",
            "alice",
            "Alice Smith",
            PASSWORD,
            now(),
        )
        .unwrap();
    let main = store
        .add_location(&admin, "MAIN", "Main pharmacy", LocationKind::Pharmacy)
        .unwrap();
    let ward = store
        .add_location(&admin, "WARD-3A", "Ward 3A", LocationKind::Ward)
        .unwrap();
    let supplier = store
        .add_partner(
            &admin,
            "MEDIDIST",
            "MediDist",
            PartnerKind::Distributor,
            Some("0614141000012"),
        )
        .unwrap();
    let amoxicillin = store
        .add_product(
            &admin,
            &ProductData {
                gtin: "09506000134352".into(),
                name: "Amoxicillin 500 mg caps x21".into(),
                tracking: Some(TrackingMode::Serial),
                ..Default::default()
            },
            now(),
        )
        .unwrap();
    let gauze = store
        .add_product(
            &admin,
            &ProductData {
                gtin: "09506000134369".into(),
                name: "Gauze swabs x100".into(),
                tracking: Some(TrackingMode::Lot),
                ..Default::default()
            },
            now(),
        )
        .unwrap();
    Pharmacy {
        _dir: dir,
        store,
        admin,
        main,
        ward,
        supplier,
        amoxicillin,
        gauze,
    }
}

impl Pharmacy {
    /// Adds a member of staff, "sam", with the tests' password.
    pub fn staff(&mut self) -> User {
        let admin = self.admin.clone();
        self.store
            .add_user(
                &admin,
                "sam",
                "Sam Staff",
                Role::Staff,
                Some(PASSWORD),
                now(),
            )
            .unwrap()
    }

    /// Appends events in one transaction, as the admin.
    pub fn append(&mut self, events: &[NewEvent]) -> Vec<custody_core::ledger::Appended> {
        let path = self.store.path().to_path_buf();
        let mut conn = rusqlite::Connection::open(path).unwrap();
        let tx = conn.transaction().unwrap();
        let out = {
            let mut a = Appender::for_history(&tx, now()).unwrap();
            let out = events
                .iter()
                .map(|e| a.append(&self.admin, e).unwrap())
                .collect();
            a.finish().unwrap();
            out
        };
        tx.commit().unwrap();
        out
    }

    pub fn receive(&self, serial: &str) -> NewEvent {
        NewEvent {
            kind: EventKind::Receive,
            occurred_at: now(),
            location: Some(self.main.id),
            counterparty: Some(self.supplier.id),
            reference: Some("PO-1".into()),
            reason: None,
            raw_scan: Some(format!("]d2010950600013435210L1\u{1d}21{serial}")),
            lines: vec![NewLine {
                product: self.amoxicillin.id,
                lot: Some("L1".into()),
                serial: Some(serial.into()),
                expiry: Some(chrono::NaiveDate::from_ymd_opt(2028, 12, 31).unwrap()),
                quantity: 1,
                before: None,
                after: Some(Place::at(UnitStatus::InStock, self.main.id)),
                unit_cost_cents: Some(420),
            }],
        }
    }

    pub fn dispense(&self, serial: &str) -> NewEvent {
        NewEvent {
            kind: EventKind::Dispense,
            occurred_at: now(),
            location: Some(self.main.id),
            counterparty: None,
            reference: Some("RX-1".into()),
            reason: None,
            raw_scan: None,
            lines: vec![NewLine {
                product: self.amoxicillin.id,
                lot: Some("L1".into()),
                serial: Some(serial.into()),
                expiry: None,
                quantity: 1,
                before: Some(Place::at(UnitStatus::InStock, self.main.id)),
                after: Some(Place::gone(UnitStatus::Dispensed)),
                unit_cost_cents: None,
            }],
        }
    }

    pub fn receive_gauze(&self, qty: i64) -> NewEvent {
        NewEvent {
            kind: EventKind::Receive,
            occurred_at: now(),
            location: Some(self.main.id),
            counterparty: Some(self.supplier.id),
            reference: Some("PO-2".into()),
            reason: None,
            raw_scan: None,
            lines: vec![NewLine {
                product: self.gauze.id,
                lot: Some("G7".into()),
                serial: None,
                expiry: Some(chrono::NaiveDate::from_ymd_opt(2029, 1, 31).unwrap()),
                quantity: qty,
                before: None,
                after: Some(Place::at(UnitStatus::InStock, self.main.id)),
                unit_cost_cents: Some(35),
            }],
        }
    }

    /// `user`'s signature with this meaning (their password re-entered).
    pub fn sign(
        &mut self,
        user: &User,
        meaning: SignatureMeaning,
    ) -> custody_core::auth::Signature {
        self.store.sign(user, PASSWORD, meaning, now()).unwrap()
    }

    /// A raw connection to the same file, as someone with sqlite3 would have.
    pub fn sqlite(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(self.store.path()).unwrap()
    }
}

/// Puts back what migration 0042 dropped (two indexes nothing reads, and `unit_location` with
/// the packs at no location), as the file was at version 41.
pub fn before_0042(path: &std::path::Path) {
    rusqlite::Connection::open(path)
        .unwrap()
        .execute_batch(
            "CREATE INDEX event_arrival
                 ON event(occurred_at, occurred_offset, counterparty_id, location_id, kind)
                 WHERE kind IN ('receive', 'mark_suspect');
             CREATE INDEX stay_departed
                 ON stay(until_at, until_day, location_id, product_id, quantity, seconds, departs)
                 WHERE departs = 1;
             DROP INDEX unit_location;
             CREATE INDEX unit_location ON unit(location_id, product_id, status);
             PRAGMA user_version = 41;",
        )
        .unwrap();
}

/// Undoes 0042 ([`before_0042`]), then takes away what 0041 added (each pack's copy of its last
/// event, and the index that carries it), as a test rewinding a file to an older version must:
/// the migration adds the columns, so it runs again only on a file without them.
pub fn before_0041(path: &std::path::Path) {
    before_0042(path);
    rusqlite::Connection::open(path)
        .unwrap()
        .execute_batch(
            "DROP INDEX unit_product_lot;
             ALTER TABLE unit DROP COLUMN last_at_unix;
             ALTER TABLE unit DROP COLUMN last_offset;
             ALTER TABLE unit DROP COLUMN last_reference;
             ALTER TABLE unit DROP COLUMN last_counterparty_id;
             CREATE INDEX unit_product_lot
                 ON unit(product_id, lot, serial, expiry, status, location_id, last_event_seq);
             PRAGMA user_version = 40;",
        )
        .unwrap();
}
