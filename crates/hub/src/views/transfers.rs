//! Transfers between network sites, paired with their receipts (`transfer_match`), and their
//! listing.
//!
//! A send is a `transfer` line leaving an item `transferred_out` to a partner that is a network
//! site; a receipt a `receive` line whose partner is a network site. An item is a pack (GTIN +
//! serial) or a lot of lot-tracked stock (GTIN + lot). The k-th send of an item from A to B is
//! paired with B's k-th receipt of it from A, both counted in each site's own seq order, so a
//! pack sent back and forth pairs each trip with its own receipt, and the pairs depend only on
//! the events held. Which side arrives at the hub first does not matter: a receipt waits as
//! `receipt_without_send` until its send arrives.

use deadpool_postgres::Transaction;
use serde::Serialize;

use super::settings::LOST_AFTER_DAYS;
use super::Touched;
use crate::db::Database;
use crate::HubError;

/// The lines of the touched items (`$1`/`$2` packs, `$3`/`$4` lots).
const SCOPED: &str = "\
scoped AS (
    SELECT l.* FROM unnest($1::text[], $2::text[]) AS s (gtin, serial)
    JOIN event_line l ON l.gtin = s.gtin AND l.serial = s.serial
  UNION ALL
    SELECT l.* FROM unnest($3::text[], $4::text[]) AS s (gtin, lot)
    JOIN event_line l ON l.gtin = s.gtin AND l.lot = s.lot AND l.serial IS NULL
)";

/// Every line.
const ALL: &str = "scoped AS (SELECT * FROM event_line)";

/// The pairing over `scoped`, ending in `matched` with `transfer_match`'s columns.
const PAIRING: &str = "\
lines AS (
    SELECT l.gtin,
           CASE WHEN l.serial IS NOT NULL THEN 's:' || l.serial ELSE 'l:' || l.lot END AS item,
           l.serial, l.lot, l.site_id, l.seq, l.line_no, l.quantity, l.status_after,
           e.kind, e.occurred_at, p.id AS partner_site
    FROM scoped l
    JOIN event e ON e.site_id = l.site_id AND e.seq = l.seq
    JOIN site p ON p.code = e.counterparty AND p.id <> l.site_id
    WHERE (l.serial IS NOT NULL OR l.lot IS NOT NULL)
),
sends AS (
    SELECT gtin, item, serial, lot, site_id AS from_site, partner_site AS to_site, seq, line_no,
           quantity, occurred_at,
           row_number() OVER (PARTITION BY gtin, item, site_id, partner_site
                              ORDER BY seq, line_no) AS k
    FROM lines WHERE kind = 'transfer' AND status_after = 'transferred_out'
),
receipts AS (
    SELECT gtin, item, serial, lot, partner_site AS from_site, site_id AS to_site, seq, line_no,
           quantity, occurred_at,
           row_number() OVER (PARTITION BY gtin, item, partner_site, site_id
                              ORDER BY seq, line_no) AS k
    FROM lines WHERE kind = 'receive'
),
matched AS (
    SELECT coalesce(s.from_site, r.from_site) AS from_site_id,
           coalesce(s.to_site, r.to_site) AS to_site_id,
           coalesce(s.gtin, r.gtin) AS gtin, coalesce(s.item, r.item) AS item,
           coalesce(s.k, r.k) AS ordinal,
           coalesce(s.serial, r.serial) AS serial, coalesce(s.lot, r.lot) AS lot,
           s.seq AS send_seq, s.line_no AS send_line, s.quantity AS quantity_sent,
           s.occurred_at AS sent_at,
           r.seq AS receipt_seq, r.line_no AS receipt_line, r.quantity AS quantity_received,
           r.occurred_at AS received_at
    FROM sends s
    FULL JOIN receipts r ON s.gtin = r.gtin AND s.item = r.item AND s.from_site = r.from_site
                        AND s.to_site = r.to_site AND s.k = r.k
)";

/// `transfer_match`'s columns, in the order `matched` has them.
pub(super) const COLUMNS: &str = "from_site_id, to_site_id, gtin, item, ordinal, serial, lot, \
     send_seq, send_line, quantity_sent, sent_at, receipt_seq, receipt_line, quantity_received, \
     received_at";

/// Every pair, from every event held.
pub(super) fn all_pairs_sql() -> String {
    format!("WITH {ALL}, {PAIRING} SELECT {COLUMNS} FROM matched")
}

/// Pairs the touched items' sends and receipts again, from every event held for them.
pub(super) async fn refresh(tx: &Transaction<'_>, touched: &Touched) -> Result<(), HubError> {
    let (pack_gtins, serials) = touched.pack_arrays();
    let (lot_gtins, lots) = touched.lot_arrays();
    tx.execute(
        "DELETE FROM transfer_match t USING ( \
             SELECT gtin, 's:' || serial AS item FROM unnest($1::text[], $2::text[]) AS p (gtin, serial) \
             UNION ALL \
             SELECT gtin, 'l:' || lot FROM unnest($3::text[], $4::text[]) AS l (gtin, lot)) s \
         WHERE t.gtin = s.gtin AND t.item = s.item",
        &[&pack_gtins, &serials, &lot_gtins, &lots],
    )
    .await
    .map_err(HubError::db("clearing the touched transfers' pairs"))?;
    let sql = format!(
        "WITH {SCOPED}, {PAIRING} \
         INSERT INTO transfer_match ({COLUMNS}) SELECT {COLUMNS} FROM matched"
    );
    tx.execute(&sql, &[&pack_gtins, &serials, &lot_gtins, &lots])
        .await
        .map_err(HubError::db("pairing the touched transfers"))?;
    Ok(())
}

/// Where a transfer stands, as a listing sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TransferState {
    /// Sent, not received, for less than the lost-after days.
    InTransit,
    /// Sent and received.
    Received,
    /// Received, and the sender holds no send to pair it with (yet).
    ReceiptWithoutSend,
    /// Sent and still not received after the lost-after days.
    Lost,
}

impl TransferState {
    /// The name listings and `--state` use.
    pub fn name(self) -> &'static str {
        match self {
            TransferState::InTransit => "in_transit",
            TransferState::Received => "received",
            TransferState::ReceiptWithoutSend => "receipt_without_send",
            TransferState::Lost => "lost",
        }
    }

    fn from_name(name: &str) -> Option<TransferState> {
        [
            TransferState::InTransit,
            TransferState::Received,
            TransferState::ReceiptWithoutSend,
            TransferState::Lost,
        ]
        .into_iter()
        .find(|s| s.name() == name)
    }
}

/// A transfer between network sites, as `transfers` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TransferRow {
    /// The sending site's code.
    pub from: String,
    /// The receiving site's code.
    pub to: String,
    /// GTIN.
    pub gtin: String,
    /// The pack's serial (none for lot-tracked stock).
    pub serial: Option<String>,
    /// The lot.
    pub lot: Option<String>,
    /// Quantity sent (1 for a pack), if the send is held.
    pub quantity_sent: Option<i64>,
    /// Quantity received, if the receipt is held.
    pub quantity_received: Option<i64>,
    /// The send's seq at the sender, if held.
    pub send_seq: Option<i64>,
    /// When it was sent, by the sender's clock.
    pub sent_at: Option<String>,
    /// The receipt's seq at the receiver, if held.
    pub receipt_seq: Option<i64>,
    /// When it was received, by the receiver's clock.
    pub received_at: Option<String>,
    /// Where it stands.
    pub state: TransferState,
}

/// The transfers, oldest first, in `state` if given. A send still unreceived is `lost` once
/// more than the `lost_after_days` setting has passed since it was sent, as of `as_of` (an
/// RFC 3339 time; the database's clock when none).
pub async fn transfers(
    db: &Database,
    state: Option<TransferState>,
    as_of: Option<&str>,
) -> Result<Vec<TransferRow>, HubError> {
    let client = db.client().await?;
    if let Some(t) = as_of {
        client
            .query_one("SELECT $1::text::timestamptz", &[&t])
            .await
            .map_err(|_| HubError::BadTime(t.to_string()))?;
    }
    // The sites write times as `YYYY-MM-DDTHH:MM:SS.ffffffZ` in UTC, so the cut-off is compared
    // as text in the same form: a malformed time at a site cannot make the listing fail.
    let sql = "SELECT * FROM (WITH cut AS ( \
             SELECT to_char((coalesce($1::text::timestamptz, now()) \
                             - make_interval(days => (SELECT value FROM hub_setting WHERE name = $2))) \
                            AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') AS before) \
         SELECT f.code AS from_code, t.code AS to_code, m.gtin, m.serial, m.lot, m.quantity_sent, m.quantity_received, \
                m.send_seq, m.sent_at, m.receipt_seq, m.received_at, \
                CASE WHEN m.send_seq IS NULL THEN 'receipt_without_send' \
                     WHEN m.receipt_seq IS NOT NULL THEN 'received' \
                     WHEN m.sent_at < (SELECT before FROM cut) THEN 'lost' \
                     ELSE 'in_transit' END AS state \
         FROM transfer_match m \
         JOIN site f ON f.id = m.from_site_id JOIN site t ON t.id = m.to_site_id \
         ) listed WHERE $3::text IS NULL OR state = $3 \
         ORDER BY coalesce(sent_at, received_at), from_code, to_code, gtin, serial, lot, send_seq, receipt_seq";
    let rows = client
        .query(
            sql,
            &[&as_of, &LOST_AFTER_DAYS, &state.map(TransferState::name)],
        )
        .await
        .map_err(HubError::db("listing transfers"))?;
    let mut out = Vec::new();
    for r in rows {
        let name: String = r.get(11);
        let row_state = TransferState::from_name(&name)
            .ok_or_else(|| HubError::Damaged(format!("unknown transfer state {name}")))?;
        out.push(TransferRow {
            from: r.get(0),
            to: r.get(1),
            gtin: r.get(2),
            serial: r.get(3),
            lot: r.get(4),
            quantity_sent: r.get(5),
            quantity_received: r.get(6),
            send_seq: r.get(7),
            sent_at: r.get(8),
            receipt_seq: r.get(9),
            received_at: r.get(10),
            state: row_state,
        });
    }
    Ok(out)
}
