//! A recall's reach across the network, as a query (no table): for a GTIN and lot (and
//! optionally one serial), how many packs each site has in each status and which ones, with
//! where each went — its location while held, its partner (the ward, customer, supplier or site)
//! once dispensed, transferred out or returned. Lot-tracked stock of the lot counts by quantity:
//! each line adds its quantity to the status after it and takes it from the status before.

use serde::Serialize;

use crate::db::Database;
use crate::HubError;

/// The packs and quantities one site has in one status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReachRow {
    /// The site's code.
    pub site: String,
    /// The status (`in_stock`, `dispensed`, …).
    pub status: String,
    /// Serialized packs.
    pub packs: i64,
    /// Lot-tracked quantity.
    pub quantity: i64,
}

/// One serialized pack of the lot at one site.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReachPack {
    /// The site's code.
    pub site: String,
    /// The serial.
    pub serial: String,
    /// Its status there.
    pub status: String,
    /// Where it went: its location while held, else the partner of its last event, if any.
    pub place: Option<String>,
    /// Its last event there: kind, seq and when (by the site's clock).
    pub last_kind: String,
    /// The last event's seq at the site.
    pub last_seq: i64,
    /// When it happened, by the site's clock.
    pub last_occurred_at: String,
}

/// A recall's reach.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reach {
    /// Per site and status, by site then status.
    pub rows: Vec<ReachRow>,
    /// Every serialized pack, by site then serial.
    pub packs: Vec<ReachPack>,
}

/// Where `gtin` + `lot` (+ `serial`) went across the network.
pub async fn reach(
    db: &Database,
    gtin: &str,
    lot: &str,
    serial: Option<&str>,
) -> Result<Reach, HubError> {
    let client = db.client().await?;
    let rows = client
        .query(
            "WITH packs AS ( \
                 SELECT s.code AS site, coalesce(u.status, 'unknown') AS status, \
                        count(*) AS packs, 0::numeric AS quantity \
                 FROM unit_state u JOIN site s ON s.id = u.site_id \
                 WHERE u.gtin = $1 AND u.lot = $2 AND ($3::text IS NULL OR u.serial = $3) \
                 GROUP BY 1, 2), \
             lots AS ( \
                 SELECT s.code AS site, m.status, 0::bigint AS packs, sum(m.q) AS quantity \
                 FROM event_line l JOIN site s ON s.id = l.site_id \
                 CROSS JOIN LATERAL (VALUES (l.status_after, l.quantity), \
                                            (l.status_before, -l.quantity)) AS m (status, q) \
                 WHERE l.gtin = $1 AND l.lot = $2 AND l.serial IS NULL AND $3::text IS NULL \
                   AND m.status IS NOT NULL \
                 GROUP BY 1, 2 HAVING sum(m.q) <> 0) \
             SELECT site, status, sum(packs)::bigint, sum(quantity)::bigint \
             FROM (SELECT * FROM packs UNION ALL SELECT * FROM lots) x \
             GROUP BY 1, 2 ORDER BY 1, 2",
            &[&gtin, &lot, &serial],
        )
        .await
        .map_err(HubError::db("counting a recall's reach"))?;
    let rows = rows
        .iter()
        .map(|r| ReachRow {
            site: r.get(0),
            status: r.get(1),
            packs: r.get(2),
            quantity: r.get(3),
        })
        .collect();
    let packs = client
        .query(
            "SELECT s.code, u.serial, coalesce(u.status, 'unknown'), \
                    CASE WHEN u.status IN ('in_stock', 'quarantined') THEN u.location \
                         ELSE coalesce(u.partner, u.location) END, \
                    u.last_kind, u.last_seq, u.last_occurred_at \
             FROM unit_state u JOIN site s ON s.id = u.site_id \
             WHERE u.gtin = $1 AND u.lot = $2 AND ($3::text IS NULL OR u.serial = $3) \
             ORDER BY s.code, u.serial",
            &[&gtin, &lot, &serial],
        )
        .await
        .map_err(HubError::db("listing a recall's packs"))?;
    let packs = packs
        .iter()
        .map(|r| ReachPack {
            site: r.get(0),
            serial: r.get(1),
            status: r.get(2),
            place: r.get(3),
            last_kind: r.get(4),
            last_seq: r.get(5),
            last_occurred_at: r.get(6),
        })
        .collect();
    Ok(Reach { rows, packs })
}
