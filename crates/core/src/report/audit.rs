//! The audit extract: ledger events by date range, user or location, one row per event.

use chrono::NaiveDate;
use rusqlite::params;

use super::header::{compact, place, Header};
use super::recall_closure::signed;
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
        let w = header.words;
        let user = self.audit_user(filter.user.as_deref())?;
        let location = self.report_location(filter.location.as_deref())?;
        let rows = self.audit_rows(w, filter, user, location.as_ref())?;
        let blocks = vec![facts(summary(w, &rows)), events_table(w, rows)];
        Ok(header.document(
            ReportKind::AuditExtract,
            w.t("audit-title"),
            covers(w, filter, location.as_ref()),
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
        w: Words,
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
                w.event(&kind),
                r.get(4)?,
                r.get::<_, Option<String>>(5)?.unwrap_or_default(),
                r.get::<_, Option<String>>(6)?.unwrap_or_default(),
                r.get::<_, Option<String>>(7)?.unwrap_or_default(),
                r.get::<_, Option<String>>(8)?.unwrap_or_default(),
                w.count(r.get(11)?),
                w.count(r.get(12)?),
                signed(w, r.get(9)?),
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
fn summary(w: Words, rows: &[Vec<String>]) -> Vec<(String, String)> {
    let mut by_kind: std::collections::BTreeMap<&str, i64> = Default::default();
    for r in rows {
        *by_kind.entry(r[WHAT].as_str()).or_default() += 1;
    }
    std::iter::once((w.t("audit-fact-events"), w.count(rows.len() as i64)))
        .chain(
            by_kind
                .into_iter()
                .map(|(k, n)| (k.to_string(), w.count(n))),
        )
        .collect()
}

/// What the extract covers, as its subtitle: the days, the user and the location.
fn covers(w: Words, filter: &AuditFilter, location: Option<&Location>) -> String {
    let day = |d: NaiveDate| serde_json::Value::from(d.to_string());
    let mut covers = vec![match (filter.from, filter.to) {
        (Some(f), Some(t)) => w.a("audit-covers-range", [("from", day(f)), ("to", day(t))]),
        (Some(f), None) => w.a("audit-covers-from", [("from", day(f))]),
        (None, Some(t)) => w.a("audit-covers-to", [("to", day(t))]),
        (None, None) => w.t("audit-covers-all"),
    }];
    if let Some(u) = &filter.user {
        covers.push(w.a("audit-covers-user", [("user", u.as_str().into())]));
    }
    if let Some(l) = location {
        covers.push(w.a("audit-covers-location", [("location", place(l).into())]));
    }
    covers.join(" ")
}

/// The events as a table.
fn events_table(w: Words, rows: Vec<Vec<String>>) -> Block {
    Block::Table(Table {
        name: w.t("audit-table"),
        columns: vec![
            w.number("col-event", 8),
            w.text("col-when", 17),
            w.text("col-what", 11),
            w.text("col-by", 9),
            w.text("col-where", 8),
            w.text("col-party", 12),
            w.text("col-document", 11),
            w.text("col-reason", 13),
            w.number("col-lines", 6),
            w.number("col-qty", 6),
            w.text("col-signed", 9),
            w.text("col-hash", 17),
        ],
        rows,
        empty: w.t("audit-table-empty"),
    })
}
