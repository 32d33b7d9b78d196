//! A chain set aside. When the copy of a site the hub took first was the wrong one (a clone, or
//! an old backup that recorded new work, pushing before the real site did), the hub holds the
//! wrong copy's events from the fork on, and every push of the real site would be the same fork
//! again. The administrator resolving the fork sets aside the hub's events of the site from the
//! position its fork alarm names, as part of `site resume --set-aside-from`
//! (`admin::resume_setting_aside`). The range starts earlier only where a batch signature of
//! the wrong copy reaches from before that position to it: the range then starts at that
//! batch's first event, so no event the hub keeps is left unsigned, and the real site pushes
//! those events again, identical, under its own signature. In the resume's one transaction,
//! under the locks a push takes, in a push's order (`admin::lock_suspended`):
//!
//! 1. the events, their lines and the signatures of the batches whose last event is among them
//!    are copied to the set-aside tables (migration 0010) with who, when and why, then taken out
//!    of the chain (the tables' guard lets a row go only in the transaction that kept its copy);
//! 2. the site's cursor goes back to the event before (its hash, or the genesis hash);
//! 3. the views those events fed are computed again from the events still held
//!    (`views::set_aside`): a counterfeit alarm they alone raised is cleared, in neutral words
//!    (it goes down the feed to other sites), and one they hid is raised.
//!
//! The real site then enrols again and pushes its own events from that position. Nothing is
//! deleted: [`set_asides`] lists every range set aside, and the rows stay for audit.

use custody_ledger_format::GENESIS;
use deadpool_postgres::Transaction;
use serde::Serialize;

use crate::db::{utc_text, Database};
use crate::people::HubUser;
use crate::views::{AlarmChanges, Touched};
use crate::HubError;

/// A range of a site's events set aside, as `site set-asides` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SetAside {
    /// Its number.
    pub id: i64,
    /// The site's code.
    pub site: String,
    /// The first event set aside.
    pub from_seq: i64,
    /// The position the administrator asked for (the fork alarm's): later than `from_seq` when
    /// a batch signature reached from before it, whose events went with it whole.
    pub asked_from: i64,
    /// The last: the hub's head of the site until then.
    pub last_seq: i64,
    /// Events set aside (with their lines).
    pub events: i64,
    /// Batch signatures set aside with them.
    pub batches: i64,
    /// The fork alarm it resolved.
    pub fork_alarm: i64,
    /// The administrator who set it aside.
    pub by: String,
    /// When (UTC).
    pub at: String,
    /// Why, as they wrote it.
    pub reason: String,
}

/// Sets aside `site`'s events from `asked` on, in `tx`, which holds the locks a push takes
/// (`admin::lock_suspended`) and found the site suspended. Refused, with nothing changed, unless
/// `asked` is the position the site's earliest open fork alarm names (the events before it are
/// both copies' and stay) and at or before the hub's head. The range starts earlier than `asked`
/// only when a batch signature reaches from before `asked` to it or past it: the range then
/// starts at that batch's first event, so that no event the hub keeps is left without the batch
/// signature that brought it; the real site pushes those again, identical, under its own. `by`
/// has been checked as an administrator by the caller. The range, and how many counterfeit
/// alarms the views' refresh raised, updated and cleared.
pub(crate) async fn run(
    tx: &Transaction<'_>,
    site: (i64, &str),
    asked: i64,
    reason: &str,
    by: &HubUser,
) -> Result<(SetAside, AlarmChanges), HubError> {
    let (fork_alarm, head) = check_asked(tx, site, asked).await?;
    let from = first_of_batches_reaching(tx, site.0, asked).await?;
    let touched = touched(tx, site.0, from).await?;
    let sql = format!(
        "INSERT INTO set_aside (site_id, from_seq, asked_from, last_seq, last_hash, alarm_id, \
                                reason, set_aside_by, set_aside_by_user) \
         SELECT $1, $2, $3, c.last_seq, c.last_hash, $4, $5, $6, $7 FROM site_cursor c \
         WHERE c.site_id = $1 \
         RETURNING id, {}, to_char(set_aside_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')",
        utc_text("set_aside_at")
    );
    let row = tx
        .query_one(
            &sql,
            &[
                &site.0,
                &from,
                &asked,
                &fork_alarm,
                &reason,
                &by.username,
                &by.id,
            ],
        )
        .await
        .map_err(HubError::db("recording a set-aside"))?;
    let id: i64 = row.get(0);
    let (events, batches) = move_rows(tx, site.0, id, from).await?;
    cursor_back(tx, site, from).await?;
    // Neutral words: the alarm goes down the feed to other sites, the administrator's reason
    // stays at the hub (`site set-asides`).
    let why = format!(
        "no pattern remains: the events behind it were set aside by the hub's administrator on {}",
        row.get::<_, String>(2)
    );
    let alarms = crate::views::set_aside(tx, site.0, &touched, &why).await?;
    let range = SetAside {
        id,
        site: site.1.to_string(),
        from_seq: from,
        asked_from: asked,
        last_seq: head,
        events,
        batches,
        fork_alarm,
        by: by.username.clone(),
        at: row.get(1),
        reason: reason.to_string(),
    };
    Ok((range, alarms))
}

/// Refuses `asked` unless it is the position the site's earliest open fork alarm names, at or
/// before the hub's head; that alarm's number and the head.
async fn check_asked(
    tx: &Transaction<'_>,
    site: (i64, &str),
    asked: i64,
) -> Result<(i64, i64), HubError> {
    let refuse = |why: String| HubError::SetAside {
        site: site.1.to_string(),
        from: asked,
        why,
    };
    if asked < 1 {
        return Err(refuse("a site's events start at 1".into()));
    }
    let (head, fork) = where_it_stands(tx, site.0).await?;
    let Some((fork_alarm, fork_seq)) = fork else {
        return Err(refuse(
            "the site has no open fork alarm: only a chain a fork caught is set aside".into(),
        ));
    };
    if asked > head {
        return Err(refuse(format!(
            "the hub holds the site's events only up to {head}"
        )));
    }
    if asked > fork_seq {
        return Err(refuse(format!(
            "its fork alarm {fork_alarm} names event {fork_seq}, where the copies part: set \
             aside from there, never past it"
        )));
    }
    if asked < fork_seq {
        return Err(refuse(format!(
            "its fork alarm {fork_alarm} names event {fork_seq}, where the copies part: the \
             events before it are both copies' and stay; set aside from {fork_seq}"
        )));
    }
    Ok((fork_alarm, head))
}

/// Where a set-aside asked from `asked` starts: the first event of the earliest batch signature
/// of the site reaching `asked` or past it (`asked` itself when none reaches back before it).
/// Every batch whose last event is set aside goes with the range, and the events it covers
/// before the range would be left covered by no signature; so the range starts at its first
/// event, and again for any batch reaching that one, until none reaches back further.
async fn first_of_batches_reaching(
    tx: &Transaction<'_>,
    site_id: i64,
    asked: i64,
) -> Result<i64, HubError> {
    let mut from = asked;
    loop {
        let earlier: Option<i64> = tx
            .query_one(
                "SELECT min(from_seq) FROM batch_signature \
                 WHERE site_id = $1 AND last_seq >= $2 AND from_seq < $2",
                &[&site_id, &from],
            )
            .await
            .map_err(HubError::db("reading the batches a set-aside reaches"))?
            .get(0);
        match earlier {
            Some(seq) => from = seq,
            None => return Ok(from),
        }
    }
}

/// The site's head at the hub, and its earliest open fork alarm (number and position), if any.
async fn where_it_stands(
    tx: &Transaction<'_>,
    site_id: i64,
) -> Result<(i64, Option<(i64, i64)>), HubError> {
    let head: i64 = tx
        .query_one(
            "SELECT last_seq FROM site_cursor WHERE site_id = $1",
            &[&site_id],
        )
        .await
        .map_err(HubError::db("reading a site's cursor"))?
        .get(0);
    let fork = tx
        .query_opt(
            "SELECT id, seq FROM alarm WHERE site_id = $1 AND kind = 'fork' \
             AND resolved_at IS NULL AND seq IS NOT NULL ORDER BY seq, id LIMIT 1",
            &[&site_id],
        )
        .await
        .map_err(HubError::db("reading a site's open fork alarm"))?
        .map(|r| (r.get(0), r.get(1)));
    Ok((head, fork))
}

/// The packs and lots the lines of the site's events from `from` on name.
async fn touched(tx: &Transaction<'_>, site_id: i64, from: i64) -> Result<Touched, HubError> {
    let rows = tx
        .query(
            "SELECT DISTINCT gtin, serial, lot FROM event_line \
             WHERE site_id = $1 AND seq >= $2 AND (serial IS NOT NULL OR lot IS NOT NULL)",
            &[&site_id, &from],
        )
        .await
        .map_err(HubError::db("reading what the events set aside name"))?;
    let mut touched = Touched::default();
    for r in &rows {
        match (r.get::<_, Option<String>>(1), r.get::<_, Option<String>>(2)) {
            (Some(serial), _) => {
                touched.packs.insert((r.get(0), serial));
            }
            (None, Some(lot)) => {
                touched.lots.insert((r.get(0), lot));
            }
            (None, None) => {}
        }
    }
    Ok(touched)
}

/// Copies the site's events from `from` on, their lines and the signatures of the batches ending
/// among them into set-aside `id`, then takes them out of the chain (lines before their events,
/// as the foreign key wants). The events and batches moved.
async fn move_rows(
    tx: &Transaction<'_>,
    site_id: i64,
    id: i64,
    from: i64,
) -> Result<(i64, i64), HubError> {
    let events = tx
        .execute(
            "INSERT INTO set_aside_event (set_aside_id, site_id, seq, event_id, format, \
                 prev_hash, hash, canonical, body, kind, occurred_at, received_at) \
             SELECT $3, site_id, seq, event_id, format, prev_hash, hash, canonical, body, kind, \
                    occurred_at, received_at \
             FROM event WHERE site_id = $1 AND seq >= $2",
            &[&site_id, &from, &id],
        )
        .await
        .map_err(HubError::db("keeping the events set aside"))?;
    tx.execute(
        "INSERT INTO set_aside_line (set_aside_id, site_id, seq, line_no, gtin, lot, serial, \
             expiry, quantity, status_before, status_after, location_before, location_after) \
         SELECT $3, site_id, seq, line_no, gtin, lot, serial, expiry, quantity, status_before, \
                status_after, location_before, location_after \
         FROM event_line WHERE site_id = $1 AND seq >= $2",
        &[&site_id, &from, &id],
    )
    .await
    .map_err(HubError::db("keeping the lines set aside"))?;
    let batches = tx
        .execute(
            "INSERT INTO set_aside_batch (batch_id, set_aside_id, site_id, from_seq, prev_hash, \
                 last_seq, last_hash, signature, public_key, received_at) \
             SELECT id, $3, site_id, from_seq, prev_hash, last_seq, last_hash, signature, \
                    public_key, received_at \
             FROM batch_signature WHERE site_id = $1 AND last_seq >= $2",
            &[&site_id, &from, &id],
        )
        .await
        .map_err(HubError::db("keeping the batch signatures set aside"))?;
    for (sql, doing) in [
        (
            "DELETE FROM event_line WHERE site_id = $1 AND seq >= $2",
            "taking the lines set aside out of the chain",
        ),
        (
            "DELETE FROM event WHERE site_id = $1 AND seq >= $2",
            "taking the events set aside out of the chain",
        ),
        (
            "DELETE FROM batch_signature WHERE site_id = $1 AND last_seq >= $2",
            "taking the batch signatures set aside out of the chain",
        ),
    ] {
        tx.execute(sql, &[&site_id, &from])
            .await
            .map_err(HubError::db(doing))?;
    }
    Ok((events as i64, batches as i64))
}

/// Puts the site's cursor back at the event before `from` (the genesis hash before event 1).
async fn cursor_back(tx: &Transaction<'_>, site: (i64, &str), from: i64) -> Result<(), HubError> {
    let before = from - 1;
    let hash: Vec<u8> = if before == 0 {
        GENESIS.to_vec()
    } else {
        tx.query_opt(
            "SELECT hash FROM event WHERE site_id = $1 AND seq = $2",
            &[&site.0, &before],
        )
        .await
        .map_err(HubError::db("reading the event before a set-aside"))?
        .ok_or_else(|| {
            HubError::Damaged(format!(
                "event {before} of site {} is missing below the cursor",
                site.1
            ))
        })?
        .get(0)
    };
    tx.execute(
        "UPDATE site_cursor SET last_seq = $2, last_hash = $3, updated_at = now() \
         WHERE site_id = $1",
        &[&site.0, &before, &hash],
    )
    .await
    .map_err(HubError::db("putting a site's cursor back"))?;
    Ok(())
}

/// Every range set aside, oldest first, or only `site`'s.
pub async fn set_asides(db: &Database, site: Option<&str>) -> Result<Vec<SetAside>, HubError> {
    let client = db.client().await?;
    if let Some(code) = site {
        let known = client
            .query_opt("SELECT 1 FROM site WHERE code = $1", &[&code])
            .await
            .map_err(HubError::db("looking up a site"))?;
        if known.is_none() {
            return Err(HubError::UnknownSite(code.to_string()));
        }
    }
    let sql = format!(
        "SELECT a.id, s.code, a.from_seq, a.asked_from, a.last_seq, \
                (SELECT count(*) FROM set_aside_event e WHERE e.set_aside_id = a.id), \
                (SELECT count(*) FROM set_aside_batch b WHERE b.set_aside_id = a.id), \
                a.alarm_id, a.set_aside_by, {}, a.reason \
         FROM set_aside a JOIN site s ON s.id = a.site_id \
         WHERE $1::text IS NULL OR s.code = $1 ORDER BY a.id",
        utc_text("a.set_aside_at")
    );
    let rows = client
        .query(&sql, &[&site])
        .await
        .map_err(HubError::db("listing the ranges set aside"))?;
    Ok(rows
        .iter()
        .map(|r| SetAside {
            id: r.get(0),
            site: r.get(1),
            from_seq: r.get(2),
            asked_from: r.get(3),
            last_seq: r.get(4),
            events: r.get(5),
            batches: r.get(6),
            fork_alarm: r.get(7),
            by: r.get(8),
            at: r.get(9),
            reason: r.get(10),
        })
        .collect())
}
