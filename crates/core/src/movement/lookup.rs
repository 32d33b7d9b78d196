//! What a scan reads from the store: the product a code names, a pack's current state, a lot's
//! recorded expiry and quantity, the location codes the sentences name, and the counts behind
//! first-expiry-first-out and the expired stock on the shelf. One prepared, cached statement
//! each: these run on every scan.

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};

use crate::error::CoreResult;
use crate::fields::parse_date;
use crate::model::*;
use crate::Store;

pub(crate) struct UnitNow {
    pub(crate) status: UnitStatus,
    pub(crate) location: Option<LocationId>,
    pub(crate) expiry: Option<NaiveDate>,
}

impl Store {
    pub(crate) fn location_code(&self, id: LocationId) -> CoreResult<String> {
        Ok(self
            .conn()
            .prepare_cached("SELECT code FROM location WHERE id = ?1")?
            .query_row([id.0], |r| r.get(0))?)
    }

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

    /// Usable packs of the product in stock at the location that expire before `expiry`, and
    /// the earliest of their expiries. Usable means not expired on `today` (a pack expiring
    /// today is still usable today): first-expiry-first-out points at packs a person may
    /// dispense instead, never at expired ones, which [`Store::expired_here`] reports apart.
    pub(super) fn earlier_expiring(
        &self,
        product: ProductId,
        location: LocationId,
        today: NaiveDate,
        expiry: NaiveDate,
    ) -> CoreResult<(i64, Option<NaiveDate>)> {
        Ok(self
            .conn()
            .prepare_cached(
                "SELECT count(*), min(expiry) FROM unit
                 WHERE location_id = ?2 AND product_id = ?1 AND status = 'in_stock'
                   AND expiry >= ?3 AND expiry < ?4",
            )?
            .query_row(
                params![product.0, location.0, today.to_string(), expiry.to_string()],
                |r| Ok((r.get(0)?, parse_date(r.get(1)?))),
            )?)
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
}

/// What is in hand when looking for other expired stock on the shelf.
#[derive(Clone, Copy)]
pub(super) enum Scanned<'a> {
    /// A serialized pack, by its serial.
    Pack(&'a str),
    /// A quantity of a lot-tracked product, by its lot (if the code gave one).
    Lot(Option<&'a str>),
}
