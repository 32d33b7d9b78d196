//! Chain of custody: a pack's current state and every event that touched it, oldest first; and
//! the same for a lot.

use chrono::NaiveDate;
use rusqlite::params;
use serde::Serialize;

use crate::error::{CoreError, CoreResult};
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::stock::UnitState;
use crate::Store;

/// One event in a history, with one of its lines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct HistoryEntry {
    /// Order of recording.
    pub seq: i64,
    /// Event id (UUID v7).
    pub event_id: String,
    /// Kind.
    pub kind: EventKind,
    /// When it happened, RFC 3339 with the local offset.
    pub occurred_at: String,
    /// When it was recorded (UTC).
    pub recorded_at: String,
    /// Who (username).
    pub actor: String,
    /// Who (name).
    pub actor_name: String,
    /// Where it was scanned.
    pub location: Option<String>,
    /// The other party.
    pub counterparty: Option<String>,
    /// The document.
    pub reference: Option<String>,
    /// Why.
    pub reason: Option<String>,
    /// The scan, exactly as received.
    pub raw_scan: Option<String>,
    /// Serial of the line (lot histories list packs too).
    pub serial: Option<String>,
    /// Quantity of the line.
    pub quantity: i64,
    /// Status before.
    pub status_before: Option<UnitStatus>,
    /// Status after.
    pub status_after: Option<UnitStatus>,
    /// Location before.
    pub location_before: Option<String>,
    /// Location after.
    pub location_after: Option<String>,
    /// The event's hash (hex), which the ledger chain covers.
    pub hash: String,
    /// The meaning of the actor's signature, when they signed it (password re-entered).
    pub signature: Option<SignatureMeaning>,
}

/// A pack's chain of custody.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct UnitHistory {
    /// Its current state.
    pub unit: UnitState,
    /// Derived flags: `expired`, `expiring`, `suspect`, `quarantined`, `national_alert`.
    pub flags: Vec<String>,
    /// Every event, oldest first.
    pub events: Vec<HistoryEntry>,
}

/// A lot's chain of custody.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LotHistory {
    /// GTIN.
    pub gtin: String,
    /// Product name.
    pub product: String,
    /// Lot.
    pub lot: String,
    /// Expiry as first recorded.
    pub expiry: Option<NaiveDate>,
    /// Packs of the lot by status (serialized products).
    pub packs_by_status: Vec<(UnitStatus, i64)>,
    /// Quantities held by location and status (lot-tracked products).
    pub quantities: Vec<(String, UnitStatus, i64)>,
    /// Every event line of the lot, oldest first.
    pub events: Vec<HistoryEntry>,
}

const ENTRY_SQL: &str = "SELECT e.seq, e.id, e.kind, e.occurred_at, e.occurred_offset, e.recorded_at, u.username, u.name,
        le.code, pa.name, e.reference, e.reason, e.raw_scan, l.serial, l.quantity, l.status_before, l.status_after,
        lb.code, la.code, e.hash, e.signature
     FROM event_line l JOIN event e ON e.seq = l.event_seq JOIN user u ON u.id = e.actor_id
     LEFT JOIN location le ON le.id = e.location_id LEFT JOIN partner pa ON pa.id = e.counterparty_id
     LEFT JOIN location lb ON lb.id = l.location_before LEFT JOIN location la ON la.id = l.location_after";

/// A pack's national verification requests and answers: records with no lines, found through
/// the outbox row that names their events (`national`), shown with the pack's serial.
const NVS_ENTRY_SQL: &str = "SELECT e.seq, e.id, e.kind, e.occurred_at, e.occurred_offset, e.recorded_at, u.username, u.name,
        le.code, pa.name, e.reference, e.reason, e.raw_scan, r.serial, 0, NULL, NULL, NULL, NULL, e.hash, e.signature
     FROM nvs_request r JOIN event e ON e.seq = r.request_seq OR e.seq = r.result_seq
     JOIN user u ON u.id = e.actor_id
     LEFT JOIN location le ON le.id = e.location_id LEFT JOIN partner pa ON pa.id = e.counterparty_id
     WHERE r.product_id = ?1 AND r.serial = ?2";

fn entry(r: &rusqlite::Row<'_>) -> rusqlite::Result<HistoryEntry> {
    let occurred: String = r.get(3)?;
    let offset: i32 = r.get(4)?;
    let hash: Vec<u8> = r.get(19)?;
    let status = |i: usize| -> rusqlite::Result<Option<UnitStatus>> {
        Ok(r.get::<_, Option<String>>(i)?.and_then(|s| s.parse().ok()))
    };
    Ok(HistoryEntry {
        seq: r.get(0)?,
        event_id: r.get(1)?,
        kind: r.get::<_, String>(2)?.parse().unwrap_or(EventKind::Receive),
        occurred_at: Timestamp::from_stored(&occurred, offset)
            .map_or(occurred.clone(), |t| t.to_string()),
        recorded_at: r.get(5)?,
        actor: r.get(6)?,
        actor_name: r.get(7)?,
        location: r.get(8)?,
        counterparty: r.get(9)?,
        reference: r.get(10)?,
        reason: r.get(11)?,
        raw_scan: r.get(12)?,
        serial: r.get(13)?,
        quantity: r.get(14)?,
        status_before: status(15)?,
        status_after: status(16)?,
        location_before: r.get(17)?,
        location_after: r.get(18)?,
        hash: hex::encode(hash),
        signature: r.get::<_, Option<String>>(20)?.and_then(|m| m.parse().ok()),
    })
}

impl Store {
    /// The chain of custody of the pack with this GTIN and serial.
    pub fn unit_history(
        &self,
        actor: &User,
        gtin: &str,
        serial: &str,
        today: NaiveDate,
    ) -> CoreResult<UnitHistory> {
        require(actor, Operation::ViewStock)?;
        let unit = self.unit_state(gtin, serial)?.ok_or_else(|| {
            CoreError::refused("stock.pack_unknown")
                .arg("gtin", gtin)
                .arg("serial", serial)
        })?;
        let product = self.product_by_gtin(gtin)?;
        let mut stmt = self.conn().prepare_cached(&format!(
            "{ENTRY_SQL} WHERE l.product_id = ?1 AND l.serial = ?2 ORDER BY e.seq"
        ))?;
        let mut events = stmt
            .query_map(params![product.id.0, serial], entry)?
            .collect::<Result<Vec<_>, _>>()?;
        let mut national = self.conn().prepare_cached(NVS_ENTRY_SQL)?;
        let asked = national
            .query_map(params![product.id.0, serial], entry)?
            .collect::<Result<Vec<_>, _>>()?;
        if !asked.is_empty() {
            events.extend(asked);
            events.sort_by_key(|e| e.seq);
        }
        let mut flags = Vec::new();
        if let Some(e) = unit.expiry {
            if e < today {
                flags.push("expired".to_string());
            } else if (e - today).num_days() <= 90 {
                flags.push("expiring".to_string());
            }
        }
        if unit.status == UnitStatus::Quarantined {
            flags.push("quarantined".to_string());
            let held_by = events
                .iter()
                .rev()
                .find(|e| e.status_after == Some(UnitStatus::Quarantined));
            if held_by.is_some_and(|e| {
                e.kind == EventKind::MarkSuspect
                    || e.reason
                        .as_deref()
                        .is_some_and(|r| r.starts_with("suspect"))
            }) {
                flags.push("suspect".to_string());
            }
        }
        let alerted = events.iter().any(|e| {
            e.kind == EventKind::NvsResult
                && e.reference
                    .as_deref()
                    .and_then(crate::national::ResultReference::parse)
                    .is_some_and(|r| r.state == NvsState::Alert)
        });
        if alerted {
            // The national system raised an alert on it: suspect wherever it is now, even
            // gone (a pack supplied before the answer came is followed up, not quarantined).
            flags.push("national_alert".to_string());
        }
        Ok(UnitHistory {
            unit,
            flags,
            events,
        })
    }

    /// The chain of custody of a lot: where its packs or quantities are, and every event line.
    pub fn lot_history(&self, actor: &User, gtin: &str, lot: &str) -> CoreResult<LotHistory> {
        require(actor, Operation::ViewStock)?;
        let product = self.product_by_gtin(gtin)?;
        let expiry: Option<String> = self
            .conn()
            .query_row(
                "SELECT expiry FROM lot_info WHERE product_id = ?1 AND lot = ?2",
                params![product.id.0, lot],
                |r| r.get(0),
            )
            .map_err(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => CoreError::refused("stock.lot_unknown")
                    .arg("gtin", gtin)
                    .arg("lot", lot),
                e => e.into(),
            })?;
        let mut stmt = self.conn().prepare_cached("SELECT status, count(*) FROM unit WHERE product_id = ?1 AND lot = ?2 GROUP BY status ORDER BY status")?;
        let packs_by_status = stmt
            .query_map(params![product.id.0, lot], |r| {
                Ok((
                    r.get::<_, String>(0)?
                        .parse()
                        .unwrap_or(UnitStatus::Missing),
                    r.get(1)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let mut stmt = self.conn().prepare_cached(
            "SELECT l.code, s.status, s.quantity FROM lot_stock s JOIN location l ON l.id = s.location_id
             WHERE s.product_id = ?1 AND s.lot = ?2 ORDER BY l.code, s.status",
        )?;
        let quantities = stmt
            .query_map(params![product.id.0, lot], |r| {
                Ok((
                    r.get(0)?,
                    r.get::<_, String>(1)?
                        .parse()
                        .unwrap_or(UnitStatus::Missing),
                    r.get(2)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        // Lot-tracked lines are indexed by lot; a serialized lot's lines are found through its packs.
        let sql = format!(
            "{ENTRY_SQL} WHERE (l.product_id = ?1 AND l.serial IS NULL AND l.lot = ?2)
                OR (l.product_id = ?1 AND l.serial IN (SELECT serial FROM unit WHERE product_id = ?1 AND lot = ?2))
             ORDER BY e.seq, l.line_no"
        );
        let events = self
            .conn()
            .prepare(&sql)?
            .query_map(params![product.id.0, lot], entry)?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(LotHistory {
            gtin: gtin.to_string(),
            product: product.data.name,
            lot: lot.to_string(),
            expiry: expiry.and_then(|s| s.parse().ok()),
            packs_by_status,
            quantities,
            events,
        })
    }
}
