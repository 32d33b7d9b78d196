//! What is where: stock on hand per product and location, and one unit's current state.

use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{params, OptionalExtension, ToSql};
use serde::{Deserialize, Serialize};

use crate::error::{CoreError, CoreResult};
use crate::fields::{like_pattern, parse_date};
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
    /// Packs (or lot quantity) in stock and usable: not expired. The product detail's "on
    /// hand" counts the same (`levels::Position::on_hand`).
    pub in_stock: i64,
    /// Packs (or lot quantity) in stock but past their expiry date: still on the shelf, to be
    /// pulled, never counted as usable.
    pub expired: i64,
    /// Packs (or lot quantity) in quarantine.
    pub quarantined: i64,
    /// Of those quarantined, packs held as suspect (see [`SUSPECT_EVENT`]).
    pub suspect: i64,
    /// The earliest expiry among them.
    pub earliest_expiry: Option<NaiveDate>,
}

/// A list narrowed to the stock one of Home's figures counts: the product and location rows
/// that hold any of it (each row still shows all its figures).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum StockHeld {
    /// Rows holding packs or lot quantity in quarantine.
    Quarantined,
    /// Rows holding packs held as suspect.
    Suspect,
    /// Rows holding expired stock still in stock.
    Expired,
}

/// The one rule for a held pack being suspect, over its last event `e`: marked suspect, or
/// quarantined with a suspect reason (a duplicate or reused serial, a mismatched lot, a pack
/// found on a count). Home's figure and the stock list's filter both use it.
pub(crate) const SUSPECT_EVENT: &str = "(e.kind = 'mark_suspect' OR e.reason LIKE 'suspect%')";

/// A pack row held as suspect: its last event is one of the suspect events, read once from
/// their own partial index (`event_suspect`, migration 0021, whose condition is
/// [`SUSPECT_EVENT`]'s), not by a seek into the ledger for every quarantined pack. The `+`
/// keeps the list from driving the search: there are more suspect events the longer the
/// history (10,052 at six years), and the planner otherwise sought each one in
/// `unit_quarantined` at every location (82 ms against 5 ms at six years).
pub(crate) fn held_as_suspect() -> String {
    format!("+last_event_seq IN (SELECT e.seq FROM event e WHERE {SUSPECT_EVENT})")
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
    /// Only rows holding this kind of stock.
    pub held: Option<StockHeld>,
    /// The day expiry is judged against: stock expiring before it is expired.
    pub today: NaiveDate,
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

/// Stock per product and location: packs and lot quantities held, summed, and every reorder
/// rule's place (stocked or not: a place with a rule and nothing in it is out of stock).
/// `products` is the condition on `product_id` (?1); ?2 a location, ?3/?4 limit and offset, ?5 a
/// LIKE pattern, ?6 today (stock expiring before it is expired: the rule `levels` applies to a
/// position, so the list and a product's detail agree); `places` narrows to the product and
/// location pairs of [`held_places`].
fn stock_sql(products: &str, places: &str) -> String {
    format!(
        "WITH held AS (
             SELECT product_id, location_id,
                    sum(expiry IS NULL OR expiry >= ?6) AS in_stock,
                    sum(coalesce(expiry < ?6, 0)) AS expired,
                    0 AS quarantined, 0 AS suspect, min(expiry) AS expiry
             FROM unit
             WHERE status = 'in_stock' AND {products} AND (?2 IS NULL OR location_id = ?2) AND {places}
             GROUP BY product_id, location_id
             UNION ALL
             SELECT product_id, location_id, 0, 0, count(*),
                    sum({suspect}),
                    min(expiry)
             FROM unit
             WHERE status = 'quarantined' AND {products} AND (?2 IS NULL OR location_id = ?2) AND {places}
             GROUP BY product_id, location_id
             UNION ALL
             SELECT product_id, location_id,
                    sum(CASE WHEN status = 'in_stock' AND (expiry IS NULL OR expiry >= ?6) THEN quantity ELSE 0 END),
                    sum(CASE WHEN status = 'in_stock' AND expiry < ?6 THEN quantity ELSE 0 END),
                    sum(CASE WHEN status = 'quarantined' THEN quantity ELSE 0 END), 0,
                    min(CASE WHEN quantity > 0 THEN expiry END)
             FROM lot_stock
             WHERE {products} AND (?2 IS NULL OR location_id = ?2) AND {places}
             GROUP BY product_id, location_id
             UNION ALL
             SELECT product_id, location_id, 0, 0, 0, 0, NULL FROM reorder_rule
             WHERE {products} AND (?2 IS NULL OR location_id = ?2) AND {places}
         )
         SELECT p.gtin, p.name, p.tracking, l.code, l.name, sum(h.in_stock), sum(h.expired),
                sum(h.quarantined), sum(h.suspect), min(h.expiry)
         FROM held h JOIN product p ON p.id = h.product_id JOIN location l ON l.id = h.location_id
         WHERE ?5 IS NULL OR p.name LIKE ?5 ESCAPE '\\' OR p.generic_name LIKE ?5 ESCAPE '\\' OR p.gtin LIKE ?5 ESCAPE '\\'
         GROUP BY h.product_id, h.location_id
         ORDER BY p.name COLLATE NOCASE, p.id, l.code
         LIMIT ?3 OFFSET ?4",
        suspect = held_as_suspect()
    )
}

/// The product and location pairs holding the stock `held` names (?6 is today).
fn held_pairs(held: StockHeld) -> String {
    match held {
        StockHeld::Quarantined => {
            "SELECT product_id, location_id FROM unit WHERE status = 'quarantined'
             UNION SELECT product_id, location_id FROM lot_stock WHERE status = 'quarantined' AND quantity > 0".to_string()
        }
        StockHeld::Suspect => format!(
            "SELECT product_id, location_id FROM unit WHERE status = 'quarantined' AND {}",
            held_as_suspect()
        ),
        StockHeld::Expired => {
            "SELECT product_id, location_id FROM unit WHERE status = 'in_stock' AND expiry < ?6
             UNION SELECT product_id, location_id FROM lot_stock WHERE status = 'in_stock' AND quantity > 0 AND expiry < ?6".to_string()
        }
    }
}

/// [`held_pairs`] as a condition on a row's `product_id` and `location_id`.
fn held_places(held: StockHeld) -> String {
    format!("(product_id, location_id) IN ({})", held_pairs(held))
}

fn stock_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<StockRow> {
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
        expired: r.get(6)?,
        quarantined: r.get(7)?,
        suspect: r.get(8)?,
        earliest_expiry: parse_date(r.get(9)?),
    })
}

/// Stock held of one lot and expiry of a product at a location.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct HeldLot {
    pub location: String,
    pub location_name: String,
    pub product: String,
    pub gtin: String,
    pub lot: Option<String>,
    pub expiry: Option<String>,
    pub in_stock: i64,
    pub quarantined: i64,
}

/// Which held stock [`Store::held_lots`] reads.
#[derive(Debug, Clone, Copy)]
pub(crate) enum HeldOf {
    /// One product, at every location.
    Product(ProductId),
    /// Every product, at one location or all.
    Location(Option<LocationId>),
}

/// Products whose stock is summed at a time when the list is read in product order.
const PRODUCT_BATCH: usize = 48;

impl Store {
    /// The whole stock list, or one location's (`location`), a page at a time, without summing
    /// every pack for the first page: products are taken in the list's order and their stock
    /// summed a batch at a time until the page is full (a page of 200 lines reads the packs of
    /// a few hundred products, not a million; at the main pharmacy of the hospital dataset, not
    /// its 113,550 packs in stock: `docs/decisions/2026-12-02-history-independent-levels.md`).
    /// At a location holding few products (quarantine, a small ward) a page runs every batch,
    /// about a hundred queries for 5,000 products, each an index read that finds little.
    fn stock_in_product_order(
        &self,
        search: Option<&str>,
        location: Option<i64>,
        today: NaiveDate,
        limit: usize,
        offset: usize,
    ) -> CoreResult<Vec<StockRow>> {
        let ids: Vec<i64> = self
            .conn()
            .prepare_cached(
                "SELECT id FROM product
                 WHERE ?1 IS NULL OR name LIKE ?1 ESCAPE '\\' OR generic_name LIKE ?1 ESCAPE '\\' OR gtin LIKE ?1 ESCAPE '\\'
                 ORDER BY name COLLATE NOCASE, id",
            )?
            .query_map([search], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        let mut stmt = self.conn().prepare_cached(&stock_sql(
            "product_id IN (SELECT value FROM json_each(?1))",
            "1",
        ))?;
        let today = today.to_string();
        let mut rows = Vec::new();
        let wanted = offset + limit;
        for batch in ids.chunks(PRODUCT_BATCH) {
            let json = serde_json::to_string(batch).unwrap_or_else(|_| "[]".into());
            let got = stmt
                .query_map(
                    params![json, location, i64::MAX, 0, search, today],
                    stock_row,
                )?
                .collect::<Result<Vec<_>, _>>()?;
            rows.extend(got);
            if rows.len() >= wanted {
                break;
            }
        }
        Ok(rows.into_iter().skip(offset).take(limit).collect())
    }

    /// Packs and lot quantities held (in stock and quarantined) per location, product, lot and
    /// expiry, by location code, product name, GTIN, expiry and lot: the stock report's lines
    /// and a product's lots.
    pub(crate) fn held_lots(&self, of: HeldOf) -> CoreResult<Vec<HeldLot>> {
        // A plain equality for one product, so both sides read the product's index. Packs in
        // stock and in quarantine are read apart, each through its own partial index: one
        // condition on both statuses read every pack the place or product ever had.
        let (filter, key) = match of {
            HeldOf::Product(p) => ("product_id = ?1", Some(p.0)),
            HeldOf::Location(l) => ("(?1 IS NULL OR location_id = ?1)", l.map(|l| l.0)),
        };
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT l.code, l.name, p.name, p.gtin, s.lot, s.expiry,
                    sum(CASE WHEN s.status = 'in_stock' THEN s.quantity ELSE 0 END),
                    sum(CASE WHEN s.status = 'quarantined' THEN s.quantity ELSE 0 END)
             FROM (SELECT location_id, product_id, lot, expiry, status, 1 AS quantity FROM unit
                   WHERE status = 'in_stock' AND {filter}
                   UNION ALL
                   SELECT location_id, product_id, lot, expiry, status, 1 AS quantity FROM unit
                   WHERE status = 'quarantined' AND {filter}
                   UNION ALL
                   SELECT location_id, product_id, lot, expiry, status, quantity FROM lot_stock
                   WHERE status IN ('in_stock', 'quarantined') AND quantity > 0 AND {filter}) s
             JOIN location l ON l.id = s.location_id JOIN product p ON p.id = s.product_id
             GROUP BY s.location_id, s.product_id, s.lot, s.expiry
             ORDER BY l.code, p.name, p.gtin, s.expiry, s.lot"
        ))?;
        let rows = stmt
            .query_map([key], |r| {
                Ok(HeldLot {
                    location: r.get(0)?,
                    location_name: r.get(1)?,
                    product: r.get(2)?,
                    gtin: r.get(3)?,
                    lot: r.get(4)?,
                    expiry: r.get(5)?,
                    in_stock: r.get(6)?,
                    quarantined: r.get(7)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

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
        let limit = filter.limit.unwrap_or(1000);
        if product.is_none() && filter.held.is_none() {
            return self.stock_in_product_order(
                search.as_deref(),
                location,
                filter.today,
                limit,
                filter.offset,
            );
        }
        let today = filter.today.to_string();
        let (products, places, key) = match filter.held {
            None => (
                "(?1 IS NULL OR product_id = ?1)",
                "1".to_string(),
                product.map_or(Value::Null, Value::Integer),
            ),
            // Narrowed: the few products holding such stock first (an index read), so that the
            // list reads those products' packs only, not every pack held.
            Some(held) => {
                let mut stmt = self.conn().prepare_cached(&format!(
                    "SELECT DISTINCT product_id FROM ({}) WHERE ?1 IS NULL OR product_id = ?1",
                    held_pairs(held)
                ))?;
                // Expired stock is judged against today (?6); the other pairs take no date.
                let all: [&dyn ToSql; 6] = [
                    &product,
                    &None::<i64>,
                    &None::<i64>,
                    &None::<i64>,
                    &None::<i64>,
                    &today,
                ];
                let bound = &all[..stmt.parameter_count()];
                let ids: Vec<i64> = stmt
                    .query_map(bound, |r| r.get(0))?
                    .collect::<Result<_, _>>()?;
                let json = serde_json::to_string(&ids).unwrap_or_else(|_| "[]".into());
                (
                    "product_id IN (SELECT value FROM json_each(?1))",
                    held_places(held),
                    Value::Text(json),
                )
            }
        };
        let mut stmt = self.conn().prepare_cached(&stock_sql(products, &places))?;
        let rows = stmt
            .query_map(
                params![
                    key,
                    location,
                    limit as i64,
                    filter.offset as i64,
                    search,
                    today
                ],
                stock_row,
            )?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// The current state of the pack with this GTIN and serial.
    pub fn unit(&self, actor: &User, gtin: &str, serial: &str) -> CoreResult<UnitState> {
        require(actor, Operation::ViewStock)?;
        self.unit_state(gtin, serial)?.ok_or_else(|| {
            CoreError::refused("stock.pack_unknown")
                .arg("gtin", gtin)
                .arg("serial", serial)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The partial index repeats the rule word for word, so the planner can match them: a rule
    /// changed without its index would quietly go back to a seek per quarantined pack.
    #[test]
    fn suspect_packs_are_found_through_the_suspect_events_index_once() {
        let index = include_str!("../migrations/0021_event_suspect.sql");
        let rule = SUSPECT_EVENT
            .trim_start_matches('(')
            .trim_end_matches(')')
            .replace("e.", "");
        assert!(
            index.contains(&format!("WHERE {rule};")),
            "0021 does not say {rule}"
        );
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path().join("custody.db")).unwrap();
        // The six-year demo's statistics (its ANALYZE: every quarantined pack at one place),
        // under which the planner sought each suspect event in the quarantined packs' index.
        store
            .conn()
            .execute_batch(
                "ANALYZE;
                 INSERT INTO sqlite_stat1 VALUES
                     ('unit', 'unit_quarantined', '3645 3645 1'),
                     ('unit', 'sqlite_autoindex_unit_1', '5055555 1083 1'),
                     ('event', 'sqlite_autoindex_event_1', '16920124 1');
                 ANALYZE sqlite_schema;",
            )
            .unwrap();
        let plan: Vec<String> = store
            .conn()
            .prepare(&format!(
                "EXPLAIN QUERY PLAN SELECT count(*) FROM unit INDEXED BY unit_quarantined
                 WHERE status = 'quarantined' AND {}",
                held_as_suspect()
            ))
            .unwrap()
            .query_map([], |r| r.get(3))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert!(
            plan.iter().any(|step| step.contains("event_suspect")),
            "the suspect events are read from their index: {plan:?}"
        );
        assert!(
            !plan.iter().any(|step| step.contains("last_event_seq=")),
            "the quarantined packs are read once, not sought once per suspect event: {plan:?}"
        );
    }
}
