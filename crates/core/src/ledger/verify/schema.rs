//! The schema checks: the ledger's append-only triggers still there, and every table, index,
//! trigger and view exactly what the migrations create.

use rusqlite::Connection;

use super::{Finding, FindingKind};
use crate::db::SchemaProblem;
use crate::error::CoreResult;

/// The triggers that make the ledger append-only.
const TRIGGERS: &[&str] = &[
    "event_no_update",
    "event_no_delete",
    "event_line_no_update",
    "event_line_no_delete",
];

/// Each append-only trigger that was dropped: the ledger can then be edited.
pub(super) fn missing_triggers(conn: &Connection) -> CoreResult<Vec<Finding>> {
    let present: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'")?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(TRIGGERS
        .iter()
        .filter(|t| !present.iter().any(|p| p == *t))
        .map(|t| {
            Finding::general(
                FindingKind::MissingTrigger,
                format!("the append-only trigger {t} has been removed; the ledger can be edited"),
            )
        })
        .collect())
}

/// Every schema object that is not exactly what the migrations create (an extra trigger can
/// rewrite what is recorded, an extra view or index answer wrongly). A dropped append-only
/// trigger is already reported as such, so it is not reported twice.
pub(super) fn schema_findings(conn: &Connection) -> CoreResult<Vec<Finding>> {
    Ok(crate::db::schema_differences(conn)?
        .into_iter()
        .filter(|d| !(d.problem == SchemaProblem::Missing && TRIGGERS.contains(&d.name.as_str())))
        .map(|d| Finding::general(FindingKind::UnexpectedSchema, d.to_string()))
        .collect())
}
