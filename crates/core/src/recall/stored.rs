//! A stored recall read back: its row and its scope lines.

use rusqlite::{Connection, OptionalExtension};

use super::{Recall, ScopeLine};
use crate::error::{CoreError, CoreResult};
use crate::model::*;

fn recall_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Recall> {
    Ok(Recall {
        id: r.get(0)?,
        number: r.get(1)?,
        title: r.get(2)?,
        class: r.get::<_, String>(3)?.parse().unwrap_or(RecallClass::I),
        reason: r.get(4)?,
        instructions: r.get(5)?,
        issuer: r.get(6)?,
        issued_on: r.get(7)?,
        created_at: r.get(8)?,
        created_by: r.get(9)?,
        closed_at: r.get(10)?,
        closed_by: r.get(11)?,
        close_meaning: r.get::<_, Option<String>>(12)?.and_then(|m| m.parse().ok()),
        scope: Vec::new(),
    })
}

const RECALL_SELECT: &str = "SELECT r.id, r.number, r.title, r.class, r.reason, r.instructions, r.issuer, r.issued_on, r.created_at, cu.username, r.closed_at,
        CASE WHEN r.closed_by IS NULL THEN NULL ELSE su.name || ' (' || su.username || ')' END, r.close_meaning
     FROM recall r JOIN user cu ON cu.id = r.created_by LEFT JOIN user su ON su.id = r.closed_by";

pub(super) fn load_recall(conn: &Connection, number: &str) -> CoreResult<Recall> {
    let mut recall = conn
        .prepare_cached(&format!("{RECALL_SELECT} WHERE r.number = ?1"))?
        .query_row([number.trim()], recall_from_row)
        .optional()?
        .ok_or_else(|| CoreError::refused("recall.unknown").arg("recall", number.trim()))?;
    recall.scope = conn
        .prepare_cached(
            "SELECT gtin, lot, serial FROM recall_scope WHERE recall_id = ?1 ORDER BY line",
        )?
        .query_map([recall.id], |r| {
            Ok(ScopeLine {
                gtin: r.get(0)?,
                lot: r.get(1)?,
                serial: r.get(2)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(recall)
}
