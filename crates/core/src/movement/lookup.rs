//! What a scan reads from the store: the product a code names, a pack's current state, a lot's
//! recorded expiry and quantity, the location codes the sentences name, and the counts behind
//! first-expiry-first-out and the expired stock on the shelf. One prepared, cached statement
//! each: these run on every scan. `InHand` is the pack in hand once looked up.

use chrono::NaiveDate;
use custody_gs1::Scan;
use rusqlite::{params, OptionalExtension};

use super::verdict::{finding, Code, Finding, Level, Sentence};
use crate::error::CoreResult;
use crate::fields::parse_date;
use crate::model::*;
use crate::Store;

/// How long after a pack is recorded the same code read again by the same person, with no
/// other scan between, is taken for the scanner reading it twice. A person scanning a second
/// pack takes longer than this to put the first down and pick the next up; a scanner's
/// repeated read comes within a second.
pub(super) const DOUBLE_READ_SECONDS: i64 = 5;

/// A decoded scan of a known product, with what the store knows of it.
pub(super) struct InHand {
    /// The decoded scan.
    pub(super) scan: Scan,
    /// The product its GTIN (or PZN) names.
    pub(super) product: Product,
    /// How many: 1 for a pack, the quantity of a lot.
    pub(super) quantity: i64,
    /// The expiry the lot was first recorded with: `None` for a lot never seen (or no lot),
    /// `Some(None)` for a lot seen without an expiry.
    pub(super) known_lot_expiry: Option<Option<NaiveDate>>,
    /// The pack's current state, if its serial was seen before.
    pub(super) unit: Option<UnitNow>,
    /// The expiry: the pack's own, else its lot's, else the one recorded for the pack.
    pub(super) expiry: Option<NaiveDate>,
}

/// Usable packs at a location that expire before the one in hand: how many, and the earliest
/// of them (its expiry and lot), the pack the person should take instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Earlier {
    /// How many packs.
    pub(super) packs: i64,
    /// The earliest expiry among them (`None` when there are none).
    pub(super) expiry: Option<NaiveDate>,
    /// The lot of a pack with that expiry.
    pub(super) lot: Option<String>,
}

/// The packs [`Store::earlier_expiring`] reads, as `u` (parameters: product, location, today,
/// the expiry in hand): in stock on the shelf, not expired, expiring before the pack in hand,
/// and named by no recall's scope (the recall scope by its index, never a lookup per pack).
const USABLE_EARLIER: &str = "JOIN product p ON p.id = u.product_id
     WHERE u.location_id = ?2 AND u.product_id = ?1 AND u.status = 'in_stock'
       AND u.expiry >= ?3 AND u.expiry < ?4
       AND NOT EXISTS (SELECT 1 FROM recall_scope s WHERE s.gtin = p.gtin
             AND (s.serial = u.serial OR (s.serial IS NULL AND (s.lot IS NULL OR s.lot = u.lot))))";

/// A pack's current state.
pub(crate) struct UnitNow {
    pub(crate) status: UnitStatus,
    pub(crate) location: Option<LocationId>,
    pub(crate) expiry: Option<NaiveDate>,
}

impl Store {
    /// What the store knows of the product's pack or lot in `scan`: the lot's recorded expiry
    /// and the pack's state, each read only when the scan has a lot or a serial.
    pub(super) fn look_up_pack(
        &self,
        scan: Scan,
        product: Product,
        quantity: i64,
    ) -> CoreResult<InHand> {
        let known_lot_expiry = match &scan.lot {
            Some(l) => self.lot_expiry(product.id, l)?,
            None => None,
        };
        let unit = match &scan.serial {
            Some(s) => self.unit_now(product.id, s)?,
            None => None,
        };
        let expiry = scan
            .expiry
            .or(known_lot_expiry.flatten())
            .or(unit.as_ref().and_then(|u| u.expiry));
        Ok(InHand {
            scan,
            product,
            quantity,
            known_lot_expiry,
            unit,
            expiry,
        })
    }

    /// A pack the national system holds as stolen, a sample, destroyed, exported or locked (a
    /// decommission of that reason stands here: it was written off, then counted or received
    /// again) is never supplied: a dispense would send nothing, so nothing would ever alert.
    pub(super) fn decommissioned_nationally(
        &self,
        product: ProductId,
        serial: &str,
    ) -> CoreResult<Option<Finding>> {
        let reason =
            crate::national::decommissioned_other_than_supplied(self.conn(), product, serial)?;
        Ok(reason.map(|r| {
            let said = Sentence::new("verdict.already_decommissioned.nationally")
                .arg("serial", serial)
                .arg("reason", r.as_str());
            finding(Level::Blocked, Code::AlreadyDecommissioned, said)
        }))
    }

    /// A location's code, as the sentences name it.
    pub(crate) fn location_code(&self, id: LocationId) -> CoreResult<String> {
        Ok(self
            .conn()
            .prepare_cached("SELECT code FROM location WHERE id = ?1")?
            .query_row([id.0], |r| r.get(0))?)
    }

    /// The site's first active quarantine area, or `near` itself when the site has none.
    pub(crate) fn quarantine_location(&self, near: LocationId) -> CoreResult<LocationId> {
        Ok(self
            .conn()
            .prepare_cached(
                "SELECT id FROM location WHERE kind = 'quarantine' AND active = 1
                 AND site_id = (SELECT site_id FROM location WHERE id = ?1) ORDER BY id LIMIT 1",
            )?
            .query_row([near.0], |r| r.get(0))
            .optional()?
            .map_or(near, LocationId))
    }

    /// Whether the location is a quarantine area (its kind), where held stock is kept apart.
    pub(super) fn is_quarantine_area(&self, at: LocationId) -> CoreResult<bool> {
        Ok(self
            .conn()
            .prepare_cached("SELECT kind = 'quarantine' FROM location WHERE id = ?1")?
            .query_row([at.0], |r| r.get(0))
            .optional()?
            .unwrap_or(false))
    }

    /// The product a scan names, by GTIN, else by PZN.
    pub(crate) fn product_for_scan(&self, scan: &custody_gs1::Scan) -> CoreResult<Option<Product>> {
        let sql = match (&scan.gtin, &scan.pzn) {
            (Some(_), _) => format!(
                "SELECT {} FROM product WHERE gtin = ?1",
                crate::master::PRODUCT_COLUMNS
            ),
            (None, Some(_)) => format!(
                "SELECT {} FROM product WHERE pzn = ?1",
                crate::master::PRODUCT_COLUMNS
            ),
            (None, None) => return Ok(None),
        };
        let key = scan
            .gtin
            .map(|g| g.to_string())
            .or_else(|| scan.pzn.clone())
            .unwrap_or_default();
        Ok(self
            .conn()
            .prepare_cached(&sql)?
            .query_row([key], crate::master::product_from_row)
            .optional()?)
    }

    /// A pack's current state, if its serial was seen before.
    pub(crate) fn unit_now(&self, product: ProductId, serial: &str) -> CoreResult<Option<UnitNow>> {
        Ok(self
            .conn()
            .prepare_cached("SELECT status, location_id, expiry FROM unit WHERE product_id = ?1 AND serial = ?2")?
            .query_row(params![product.0, serial], |r| {
                Ok(UnitNow {
                    status: r.get::<_, String>(0)?.parse().unwrap_or(UnitStatus::Missing),
                    location: r.get::<_, Option<i64>>(1)?.map(LocationId),
                    expiry: parse_date(r.get(2)?),
                })
            })
            .optional()?)
    }

    /// The expiry a lot was first recorded with: `None` for a lot never seen.
    pub(super) fn lot_expiry(
        &self,
        product: ProductId,
        lot: &str,
    ) -> CoreResult<Option<Option<NaiveDate>>> {
        Ok(self
            .conn()
            .prepare_cached("SELECT expiry FROM lot_info WHERE product_id = ?1 AND lot = ?2")?
            .query_row(params![product.0, lot], |r| r.get::<_, Option<String>>(0))
            .optional()?
            .map(parse_date))
    }

    /// How many of a lot stand at the location with the status.
    pub(super) fn lot_quantity(
        &self,
        product: ProductId,
        lot: &str,
        location: LocationId,
        status: UnitStatus,
    ) -> CoreResult<i64> {
        Ok(self
            .conn()
            .prepare_cached("SELECT quantity FROM lot_stock WHERE product_id = ?1 AND lot = ?2 AND location_id = ?3 AND status = ?4")?
            .query_row(params![product.0, lot, location.0, status.as_str()], |r| r.get(0))
            .optional()?
            .unwrap_or(0))
    }

    /// Whether `raw` is a double read: the last event this person recorded among the ledger's
    /// latest is one of `kinds` (what this movement records: its own kind, or a hold's) with
    /// exactly this scan, recorded at most [`DOUBLE_READ_SECONDS`] before `now`. Only the
    /// latest events are looked at (the person just scanned, so theirs is among them): a
    /// ledger of millions is never walked.
    pub(super) fn double_read(
        &self,
        actor: UserId,
        kinds: &[EventKind],
        raw: &str,
        now: Timestamp,
    ) -> CoreResult<bool> {
        let last: Option<(String, Option<String>, String)> = self
            .conn()
            .prepare_cached(
                "SELECT kind, raw_scan, recorded_at FROM
                   (SELECT seq, kind, raw_scan, recorded_at, actor_id FROM event
                    ORDER BY seq DESC LIMIT 50)
                 WHERE actor_id = ?1 ORDER BY seq DESC LIMIT 1",
            )?
            .query_row(params![actor.0], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        let Some((last_kind, last_raw, recorded)) = last else {
            return Ok(false);
        };
        let Some(at) = Timestamp::parse(&recorded) else {
            return Ok(false);
        };
        let ago = now.unix_millis() - at.unix_millis();
        Ok(kinds.iter().any(|k| k.as_str() == last_kind)
            && last_raw.as_deref() == Some(raw)
            && (0..=DOUBLE_READ_SECONDS * 1000).contains(&ago))
    }

    /// Usable packs of the product in stock at the location that expire before `expiry`, and
    /// the earliest of their expiries. Usable means not expired on `today` (a pack expiring
    /// today is still usable today) and not under a recall: first-expiry-first-out points at
    /// packs a person may dispense instead, never at expired ones, which
    /// [`Store::expired_here`] reports apart, nor at recalled ones still waiting to be pulled
    /// (its product, its lot or itself named in a recall's scope, as `recall_covering` reads
    /// it).
    ///
    /// Read without a walk over the shelf: the earliest such pack is the first of the shelf's
    /// in-stock index in expiry order that no recall names (one row, or a few behind recalled
    /// ones), and how many there are is the kept in-stock sums' (`stock_level`, compared with
    /// the packs and lot quantities by `verify`) over the expiries between, less any lot
    /// quantity, for a product no recall's scope names. A product a recall's scope names (even
    /// a closed recall's) has its packs counted one by one. No pack's last event is read: the
    /// system holds a suspect pack in quarantine (`stock::SUSPECT_EVENT`), so none is in stock
    /// to leave out (fifteenth session of
    /// `docs/decisions/2026-12-02-history-independent-levels.md`).
    pub(super) fn earlier_expiring(
        &self,
        product: ProductId,
        gtin: &str,
        location: LocationId,
        today: NaiveDate,
        expiry: NaiveDate,
    ) -> CoreResult<Earlier> {
        let range = params![product.0, location.0, today.to_string(), expiry.to_string()];
        let earliest: Option<(Option<String>, Option<String>)> = self
            .conn()
            .prepare_cached(&format!(
                "SELECT u.expiry, u.lot FROM unit u {USABLE_EARLIER} ORDER BY u.expiry LIMIT 1"
            ))?
            .query_row(range, |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let Some((earliest, lot)) = earliest else {
            return Ok(Earlier {
                packs: 0,
                expiry: None,
                lot: None,
            });
        };
        let count = match self.any_recall_for(gtin)? {
            true => format!("SELECT count(*) FROM unit u {USABLE_EARLIER}"),
            // The sums add lot quantities to the packs: a lot of the product in stock here
            // (never written for a serialized product, but a restore does not refuse one) is
            // taken off again.
            false => "SELECT (SELECT coalesce(sum(quantity), 0) FROM stock_level
                               WHERE product_id = ?1 AND location_id = ?2
                                 AND expiry >= ?3 AND expiry < ?4)
                           - (SELECT coalesce(sum(quantity), 0) FROM lot_stock
                               WHERE product_id = ?1 AND location_id = ?2 AND status = 'in_stock'
                                 AND expiry >= ?3 AND expiry < ?4)"
                .to_string(),
        };
        let packs = self
            .conn()
            .prepare_cached(&count)?
            .query_row(range, |r| r.get(0))?;
        Ok(Earlier {
            packs,
            expiry: parse_date(earliest),
            lot,
        })
    }

    /// Expired stock of the product still in stock at the location on `today`: the packs (or,
    /// for a lot-tracked product, the quantity) and the oldest expiry. `scanned` leaves out
    /// what is in hand — the pack by its serial, or a lot-tracked product's lot — whose own
    /// expiry has its own finding.
    pub(super) fn expired_here(
        &self,
        product: ProductId,
        location: LocationId,
        today: NaiveDate,
        scanned: Scanned<'_>,
    ) -> CoreResult<(i64, Option<NaiveDate>)> {
        let (except_serial, except_lot) = match scanned {
            Scanned::Pack(serial) => (Some(serial), None),
            Scanned::Lot(lot) => (None, lot),
        };
        let today = today.to_string();
        let (packs, oldest_pack): (i64, Option<NaiveDate>) = self
            .conn()
            .prepare_cached(
                "SELECT count(*), min(expiry) FROM unit
                 WHERE location_id = ?2 AND product_id = ?1 AND status = 'in_stock'
                   AND expiry < ?3 AND serial IS NOT ?4",
            )?
            .query_row(params![product.0, location.0, today, except_serial], |r| {
                Ok((r.get(0)?, parse_date(r.get(1)?)))
            })?;
        let (quantity, oldest_lot): (i64, Option<NaiveDate>) = self
            .conn()
            .prepare_cached(
                "SELECT coalesce(sum(quantity), 0), min(expiry) FROM lot_stock
                 WHERE product_id = ?1 AND location_id = ?2 AND status = 'in_stock'
                   AND expiry < ?3 AND quantity > 0 AND lot IS NOT ?4",
            )?
            .query_row(params![product.0, location.0, today, except_lot], |r| {
                Ok((r.get(0)?, parse_date(r.get(1)?)))
            })?;
        let oldest = match (oldest_pack, oldest_lot) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        Ok((packs + quantity, oldest))
    }

    /// The name of a receipt's supplier, or "the supplier" when the session names none.
    pub(super) fn supplier_name(&self, supplier: Option<PartnerId>) -> CoreResult<String> {
        Ok(match supplier {
            Some(p) => self
                .conn()
                .prepare_cached("SELECT name FROM partner WHERE id = ?1")?
                .query_row([p.0], |r| r.get::<_, String>(0))?,
            None => "the supplier".into(),
        })
    }
}

/// What is in hand when looking for other expired stock on the shelf.
#[derive(Clone, Copy)]
pub(super) enum Scanned<'a> {
    /// A serialized pack, by its serial.
    Pack(&'a str),
    /// A quantity of a lot-tracked product, by its lot (if the code gave one).
    Lot(Option<&'a str>),
}

impl<'a> Scanned<'a> {
    /// What is in hand in a scan: the pack by its serial, else the lot.
    pub(super) fn of(scan: &'a Scan) -> Scanned<'a> {
        match scan.serial.as_deref() {
            Some(serial) => Scanned::Pack(serial),
            None => Scanned::Lot(scan.lot.as_deref()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    const MAIN: LocationId = LocationId(1);
    const WARD: LocationId = LocationId(2);
    const AMOXICILLIN: ProductId = ProductId(1);
    const PARACETAMOL: ProductId = ProductId(2);
    const AMOXICILLIN_GTIN: &str = "09506000134352";

    /// A store with two locations and two products, and stock written straight into the
    /// current-state tables: these tests are about what the queries read, not how stock
    /// gets there.
    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path().join("custody.db")).unwrap();
        store
            .conn()
            .execute_batch(
                "INSERT INTO site (id, code, name, created_at) VALUES (1, 'H', 'Hospital', '2026-01-01');
                 INSERT INTO location (id, site_id, code, name, kind) VALUES
                   (1, 1, 'MAIN', 'Main pharmacy', 'pharmacy'), (2, 1, 'WARD4', 'Ward 4', 'ward');
                 INSERT INTO product (id, gtin, name, tracking, created_at) VALUES
                   (1, '09506000134352', 'Amoxicillin', 'serial', '2026-01-01'),
                   (2, '09506000134369', 'Paracetamol', 'serial', '2026-01-01');",
            )
            .unwrap();
        (dir, store)
    }

    fn pack(
        store: &Store,
        product: ProductId,
        serial: &str,
        expiry: &str,
        status: &str,
        at: LocationId,
    ) {
        store
            .conn()
            .execute(
                "INSERT INTO unit (product_id, serial, expiry, status, location_id, last_event_seq)
                 VALUES (?1, ?2, ?3, ?4, ?5, 1)",
                params![product.0, serial, expiry, status, at.0],
            )
            .unwrap();
    }

    fn lot(store: &Store, lot: &str, expiry: &str, quantity: i64) {
        store
            .conn()
            .execute(
                "INSERT INTO lot_stock (product_id, lot, location_id, status, expiry, quantity)
                 VALUES (1, ?1, 1, 'in_stock', ?2, ?3)",
                params![lot, expiry, quantity],
            )
            .unwrap();
    }

    /// Amoxicillin at MAIN: expired yesterday, expiring today, earlier than the pack in
    /// hand, as early as it, later; and packs that must never count: held, elsewhere, another
    /// product.
    fn shelf() -> (tempfile::TempDir, Store) {
        let (dir, s) = store();
        pack(&s, AMOXICILLIN, "YESTERDAY", "2026-11-21", "in_stock", MAIN);
        pack(&s, AMOXICILLIN, "TODAY", "2026-11-22", "in_stock", MAIN);
        pack(&s, AMOXICILLIN, "EARLIER", "2027-01-31", "in_stock", MAIN);
        pack(&s, AMOXICILLIN, "IN-HAND", "2027-06-30", "in_stock", MAIN);
        pack(&s, AMOXICILLIN, "SAME", "2027-06-30", "in_stock", MAIN);
        pack(&s, AMOXICILLIN, "LATER", "2027-12-31", "in_stock", MAIN);
        pack(&s, AMOXICILLIN, "HELD", "2026-10-01", "quarantined", MAIN);
        pack(&s, AMOXICILLIN, "ON-WARD", "2026-10-01", "in_stock", WARD);
        pack(&s, PARACETAMOL, "OTHER", "2026-10-01", "in_stock", MAIN);
        (dir, s)
    }

    #[test]
    fn first_expiry_first_out_points_only_at_usable_packs_that_expire_earlier_here() {
        let (_dir, s) = shelf();
        let today = d("2026-11-22");
        assert_eq!(
            s.earlier_expiring(AMOXICILLIN, AMOXICILLIN_GTIN, MAIN, today, d("2027-06-30"))
                .map(|e| (e.packs, e.expiry))
                .unwrap(),
            (2, Some(today)),
            "the pack expiring today and the one expiring in January are to be used first; \
             not the expired one, not one expiring the same day, not held stock, not another \
             location's or another product's"
        );
        assert_eq!(
            s.earlier_expiring(AMOXICILLIN, AMOXICILLIN_GTIN, MAIN, today, today)
                .map(|e| (e.packs, e.expiry))
                .unwrap(),
            (0, None),
            "nothing usable expires before a pack expiring today"
        );
    }

    #[test]
    fn first_expiry_first_out_never_points_at_a_recalled_pack_still_on_the_shelf() {
        let (_dir, s) = shelf();
        let today = d("2026-11-22");
        pack(&s, AMOXICILLIN, "RECALLED", "2026-12-01", "in_stock", MAIN);
        s.conn()
            .execute_batch(
                "INSERT INTO recall (id, number, title, class, reason, issued_on, created_at, created_by)
                   VALUES (1, 'R-1', 'Amoxicillin', 'II', 'contamination', '2026-11-20', '2026-11-20', 1);
                 INSERT INTO recall_scope (recall_id, line, gtin, serial, added_at)
                   VALUES (1, 1, '09506000134352', 'RECALLED', '2026-11-20'),
                          (1, 2, '09506000134352', 'TODAY', '2026-11-20');",
            )
            .unwrap();
        assert_eq!(
            s.earlier_expiring(AMOXICILLIN, AMOXICILLIN_GTIN, MAIN, today, d("2027-06-30"))
                .map(|e| (e.packs, e.expiry))
                .unwrap(),
            (1, Some(d("2027-01-31"))),
            "packs under a recall, waiting to be pulled, are never the ones to use first: only \
             the January pack counts"
        );
        s.conn()
            .execute(
                "INSERT INTO recall_scope (recall_id, line, gtin, added_at)
                   VALUES (1, 3, '09506000134352', '2026-11-21')",
                [],
            )
            .unwrap();
        assert_eq!(
            s.earlier_expiring(AMOXICILLIN, AMOXICILLIN_GTIN, MAIN, today, d("2027-06-30"))
                .map(|e| e.packs)
                .unwrap(),
            0,
            "a recall of the whole product leaves nothing to use first"
        );
    }

    #[test]
    fn expired_stock_on_the_shelf_counts_packs_and_lot_quantities_but_not_what_is_in_hand() {
        let (_dir, s) = shelf();
        let today = d("2026-11-22");
        lot(&s, "L-OLD", "2026-10-31", 4);
        lot(&s, "L-EMPTY", "2026-09-30", 0);
        lot(&s, "L-GOOD", "2027-10-31", 9);
        assert_eq!(
            s.expired_here(AMOXICILLIN, MAIN, today, Scanned::Pack("IN-HAND"))
                .unwrap(),
            (5, Some(d("2026-10-31"))),
            "one expired pack and four of an expired lot are on the shelf; an empty lot's row \
             and held stock are not"
        );
        assert_eq!(
            s.expired_here(AMOXICILLIN, MAIN, today, Scanned::Pack("YESTERDAY"))
                .unwrap(),
            (4, Some(d("2026-10-31"))),
            "the expired pack in hand has its own finding, and is not counted again"
        );
        assert_eq!(
            s.expired_here(AMOXICILLIN, MAIN, today, Scanned::Lot(Some("L-OLD")))
                .unwrap(),
            (1, Some(d("2026-11-21"))),
            "the lot in hand is left out the same way"
        );
        assert_eq!(
            s.expired_here(PARACETAMOL, WARD, today, Scanned::Lot(None))
                .unwrap(),
            (0, None),
            "nothing of a product is expired where it has no stock"
        );
    }

    #[test]
    fn the_quarantine_area_is_the_site_s_first_active_one_or_here() {
        let (_dir, s) = store();
        assert_eq!(
            s.quarantine_location(MAIN).unwrap(),
            MAIN,
            "with no quarantine area a hold stays where it is"
        );
        s.conn()
            .execute_batch(
                "INSERT INTO location (id, site_id, code, name, kind, active) VALUES
                   (5, 1, 'QOLD', 'Old quarantine', 'quarantine', 0),
                   (6, 1, 'QUAR', 'Quarantine', 'quarantine', 1);",
            )
            .unwrap();
        assert_eq!(
            s.quarantine_location(MAIN).unwrap(),
            LocationId(6),
            "a retired quarantine area receives nothing"
        );
    }
}
