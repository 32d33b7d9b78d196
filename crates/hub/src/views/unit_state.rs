//! `unit_state`: each serialized pack's last state at each site. A site's own order is its seq
//! (the order it recorded its events in), never a clock, so a pack's state at a site is that of
//! its line in the site's highest seq (the highest line number within an event).

use deadpool_postgres::Transaction;

use super::Touched;
use crate::HubError;

/// The columns of a state, from a line `l` joined with its event `e`, as the maintained table
/// and the recomputation both select them.
pub(super) const STATE_COLUMNS: &str = "l.gtin, l.serial, l.site_id, l.lot, l.status_after, \
     l.location_after, e.counterparty, l.seq, e.kind, e.occurred_at";

/// Takes the last line of each pack among a site's new events `from..=to` into `unit_state`.
/// New events always follow what the hub held for the site, so they replace its row; the
/// guard on `last_seq` keeps a row from ever going back.
pub(super) async fn apply(
    tx: &Transaction<'_>,
    site_id: i64,
    (from, to): (i64, i64),
) -> Result<(), HubError> {
    let sql = format!(
        "INSERT INTO unit_state (gtin, serial, site_id, lot, status, location, partner, \
                                 last_seq, last_kind, last_occurred_at) \
         SELECT DISTINCT ON (l.gtin, l.serial) {STATE_COLUMNS} \
         FROM event_line l JOIN event e ON e.site_id = l.site_id AND e.seq = l.seq \
         WHERE l.site_id = $1 AND l.seq BETWEEN $2 AND $3 AND l.serial IS NOT NULL \
         ORDER BY l.gtin, l.serial, l.seq DESC, l.line_no DESC \
         ON CONFLICT (gtin, serial, site_id) DO UPDATE SET \
             lot = excluded.lot, status = excluded.status, location = excluded.location, \
             partner = excluded.partner, last_seq = excluded.last_seq, \
             last_kind = excluded.last_kind, last_occurred_at = excluded.last_occurred_at \
         WHERE unit_state.last_seq < excluded.last_seq"
    );
    tx.execute(&sql, &[&site_id, &from, &to])
        .await
        .map_err(HubError::db("updating the packs' states"))?;
    Ok(())
}

/// Takes a site's states of the `touched` packs again from the events it still holds, once some
/// were set aside: each row is removed, then put back from the pack's last line at the site, if
/// the site still holds one.
pub(super) async fn rebuild(
    tx: &Transaction<'_>,
    site_id: i64,
    touched: &Touched,
) -> Result<(), HubError> {
    let (gtins, serials) = touched.pack_arrays();
    if gtins.is_empty() {
        return Ok(());
    }
    tx.execute(
        "DELETE FROM unit_state u USING unnest($2::text[], $3::text[]) AS p (gtin, serial) \
         WHERE u.site_id = $1 AND u.gtin = p.gtin AND u.serial = p.serial",
        &[&site_id, &gtins, &serials],
    )
    .await
    .map_err(HubError::db(
        "clearing the packs' states of events set aside",
    ))?;
    let sql = format!(
        "INSERT INTO unit_state (gtin, serial, site_id, lot, status, location, partner, \
                                 last_seq, last_kind, last_occurred_at) \
         SELECT DISTINCT ON (l.gtin, l.serial) {STATE_COLUMNS} \
         FROM unnest($2::text[], $3::text[]) AS p (gtin, serial) \
         JOIN event_line l ON l.site_id = $1 AND l.gtin = p.gtin AND l.serial = p.serial \
         JOIN event e ON e.site_id = l.site_id AND e.seq = l.seq \
         ORDER BY l.gtin, l.serial, l.seq DESC, l.line_no DESC"
    );
    tx.execute(&sql, &[&site_id, &gtins, &serials])
        .await
        .map_err(HubError::db(
            "taking the packs' states again from the events held",
        ))?;
    Ok(())
}
