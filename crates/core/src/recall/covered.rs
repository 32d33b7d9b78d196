//! What a recall's scope lines cover in the current state: the packs in `unit`, the lot-tracked
//! (product, lot) pairs, and the lot stock held per location. Both the hold and the reach start
//! here. A pack is read from `unit` alone, in one index (`unit_product_lot`) that carries its
//! row's copy of its last event (`last_event`): nothing of the history is read.

use std::collections::{HashMap, HashSet};

use rusqlite::{params, Connection, OptionalExtension};

use super::ScopeLine;
use crate::error::CoreResult;
use crate::model::*;

/// A unit as the reach reads it.
pub(super) struct UnitRow {
    pub(super) product: ProductId,
    pub(super) serial: String,
    pub(super) lot: Option<String>,
    pub(super) expiry: Option<String>,
    pub(super) status: UnitStatus,
    pub(super) location: Option<LocationId>,
    /// What its row copies of its last event.
    pub(super) last: LastCopy,
}

/// A pack's last event as its row copies it: the event's time (whole seconds since 1970, and the
/// offset it was recorded with), its document and its partner.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct LastCopy {
    pub(super) at: Option<i64>,
    pub(super) offset: Option<i64>,
    pub(super) reference: Option<String>,
    pub(super) counterparty: Option<i64>,
}

fn unit_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<UnitRow> {
    Ok(UnitRow {
        product: ProductId(r.get(0)?),
        serial: r.get(1)?,
        lot: r.get(2)?,
        expiry: r.get(3)?,
        status: r
            .get::<_, String>(4)?
            .parse()
            .unwrap_or(UnitStatus::Missing),
        location: r.get::<_, Option<i64>>(5)?.map(LocationId),
        last: LastCopy {
            at: r.get(6)?,
            offset: r.get(7)?,
            reference: r.get(8)?,
            counterparty: r.get(9)?,
        },
    })
}

/// A pack's own row: no join, so covering 10,000 packs reads `unit_product_lot` (which carries
/// every column here) and nothing of the history.
const UNIT_SELECT: &str = "SELECT u.product_id, u.serial, u.lot, u.expiry, u.status, u.location_id,
        u.last_at_unix, u.last_offset, u.last_reference, u.last_counterparty_id FROM unit u";

/// The same with the pack's row id last, to count a pack two scope lines cover once.
const UNIT_SELECT_ID: &str =
    "SELECT u.product_id, u.serial, u.lot, u.expiry, u.status, u.location_id,
        u.last_at_unix, u.last_offset, u.last_reference, u.last_counterparty_id, u.id FROM unit u";

pub(super) struct ProductRef {
    pub(super) id: ProductId,
    pub(super) name: String,
    pub(super) tracking: TrackingMode,
}

/// What the scope lines cover in the current state: packs and lot-stock rows.
pub(super) struct Covered {
    pub(super) products: HashMap<String, Option<ProductRef>>,
    /// The covered packs, each once, by product and serial.
    pub(super) units: Vec<UnitRow>,
    /// Lot-tracked (product, lot) pairs covered.
    pub(super) lots: Vec<(ProductId, String)>,
    pub(super) not_received: Vec<ScopeLine>,
}

/// Finds what each scope line covers: a lot-tracked product's lots, or a serialized product's
/// packs. A serial line that finds no pack (or no product) is never received here.
pub(super) fn covered(conn: &Connection, scope: &[ScopeLine]) -> CoreResult<Covered> {
    let mut c = Covered {
        products: HashMap::new(),
        units: Vec::new(),
        lots: Vec::new(),
        not_received: Vec::new(),
    };
    let mut lot_set = HashSet::new();
    let mut pack_set = HashSet::new();
    for line in scope {
        if !c.products.contains_key(&line.gtin) {
            c.products
                .insert(line.gtin.clone(), product_ref(conn, &line.gtin)?);
        }
        let Some(p) = c.products[&line.gtin].as_ref() else {
            if line.serial.is_some() {
                c.not_received.push(line.clone());
            }
            continue;
        };
        let (id, tracking) = (p.id, p.tracking);
        if tracking == TrackingMode::Lot {
            for l in covered_lots(conn, id, line)? {
                if lot_set.insert((id, l.clone())) {
                    c.lots.push((id, l));
                }
            }
            continue;
        }
        let rows = covered_packs(conn, id, line)?;
        if rows.is_empty() && line.serial.is_some() {
            c.not_received.push(line.clone());
        }
        // Scope lines may overlap (a lot and a serial of it): a pack counts once.
        c.units.extend(
            rows.into_iter()
                .filter(|(id, _)| pack_set.insert(*id))
                .map(|(_, r)| r),
        );
    }
    c.units
        .sort_unstable_by(|a, b| (a.product, &a.serial).cmp(&(b.product, &b.serial)));
    Ok(c)
}

impl Covered {
    /// Whether this pack is covered (and so in the reach's units).
    pub(super) fn has_unit(&self, product: ProductId, serial: &str) -> bool {
        self.units
            .binary_search_by(|u| (u.product, u.serial.as_str()).cmp(&(product, serial)))
            .is_ok()
    }
}

/// The product of a GTIN, if it is known here.
pub(super) fn product_ref(conn: &Connection, gtin: &str) -> CoreResult<Option<ProductRef>> {
    Ok(conn
        .prepare_cached("SELECT id, name, tracking FROM product WHERE gtin = ?1")?
        .query_row([gtin], |r| {
            Ok(ProductRef {
                id: ProductId(r.get(0)?),
                name: r.get(1)?,
                tracking: r
                    .get::<_, String>(2)?
                    .parse()
                    .unwrap_or(TrackingMode::Serial),
            })
        })
        .optional()?)
}

/// The pack of a product with this serial, as the reach reads it, if it was ever seen here.
pub(super) fn unit_of(
    conn: &Connection,
    product: ProductId,
    serial: &str,
) -> CoreResult<Option<UnitRow>> {
    Ok(conn
        .prepare_cached(&format!(
            "{UNIT_SELECT} WHERE u.product_id = ?1 AND u.serial = ?2"
        ))?
        .query_row(params![product.0, serial], unit_row)
        .optional()?)
}

/// The lots of a lot-tracked product a scope line covers: its lot, or every lot seen here.
fn covered_lots(
    conn: &Connection,
    product: ProductId,
    line: &ScopeLine,
) -> CoreResult<Vec<String>> {
    Ok(match &line.lot {
        Some(l) => vec![l.clone()],
        None => conn
            .prepare_cached("SELECT lot FROM lot_info WHERE product_id = ?1")?
            .query_map([product.0], |r| r.get(0))?
            .collect::<Result<_, _>>()?,
    })
}

/// The packs of a serialized product a scope line covers: the one with its serial, those of its
/// lot, or every pack of the product.
fn covered_packs(
    conn: &Connection,
    product: ProductId,
    line: &ScopeLine,
) -> CoreResult<Vec<(i64, UnitRow)>> {
    let with_id = |r: &rusqlite::Row<'_>| Ok((r.get(10)?, unit_row(r)?));
    Ok(match (&line.serial, &line.lot) {
        // A pack named by its serial is covered whatever lot it arrived with: a lot that
        // differs from the notice's is a question for a person, never a way out of the recall.
        (Some(s), _) => conn
            .prepare_cached(&format!(
                "{UNIT_SELECT_ID} WHERE u.product_id = ?1 AND u.serial = ?2"
            ))?
            .query_map(params![product.0, s], with_id)?
            .collect::<Result<_, _>>()?,
        (None, Some(lot)) => conn
            .prepare_cached(&format!(
                "{UNIT_SELECT_ID} WHERE u.product_id = ?1 AND u.lot = ?2"
            ))?
            .query_map(params![product.0, lot], with_id)?
            .collect::<Result<_, _>>()?,
        (None, None) => conn
            .prepare_cached(&format!("{UNIT_SELECT_ID} WHERE u.product_id = ?1"))?
            .query_map(params![product.0], with_id)?
            .collect::<Result<_, _>>()?,
    })
}

/// Lot-tracked stock held per location and status: (location, code, status, expiry, quantity).
pub(super) type LotHeld = (
    Option<LocationId>,
    Option<String>,
    UnitStatus,
    Option<String>,
    i64,
);

pub(super) fn lot_held(
    conn: &Connection,
    product: ProductId,
    lot: &str,
) -> CoreResult<Vec<LotHeld>> {
    Ok(conn
        .prepare_cached(
            "SELECT s.location_id, l.code, s.status, s.expiry, s.quantity FROM lot_stock s
             JOIN location l ON l.id = s.location_id
             WHERE s.product_id = ?1 AND s.lot = ?2 AND s.quantity > 0 ORDER BY l.code, s.status",
        )?
        .query_map(params![product.0, lot], |r| {
            Ok((
                r.get::<_, Option<i64>>(0)?.map(LocationId),
                r.get(1)?,
                r.get::<_, String>(2)?
                    .parse()
                    .unwrap_or(UnitStatus::Quarantined),
                r.get(3)?,
                r.get(4)?,
            ))
        })?
        .collect::<Result<_, _>>()?)
}
