//! What is where: stock on hand per product and location, and one unit's current state.

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use crate::error::{CoreError, CoreResult};
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

/// Stock of one product at one location.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StockRow {
    /// GTIN-14.
    pub gtin: String,
    /// Product name.
    pub product: String,
    /// Tracking mode.
    pub tracking: TrackingMode,
    /// Location code.
    pub location: String,
    /// Location name.
    pub location_name: String,
    /// Packs (or lot quantity) in stock.
    pub in_stock: i64,
    /// Packs (or lot quantity) in quarantine.
    pub quarantined: i64,
    /// The earliest expiry among them.
    pub earliest_expiry: Option<NaiveDate>,
}

/// Which stock to list.
#[derive(Debug, Clone, Default)]
pub struct StockFilter {
    /// Only this GTIN.
    pub gtin: Option<String>,
    /// Only this location code.
    pub location: Option<String>,
    /// Only products whose name, generic name or GTIN contains this.
    pub search: Option<String>,
    /// At most this many rows (default 1,000).
    pub limit: Option<usize>,
    /// Skip this many rows.
    pub offset: usize,
}

/// A unit's current state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct UnitState {
    /// GTIN-14.
    pub gtin: String,
    /// Product name.
    pub product: String,
    /// Serial.
    pub serial: String,
    /// Lot.
    pub lot: Option<String>,
    /// Expiry.
    pub expiry: Option<NaiveDate>,
    /// Status.
    pub status: UnitStatus,
    /// Location code, if held.
    pub location: Option<String>,
    /// The last event that touched it.
    pub last_event_seq: i64,
}

/// A LIKE pattern matching `s` anywhere, with `%`, `_` and `\` taken literally.
pub(crate) fn like_pattern(s: &str) -> String {
    format!(
        "%{}%",
        s.replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_")
    )
}

/// A stored `YYYY-MM-DD` date, if any.
pub(crate) fn parse_date(s: Option<String>) -> Option<NaiveDate> {
    s.and_then(|s| s.parse().ok())
}

impl Store {
    /// Stock on hand (in stock and quarantined) per product and location, by product name.
    pub fn stock(&self, actor: &User, filter: &StockFilter) -> CoreResult<Vec<StockRow>> {
        require(actor, Operation::ViewStock)?;
        let product = match &filter.gtin {
            Some(g) => Some(self.product_by_gtin(g)?.id.0),
            None => None,
        };
        let location = match &filter.location {
            Some(l) => Some(self.location(l)?.id.0),
            None => None,
        };
        let search = filter
            .search
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(like_pattern);
        let mut stmt = self.conn().prepare_cached(
            "WITH held AS (
                 SELECT product_id, location_id,
                        sum(status = 'in_stock') AS in_stock, sum(status = 'quarantined') AS quarantined, min(expiry) AS expiry
                 FROM unit
                 WHERE status IN ('in_stock', 'quarantined') AND (?1 IS NULL OR product_id = ?1) AND (?2 IS NULL OR location_id = ?2)
                 GROUP BY product_id, location_id
                 UNION ALL
                 SELECT product_id, location_id,
                        sum(CASE WHEN status = 'in_stock' THEN quantity ELSE 0 END), sum(CASE WHEN status = 'quarantined' THEN quantity ELSE 0 END), min(expiry)
                 FROM lot_stock
                 WHERE (?1 IS NULL OR product_id = ?1) AND (?2 IS NULL OR location_id = ?2)
                 GROUP BY product_id, location_id
             )
             SELECT p.gtin, p.name, p.tracking, l.code, l.name, sum(h.in_stock), sum(h.quarantined), min(h.expiry)
             FROM held h JOIN product p ON p.id = h.product_id JOIN location l ON l.id = h.location_id
             WHERE ?5 IS NULL OR p.name LIKE ?5 ESCAPE '\\' OR p.generic_name LIKE ?5 ESCAPE '\\' OR p.gtin LIKE ?5 ESCAPE '\\'
             GROUP BY h.product_id, h.location_id
             ORDER BY p.name COLLATE NOCASE, l.code
             LIMIT ?3 OFFSET ?4",
        )?;
        let rows = stmt
            .query_map(
                params![
                    product,
                    location,
                    filter.limit.unwrap_or(1000) as i64,
                    filter.offset as i64,
                    search
                ],
                |r| {
                    Ok(StockRow {
                        gtin: r.get(0)?,
                        product: r.get(1)?,
                        tracking: r
                            .get::<_, String>(2)?
                            .parse()
                            .unwrap_or(TrackingMode::Serial),
                        location: r.get(3)?,
                        location_name: r.get(4)?,
                        in_stock: r.get(5)?,
                        quarantined: r.get(6)?,
                        earliest_expiry: parse_date(r.get(7)?),
                    })
                },
            )?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// The current state of the pack with this GTIN and serial.
    pub fn unit(&self, actor: &User, gtin: &str, serial: &str) -> CoreResult<UnitState> {
        require(actor, Operation::ViewStock)?;
        self.unit_state(gtin, serial)?
            .ok_or_else(|| CoreError::NotFound {
                what: "pack",
                key: format!("{gtin} serial {serial}"),
            })
    }

    /// The current state of a pack, if it is known here (no permission check: for use cases).
    pub(crate) fn unit_state(&self, gtin: &str, serial: &str) -> CoreResult<Option<UnitState>> {
        Ok(self
            .conn()
            .prepare_cached(
                "SELECT p.gtin, p.name, u.serial, u.lot, u.expiry, u.status, l.code, u.last_event_seq
                 FROM product p JOIN unit u ON u.product_id = p.id LEFT JOIN location l ON l.id = u.location_id
                 WHERE p.gtin = ?1 AND u.serial = ?2",
            )?
            .query_row(params![gtin, serial], |r| {
                Ok(UnitState {
                    gtin: r.get(0)?,
                    product: r.get(1)?,
                    serial: r.get(2)?,
                    lot: r.get(3)?,
                    expiry: parse_date(r.get(4)?),
                    status: r.get::<_, String>(5)?.parse().unwrap_or(UnitStatus::Missing),
                    location: r.get(6)?,
                    last_event_seq: r.get(7)?,
                })
            })
            .optional()?)
    }

    /// Counts of what the store holds: products, locations, units, events.
    pub fn summary(&self) -> CoreResult<Summary> {
        let c = self.conn();
        let count = |sql: &str| -> CoreResult<i64> { Ok(c.query_row(sql, [], |r| r.get(0))?) };
        Ok(Summary {
            products: count("SELECT count(*) FROM product")?,
            locations: count("SELECT count(*) FROM location")?,
            units: count("SELECT count(*) FROM unit")?,
            units_held: count(
                "SELECT count(*) FROM unit WHERE status IN ('in_stock', 'quarantined')",
            )?,
            events: count("SELECT coalesce(max(seq), 0) FROM event")?,
        })
    }
}

/// Sizes of the store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Summary {
    /// Products.
    pub products: i64,
    /// Locations.
    pub locations: i64,
    /// Serialized units ever known.
    pub units: i64,
    /// Units in stock or quarantined.
    pub units_held: i64,
    /// Events in the ledger.
    pub events: i64,
}
