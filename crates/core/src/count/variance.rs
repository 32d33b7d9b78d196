//! A count's variance: the snapshot, the scans and the ledger now, compared per serial and per
//! lot, with movements during the count accounted for.

use std::collections::{BTreeMap, HashMap};

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use crate::error::CoreResult;
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

use super::header::CountInfo;

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
    pub(super) product_id: ProductId,
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub(super) location_id: Option<LocationId>,
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
    pub(super) product_id: ProductId,
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub(super) in_stock: i64,
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

/// A pack held at the counted location: lot, expiry, status.
type HeldHere = (Option<String>, Option<String>, UnitStatus);

/// A pack as the ledger has it: status, location, lot, expiry, last event.
type LedgerUnit = (String, Option<i64>, Option<String>, Option<String>, i64);

impl Store {
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
}
