//! A count's variance: the snapshot, the scans and the ledger now, compared per serial and per
//! lot, with movements during the count accounted for.

use std::collections::{BTreeMap, HashMap};

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use crate::error::CoreResult;
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

use super::findings::{
    expected_finding, scanned_finding, tally_lots, Finding, LotCounted, LotHeld, LotKey, LotTally,
};
use super::header::{CountInfo, CountRow};

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

/// A pack, by product and serial.
type PackKey = (ProductId, String);

/// The packs of the snapshot taken at the start: lot and expiry.
type Snapshot = HashMap<PackKey, (Option<String>, Option<String>)>;

/// A pack held at the counted location: lot, expiry, status.
type HeldHere = (Option<String>, Option<String>, UnitStatus);

/// A pack as the ledger has it: status, location, lot, expiry, last event.
type LedgerUnit = (String, Option<i64>, Option<String>, Option<String>, i64);

/// A pack's scan in the count.
struct Scanned {
    /// The lot its code gave.
    lot: Option<String>,
    /// The expiry its code gave.
    expiry: Option<String>,
    /// The ledger's position when it was scanned.
    ledger_seq: i64,
}

/// A count's scans.
struct Scans {
    /// Packs, by serial.
    packs: HashMap<PackKey, Scanned>,
    /// Lot quantities, by lot.
    lots: BTreeMap<LotKey, LotCounted>,
}

/// What a variance compares: the snapshot, the scans, and what the ledger holds here now.
struct Compared {
    /// Packs held here at the start.
    expected: Snapshot,
    /// Packs scanned, by serial.
    scanned: HashMap<PackKey, Scanned>,
    /// Lot quantities counted.
    lots_counted: BTreeMap<LotKey, LotCounted>,
    /// Packs the ledger holds here now (in stock or quarantined), within the count's scope.
    here_now: HashMap<PackKey, HeldHere>,
}

/// Puts each list of packs in product and serial order, and the lots with a difference first.
fn sort_variance(v: &mut Variance) {
    let by_key =
        |a: &VariancePack, b: &VariancePack| (&a.product, &a.serial).cmp(&(&b.product, &b.serial));
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
}

impl Variance {
    /// A variance with nothing in it yet.
    fn empty(count: CountInfo) -> Variance {
        Variance {
            count,
            found: 0,
            missing: Vec::new(),
            unexpected: Vec::new(),
            wrong_status: Vec::new(),
            not_received: Vec::new(),
            left_during_count: Vec::new(),
            arrived_not_counted: Vec::new(),
            lots: Vec::new(),
        }
    }

    /// Adds a pack where its finding puts it.
    fn add(&mut self, finding: Finding, pack: VariancePack) {
        match finding {
            Finding::Found => self.found += 1,
            Finding::Missing => self.missing.push(pack),
            Finding::LeftDuringCount => self.left_during_count.push(pack),
            Finding::Unexpected => self.unexpected.push(pack),
            Finding::WrongStatus => self.wrong_status.push(pack),
            Finding::NotReceived => self.not_received.push(pack),
        }
    }
}

/// Product names and location codes for the variance's lines, each looked up once.
struct Describe<'s> {
    store: &'s Store,
    names: HashMap<ProductId, (String, String)>,
    codes: HashMap<LocationId, String>,
}

impl<'s> Describe<'s> {
    fn new(store: &'s Store) -> Self {
        Describe {
            store,
            names: HashMap::new(),
            codes: HashMap::new(),
        }
    }

    /// A product's GTIN and name.
    fn name(&mut self, p: ProductId) -> CoreResult<(String, String)> {
        if let Some(n) = self.names.get(&p) {
            return Ok(n.clone());
        }
        let n: (String, String) = self
            .store
            .conn()
            .prepare_cached("SELECT gtin, name FROM product WHERE id = ?1")?
            .query_row([p.0], |r| Ok((r.get(0)?, r.get(1)?)))?;
        self.names.insert(p, n.clone());
        Ok(n)
    }

    fn code(&mut self, l: LocationId) -> CoreResult<String> {
        if let Some(c) = self.codes.get(&l) {
            return Ok(c.clone());
        }
        let code = self.store.location_code(l)?;
        self.codes.insert(l, code.clone());
        Ok(code)
    }

    /// A pack's line, with where the ledger has it now.
    fn pack(
        &mut self,
        (p, serial): &PackKey,
        lot: Option<String>,
        expiry: Option<String>,
        status: Option<UnitStatus>,
        location: Option<LocationId>,
    ) -> CoreResult<VariancePack> {
        let (gtin, product) = self.name(*p)?;
        let code = location.map(|l| self.code(l)).transpose()?;
        Ok(VariancePack {
            gtin,
            product,
            serial: serial.clone(),
            lot,
            expiry,
            status,
            location: code,
            product_id: *p,
            location_id: location,
        })
    }

    /// A lot's line.
    fn lot(&mut self, t: LotTally) -> CoreResult<VarianceLot> {
        let (p, lot) = t.key;
        let (gtin, product) = self.name(p)?;
        Ok(VarianceLot {
            gtin,
            product,
            lot,
            expiry: t.expiry,
            expected: t.held.held,
            counted: t.counted,
            difference: t.counted - t.held.held,
            product_id: p,
            in_stock: t.held.in_stock,
        })
    }
}

impl Store {
    /// The variance of a count as of now (see the module notes for how movements during the
    /// count are accounted for).
    pub fn count_variance(&self, actor: &User, id: i64) -> CoreResult<Variance> {
        require(actor, Operation::Count)?;
        let c = self.count_row(id)?;
        let mut v = Variance::empty(self.count(actor, id)?);
        let limited = c.limited.then(|| self.count_products(id)).transpose()?;
        let in_scope = |p: ProductId| limited.as_ref().is_none_or(|s| s.contains(&p));
        let Scans { packs, lots } = self.count_scans(id)?;
        let k = Compared {
            expected: self.count_snapshot(id)?,
            scanned: packs,
            lots_counted: lots,
            here_now: self.packs_held_at(c.location, &in_scope)?,
        };
        let mut describe = Describe::new(self);
        self.compare_expected(&c, &k, &mut describe, &mut v)?;
        self.compare_scanned(&c, &k, &mut describe, &mut v)?;
        for (key, (lot, expiry, status)) in &k.here_now {
            if !k.expected.contains_key(key) && !k.scanned.contains_key(key) {
                let pack = describe.pack(
                    key,
                    lot.clone(),
                    expiry.clone(),
                    Some(*status),
                    Some(c.location),
                )?;
                v.arrived_not_counted.push(pack);
            }
        }
        let held = self.lots_held_at(c.location, &in_scope)?;
        for t in tally_lots(&held, &k.lots_counted) {
            v.lots.push(describe.lot(t)?);
        }
        sort_variance(&mut v);
        Ok(v)
    }

    /// The snapshot taken at the start.
    fn count_snapshot(&self, id: i64) -> CoreResult<Snapshot> {
        let mut expected = HashMap::new();
        let mut stmt = self.conn().prepare_cached(
            "SELECT product_id, serial, lot, expiry FROM stock_count_expected WHERE count_id = ?1",
        )?;
        let mut rows = stmt.query([id])?;
        while let Some(r) = rows.next()? {
            expected.insert((ProductId(r.get(0)?), r.get(1)?), (r.get(2)?, r.get(3)?));
        }
        Ok(expected)
    }

    /// What the ledger holds at the location now (packs, in the count's scope): lot, expiry,
    /// status.
    fn packs_held_at(
        &self,
        location: LocationId,
        in_scope: &dyn Fn(ProductId) -> bool,
    ) -> CoreResult<HashMap<PackKey, HeldHere>> {
        let mut here_now = HashMap::new();
        let mut stmt = self.conn().prepare_cached(
            "SELECT product_id, serial, lot, expiry, status FROM unit WHERE location_id = ?1 AND status IN ('in_stock', 'quarantined')",
        )?;
        let mut rows = stmt.query([location.0])?;
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
        Ok(here_now)
    }

    /// The count's scans: packs by serial, and lot quantities (a lot scan has no serial).
    fn count_scans(&self, id: i64) -> CoreResult<Scans> {
        let mut packs = HashMap::new();
        let mut lots = BTreeMap::new();
        let mut stmt = self.conn().prepare_cached(
            "SELECT product_id, serial, lot, expiry, quantity, ledger_seq FROM stock_count_scan WHERE count_id = ?1",
        )?;
        let mut rows = stmt.query([id])?;
        while let Some(r) = rows.next()? {
            let p = ProductId(r.get(0)?);
            let serial: String = r.get(1)?;
            if serial.is_empty() {
                lots.insert((p, r.get(2)?), (r.get(4)?, r.get(3)?));
            } else {
                let lot: String = r.get(2)?;
                packs.insert(
                    (p, serial),
                    Scanned {
                        lot: (!lot.is_empty()).then_some(lot),
                        expiry: r.get(3)?,
                        ledger_seq: r.get(5)?,
                    },
                );
            }
        }
        Ok(Scans { packs, lots })
    }

    /// The lots the ledger holds at the location now, in the count's scope.
    fn lots_held_at(
        &self,
        location: LocationId,
        in_scope: &dyn Fn(ProductId) -> bool,
    ) -> CoreResult<BTreeMap<LotKey, LotHeld>> {
        let mut held: BTreeMap<LotKey, LotHeld> = BTreeMap::new();
        let mut stmt = self.conn().prepare_cached(
            "SELECT product_id, lot, status, quantity, expiry FROM lot_stock WHERE location_id = ?1 AND status IN ('in_stock', 'quarantined')",
        )?;
        let mut rows = stmt.query([location.0])?;
        while let Some(r) = rows.next()? {
            let p = ProductId(r.get(0)?);
            if !in_scope(p) {
                continue;
            }
            let e = held.entry((p, r.get(1)?)).or_default();
            let q: i64 = r.get(3)?;
            e.held += q;
            if r.get::<_, String>(2)? == "in_stock" {
                e.in_stock += q;
            }
            e.expiry = e.expiry.take().or(r.get(4)?);
        }
        Ok(held)
    }

    /// Each pack of the snapshot: found, missing, or left during the count.
    fn compare_expected(
        &self,
        c: &CountRow,
        k: &Compared,
        describe: &mut Describe,
        v: &mut Variance,
    ) -> CoreResult<()> {
        for (key, (lot, expiry)) in &k.expected {
            let here = k.here_now.get(key);
            let finding = expected_finding(k.scanned.contains_key(key), here.is_some());
            let (status, location) = match (finding, here) {
                (Finding::Found, _) => {
                    v.found += 1;
                    continue;
                }
                (Finding::Missing, Some((_, _, status))) => (Some(*status), Some(c.location)),
                _ => {
                    let now = self.unit_now(key.0, &key.1)?;
                    (now.as_ref().map(|u| u.status), now.and_then(|u| u.location))
                }
            };
            let pack = describe.pack(key, lot.clone(), expiry.clone(), status, location)?;
            v.add(finding, pack);
        }
        Ok(())
    }

    /// Each pack scanned that was not in the snapshot, by what the ledger says of it now.
    fn compare_scanned(
        &self,
        c: &CountRow,
        k: &Compared,
        describe: &mut Describe,
        v: &mut Variance,
    ) -> CoreResult<()> {
        for (key, s) in &k.scanned {
            if k.expected.contains_key(key) {
                continue;
            }
            let held_here = k.here_now.contains_key(key);
            let ledger = if held_here {
                None
            } else {
                self.ledger_unit(key)?
            };
            let status_now = ledger
                .as_ref()
                .map(|u| (u.0.parse().unwrap_or(UnitStatus::Missing), u.4));
            let finding = scanned_finding(held_here, status_now, s.ledger_seq, c.snapshot_seq);
            let pack = match (finding, ledger) {
                (Finding::Found, _) => {
                    v.found += 1;
                    continue;
                }
                (_, Some((_, loc, lot, expiry, _))) => describe.pack(
                    key,
                    lot,
                    expiry,
                    status_now.map(|(status, _)| status),
                    loc.map(LocationId),
                )?,
                // Never received: what its code said is all there is.
                (_, None) => describe.pack(key, s.lot.clone(), s.expiry.clone(), None, None)?,
            };
            v.add(finding, pack);
        }
        Ok(())
    }

    /// A pack as the ledger has it now, if it has it at all.
    fn ledger_unit(&self, (p, serial): &PackKey) -> CoreResult<Option<LedgerUnit>> {
        Ok(self
            .conn()
            .prepare_cached(
                "SELECT status, location_id, lot, expiry, last_event_seq FROM unit WHERE product_id = ?1 AND serial = ?2",
            )?
            .query_row(params![p.0, serial], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })
            .optional()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::count::CountStatus;

    #[test]
    fn lots_with_a_difference_come_first() {
        let lot = |product: &str, lot: &str, difference| VarianceLot {
            gtin: String::new(),
            product: product.into(),
            lot: lot.into(),
            expiry: None,
            expected: 0,
            counted: difference,
            difference,
            product_id: ProductId(1),
            in_stock: 0,
        };
        let mut v = Variance::empty(CountInfo {
            id: 1,
            location: "PHARM".into(),
            status: CountStatus::Finished,
            blind: false,
            products: Vec::new(),
            started_at: String::new(),
            started_by: String::new(),
            expected_units: None,
            counted_units: 0,
            counted_lot_quantity: 0,
            note: None,
        });
        v.lots = vec![
            lot("Aspirin", "1", 0),
            lot("Zinc", "2", -1),
            lot("Gauze", "3", 2),
        ];
        sort_variance(&mut v);
        let order: Vec<&str> = v.lots.iter().map(|l| l.product.as_str()).collect();
        assert_eq!(
            order,
            ["Gauze", "Zinc", "Aspirin"],
            "the lots a manager must look at lead, by product; matching lots follow"
        );
    }
}
