//! Stock counts: scan everything at a location, once each, and compare with the ledger.
//!
//! Starting a count snapshots the packs the ledger holds at the location (all products, or
//! some) and the ledger's position. Each scan is recorded once (a repeat says so) with the
//! ledger position at that moment, so that movements during the count are accounted for at the
//! end: a pack that left after the count started is not missing, a pack that arrived and was
//! scanned is found, a pack scanned and then dispensed is not suspect. Lot-tracked products are
//! counted by quantity per lot against what the ledger holds at the end. Applying a finished
//! count writes `count_adjust` events; abandoning it leaves nothing but its own record.

use std::collections::{BTreeMap, HashMap, HashSet};

use custody_gs1::DecodeOptions;
use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use crate::error::{CoreError, CoreResult};
use crate::fields::parse_date;
use crate::ledger::{Appender, NewEvent, NewLine, Place};
use crate::model::*;
use crate::permissions::{allowed, require, Operation};
use crate::Store;

/// Where a count stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum CountStatus {
    /// Scanning.
    Open,
    /// Scanning ended; the variance waits for a manager.
    Finished,
    /// Adjustments written to the ledger.
    Applied,
    /// Given up; nothing written to the ledger.
    Abandoned,
}

impl CountStatus {
    fn parse(s: &str) -> CountStatus {
        match s {
            "finished" => CountStatus::Finished,
            "applied" => CountStatus::Applied,
            "abandoned" => CountStatus::Abandoned,
            _ => CountStatus::Open,
        }
    }

    /// The stored text.
    pub fn as_str(self) -> &'static str {
        match self {
            CountStatus::Open => "open",
            CountStatus::Finished => "finished",
            CountStatus::Applied => "applied",
            CountStatus::Abandoned => "abandoned",
        }
    }
}

impl std::fmt::Display for CountStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A count's header and progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CountInfo {
    /// Count number.
    pub id: i64,
    /// Location code.
    pub location: String,
    /// Status.
    pub status: CountStatus,
    /// Staff do not see expected quantities while scanning.
    pub blind: bool,
    /// GTINs of a count limited to some products (empty: everything at the location).
    pub products: Vec<String>,
    /// When it started (UTC).
    pub started_at: String,
    /// Who started it.
    pub started_by: String,
    /// Packs the ledger held there at the start (hidden from staff in a blind count).
    pub expected_units: Option<i64>,
    /// Packs counted so far.
    pub counted_units: i64,
    /// Lot-tracked quantity counted so far.
    pub counted_lot_quantity: i64,
}

/// What a count scan found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum CountScanCode {
    /// Counted.
    Counted,
    /// Scanned before in this count: counted once.
    AlreadyCounted,
    /// A lot quantity added to the lot's count.
    LotCounted,
    /// The ledger has the pack in stock at another location.
    Elsewhere,
    /// The ledger has the pack dispensed, destroyed, returned, sent away or missing.
    WrongStatus,
    /// The pack was never received here.
    NotReceived,
    /// The product is not part of this (limited) count.
    NotInCount,
    /// The product is not in the product list.
    UnknownProduct,
    /// The scan could not be decoded.
    DecodeError,
    /// A serialized product scanned without its serial (e.g. its linear, GTIN-only barcode):
    /// the pack cannot be told apart from the others, so it is not counted.
    MissingSerial,
    /// A lot-tracked product scanned without its lot: the quantity has no lot to count in.
    MissingLot,
    /// The code names no product (e.g. a shipping label's SSCC): nothing to count.
    NoProduct,
}

/// The answer to one count scan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CountScan {
    /// What was found.
    pub code: CountScanCode,
    /// Whether the scan was recorded in the count.
    pub recorded: bool,
    /// In words.
    pub message: String,
    /// GTIN.
    pub gtin: Option<String>,
    /// Serial.
    pub serial: Option<String>,
    /// Lot.
    pub lot: Option<String>,
    /// Packs counted so far in this count.
    pub counted_units: i64,
}

/// A pack in the variance, with where the ledger has it now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct VariancePack {
    /// GTIN.
    pub gtin: String,
    /// Product name.
    pub product: String,
    /// Serial.
    pub serial: String,
    /// Lot.
    pub lot: Option<String>,
    /// Expiry.
    pub expiry: Option<String>,
    /// Status the ledger has now (none: never received here).
    pub status: Option<UnitStatus>,
    /// Location the ledger has now.
    pub location: Option<String>,
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    product_id: ProductId,
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    location_id: Option<LocationId>,
}

/// A lot of a lot-tracked product: what the ledger holds and what was counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct VarianceLot {
    /// GTIN.
    pub gtin: String,
    /// Product name.
    pub product: String,
    /// Lot.
    pub lot: String,
    /// Expiry.
    pub expiry: Option<String>,
    /// Held at the location by the ledger (in stock and quarantined).
    pub expected: i64,
    /// Counted.
    pub counted: i64,
    /// Counted minus expected.
    pub difference: i64,
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    product_id: ProductId,
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    in_stock: i64,
}

/// The result of a count: per serial and per lot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Variance {
    /// The count.
    pub count: CountInfo,
    /// Packs expected and found.
    pub found: i64,
    /// Expected at the start, not counted, and still here by the ledger.
    pub missing: Vec<VariancePack>,
    /// Counted here, but in stock or held at another location by the ledger.
    pub unexpected: Vec<VariancePack>,
    /// Counted here, but dispensed, destroyed, returned, sent away or missing by the ledger:
    /// suspect, unless it was recorded missing and is simply found.
    pub wrong_status: Vec<VariancePack>,
    /// Counted here, never received here: suspect (an unknown source), held in quarantine
    /// when the count is applied.
    pub not_received: Vec<VariancePack>,
    /// Accounted for: left the location during the count, not counted.
    pub left_during_count: Vec<VariancePack>,
    /// Accounted for: arrived during the count and not counted (not adjusted).
    pub arrived_not_counted: Vec<VariancePack>,
    /// Lot-tracked products, every lot at the location or counted; differences first.
    pub lots: Vec<VarianceLot>,
}

impl Variance {
    /// Whether the count matches the ledger.
    pub fn is_clean(&self) -> bool {
        self.missing.is_empty()
            && self.unexpected.is_empty()
            && self.wrong_status.is_empty()
            && self.not_received.is_empty()
            && self.lots.iter().all(|l| l.difference == 0)
    }
}

/// What applying a count wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CountApplied {
    /// Packs recorded missing.
    pub missing: i64,
    /// Packs moved here from another location.
    pub moved_here: i64,
    /// Suspect packs put in quarantine here: recorded gone but on the shelf, or never received.
    pub quarantined: i64,
    /// Packs recorded missing before and found here.
    pub found_again: i64,
    /// Lot quantity added (surplus) and removed (shortfall).
    pub lot_added: i64,
    /// Lot quantity recorded missing.
    pub lot_removed: i64,
    /// Ledger event ids.
    pub events: Vec<String>,
}

/// A pack held at the counted location: lot, expiry, status.
type HeldHere = (Option<String>, Option<String>, UnitStatus);

/// A pack as the ledger has it: status, location, lot, expiry, last event.
type LedgerUnit = (String, Option<i64>, Option<String>, Option<String>, i64);

struct CountRow {
    id: i64,
    location: LocationId,
    status: CountStatus,
    blind: bool,
    limited: bool,
    snapshot_seq: i64,
    started_by: UserId,
}

impl Store {
    fn count_row(&self, id: i64) -> CoreResult<CountRow> {
        self.conn()
            .prepare_cached(
                "SELECT id, location_id, status, blind, limited, snapshot_seq, started_by FROM stock_count WHERE id = ?1",
            )?
            .query_row([id], |r| {
                Ok(CountRow {
                    id: r.get(0)?,
                    location: LocationId(r.get(1)?),
                    status: CountStatus::parse(&r.get::<_, String>(2)?),
                    blind: r.get(3)?,
                    limited: r.get(4)?,
                    snapshot_seq: r.get(5)?,
                    started_by: UserId(r.get(6)?),
                })
            })
            .optional()?
            .ok_or_else(|| CoreError::refused("count.unknown").arg("count", id))
    }

    fn count_products(&self, id: i64) -> CoreResult<HashSet<ProductId>> {
        Ok(self
            .conn()
            .prepare_cached("SELECT product_id FROM stock_count_product WHERE count_id = ?1")?
            .query_map([id], |r| Ok(ProductId(r.get(0)?)))?
            .collect::<Result<_, _>>()?)
    }

    /// Starts a count at a location, of everything there or of some products (GTINs), and
    /// snapshots what the ledger holds there.
    pub fn start_count(
        &mut self,
        actor: &User,
        location: LocationId,
        gtins: &[String],
        blind: bool,
        now: Timestamp,
    ) -> CoreResult<CountInfo> {
        require(actor, Operation::Count)?;
        let mut products = Vec::new();
        for g in gtins {
            let gtin = custody_gs1::Gtin::parse(g.trim())
                .map_err(|e| crate::fields::gtin_invalid("product", g, &e.to_string()))?;
            products.push(self.product_by_gtin(gtin.as_str())?.id);
        }
        let open: Option<i64> = self
            .conn()
            .query_row(
                "SELECT id FROM stock_count WHERE location_id = ?1 AND status IN ('open', 'finished') LIMIT 1",
                [location.0],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(other) = open {
            let code: String = self.conn().query_row(
                "SELECT code FROM location WHERE id = ?1",
                [location.0],
                |r| r.get(0),
            )?;
            return Err(CoreError::refused("count.open_at_location")
                .field("location")
                .arg("count", other)
                .arg("location", code));
        }
        let tx = self.conn_mut().transaction()?;
        tx.execute(
            "INSERT INTO stock_count (location_id, blind, limited, status, snapshot_seq, started_at, started_by)
             VALUES (?1, ?2, ?3, 'open', (SELECT coalesce(max(seq), 0) FROM event), ?4, ?5)",
            params![location.0, blind, !products.is_empty(), now.utc_text(), actor.id.0],
        )?;
        let id = tx.last_insert_rowid();
        for p in &products {
            tx.execute(
                "INSERT OR IGNORE INTO stock_count_product (count_id, product_id) VALUES (?1, ?2)",
                params![id, p.0],
            )?;
        }
        tx.execute(
            "INSERT INTO stock_count_expected (count_id, product_id, serial, lot, expiry, status)
             SELECT ?1, u.product_id, u.serial, u.lot, u.expiry, u.status FROM unit u
             WHERE u.location_id = ?2 AND u.status IN ('in_stock', 'quarantined')
               AND (NOT EXISTS (SELECT 1 FROM stock_count_product WHERE count_id = ?1)
                    OR u.product_id IN (SELECT product_id FROM stock_count_product WHERE count_id = ?1))",
            params![id, location.0],
        )?;
        tx.commit()?;
        self.count(actor, id)
    }

    /// A count's header and progress. Expected quantities of a blind count are shown only to
    /// those who may apply counts.
    pub fn count(&self, actor: &User, id: i64) -> CoreResult<CountInfo> {
        require(actor, Operation::Count)?;
        let c = self.count_row(id)?;
        let (location, started_at, started_by): (String, String, String) = self.conn().query_row(
            "SELECT l.code, c.started_at, u.username FROM stock_count c JOIN location l ON l.id = c.location_id
             JOIN user u ON u.id = c.started_by WHERE c.id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        let products: Vec<String> = self
            .conn()
            .prepare_cached(
                "SELECT p.gtin FROM stock_count_product c JOIN product p ON p.id = c.product_id WHERE c.count_id = ?1 ORDER BY p.gtin",
            )?
            .query_map([id], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        let expected: i64 = self.conn().query_row(
            "SELECT count(*) FROM stock_count_expected WHERE count_id = ?1",
            [id],
            |r| r.get(0),
        )?;
        let (units, lots): (i64, i64) = self.conn().query_row(
            "SELECT coalesce(sum(serial <> ''), 0), coalesce(sum(CASE WHEN serial = '' THEN quantity END), 0) FROM stock_count_scan WHERE count_id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let may_see = !c.blind || allowed(actor.role, Operation::ApplyCount);
        Ok(CountInfo {
            id,
            location,
            status: c.status,
            blind: c.blind,
            products,
            started_at,
            started_by,
            expected_units: may_see.then_some(expected),
            counted_units: units,
            counted_lot_quantity: lots,
        })
    }

    /// Records one scan in an open count: a pack counts once; a lot adds its quantity.
    ///
    /// A scan that cannot be counted — unreadable, a serialized product's linear barcode with
    /// no serial, a lot-tracked product's code with no lot, a code naming no product — gets its
    /// own answer ([`CountScanCode`], `recorded: false`) and the count goes on, as a movement's
    /// scan does: one bad label never stops a count. Errors are kept for the count itself (not
    /// open) and for a quantity below one.
    pub fn count_scan(
        &mut self,
        actor: &User,
        id: i64,
        raw: &str,
        quantity: Option<i64>,
        scanner: &DecodeOptions,
        now: Timestamp,
    ) -> CoreResult<CountScan> {
        require(actor, Operation::Count)?;
        let c = self.count_row(id)?;
        if c.status != CountStatus::Open {
            return Err(CoreError::refused("count.not_open")
                .arg("count", id)
                .arg("status", c.status.as_str()));
        }
        let counted = |s: &Store| -> CoreResult<i64> {
            Ok(s.conn()
                .prepare_cached(
                    "SELECT count(*) FROM stock_count_scan WHERE count_id = ?1 AND serial <> ''",
                )?
                .query_row([id], |r| r.get(0))?)
        };
        let mut options = scanner.clone();
        options.today = now.local_date();
        let answer = |code, recorded, message: String, gtin, serial, lot, n| CountScan {
            code,
            recorded,
            message,
            gtin,
            serial,
            lot,
            counted_units: n,
        };
        let scan = match custody_gs1::decode(raw, &options) {
            Ok(s) => s,
            Err(e) => {
                return Ok(answer(
                    CountScanCode::DecodeError,
                    false,
                    e.message,
                    None,
                    None,
                    None,
                    counted(self)?,
                ))
            }
        };
        let gtin = scan.gtin.map(|g| g.to_string());
        if scan.gtin.is_none() && scan.pzn.is_none() {
            return Ok(answer(
                CountScanCode::NoProduct,
                false,
                "This code names no product (a shipping label, not a pack): scan the pack's own code."
                    .into(),
                None,
                scan.serial.clone(),
                scan.lot.clone(),
                counted(self)?,
            ));
        }
        let Some(product) = self.product_for_scan(&scan)? else {
            return Ok(answer(
                CountScanCode::UnknownProduct,
                false,
                "This product is not in the product list; set the pack aside and add the product."
                    .into(),
                gtin,
                scan.serial.clone(),
                scan.lot.clone(),
                counted(self)?,
            ));
        };
        let gtin = Some(product.data.gtin.clone());
        if c.limited && !self.count_products(id)?.contains(&product.id) {
            return Ok(answer(
                CountScanCode::NotInCount,
                false,
                format!("{} is not part of this count.", product.data.name),
                gtin,
                scan.serial.clone(),
                scan.lot.clone(),
                counted(self)?,
            ));
        }
        let head: i64 = self
            .conn()
            .prepare_cached("SELECT coalesce(max(seq), 0) FROM event")?
            .query_row([], |r| r.get(0))?;
        let (serial, lot_key, qty) = match (product.tracking, &scan.serial, &scan.lot) {
            (TrackingMode::Serial, Some(s), _) => (s.clone(), String::new(), 1),
            (TrackingMode::Serial, None, _) => {
                return Ok(answer(
                    CountScanCode::MissingSerial,
                    false,
                    format!(
                        "{} is serialized and this code has no serial (a linear barcode?): scan the pack's 2D code to count it.",
                        product.data.name
                    ),
                    gtin,
                    None,
                    scan.lot.clone(),
                    counted(self)?,
                ));
            }
            (TrackingMode::Lot, _, Some(l)) => {
                let q = quantity.unwrap_or(1);
                if q <= 0 {
                    return Err(CoreError::refused("count.quantity_not_positive").field("quantity"));
                }
                (String::new(), l.clone(), q)
            }
            (TrackingMode::Lot, _, None) => {
                return Ok(answer(
                    CountScanCode::MissingLot,
                    false,
                    format!(
                        "{} is counted by lot and this code has no lot: scan a code with the lot.",
                        product.data.name
                    ),
                    gtin,
                    scan.serial.clone(),
                    None,
                    counted(self)?,
                ));
            }
        };
        if product.tracking == TrackingMode::Lot {
            self.conn().execute(
                "INSERT INTO stock_count_scan (count_id, product_id, serial, lot, expiry, quantity, raw_scan, scanned_at, scanned_by, ledger_seq)
                 VALUES (?1, ?2, '', ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                 ON CONFLICT (count_id, product_id, serial, lot) DO UPDATE SET quantity = quantity + excluded.quantity",
                params![id, product.id.0, lot_key, scan.expiry.map(|d| d.to_string()), qty, raw, now.utc_text(), actor.id.0, head],
            )?;
            let total: i64 = self.conn().query_row(
                "SELECT quantity FROM stock_count_scan WHERE count_id = ?1 AND product_id = ?2 AND serial = '' AND lot = ?3",
                params![id, product.id.0, lot_key],
                |r| r.get(0),
            )?;
            return Ok(answer(
                CountScanCode::LotCounted,
                true,
                format!(
                    "{} lot {lot_key}: {qty} counted, {total} so far.",
                    product.data.name
                ),
                gtin,
                None,
                Some(lot_key),
                counted(self)?,
            ));
        }
        // A pack counts once whatever lot its code says, so the repeat is looked up by serial;
        // its lot is kept (it was '' before) so that a pack never received here can be held in
        // quarantine with it when the count is applied.
        let seen: bool = self
            .conn()
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM stock_count_scan WHERE count_id = ?1 AND product_id = ?2 AND serial = ?3)",
            )?
            .query_row(params![id, product.id.0, serial], |r| r.get(0))?;
        let inserted = if seen {
            0
        } else {
            self.conn().execute(
                "INSERT INTO stock_count_scan (count_id, product_id, serial, lot, expiry, quantity, raw_scan, scanned_at, scanned_by, ledger_seq)
                 VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6, ?7, ?8, ?9) ON CONFLICT DO NOTHING",
                params![id, product.id.0, serial, scan.lot.as_deref().unwrap_or(""), scan.expiry.map(|d| d.to_string()), raw, now.utc_text(), actor.id.0, head],
            )?
        };
        let n = counted(self)?;
        if inserted == 0 {
            return Ok(answer(
                CountScanCode::AlreadyCounted,
                false,
                format!("Pack {serial} was already counted: it counts once."),
                gtin,
                Some(serial),
                scan.lot.clone(),
                n,
            ));
        }
        let expected: bool = self
            .conn()
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM stock_count_expected WHERE count_id = ?1 AND product_id = ?2 AND serial = ?3)")?
            .query_row(params![id, product.id.0, serial], |r| r.get(0))?;
        let now_at = self.unit_now(product.id, &serial)?;
        let (code, message) = match &now_at {
            _ if expected => (CountScanCode::Counted, format!("{} counted.", product.data.name)),
            Some(u) if u.status.is_held() && u.location == Some(c.location) => {
                (CountScanCode::Counted, format!("{} counted (it arrived after the count started).", product.data.name))
            }
            Some(u) if u.status.is_held() => {
                let at = match u.location {
                    Some(l) => self.location_code(l)?,
                    None => "?".into(),
                };
                (
                    CountScanCode::Elsewhere,
                    format!("Pack {serial} is recorded {} at {at}: counted here; the count will move it.", u.status.as_str().replace('_', " ")),
                )
            }
            Some(u) => (
                CountScanCode::WrongStatus,
                format!("Pack {serial} is recorded {}: it should not be on a shelf. Set it aside for QA.", u.status.as_str().replace('_', " ")),
            ),
            None => (
                CountScanCode::NotReceived,
                format!("Pack {serial} was never received here: set it aside for QA; applying the count holds it in quarantine as suspect."),
            ),
        };
        Ok(answer(
            code,
            true,
            message,
            gtin,
            Some(serial),
            scan.lot.clone(),
            n,
        ))
    }

    /// The variance of a count as of now (see the module notes for how movements during the
    /// count are accounted for).
    pub fn count_variance(&self, actor: &User, id: i64) -> CoreResult<Variance> {
        require(actor, Operation::Count)?;
        let c = self.count_row(id)?;
        let info = self.count(actor, id)?;
        let limited = c.limited.then(|| self.count_products(id)).transpose()?;
        let in_scope = |p: ProductId| limited.as_ref().is_none_or(|s| s.contains(&p));
        let mut names: HashMap<ProductId, (String, String)> = HashMap::new();
        let mut name_of = |s: &Store, p: ProductId| -> CoreResult<(String, String)> {
            if let Some(n) = names.get(&p) {
                return Ok(n.clone());
            }
            let n: (String, String) = s
                .conn()
                .prepare_cached("SELECT gtin, name FROM product WHERE id = ?1")?
                .query_row([p.0], |r| Ok((r.get(0)?, r.get(1)?)))?;
            names.insert(p, n.clone());
            Ok(n)
        };
        let mut codes: HashMap<LocationId, String> = HashMap::new();

        // The snapshot.
        let mut expected: HashMap<(ProductId, String), (Option<String>, Option<String>)> =
            HashMap::new();
        {
            let mut stmt = self.conn().prepare_cached(
                "SELECT product_id, serial, lot, expiry FROM stock_count_expected WHERE count_id = ?1",
            )?;
            let mut rows = stmt.query([id])?;
            while let Some(r) = rows.next()? {
                expected.insert((ProductId(r.get(0)?), r.get(1)?), (r.get(2)?, r.get(3)?));
            }
        }
        // What the ledger has here now (packs): lot, expiry, status.
        let mut here_now: HashMap<(ProductId, String), HeldHere> = HashMap::new();
        {
            let mut stmt = self.conn().prepare_cached(
                "SELECT product_id, serial, lot, expiry, status FROM unit WHERE location_id = ?1 AND status IN ('in_stock', 'quarantined')",
            )?;
            let mut rows = stmt.query([c.location.0])?;
            while let Some(r) = rows.next()? {
                let p = ProductId(r.get(0)?);
                if in_scope(p) {
                    let status = r
                        .get::<_, String>(4)?
                        .parse()
                        .unwrap_or(UnitStatus::InStock);
                    here_now.insert((p, r.get(1)?), (r.get(2)?, r.get(3)?, status));
                }
            }
        }
        // The scans.
        struct Scanned {
            lot: Option<String>,
            expiry: Option<String>,
            ledger_seq: i64,
        }
        let mut scanned: HashMap<(ProductId, String), Scanned> = HashMap::new();
        let mut lot_counts: BTreeMap<(ProductId, String), (i64, Option<String>)> = BTreeMap::new();
        {
            let mut stmt = self.conn().prepare_cached(
                "SELECT product_id, serial, lot, expiry, quantity, ledger_seq FROM stock_count_scan WHERE count_id = ?1",
            )?;
            let mut rows = stmt.query([id])?;
            while let Some(r) = rows.next()? {
                let p = ProductId(r.get(0)?);
                let serial: String = r.get(1)?;
                if serial.is_empty() {
                    lot_counts.insert((p, r.get(2)?), (r.get(4)?, r.get(3)?));
                } else {
                    let lot: String = r.get(2)?;
                    scanned.insert(
                        (p, serial),
                        Scanned {
                            lot: (!lot.is_empty()).then_some(lot),
                            expiry: r.get(3)?,
                            ledger_seq: r.get(5)?,
                        },
                    );
                }
            }
        }

        let mut v = Variance {
            count: info,
            found: 0,
            missing: Vec::new(),
            unexpected: Vec::new(),
            wrong_status: Vec::new(),
            not_received: Vec::new(),
            left_during_count: Vec::new(),
            arrived_not_counted: Vec::new(),
            lots: Vec::new(),
        };
        let mut unit_stmt = self.conn().prepare_cached(
            "SELECT status, location_id, lot, expiry, last_event_seq FROM unit WHERE product_id = ?1 AND serial = ?2",
        )?;
        let mut pack = |s: &Store,
                        p: ProductId,
                        serial: &str,
                        lot: Option<String>,
                        expiry: Option<String>,
                        status: Option<UnitStatus>,
                        location: Option<LocationId>|
         -> CoreResult<VariancePack> {
            let (gtin, product) = name_of(s, p)?;
            let code = match location {
                Some(l) => Some(match codes.get(&l) {
                    Some(c) => c.clone(),
                    None => {
                        let code = s.location_code(l)?;
                        codes.insert(l, code.clone());
                        code
                    }
                }),
                None => None,
            };
            Ok(VariancePack {
                gtin,
                product,
                serial: serial.to_string(),
                lot,
                expiry,
                status,
                location: code,
                product_id: p,
                location_id: location,
            })
        };
        for ((p, serial), (lot, expiry)) in &expected {
            if scanned.contains_key(&(*p, serial.clone())) {
                v.found += 1;
            } else if let Some((_, _, status)) = here_now.get(&(*p, serial.clone())) {
                v.missing.push(pack(
                    self,
                    *p,
                    serial,
                    lot.clone(),
                    expiry.clone(),
                    Some(*status),
                    Some(c.location),
                )?);
            } else {
                let now = self.unit_now(*p, serial)?;
                v.left_during_count.push(pack(
                    self,
                    *p,
                    serial,
                    lot.clone(),
                    expiry.clone(),
                    now.as_ref().map(|u| u.status),
                    now.and_then(|u| u.location),
                )?);
            }
        }
        for ((p, serial), s) in &scanned {
            if expected.contains_key(&(*p, serial.clone())) {
                continue;
            }
            if here_now.contains_key(&(*p, serial.clone())) {
                v.found += 1; // arrived during the count, and counted
                continue;
            }
            let now: Option<LedgerUnit> = unit_stmt
                .query_row(params![p.0, serial], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
                })
                .optional()?;
            match now {
                None => v.not_received.push(pack(
                    self,
                    *p,
                    serial,
                    s.lot.clone(),
                    s.expiry.clone(),
                    None,
                    None,
                )?),
                // Moved after it was counted here (it had arrived during the count).
                Some((_, _, _, _, last)) if last > s.ledger_seq && last > c.snapshot_seq => {
                    v.found += 1
                }
                Some((status, loc, lot, expiry, _)) => {
                    let status: UnitStatus = status.parse().unwrap_or(UnitStatus::Missing);
                    let item = pack(
                        self,
                        *p,
                        serial,
                        lot,
                        expiry,
                        Some(status),
                        loc.map(LocationId),
                    )?;
                    if status.is_held() {
                        v.unexpected.push(item);
                    } else {
                        v.wrong_status.push(item);
                    }
                }
            }
        }
        for ((p, serial), (lot, expiry, status)) in &here_now {
            if !expected.contains_key(&(*p, serial.clone()))
                && !scanned.contains_key(&(*p, serial.clone()))
            {
                v.arrived_not_counted.push(pack(
                    self,
                    *p,
                    serial,
                    lot.clone(),
                    expiry.clone(),
                    Some(*status),
                    Some(c.location),
                )?);
            }
        }

        // Lots: what the ledger holds here now against what was counted.
        let mut held: BTreeMap<(ProductId, String), (i64, i64, Option<String>)> = BTreeMap::new();
        {
            let mut stmt = self.conn().prepare_cached(
                "SELECT product_id, lot, status, quantity, expiry FROM lot_stock WHERE location_id = ?1 AND status IN ('in_stock', 'quarantined')",
            )?;
            let mut rows = stmt.query([c.location.0])?;
            while let Some(r) = rows.next()? {
                let p = ProductId(r.get(0)?);
                if !in_scope(p) {
                    continue;
                }
                let e = held.entry((p, r.get(1)?)).or_insert((0, 0, None));
                let q: i64 = r.get(3)?;
                e.0 += q;
                if r.get::<_, String>(2)? == "in_stock" {
                    e.1 += q;
                }
                e.2 = e.2.take().or(r.get(4)?);
            }
        }
        let keys: std::collections::BTreeSet<(ProductId, String)> =
            held.keys().chain(lot_counts.keys()).cloned().collect();
        for (p, lot) in keys {
            let (exp, in_stock, expiry) =
                held.get(&(p, lot.clone())).cloned().unwrap_or((0, 0, None));
            let (counted, scanned_expiry) = lot_counts
                .get(&(p, lot.clone()))
                .cloned()
                .unwrap_or((0, None));
            let (gtin, product) = name_of(self, p)?;
            v.lots.push(VarianceLot {
                gtin,
                product,
                lot,
                expiry: expiry.or(scanned_expiry),
                expected: exp,
                counted,
                difference: counted - exp,
                product_id: p,
                in_stock,
            });
        }
        let by_key = |a: &VariancePack, b: &VariancePack| {
            (&a.product, &a.serial).cmp(&(&b.product, &b.serial))
        };
        for list in [
            &mut v.missing,
            &mut v.unexpected,
            &mut v.wrong_status,
            &mut v.not_received,
            &mut v.left_during_count,
            &mut v.arrived_not_counted,
        ] {
            list.sort_by(by_key);
        }
        v.lots.sort_by(|a, b| {
            (a.difference == 0, &a.product, &a.lot).cmp(&(b.difference == 0, &b.product, &b.lot))
        });
        Ok(v)
    }

    /// Ends scanning and returns the variance.
    pub fn finish_count(&mut self, actor: &User, id: i64, now: Timestamp) -> CoreResult<Variance> {
        require(actor, Operation::Count)?;
        let c = self.count_row(id)?;
        if c.status != CountStatus::Open {
            return Err(CoreError::refused("count.not_open")
                .arg("count", id)
                .arg("status", c.status.as_str()));
        }
        self.conn().execute(
            "UPDATE stock_count SET status = 'finished', finished_at = ?2, finished_by = ?3 WHERE id = ?1",
            params![id, now.utc_text(), actor.id.0],
        )?;
        self.count_variance(actor, id)
    }

    /// Gives up a count: nothing reaches the ledger. The person who started it, or a manager.
    pub fn abandon_count(
        &mut self,
        actor: &User,
        id: i64,
        note: Option<&str>,
        now: Timestamp,
    ) -> CoreResult<CountInfo> {
        require(actor, Operation::Count)?;
        let c = self.count_row(id)?;
        if actor.id != c.started_by {
            require(actor, Operation::ApplyCount)?;
        }
        if !matches!(c.status, CountStatus::Open | CountStatus::Finished) {
            return Err(CoreError::refused("count.closed")
                .arg("count", id)
                .arg("status", c.status.as_str()));
        }
        self.conn().execute(
            "UPDATE stock_count SET status = 'abandoned', closed_at = ?2, closed_by = ?3, note = ?4 WHERE id = ?1",
            params![id, now.utc_text(), actor.id.0, note],
        )?;
        self.count(actor, id)
    }

    /// Accepts a finished count's adjustments as `count_adjust` events, with the manager's
    /// reason: missing packs become `missing`, packs found here move here, suspect packs go to
    /// quarantine here, and lot quantities are set to what was counted. Suspect packs are those
    /// recorded dispensed, destroyed, returned or sent away, and those never received here:
    /// a pack of unknown source on the shelf is held (DSCSA: quarantine and investigate), never
    /// left out of the ledger as if it had not been seen.
    pub fn apply_count(
        &mut self,
        actor: &User,
        id: i64,
        reason: &str,
        signature: &crate::model::Signature,
        now: Timestamp,
    ) -> CoreResult<CountApplied> {
        require(actor, Operation::ApplyCount)?;
        let reason = crate::fields::clean("reason", reason, 500)?;
        let c = self.count_row(id)?;
        if c.status != CountStatus::Finished {
            return Err(CoreError::refused("count.not_finished")
                .arg("count", id)
                .arg("status", c.status.as_str()));
        }
        let v = self.count_variance(actor, id)?;
        let here = c.location;
        let quarantine_at = self.quarantine_location(here)?;
        let mut applied = CountApplied {
            missing: 0,
            moved_here: 0,
            quarantined: 0,
            found_again: 0,
            lot_added: 0,
            lot_removed: 0,
            events: Vec::new(),
        };
        let line = |p: &VariancePack, before: Place, after: Place| NewLine {
            product: p.product_id,
            lot: p.lot.clone(),
            serial: Some(p.serial.clone()),
            expiry: parse_date(p.expiry.clone()),
            quantity: 1,
            before: Some(before),
            after: Some(after),
            unit_cost_cents: None,
        };
        let mut groups: Vec<(String, Vec<NewLine>)> = Vec::new();
        let missing: Vec<NewLine> = v
            .missing
            .iter()
            .map(|p| {
                let status = p.status.unwrap_or(UnitStatus::InStock);
                line(p, Place::at(status, here), Place::gone(UnitStatus::Missing))
            })
            .collect();
        applied.missing = missing.len() as i64;
        groups.push(("not found at the count".into(), missing));
        let moved: Vec<NewLine> = v
            .unexpected
            .iter()
            .filter_map(|p| {
                let status = p.status?;
                Some(line(
                    p,
                    Place {
                        status,
                        location: p.location_id,
                    },
                    Place::at(status, here),
                ))
            })
            .collect();
        applied.moved_here = moved.len() as i64;
        groups.push(("found here at the count, recorded elsewhere".into(), moved));
        let mut found = Vec::new();
        let mut suspect = Vec::new();
        for p in &v.wrong_status {
            let Some(status) = p.status else { continue };
            if status == UnitStatus::Missing {
                found.push(line(
                    p,
                    Place::gone(status),
                    Place::at(UnitStatus::InStock, here),
                ));
            } else {
                suspect.push(line(
                    p,
                    Place::gone(status),
                    Place::at(UnitStatus::Quarantined, quarantine_at),
                ));
            }
        }
        let never_received: Vec<NewLine> = v
            .not_received
            .iter()
            .map(|p| NewLine {
                before: None,
                ..line(
                    p,
                    Place::at(UnitStatus::Quarantined, quarantine_at),
                    Place::at(UnitStatus::Quarantined, quarantine_at),
                )
            })
            .collect();
        applied.found_again = found.len() as i64;
        applied.quarantined = (suspect.len() + never_received.len()) as i64;
        groups.push(("recorded missing, found at the count".into(), found));
        let mut lots = Vec::new();
        for l in v.lots.iter().filter(|l| l.difference != 0) {
            let lot_line = |quantity: i64, before: Option<Place>, after: Place| NewLine {
                product: l.product_id,
                lot: Some(l.lot.clone()),
                serial: None,
                expiry: parse_date(l.expiry.clone()),
                quantity,
                before,
                after: Some(after),
                unit_cost_cents: None,
            };
            if l.difference > 0 {
                applied.lot_added += l.difference;
                lots.push(lot_line(
                    l.difference,
                    None,
                    Place::at(UnitStatus::InStock, here),
                ));
            } else {
                let short = -l.difference;
                let from_stock = short.min(l.in_stock);
                if from_stock > 0 {
                    lots.push(lot_line(
                        from_stock,
                        Some(Place::at(UnitStatus::InStock, here)),
                        Place::gone(UnitStatus::Missing),
                    ));
                }
                if short > from_stock {
                    lots.push(lot_line(
                        short - from_stock,
                        Some(Place::at(UnitStatus::Quarantined, here)),
                        Place::gone(UnitStatus::Missing),
                    ));
                }
                applied.lot_removed += short;
            }
        }
        groups.push(("lot quantity set to the count".into(), lots));
        let tx = self.conn_mut().transaction()?;
        {
            let mut appender = Appender::new(&tx, now)?;
            for (what, lines) in groups.into_iter().filter(|(_, l)| !l.is_empty()) {
                let a = appender.append_signed(
                    actor,
                    &NewEvent {
                        kind: EventKind::CountAdjust,
                        occurred_at: now,
                        location: Some(here),
                        counterparty: None,
                        reference: Some(format!("COUNT-{}", c.id)),
                        reason: Some(format!("{what}: {reason}")),
                        raw_scan: None,
                        lines,
                    },
                    Some(signature),
                )?;
                applied.events.push(a.id);
            }
            let suspects = [
                (
                    "suspect: on the shelf at the count though recorded dispensed, destroyed, returned or sent away",
                    suspect,
                ),
                (
                    "suspect: on the shelf at the count though never received here",
                    never_received,
                ),
            ];
            for (why, lines) in suspects.into_iter().filter(|(_, l)| !l.is_empty()) {
                let a = appender.append_signed(
                    actor,
                    &NewEvent {
                        kind: EventKind::CountAdjust,
                        occurred_at: now,
                        location: Some(here),
                        counterparty: None,
                        reference: Some(format!("COUNT-{}", c.id)),
                        reason: Some(format!("{why}; {reason}")),
                        raw_scan: None,
                        lines,
                    },
                    Some(signature),
                )?;
                applied.events.push(a.id);
            }
            appender.finish()?;
        }
        tx.execute(
            "UPDATE stock_count SET status = 'applied', closed_at = ?2, closed_by = ?3, note = ?4 WHERE id = ?1",
            params![id, now.utc_text(), actor.id.0, reason],
        )?;
        tx.commit()?;
        Ok(applied)
    }
}
