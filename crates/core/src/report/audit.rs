//! The audit extract: ledger events by date range, user or location, one row per event.

use chrono::NaiveDate;
use rusqlite::params;

use super::header::{compact, Header};
use super::*;
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

/// Which events an audit extract lists. Dates are local calendar days, both included.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct AuditFilter {
    /// From this day.
    pub from: Option<NaiveDate>,
    /// Up to and including this day.
    pub to: Option<NaiveDate>,
    /// Only events by this username.
    pub user: Option<String>,
    /// Only events scanned at, or moving stock from or to, this location code.
    pub location: Option<String>,
}

/// More rows than this and the extract asks for a narrower filter.
pub const AUDIT_MAX_EVENTS: i64 = 100_000;

impl Store {
    pub(super) fn audit_extract(
        &self,
        actor: &User,
        header: Header,
        filter: &AuditFilter,
    ) -> CoreResult<Document> {
        require(actor, Operation::Verify)?;
        check_range(filter)?;
        let user = self.audit_user(filter.user.as_deref())?;
        let location = self.report_location(filter.location.as_deref())?;
        let rows = self.audit_rows(filter, user, location.as_ref())?;
        let blocks = vec![facts(summary(&rows)), events_table(rows)];
        Ok(header.document(
            ReportKind::AuditExtract,
            "Audit extract".into(),
            covers(filter, location.as_ref()),
            blocks,
        ))
    }

    /// The user an extract is narrowed to, by username; refused when there is no such user.
    fn audit_user(&self, username: Option<&str>) -> CoreResult<Option<i64>> {
        let Some(u) = username else {
            return Ok(None);
        };
        self.conn()
            .query_row("SELECT id FROM user WHERE username = ?1", [u], |r| {
                r.get::<_, i64>(0)
            })
            .map(Some)
            .map_err(|_| {
                CoreError::refused("master.user_unknown")
                    .field("user")
                    .arg("user", u)
            })
    }

    /// The events the filter selects, one printed row each, in ledger order; refused past
    /// [`AUDIT_MAX_EVENTS`]. Occurred times are stored in UTC: the query widens the range by a
    /// day each side and each event is then kept by its local day.
    fn audit_rows(
        &self,
        filter: &AuditFilter,
        user: Option<i64>,
        location: Option<&Location>,
    ) -> CoreResult<Vec<Vec<String>>> {
        let lo = filter
            .from
            .map(|d| (d - chrono::Days::new(1)).to_string())
            .unwrap_or_default();
        let hi = filter
            .to
            .map(|d| (d + chrono::Days::new(2)).to_string())
            .unwrap_or_else(|| "9999".into());
        let mut stmt = self.conn().prepare(
            "SELECT e.seq, e.occurred_at, e.occurred_offset, e.kind, u.username, l.code, pa.name,
                    e.reference, e.reason, e.signature, e.hash,
                    (SELECT count(*) FROM event_line WHERE event_seq = e.seq),
                    (SELECT coalesce(sum(quantity), 0) FROM event_line WHERE event_seq = e.seq)
             FROM event e JOIN user u ON u.id = e.actor_id
             LEFT JOIN location l ON l.id = e.location_id LEFT JOIN partner pa ON pa.id = e.counterparty_id
             WHERE e.occurred_at >= ?1 AND e.occurred_at < ?2
               AND (?3 IS NULL OR e.actor_id = ?3)
               AND (?4 IS NULL OR e.location_id = ?4 OR EXISTS (
                    SELECT 1 FROM event_line x WHERE x.event_seq = e.seq
                      AND (x.location_before = ?4 OR x.location_after = ?4)))
             ORDER BY e.seq",
        )?;
        let mut rows = stmt.query(params![lo, hi, user, location.map(|l| l.id.0)])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let at: String = r.get(1)?;
            let offset: i32 = r.get(2)?;
            let Some(t) = Timestamp::from_stored(&at, offset) else {
                continue;
            };
            let day = t.local_date();
            if filter.from.is_some_and(|f| day < f) || filter.to.is_some_and(|x| day > x) {
                continue;
            }
            if out.len() as i64 >= AUDIT_MAX_EVENTS {
                return Err(CoreError::refused("report.audit_too_many_events")
                    .field("from")
                    .arg("limit", AUDIT_MAX_EVENTS));
            }
            let kind: String = r.get(3)?;
            let hash: Vec<u8> = r.get(10)?;
            out.push(vec![
                r.get::<_, i64>(0)?.to_string(),
                compact(&t),
                kind.replace('_', " "),
                r.get(4)?,
                r.get::<_, Option<String>>(5)?.unwrap_or_default(),
                r.get::<_, Option<String>>(6)?.unwrap_or_default(),
                r.get::<_, Option<String>>(7)?.unwrap_or_default(),
                r.get::<_, Option<String>>(8)?.unwrap_or_default(),
                count(r.get(11)?),
                count(r.get(12)?),
                r.get::<_, Option<String>>(9)?.unwrap_or_default(),
                hex::encode(&hash[..8]),
            ]);
        }
        Ok(out)
    }
}

/// A range whose end comes before its start is refused, naming both days.
fn check_range(filter: &AuditFilter) -> CoreResult<()> {
    match (filter.from, filter.to) {
        (Some(f), Some(t)) if t < f => Err(CoreError::refused("report.range_backwards")
            .field("to")
            .arg("from", f.to_string())
            .arg("to", t.to_string())),
        _ => Ok(()),
    }
}

/// The column of a row that says what the event was.
const WHAT: usize = 2;

/// How many events, and how many of each kind (by name, in order).
fn summary(rows: &[Vec<String>]) -> Vec<(String, String)> {
    let mut by_kind: std::collections::BTreeMap<&str, i64> = Default::default();
    for r in rows {
        *by_kind.entry(r[WHAT].as_str()).or_default() += 1;
    }
    std::iter::once(("Events".to_string(), count(rows.len() as i64)))
        .chain(by_kind.into_iter().map(|(k, n)| (k.to_string(), count(n))))
        .collect()
}

/// What the extract covers, as its subtitle: the days, the user and the location.
fn covers(filter: &AuditFilter, location: Option<&Location>) -> String {
    let mut covers = vec![match (filter.from, filter.to) {
        (Some(f), Some(t)) => format!("events from {f} to {t}"),
        (Some(f), None) => format!("events from {f}"),
        (None, Some(t)) => format!("events up to {t}"),
        (None, None) => "every event".to_string(),
    }];
    if let Some(u) = &filter.user {
        covers.push(format!("by {u}"));
    }
    if let Some(l) = location {
        covers.push(format!("at {} ({})", l.code, l.name));
    }
    covers.join(" ")
}

/// The events as a table.
fn events_table(rows: Vec<Vec<String>>) -> Block {
    Block::Table(Table {
        name: "Ledger events".into(),
        columns: vec![
            Column::number("Event", 8),
            Column::text("When", 17),
            Column::text("What", 11),
            Column::text("By", 9),
            Column::text("Where", 8),
            Column::text("Party", 12),
            Column::text("Document", 11),
            Column::text("Reason", 13),
            Column::number("Lines", 6),
            Column::number("Qty", 6),
            Column::text("Signed", 9),
            Column::text("Hash", 17),
        ],
        rows,
        empty: "No event matches.".into(),
    })
}
