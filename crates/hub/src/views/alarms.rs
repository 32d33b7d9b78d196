//! The counterfeit alarms as an administrator sees them (the pack, its patterns, the sites whose
//! events show them, open, cleared or resolved), and an alarm resolved with who and why.

use serde::Serialize;
use serde_json::Value;

use crate::db::{utc_text, Database};
use crate::people::{Duty, HubUser};
use crate::HubError;

/// Where an alarm stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AlarmState {
    /// Its pack shows a pattern; nobody has resolved it.
    Open,
    /// The events held no longer show any pattern (a late send explained a receipt).
    Cleared,
    /// An administrator resolved it.
    Resolved,
}

impl AlarmState {
    /// The name listings use.
    pub fn name(self) -> &'static str {
        match self {
            AlarmState::Open => "open",
            AlarmState::Cleared => "cleared",
            AlarmState::Resolved => "resolved",
        }
    }
}

/// A counterfeit alarm, about one pack.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CounterfeitAlarm {
    /// Alarm number.
    pub id: i64,
    /// The pack's GTIN.
    pub gtin: String,
    /// The pack's serial.
    pub serial: String,
    /// The patterns' names, sorted.
    pub pattern_names: Vec<String>,
    /// The sites whose events show them, sorted.
    pub sites: Vec<String>,
    /// The patterns with their events (site, seq and event id), as stored.
    pub patterns: Value,
    /// When it was raised (UTC).
    pub raised_at: String,
    /// Open, cleared or resolved.
    pub state: AlarmState,
    /// When and why it was cleared, or when, by whom and why it was resolved.
    pub closed: Option<String>,
}

/// The counterfeit alarms, newest first: the open ones, or all of them with `all`.
pub async fn counterfeit_alarms(
    db: &Database,
    all: bool,
) -> Result<Vec<CounterfeitAlarm>, HubError> {
    let client = db.client().await?;
    let sql = format!(
        "SELECT id, gtin, serial, patterns, {raised}, \
                CASE WHEN resolved_at IS NOT NULL THEN 'resolved' \
                     WHEN cleared_at IS NOT NULL THEN 'cleared' ELSE 'open' END, \
                CASE WHEN resolved_at IS NOT NULL \
                     THEN {resolved} || ' by ' || resolved_by || ': ' || resolution \
                     WHEN cleared_at IS NOT NULL THEN {cleared} || ': ' || cleared_reason END \
         FROM alarm WHERE kind = 'counterfeit' \
           AND ($1 OR (resolved_at IS NULL AND cleared_at IS NULL)) \
         ORDER BY raised_at DESC, id DESC",
        raised = utc_text("raised_at"),
        resolved = utc_text("resolved_at"),
        cleared = utc_text("cleared_at"),
    );
    let rows = client
        .query(&sql, &[&all])
        .await
        .map_err(HubError::db("listing counterfeit alarms"))?;
    Ok(rows
        .iter()
        .map(|r| {
            let patterns: Value = r.get(3);
            let state = match r.get::<_, &str>(5) {
                "resolved" => AlarmState::Resolved,
                "cleared" => AlarmState::Cleared,
                _ => AlarmState::Open,
            };
            CounterfeitAlarm {
                id: r.get(0),
                gtin: r.get(1),
                serial: r.get(2),
                pattern_names: pattern_names(&patterns),
                sites: sites_of(&patterns),
                patterns,
                raised_at: r.get(4),
                state,
                closed: r.get(6),
            }
        })
        .collect())
}

/// The patterns' names, as stored (sorted).
fn pattern_names(patterns: &Value) -> Vec<String> {
    patterns
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p["pattern"].as_str().map(str::to_string))
        .collect()
}

/// Every site named by a pattern's events, sorted, once each.
fn sites_of(patterns: &Value) -> Vec<String> {
    let mut sites: Vec<String> = patterns
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p["events"].as_array())
        .flatten()
        .filter_map(|e| e["site"].as_str().map(str::to_string))
        .collect();
    sites.sort();
    sites.dedup();
    sites
}

/// Resolves an open counterfeit alarm as the signed-in hub person `by`, saying why. A fork alarm
/// is resolved by resuming its site (`site resume`), which also lifts the suspension.
pub async fn resolve_alarm(
    db: &Database,
    id: i64,
    by: &HubUser,
    reason: &str,
) -> Result<(), HubError> {
    by.require(Duty::ResolveAlarm)?;
    if reason.trim().is_empty() {
        return Err(HubError::Invalid {
            what: "alarm resolve",
            why: "--reason must say why, for the alarm's record",
        });
    }
    let mut client = db.client().await?;
    let tx = client
        .transaction()
        .await
        .map_err(HubError::db("starting to resolve an alarm"))?;
    // The locks every push takes to keep the views, in the same order (the changelog's first):
    // a push under way finishes first (its new evidence lands in the alarm before it is
    // resolved), one that follows sees the alarm resolved and raises a new one for evidence
    // beyond it, and the resolution goes down the feed.
    crate::feed::lock(&tx).await?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&super::VIEWS_LOCK])
        .await
        .map_err(HubError::db("waiting for pushes keeping the views"))?;
    let row = tx
        .query_opt(
            "SELECT kind, resolved_at IS NOT NULL, cleared_at IS NOT NULL \
             FROM alarm WHERE id = $1 FOR UPDATE",
            &[&id],
        )
        .await
        .map_err(HubError::db("looking up an alarm"))?
        .ok_or(HubError::UnknownAlarm(id))?;
    let kind: String = row.get(0);
    if kind == "fork" {
        return Err(HubError::ForkAlarm(id));
    }
    if row.get::<_, bool>(1) {
        return Err(HubError::AlarmClosed {
            id,
            how: "resolved",
        });
    }
    if row.get::<_, bool>(2) {
        return Err(HubError::AlarmClosed { id, how: "cleared" });
    }
    tx.execute(
        "UPDATE alarm SET resolved_at = now(), resolved_by = $2, resolution = $3, \
                          resolved_by_user = $4, updated_at = now() WHERE id = $1",
        &[&id, &by.username, &reason.trim(), &by.id],
    )
    .await
    .map_err(HubError::db("resolving an alarm"))?;
    crate::feed::log_resolved(&tx, id).await?;
    tx.commit()
        .await
        .map_err(HubError::db("committing a resolved alarm"))?;
    Ok(())
}
