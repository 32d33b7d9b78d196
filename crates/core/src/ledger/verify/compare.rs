//! The derived tables compared with the state rebuilt from the ledger: packs, lot stock, lots,
//! daily consumption, daily stock changes and users. Every difference is a finding, both ways: a row the ledger
//! does not explain, and what the ledger says that the table lacks. Findings go straight into
//! the report, which keeps the first [`super::MAX_FINDINGS`] and counts the rest, so a wiped
//! table of a million packs costs no more memory than an intact one. An incremental
//! verification compares only the rows it rebuilt ([`Rows::Keyed`]).

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};

use rusqlite::types::Value;
use rusqlite::{Connection, Row};

use super::replay::{
    last_copy_digest, ConsumptionKey, LotKey, LotValue, StockChangeKey, UnitKey, UnitValue,
};
use super::{Finding, FindingKind, VerifyReport};
use crate::error::CoreResult;
use crate::ledger::stored::Keys;
use crate::model::Role;

/// Which rows of a derived table are compared.
#[derive(Debug, Clone, Copy)]
pub(super) enum Rows<'a> {
    /// Every row.
    All,
    /// The rows with these keys: the table's query with this `WHERE` condition, run once per key.
    Keyed(&'a str, &'a [Vec<Value>]),
}

/// Calls `f` with each row of `sql` that `rows` selects.
pub(super) fn each_row(
    conn: &Connection,
    sql: &str,
    rows: Rows<'_>,
    mut f: impl FnMut(&Row<'_>) -> CoreResult<()>,
) -> CoreResult<()> {
    let (sql, keys) = match rows {
        Rows::All => (sql.to_string(), None),
        Rows::Keyed(condition, keys) => (format!("{sql} WHERE {condition}"), Some(keys)),
    };
    let mut stmt = conn.prepare(&sql)?;
    let mut run = |params: &[Value]| -> CoreResult<()> {
        let mut it = stmt.query(rusqlite::params_from_iter(params))?;
        while let Some(r) = it.next()? {
            f(r)?;
        }
        Ok(())
    };
    match keys {
        None => run(&[]),
        Some(keys) => keys.iter().try_for_each(|k| run(k)),
    }
}

/// Compares each user's role and active flag with the user events' projection. The system
/// principal is no projection: it must stay unable to sign in.
pub(super) fn compare_users(
    conn: &Connection,
    report: &mut VerifyReport,
    mut ledger: HashMap<i64, (String, bool)>,
    rows: Rows<'_>,
) -> CoreResult<()> {
    let describe = |role: &str, active: bool| {
        format!("{role}, {}", if active { "active" } else { "disabled" })
    };
    let sql = "SELECT id, username, role, active, password_hash IS NOT NULL FROM user";
    each_row(conn, sql, rows, |r| {
        let id: i64 = r.get(0)?;
        let username: String = r.get(1)?;
        let role: String = r.get(2)?;
        let active: bool = r.get(3)?;
        let has_password: bool = r.get(4)?;
        if crate::users::is_system_username(&username) {
            if active || has_password || role != Role::Staff.as_str() {
                report.add(
                    FindingKind::StateMismatch,
                    None,
                    format!("the system principal {username} was changed in the user table (now {}{}): it only signs what Custody writes on its own and must never be able to sign in", describe(&role, active), if has_password { ", with a password" } else { "" }),
                );
            }
            ledger.remove(&id);
            return Ok(());
        }
        match ledger.remove(&id) {
            None => report.add(
                FindingKind::StateMismatch,
                None,
                format!("user {username} ({}) is in the user table, but no ledger event added them: they were added behind the store's back", describe(&role, active)),
            ),
            Some((l_role, l_active)) if l_role != role || l_active != active => report.add(
                FindingKind::StateMismatch,
                None,
                format!(
                    "user {username}: the user table says {}, but the ledger's user events say {}: the account was changed behind the store's back",
                    describe(&role, active),
                    describe(&l_role, l_active)
                ),
            ),
            Some(_) => {}
        }
        Ok(())
    })?;
    for (id, (role, active)) in ledger {
        report.add(
            FindingKind::StateMismatch,
            None,
            format!(
                "user #{id}: the ledger's user events say {}, but the user table does not have them",
                describe(&role, active)
            ),
        );
    }
    Ok(())
}

/// Each pack in the unit table against the ledger's, and the ledger's packs the table lacks.
pub(super) fn compare_units(
    conn: &Connection,
    report: &mut VerifyReport,
    keys: &Keys,
    mut units: HashMap<UnitKey, UnitValue>,
    rows: Rows<'_>,
) -> CoreResult<()> {
    let sql = "SELECT product_id, serial, status, location_id, lot, expiry, last_event_seq,
                      last_at_unix, last_offset, last_reference, last_counterparty_id FROM unit";
    let mut compared = 0;
    each_row(conn, sql, rows, |r| {
        compared += 1;
        let key: UnitKey = (r.get(0)?, r.get(1)?);
        let reference: Option<String> = r.get(9)?;
        let copy = last_copy_digest(r.get(7)?, r.get(8)?, reference.as_deref(), r.get(10)?);
        let table: UnitValue = (r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, copy);
        let ledger = units.remove(&key);
        report.note(unit_mismatch(keys, &key, Some(&table), ledger.as_ref()));
        Ok(())
    })?;
    report.units += compared;
    for (key, ledger) in units {
        report.note(unit_mismatch(keys, &key, None, Some(&ledger)));
    }
    Ok(())
}

/// Whether a pack's row is what the ledger says but for its copy of its last event (the
/// digests, the tuples' last field).
fn only_the_copy_differs(table: &UnitValue, ledger: &UnitValue) -> bool {
    table.5 != ledger.5
        && (&table.0, table.1, &table.2, &table.3, table.4)
            == (&ledger.0, ledger.1, &ledger.2, &ledger.3, ledger.4)
}

/// What differs between a pack's row in the unit table and what the ledger says of it, either
/// of which may be missing.
fn unit_mismatch(
    keys: &Keys,
    key: &UnitKey,
    table: Option<&UnitValue>,
    ledger: Option<&UnitValue>,
) -> Option<Finding> {
    let describe = |v: &UnitValue| {
        let at =
            v.1.map(|l| format!(" at {}", keys.locations.get(&l).map_or("?", String::as_str)))
                .unwrap_or_default();
        format!(
            "{}{at} (lot {}, expiry {}, last changed by event seq {})",
            v.0,
            v.2.as_deref().unwrap_or("-"),
            v.3.as_deref().unwrap_or("-"),
            v.4
        )
    };
    let gtin = keys.gtins.get(&key.0).map_or("?", String::as_str);
    let serial = &key.1;
    let message = match (table, ledger) {
        (Some(t), Some(l)) if only_the_copy_differs(t, l) => format!("pack {gtin} serial {serial}: the unit table's copy of its last event (event seq {}: its time, offset, document or partner) is not what that event says", l.4),
        (Some(table), None) => format!("pack {gtin} serial {serial}: the unit table has it as {}, but no event ever recorded it", describe(table)),
        (Some(table), Some(ledger)) if ledger != table => format!("pack {gtin} serial {serial}: the unit table says {}, but the ledger says {}", describe(table), describe(ledger)),
        (None, Some(ledger)) => format!("pack {gtin} serial {serial}: the ledger says {}, but it is missing from the unit table", describe(ledger)),
        _ => return None,
    };
    Some(Finding::general(FindingKind::StateMismatch, message))
}

/// Each lot quantity and its expiry in the stock table against the ledger's.
pub(super) fn compare_lots(
    conn: &Connection,
    report: &mut VerifyReport,
    keys: &Keys,
    mut lots: HashMap<LotKey, LotValue>,
    rows: Rows<'_>,
) -> CoreResult<()> {
    let (gtins, locations) = (&keys.gtins, &keys.locations);
    lots.retain(|_, (q, _)| *q != 0);
    let sql = "SELECT product_id, lot, location_id, status, quantity, expiry FROM lot_stock";
    each_row(conn, sql, rows, |r| {
        let key: LotKey = (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
        let table: i64 = r.get(4)?;
        let table_expiry: Option<String> = r.get(5)?;
        let (ledger, ledger_expiry) = lots.remove(&key).unwrap_or((0, None));
        if table == ledger && table_expiry != ledger_expiry {
            report.add(
                FindingKind::StateMismatch,
                None,
                format!(
                    "{} lot {} {} at {}: the stock table gives expiry {}, but the ledger's lines {}",
                    gtins.get(&key.0).map_or("?", String::as_str),
                    key.1,
                    key.3,
                    locations.get(&key.2).map_or("?", String::as_str),
                    table_expiry.as_deref().unwrap_or("none"),
                    ledger_expiry.as_deref().unwrap_or("none"),
                ),
            );
        }
        if table != ledger {
            report.add(
                FindingKind::StateMismatch,
                None,
                format!(
                    "{} lot {} {} at {}: the stock table holds {table}, but the ledger says {ledger}",
                    gtins.get(&key.0).map_or("?", String::as_str),
                    key.1,
                    key.3,
                    locations.get(&key.2).map_or("?", String::as_str)
                ),
            );
        }
        Ok(())
    })?;
    for (key, (q, _)) in lots {
        report.add(
            FindingKind::StateMismatch,
            None,
            format!(
                "{} lot {} {} at {}: the ledger says {q}, but the stock table has none",
                gtins.get(&key.0).map_or("?", String::as_str),
                key.1,
                key.3,
                locations.get(&key.2).map_or("?", String::as_str)
            ),
        );
    }
    Ok(())
}

/// Each lot's expiry in the lot table against the one the ledger first saw it with.
pub(super) fn compare_lot_info(
    conn: &Connection,
    report: &mut VerifyReport,
    keys: &Keys,
    mut lot_info: HashMap<(i64, String), Option<String>>,
    rows: Rows<'_>,
) -> CoreResult<()> {
    let gtins = &keys.gtins;
    let sql = "SELECT product_id, lot, expiry FROM lot_info";
    each_row(conn, sql, rows, |r| {
        let key: (i64, String) = (r.get(0)?, r.get(1)?);
        let expiry: Option<String> = r.get(2)?;
        match lot_info.remove(&key) {
            Some(e) if e == expiry => {}
            other => report.add(
                FindingKind::StateMismatch,
                None,
                format!(
                    "{} lot {}: the lot table has expiry {}, but the ledger first saw it with {}",
                    gtins.get(&key.0).map_or("?", String::as_str),
                    key.1,
                    expiry.as_deref().unwrap_or("none"),
                    other.map_or("no such lot".to_string(), |e| e
                        .unwrap_or_else(|| "none".into()))
                ),
            ),
        }
        Ok(())
    })?;
    for key in lot_info.keys() {
        report.add(
            FindingKind::StateMismatch,
            None,
            format!(
                "{} lot {}: the ledger has it, but the lot table does not",
                gtins.get(&key.0).map_or("?", String::as_str),
                key.1
            ),
        );
    }
    Ok(())
}

/// Each day's consumption in the table against the ledger's dispense lines.
pub(super) fn compare_consumption(
    conn: &Connection,
    report: &mut VerifyReport,
    keys: &Keys,
    mut ledger: HashMap<ConsumptionKey, i64>,
    rows: Rows<'_>,
) -> CoreResult<()> {
    let (gtins, locations) = (&keys.gtins, &keys.locations);
    let name = |p: i64, l: i64| {
        (
            gtins.get(&p).map_or("?", String::as_str).to_string(),
            locations.get(&l).map_or("?", String::as_str).to_string(),
        )
    };
    let sql = "SELECT product_id, location_id, day, quantity FROM consumption";
    each_row(conn, sql, rows, |r| {
        let key: (i64, i64, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
        let table: i64 = r.get(3)?;
        let expected = ledger.remove(&key).unwrap_or(0);
        if table != expected {
            let (gtin, loc) = name(key.0, key.1);
            report.add(
                FindingKind::StateMismatch,
                None,
                format!(
                    "consumption of {gtin} at {loc} on {}: the table says {table}, the ledger's dispense lines {expected}",
                    key.2
                ),
            );
        }
        Ok(())
    })?;
    for ((p, l, day), q) in ledger {
        let (gtin, loc) = name(p, l);
        report.add(
            FindingKind::StateMismatch,
            None,
            format!("consumption of {gtin} at {loc} on {day}: the ledger dispensed {q}, the table has nothing"),
        );
    }
    Ok(())
}

/// Each day's stock change in the table against the ledger's lines that put stock in stock or
/// took it out.
pub(super) fn compare_stock_change(
    conn: &Connection,
    report: &mut VerifyReport,
    keys: &Keys,
    mut ledger: HashMap<StockChangeKey, i64>,
    rows: Rows<'_>,
) -> CoreResult<()> {
    let (gtins, locations) = (&keys.gtins, &keys.locations);
    let name = |p: i64, l: i64| {
        (
            gtins.get(&p).map_or("?", String::as_str).to_string(),
            locations.get(&l).map_or("?", String::as_str).to_string(),
        )
    };
    let sql = "SELECT product_id, location_id, day, quantity FROM stock_change";
    each_row(conn, sql, rows, |r| {
        let (product, location, day): (i64, i64, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
        let table: i64 = r.get(3)?;
        // A day the ledger cannot have written matches nothing the ledger says.
        let expected = day
            .parse::<NaiveDate>()
            .ok()
            .and_then(|d| ledger.remove(&(product, location, d.num_days_from_ce())));
        if expected != Some(table) {
            let (gtin, loc) = name(product, location);
            let ledger_says = expected.map_or("nothing".to_string(), |q| q.to_string());
            report.add(
                FindingKind::StateMismatch,
                None,
                format!(
                    "stock change of {gtin} at {loc} on {day}: the table says {table}, the ledger's lines {ledger_says}"
                ),
            );
        }
        Ok(())
    })?;
    for ((p, l, day), q) in ledger {
        let (gtin, loc) = name(p, l);
        let day =
            NaiveDate::from_num_days_from_ce_opt(day).map_or("?".to_string(), |d| d.to_string());
        report.add(
            FindingKind::StateMismatch,
            None,
            format!("stock change of {gtin} at {loc} on {day}: the ledger's lines change it by {q}, the table has nothing"),
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pack_is_a_finding_when_its_row_and_the_ledger_differ_or_one_lacks_it() {
        let mut keys = Keys::default();
        keys.gtins.insert(1, "09506000134352".into());
        keys.locations.insert(5, "MAIN".into());
        let key: UnitKey = (1, "S1".into());
        let held: UnitValue = ("in_stock".into(), Some(5), Some("L1".into()), None, 3, 7);
        let message = |table, ledger| unit_mismatch(&keys, &key, table, ledger).map(|f| f.message);
        assert_eq!(
            message(Some(&held), Some(&held)),
            None,
            "a row that is what the ledger says is no finding"
        );
        let moved: UnitValue = ("quarantined".into(), Some(5), Some("L1".into()), None, 3, 7);
        assert_eq!(
            message(Some(&moved), Some(&held)).as_deref(),
            Some("pack 09506000134352 serial S1: the unit table says quarantined at MAIN (lot L1, expiry -, last changed by event seq 3), but the ledger says in_stock at MAIN (lot L1, expiry -, last changed by event seq 3)"),
            "a pack moved behind the ledger's back is named with both places"
        );
        let copied_wrong: UnitValue = ("in_stock".into(), Some(5), Some("L1".into()), None, 3, 8);
        assert_eq!(
            message(Some(&copied_wrong), Some(&held)).as_deref(),
            Some("pack 09506000134352 serial S1: the unit table's copy of its last event (event seq 3: its time, offset, document or partner) is not what that event says"),
            "a copy of the last event edited behind the ledger's back is named as such"
        );
        assert!(
            message(Some(&held), None).is_some_and(|m| m.contains("no event ever recorded it")),
            "a pack no event recorded was added behind the ledger's back"
        );
        assert!(
            message(None, Some(&held)).is_some_and(|m| m.contains("missing from the unit table")),
            "a pack the ledger holds must be in the table"
        );
    }
}
