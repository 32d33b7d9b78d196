//! `custody verify`: walks each site's hash chain, replays every line to rebuild the current
//! state, and compares it with the derived tables, so that editing either the ledger or the
//! tables by hand is detected and reported precisely. Every projected column it can recompute
//! is compared: each pack's status, location, lot, expiry and last event; lot quantities with
//! their expiries, and lots' first expiries; daily consumption; and each user's role and active
//! flag, replayed from the user events. It also reports recorded times that go backwards in a
//! chain.

use std::collections::HashMap;

use rusqlite::Connection;
use serde::Serialize;

use crate::error::CoreResult;
use crate::ledger::{
    event_hash, Canonical, CanonicalLine, CanonicalSubject, Format, CLOCK_TOLERANCE, GENESIS,
};
use crate::model::{EventKind, Role, Timestamp, User};
use crate::permissions::{require, Operation};
use crate::Store;

/// The kinds of problem `verify` reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// A table, index, trigger or view that the migrations do not create, or that differs from
    /// theirs, or one of theirs that is missing.
    UnexpectedSchema,
    /// An append-only trigger was dropped.
    MissingTrigger,
    /// An event's contents no longer match its hash.
    ContentChanged,
    /// An event does not follow the one before it: one was removed, inserted or reordered.
    BrokenLink,
    /// Lines whose event does not exist.
    OrphanLines,
    /// The recorded chain head does not match the chain.
    ChainHead,
    /// A line's "before" does not match what the ledger says at that point.
    LineInconsistent,
    /// A derived table differs from the state rebuilt from the ledger.
    StateMismatch,
    /// An event was recorded earlier than the one before it in its site's chain, by more than
    /// the tolerance for a clock stepped back by time synchronisation: the clock was turned back.
    ClockTurnedBack,
}

/// One problem found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// What kind.
    pub kind: FindingKind,
    /// The event concerned, if any.
    pub event_id: Option<String>,
    /// Its sequence number.
    pub seq: Option<i64>,
    /// What differs, in words.
    pub message: String,
}

/// The outcome of a verification.
#[derive(Debug, Clone, Default, Serialize)]
pub struct VerifyReport {
    /// Events walked.
    pub events: u64,
    /// Lines replayed.
    pub lines: u64,
    /// Packs compared.
    pub units: u64,
    /// Problems, in the order found (the first broken link first), at most [`MAX_FINDINGS`].
    pub findings: Vec<Finding>,
    /// Problems found in all, including those not listed.
    pub total_findings: u64,
    /// Steps back that the ledger declares rather than hides: each signed clock correction that
    /// recorded an event before the one before it, in words. They do not break the ledger, but
    /// whoever checks it is told of every one.
    pub clock_corrections: Vec<String>,
}

/// The most findings listed in a report.
pub const MAX_FINDINGS: usize = 100;

impl VerifyReport {
    /// Whether nothing is wrong.
    pub fn is_intact(&self) -> bool {
        self.total_findings == 0
    }

    fn add(&mut self, kind: FindingKind, event: Option<(&str, i64)>, message: String) {
        self.total_findings += 1;
        if self.findings.len() < MAX_FINDINGS {
            self.findings.push(Finding {
                kind,
                event_id: event.map(|(id, _)| id.to_string()),
                seq: event.map(|(_, s)| s),
                message,
            });
        }
    }
}

const TRIGGERS: &[&str] = &[
    "event_no_update",
    "event_no_delete",
    "event_line_no_update",
    "event_line_no_delete",
];

fn names(conn: &Connection, sql: &str) -> CoreResult<HashMap<i64, String>> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<Result<HashMap<_, _>, _>>()?)
}

struct LineRow {
    event_seq: i64,
    line_no: i64,
    product: i64,
    lot: Option<String>,
    serial: Option<String>,
    expiry: Option<String>,
    quantity: i64,
    status_before: Option<String>,
    status_after: Option<String>,
    location_before: Option<i64>,
    location_after: Option<i64>,
    unit_cost_cents: Option<i64>,
}

type UnitKey = (i64, String);
/// Status, location, lot, expiry and the last event that touched the pack.
type UnitValue = (String, Option<i64>, Option<String>, Option<String>, i64);
type LotKey = (i64, String, i64, String);
/// A lot's quantity at a place, and the expiry its stock row holds.
type LotValue = (i64, Option<String>);

impl Store {
    /// Verifies the ledger and the current state against it.
    pub fn verify(&self, actor: &User) -> CoreResult<VerifyReport> {
        require(actor, Operation::Verify)?;
        verify(self.conn())
    }
}

/// Verifies without an actor (for backups and the app's start-up check).
pub fn verify(conn: &Connection) -> CoreResult<VerifyReport> {
    let mut report = VerifyReport::default();
    let present: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'")?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    for t in TRIGGERS {
        if !present.iter().any(|p| p == t) {
            report.add(
                FindingKind::MissingTrigger,
                None,
                format!("the append-only trigger {t} has been removed; the ledger can be edited"),
            );
        }
    }

    let gtins = names(conn, "SELECT id, gtin FROM product")?;
    let locations = names(conn, "SELECT id, code FROM location")?;
    let sites = names(conn, "SELECT id, code FROM site")?;
    let partners = names(conn, "SELECT id, code FROM partner")?;
    let users = names(conn, "SELECT id, username FROM user")?;
    // Each user's role and active flag as the user events leave them.
    let mut user_states: HashMap<i64, (String, bool)> = HashMap::new();
    let mut last_recorded: HashMap<i64, Timestamp> = HashMap::new();
    let loc = |id: Option<i64>| {
        id.map(|i| {
            locations
                .get(&i)
                .map_or("<unknown location>", String::as_str)
        })
    };

    let mut units: HashMap<UnitKey, UnitValue> = HashMap::new();
    let mut lots: HashMap<LotKey, LotValue> = HashMap::new();
    let mut lot_info: HashMap<(i64, String), Option<String>> = HashMap::new();
    let mut heads: HashMap<i64, (i64, [u8; 32], i64)> = HashMap::new();
    let mut consumption: HashMap<(i64, i64, String), i64> = HashMap::new();

    let mut lines_stmt = conn.prepare(
        "SELECT event_seq, line_no, product_id, lot, serial, expiry, quantity, status_before, status_after, location_before, location_after, unit_cost_cents
         FROM event_line ORDER BY event_seq, line_no",
    )?;
    let mut lines = lines_stmt
        .query_map([], |r| {
            Ok(LineRow {
                event_seq: r.get(0)?,
                line_no: r.get(1)?,
                product: r.get(2)?,
                lot: r.get(3)?,
                serial: r.get(4)?,
                expiry: r.get(5)?,
                quantity: r.get(6)?,
                status_before: r.get(7)?,
                status_after: r.get(8)?,
                location_before: r.get(9)?,
                location_after: r.get(10)?,
                unit_cost_cents: r.get(11)?,
            })
        })?
        .peekable();
    let mut events_stmt = conn.prepare(
        "SELECT seq, id, site_id, kind, occurred_at, occurred_offset, recorded_at, actor_id, location_id, counterparty_id, reference, reason, raw_scan, prev_hash, hash, signature,
                format, subject_user_id, subject_role, subject_active
         FROM event ORDER BY seq",
    )?;
    let mut events = events_stmt.query([])?;
    let mut batch: Vec<LineRow> = Vec::new();
    let mut last_seq = 0i64;
    while let Some(r) = events.next()? {
        let seq: i64 = r.get(0)?;
        let id: String = r.get(1)?;
        let site: i64 = r.get(2)?;
        let prev_stored: Vec<u8> = r.get(13)?;
        let hash_stored: Vec<u8> = r.get(14)?;
        report.events += 1;

        batch.clear();
        let mut orphans = 0;
        while let Some(Ok(l)) = lines.peek() {
            if l.event_seq > seq {
                break;
            }
            // `peek` above saw an `Ok` line, so `next` returns it.
            let l = lines.next().and_then(Result::ok).expect("peeked");
            if l.event_seq < seq {
                orphans += 1;
            } else {
                batch.push(l);
            }
        }
        if orphans > 0 {
            report.add(
                FindingKind::OrphanLines,
                Some((&id, seq)),
                format!("{orphans} ledger line(s) before event seq {seq} belong to no event: the event(s) between seq {last_seq} and {seq} were deleted"),
            );
        }
        if let Some(Err(e)) = lines.peek() {
            return Err(rusqlite::Error::ToSqlConversionFailure(e.to_string().into()).into());
        }

        let (_, expected_prev, count) = heads.get(&site).copied().unwrap_or((0, GENESIS, 0));
        let prev: [u8; 32] = prev_stored.as_slice().try_into().unwrap_or(GENESIS);
        if prev != expected_prev {
            report.add(
                FindingKind::BrokenLink,
                Some((&id, seq)),
                format!(
                    "event {id} (seq {seq}) does not follow the event before it in its site's chain{}: an event was removed, inserted or reordered",
                    if seq != last_seq + 1 { format!(" (seq {} to {} are missing)", last_seq + 1, seq - 1) } else { String::new() }
                ),
            );
        }
        let occurred: String = r.get(4)?;
        let recorded: String = r.get(6)?;
        let reference: Option<String> = r.get(10)?;
        let reason: Option<String> = r.get(11)?;
        let raw: Option<String> = r.get(12)?;
        let signature: Option<String> = r.get(15)?;
        let kind: String = r.get(3)?;
        let format_number: i64 = r.get(16)?;
        let subject_id: Option<i64> = r.get(17)?;
        let subject_role: Option<String> = r.get(18)?;
        let subject_active: Option<bool> = r.get(19)?;
        let format = Format::from_number(format_number);
        check_recorded_order(
            &mut report,
            (&id, seq),
            kind == EventKind::ClockCorrected.as_str(),
            site,
            &recorded,
            &mut last_recorded,
            &sites,
        );
        let expiry_strings: Vec<Option<String>> = batch.iter().map(|l| l.expiry.clone()).collect();
        let canonical_lines: Vec<CanonicalLine<'_>> = batch
            .iter()
            .zip(&expiry_strings)
            .map(|(l, e)| CanonicalLine {
                line_no: l.line_no,
                gtin: gtins
                    .get(&l.product)
                    .map_or("<unknown product>", String::as_str),
                lot: l.lot.as_deref(),
                serial: l.serial.as_deref(),
                expiry: e.as_deref(),
                quantity: l.quantity,
                status_before: l.status_before.as_deref(),
                status_after: l.status_after.as_deref(),
                location_before: loc(l.location_before),
                location_after: loc(l.location_after),
                unit_cost_cents: l.unit_cost_cents,
            })
            .collect();
        let subject = match (subject_id, subject_role.as_deref(), subject_active) {
            (Some(u), Some(role), Some(active)) => Some(CanonicalSubject {
                username: users.get(&u).map_or("<unknown user>", String::as_str),
                role,
                active,
            }),
            (None, None, None) => None,
            _ => {
                report.add(
                    FindingKind::ContentChanged,
                    Some((&id, seq)),
                    format!("event {id} (seq {seq}, {kind}) names a user without their role and active flag, or a role without a user: its subject was changed after it was recorded"),
                );
                None
            }
        };
        match format {
            None => report.add(
                FindingKind::ContentChanged,
                Some((&id, seq)),
                format!("event {id} (seq {seq}, {kind}) says it is in ledger format {format_number}, which this version of Custody does not know: its format was changed, or a newer Custody wrote it"),
            ),
            Some(Format::V1) if subject_id.is_some() || subject_role.is_some() || subject_active.is_some() => report.add(
                FindingKind::ContentChanged,
                Some((&id, seq)),
                format!("event {id} (seq {seq}, {kind}) is in ledger format 1, which has no user subject, but names one: its fields were changed after it was recorded"),
            ),
            Some(format) => {
                let computed = event_hash(
                    &prev,
                    &Canonical {
                        format,
                        id: &id,
                        site: sites.get(&site).map_or("<unknown site>", String::as_str),
                        kind: &kind,
                        occurred_at: &occurred,
                        occurred_offset: r.get(5)?,
                        recorded_at: &recorded,
                        actor: users
                            .get(&r.get::<_, i64>(7)?)
                            .map_or("<unknown user>", String::as_str),
                        location: loc(r.get(8)?),
                        counterparty: r
                            .get::<_, Option<i64>>(9)?
                            .map(|p| partners.get(&p).map_or("<unknown partner>", String::as_str)),
                        reference: reference.as_deref(),
                        reason: reason.as_deref(),
                        raw_scan: raw.as_deref(),
                        signature: signature.as_deref(),
                        subject,
                    },
                    &canonical_lines,
                );
                if computed.as_slice() != hash_stored.as_slice() {
                    report.add(
                        FindingKind::ContentChanged,
                        Some((&id, seq)),
                        format!(
                            "event {id} (seq {seq}, {kind} at {occurred}) no longer matches its hash: its fields, its {} line(s), or master data it names (GTIN, location, partner, user codes) were changed after it was recorded",
                            batch.len()
                        ),
                    );
                }
            }
        }
        replay_user(
            &mut report,
            (&id, seq),
            &kind,
            subject_id.zip(subject_role.zip(subject_active)),
            &users,
            &mut user_states,
        );
        let stored: [u8; 32] = hash_stored.as_slice().try_into().unwrap_or(GENESIS);
        heads.insert(site, (seq, stored, count + 1));
        last_seq = seq;

        let day = crate::model::Timestamp::from_stored(&occurred, r.get(5)?)
            .map(|t| t.local_date().to_string())
            .unwrap_or_default();
        for l in &batch {
            if let (Some(from), Some("dispensed")) = (l.location_before, l.status_after.as_deref())
            {
                *consumption
                    .entry((l.product, from, day.clone()))
                    .or_default() += l.quantity;
            }
        }
        for l in &batch {
            report.lines += 1;
            replay(
                &mut report,
                (&id, seq),
                l,
                &gtins,
                &locations,
                &mut units,
                &mut lots,
                &mut lot_info,
            );
        }
    }
    let trailing = lines.count();
    if trailing > 0 {
        report.add(FindingKind::OrphanLines, None, format!("{trailing} ledger line(s) after the last event (seq {last_seq}) belong to no event: the newest event(s) were deleted"));
    }

    // Chain heads.
    let mut stmt = conn.prepare("SELECT site_id, last_seq, last_hash, events FROM chain_head")?;
    let recorded: Vec<(i64, i64, Vec<u8>, i64)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<Result<_, _>>()?;
    for (site, (seq, hash, n)) in &heads {
        let name = sites.get(site).map_or("?", String::as_str);
        match recorded.iter().find(|h| h.0 == *site) {
            None => report.add(
                FindingKind::ChainHead,
                None,
                format!("site {name} has {n} events but no recorded chain head"),
            ),
            Some((_, rseq, rhash, rn)) => {
                if rseq != seq || rhash.as_slice() != hash.as_slice() || rn != n {
                    report.add(
                        FindingKind::ChainHead,
                        None,
                        format!("site {name}: the chain head records {rn} events ending at seq {rseq}, but the ledger has {n} ending at seq {seq}: events were removed from the end or added without the chain"),
                    );
                }
            }
        }
    }
    for (site, rseq, _, rn) in &recorded {
        if !heads.contains_key(site) {
            report.add(
                FindingKind::ChainHead,
                None,
                format!(
                    "site {} records {rn} events ending at seq {rseq}, but the ledger has none",
                    sites.get(site).map_or("?", String::as_str)
                ),
            );
        }
    }

    compare_units(conn, &mut report, &gtins, &locations, units)?;
    compare_users(conn, &mut report, user_states)?;
    compare_lots(conn, &mut report, &gtins, &locations, lots, lot_info)?;
    compare_consumption(conn, &mut report, &gtins, &locations, consumption)?;
    schema_findings(conn, &mut report)?;
    Ok(report)
}

/// Reports every schema object that is not exactly what the migrations create (an extra
/// trigger can rewrite what is recorded, an extra view or index answer wrongly). A dropped
/// append-only trigger is already reported as such, so it is not reported twice.
fn schema_findings(conn: &Connection, report: &mut VerifyReport) -> CoreResult<()> {
    use crate::db::SchemaProblem;
    for d in crate::db::schema_differences(conn)? {
        if d.problem == SchemaProblem::Missing && TRIGGERS.contains(&d.name.as_str()) {
            continue;
        }
        report.add(FindingKind::UnexpectedSchema, None, d.to_string());
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn replay(
    report: &mut VerifyReport,
    event: (&str, i64),
    l: &LineRow,
    gtins: &HashMap<i64, String>,
    locations: &HashMap<i64, String>,
    units: &mut HashMap<UnitKey, UnitValue>,
    lots: &mut HashMap<LotKey, LotValue>,
    lot_info: &mut HashMap<(i64, String), Option<String>>,
) {
    let gtin = gtins.get(&l.product).map_or("?", String::as_str);
    let place = |s: &Option<String>, loc: Option<i64>| match (s, loc) {
        (Some(s), Some(l)) => format!("{s} at {}", locations.get(&l).map_or("?", String::as_str)),
        (Some(s), None) => s.clone(),
        (None, _) => "not yet known here".to_string(),
    };
    if let Some(lot) = &l.lot {
        lot_info
            .entry((l.product, lot.clone()))
            .or_insert_with(|| l.expiry.clone());
    }
    match &l.serial {
        Some(serial) => {
            let key = (l.product, serial.clone());
            let current = units.get(&key);
            let matches = match (&l.status_before, current) {
                (None, None) => true,
                (Some(s), Some(c)) => *s == c.0 && l.location_before == c.1,
                _ => false,
            };
            if !matches {
                report.add(
                    FindingKind::LineInconsistent,
                    Some(event),
                    format!(
                        "event seq {} line {}: pack {gtin} serial {serial} was {} by the ledger, but the line says it was {}",
                        event.1,
                        l.line_no,
                        current.map_or("not yet known here".to_string(), |c| place(&Some(c.0.clone()), c.1)),
                        place(&l.status_before, l.location_before)
                    ),
                );
            }
            match &l.status_after {
                Some(status) => {
                    let old = units.remove(&key);
                    let lot = l
                        .lot
                        .clone()
                        .or_else(|| old.as_ref().and_then(|o| o.2.clone()));
                    let expiry = l.expiry.clone().or_else(|| old.and_then(|o| o.3));
                    units.insert(
                        key,
                        (status.clone(), l.location_after, lot, expiry, event.1),
                    );
                }
                None => {
                    units.remove(&key);
                }
            }
        }
        None => {
            let Some(lot) = &l.lot else { return };
            if let (Some(s), Some(loc)) = (&l.status_before, l.location_before) {
                let key = (l.product, lot.clone(), loc, s.clone());
                let held = lots.entry(key.clone()).or_insert((0, None));
                if held.0 < l.quantity {
                    report.add(
                        FindingKind::LineInconsistent,
                        Some(event),
                        format!("event seq {} line {}: takes {} of {gtin} lot {lot} {s} at {}, but the ledger had only {}", event.1, l.line_no, l.quantity, locations.get(&loc).map_or("?", String::as_str), held.0),
                    );
                }
                held.0 -= l.quantity;
                // As the appender does: an emptied stock row goes, and its expiry with it.
                if held.0 == 0 {
                    lots.remove(&key);
                }
            }
            if let (Some(s), Some(loc)) = (&l.status_after, l.location_after) {
                let held = lots
                    .entry((l.product, lot.clone(), loc, s.clone()))
                    .or_insert((0, None));
                held.0 += l.quantity;
                // A line without an expiry keeps the one the row has.
                if l.expiry.is_some() {
                    held.1 = l.expiry.clone();
                }
            }
        }
    }
}

/// Reports an event recorded earlier than the one before it in its site's chain, beyond the
/// tolerance for a clock that time synchronisation stepped back, unless it is an administrator's
/// signed clock correction.
fn check_recorded_order(
    report: &mut VerifyReport,
    event: (&str, i64),
    corrects_clock: bool,
    site: i64,
    recorded: &str,
    last: &mut HashMap<i64, Timestamp>,
    sites: &HashMap<i64, String>,
) {
    let Some(at) = Timestamp::parse(recorded) else {
        report.add(
            FindingKind::ContentChanged,
            Some(event),
            format!(
                "event {} (seq {}) has a recorded time that is not a time: '{recorded}'",
                event.0, event.1
            ),
        );
        return;
    };
    if let Some(before) = last.get(&site) {
        // An administrator's signed clock correction is the one declared step back: reported
        // as such, never silently.
        if at.0 < before.0 - CLOCK_TOLERANCE && corrects_clock {
            report.clock_corrections.push(format!(
                "event {} (seq {}) in site {}'s chain, a signed clock correction, set recording back from {} to {recorded}",
                event.0,
                event.1,
                sites.get(&site).map_or("?", String::as_str),
                before.utc_text()
            ));
        } else if at.0 < before.0 - CLOCK_TOLERANCE {
            let before_text = before.utc_text();
            report.add(
                FindingKind::ClockTurnedBack,
                Some(event),
                format!(
                    "event {} (seq {}) was recorded at {recorded}, earlier than the event before it in site {}'s chain ({before_text}) by more than {} minutes: the computer's clock was turned back",
                    event.0,
                    event.1,
                    sites.get(&site).map_or("?", String::as_str),
                    CLOCK_TOLERANCE.num_minutes()
                ),
            );
        }
    }
    last.insert(site, at);
}

/// Replays one event into the users' states: user events set their subject's role and active
/// flag; an account is added (or enrolled) once, and changed only after.
fn replay_user(
    report: &mut VerifyReport,
    event: (&str, i64),
    kind: &str,
    subject: Option<(i64, (String, bool))>,
    users: &HashMap<i64, String>,
    states: &mut HashMap<i64, (String, bool)>,
) {
    let kind_parsed = kind.parse::<EventKind>().ok();
    let is_user_event = kind_parsed.is_some_and(EventKind::is_user_event);
    let Some((user, state)) = subject else {
        if is_user_event {
            report.add(
                FindingKind::LineInconsistent,
                Some(event),
                format!(
                    "event seq {} is a {kind} event but names no user with a role",
                    event.1
                ),
            );
        }
        return;
    };
    let name = users.get(&user).map_or("<unknown user>", String::as_str);
    if !is_user_event {
        report.add(
            FindingKind::LineInconsistent,
            Some(event),
            format!(
                "event seq {} is a {kind} event, which changes no user, but names user {name}",
                event.1
            ),
        );
        return;
    }
    let adds = matches!(
        kind_parsed,
        Some(EventKind::UserEnrolled | EventKind::UserAdded)
    );
    match (adds, states.contains_key(&user)) {
        (true, true) => report.add(
            FindingKind::LineInconsistent,
            Some(event),
            format!(
                "event seq {}: {kind} for {name}, who was already on the ledger",
                event.1
            ),
        ),
        (false, false) => report.add(
            FindingKind::LineInconsistent,
            Some(event),
            format!(
                "event seq {}: {kind} for {name}, whom no earlier event added",
                event.1
            ),
        ),
        _ => {}
    }
    states.insert(user, state);
}

/// Compares each user's role and active flag with the user events' projection. The system
/// principal is no projection: it must stay unable to sign in.
fn compare_users(
    conn: &Connection,
    report: &mut VerifyReport,
    mut ledger: HashMap<i64, (String, bool)>,
) -> CoreResult<()> {
    let describe = |role: &str, active: bool| {
        format!("{role}, {}", if active { "active" } else { "disabled" })
    };
    let mut stmt =
        conn.prepare("SELECT id, username, role, active, password_hash IS NOT NULL FROM user")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
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
            continue;
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
    }
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

fn compare_units(
    conn: &Connection,
    report: &mut VerifyReport,
    gtins: &HashMap<i64, String>,
    locations: &HashMap<i64, String>,
    mut units: HashMap<UnitKey, UnitValue>,
) -> CoreResult<()> {
    let describe = |v: &UnitValue| {
        let at =
            v.1.map(|l| format!(" at {}", locations.get(&l).map_or("?", String::as_str)))
                .unwrap_or_default();
        format!(
            "{}{at} (lot {}, expiry {}, last changed by event seq {})",
            v.0,
            v.2.as_deref().unwrap_or("-"),
            v.3.as_deref().unwrap_or("-"),
            v.4
        )
    };
    let mut stmt = conn.prepare(
        "SELECT product_id, serial, status, location_id, lot, expiry, last_event_seq FROM unit",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        report.units += 1;
        let key: UnitKey = (r.get(0)?, r.get(1)?);
        let table: UnitValue = (r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?);
        let gtin = gtins.get(&key.0).map_or("?", String::as_str);
        match units.remove(&key) {
            None => report.add(FindingKind::StateMismatch, None, format!("pack {gtin} serial {}: the unit table has it as {}, but no event ever recorded it", key.1, describe(&table))),
            Some(ledger) if ledger != table => report.add(
                FindingKind::StateMismatch,
                None,
                format!("pack {gtin} serial {}: the unit table says {}, but the ledger says {}", key.1, describe(&table), describe(&ledger)),
            ),
            Some(_) => {}
        }
    }
    for (key, v) in units {
        report.add(
            FindingKind::StateMismatch,
            None,
            format!(
                "pack {} serial {}: the ledger says {}, but it is missing from the unit table",
                gtins.get(&key.0).map_or("?", String::as_str),
                key.1,
                describe(&v)
            ),
        );
    }
    Ok(())
}

fn compare_lots(
    conn: &Connection,
    report: &mut VerifyReport,
    gtins: &HashMap<i64, String>,
    locations: &HashMap<i64, String>,
    mut lots: HashMap<LotKey, LotValue>,
    mut lot_info: HashMap<(i64, String), Option<String>>,
) -> CoreResult<()> {
    lots.retain(|_, (q, _)| *q != 0);
    let mut stmt = conn
        .prepare("SELECT product_id, lot, location_id, status, quantity, expiry FROM lot_stock")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
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
    }
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
    let mut stmt = conn.prepare("SELECT product_id, lot, expiry FROM lot_info")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
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
    }
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

fn compare_consumption(
    conn: &Connection,
    report: &mut VerifyReport,
    gtins: &HashMap<i64, String>,
    locations: &HashMap<i64, String>,
    mut ledger: HashMap<(i64, i64, String), i64>,
) -> CoreResult<()> {
    let name = |p: i64, l: i64| {
        (
            gtins.get(&p).map_or("?", String::as_str).to_string(),
            locations.get(&l).map_or("?", String::as_str).to_string(),
        )
    };
    let mut stmt =
        conn.prepare("SELECT product_id, location_id, day, quantity FROM consumption")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
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
    }
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

/// One event checked on its own: its hash recomputed from what is stored, and its link to the
/// event before it in its site's chain. What a chain-of-custody certificate prints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EventProof {
    /// The event.
    pub seq: i64,
    /// Its stored hash (hex).
    pub hash: String,
    /// The hash it chains to (hex).
    pub prev_hash: String,
    /// The stored content still hashes to the stored hash.
    pub content_intact: bool,
    /// The previous hash is the hash of the event before it in its site's chain.
    pub link_intact: bool,
}

/// Checks these events one by one (point lookups, not the whole ledger).
pub(crate) fn prove_events(conn: &Connection, seqs: &[i64]) -> CoreResult<Vec<EventProof>> {
    let name = |sql: &str, id: Option<i64>| -> CoreResult<Option<String>> {
        Ok(match id {
            Some(id) => Some(
                conn.prepare_cached(sql)?
                    .query_row([id], |r| r.get::<_, String>(0))
                    .unwrap_or_else(|_| "<unknown>".into()),
            ),
            None => None,
        })
    };
    let mut out = Vec::with_capacity(seqs.len());
    for &seq in seqs {
        let mut ev = conn.prepare_cached(
            "SELECT id, site_id, kind, occurred_at, occurred_offset, recorded_at, actor_id, location_id,
                    counterparty_id, reference, reason, raw_scan, prev_hash, hash, signature,
                    format, subject_user_id, subject_role, subject_active
             FROM event WHERE seq = ?1",
        )?;
        let row = ev.query_row([seq], |r| {
            Ok((
                (
                    r.get::<_, String>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, i64>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, i64>(6)?,
                ),
                (
                    r.get::<_, Option<i64>>(7)?,
                    r.get::<_, Option<i64>>(8)?,
                    r.get::<_, Option<String>>(9)?,
                    r.get::<_, Option<String>>(10)?,
                    r.get::<_, Option<String>>(11)?,
                    r.get::<_, Vec<u8>>(12)?,
                    r.get::<_, Vec<u8>>(13)?,
                    r.get::<_, Option<String>>(14)?,
                ),
                (
                    r.get::<_, i64>(15)?,
                    r.get::<_, Option<i64>>(16)?,
                    r.get::<_, Option<String>>(17)?,
                    r.get::<_, Option<bool>>(18)?,
                ),
            ))
        })?;
        let ((id, site, kind, occurred, offset, recorded, actor), rest, v2) = row;
        let (location, counterparty, reference, reason, raw, prev, hash, signature) = rest;
        let (format_number, subject_id, subject_role, subject_active) = v2;
        let mut lines_stmt = conn.prepare_cached(
            "SELECT l.line_no, p.gtin, l.lot, l.serial, l.expiry, l.quantity, l.status_before, l.status_after,
                    lb.code, la.code, l.unit_cost_cents
             FROM event_line l JOIN product p ON p.id = l.product_id
             LEFT JOIN location lb ON lb.id = l.location_before LEFT JOIN location la ON la.id = l.location_after
             WHERE l.event_seq = ?1 ORDER BY l.line_no",
        )?;
        type Line = (
            i64,
            String,
            Option<String>,
            Option<String>,
            Option<String>,
            i64,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<i64>,
        );
        let lines: Vec<Line> = lines_stmt
            .query_map([seq], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                    r.get(8)?,
                    r.get(9)?,
                    r.get(10)?,
                ))
            })?
            .collect::<Result<_, _>>()?;
        let canonical_lines: Vec<CanonicalLine<'_>> = lines
            .iter()
            .map(|l| CanonicalLine {
                line_no: l.0,
                gtin: &l.1,
                lot: l.2.as_deref(),
                serial: l.3.as_deref(),
                expiry: l.4.as_deref(),
                quantity: l.5,
                status_before: l.6.as_deref(),
                status_after: l.7.as_deref(),
                location_before: l.8.as_deref(),
                location_after: l.9.as_deref(),
                unit_cost_cents: l.10,
            })
            .collect();
        let site_code =
            name("SELECT code FROM site WHERE id = ?1", Some(site))?.unwrap_or_default();
        let actor_name =
            name("SELECT username FROM user WHERE id = ?1", Some(actor))?.unwrap_or_default();
        let location = name("SELECT code FROM location WHERE id = ?1", location)?;
        let counterparty = name("SELECT code FROM partner WHERE id = ?1", counterparty)?;
        let subject_name = name("SELECT username FROM user WHERE id = ?1", subject_id)?;
        let subject = match (
            subject_name.as_deref(),
            subject_role.as_deref(),
            subject_active,
        ) {
            (Some(username), Some(role), Some(active)) => Some(CanonicalSubject {
                username,
                role,
                active,
            }),
            _ => None,
        };
        let prev_arr: [u8; 32] = prev.as_slice().try_into().unwrap_or(GENESIS);
        // An unknown format cannot be recomputed: its content is not proved.
        let format = Format::from_number(format_number);
        let computed = event_hash(
            &prev_arr,
            &Canonical {
                format: format.unwrap_or(Format::CURRENT),
                id: &id,
                site: &site_code,
                kind: &kind,
                occurred_at: &occurred,
                occurred_offset: offset,
                recorded_at: &recorded,
                actor: &actor_name,
                location: location.as_deref(),
                counterparty: counterparty.as_deref(),
                reference: reference.as_deref(),
                reason: reason.as_deref(),
                raw_scan: raw.as_deref(),
                signature: signature.as_deref(),
                subject,
            },
            &canonical_lines,
        );
        let before: Vec<u8> = conn
            .prepare_cached(
                "SELECT hash FROM event WHERE site_id = ?1 AND seq < ?2 ORDER BY seq DESC LIMIT 1",
            )?
            .query_row([site, seq], |r| r.get(0))
            .unwrap_or_else(|_| GENESIS.to_vec());
        out.push(EventProof {
            seq,
            hash: hex::encode(&hash),
            prev_hash: hex::encode(&prev),
            content_intact: format.is_some() && computed.as_slice() == hash.as_slice(),
            link_intact: before == prev,
        });
    }
    Ok(out)
}
