//! Every view rebuilt from the `event` and `event_line` tables alone, into fresh results (no
//! table is written), and the tables the pushes maintain read back in the same shape, so a test
//! can require the two to be equal: whatever order the batches came in, the maintained views
//! must be what the events held say.

use serde_json::Value;
use tokio_postgres::Row;

use super::{patterns, transfers, unit_state};
use crate::db::Database;
use crate::HubError;

/// A pack's last state at a site.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct UnitState {
    /// GTIN.
    pub gtin: String,
    /// Serial.
    pub serial: String,
    /// `site.id`.
    pub site_id: i64,
    /// Lot.
    pub lot: Option<String>,
    /// Status after its last line there.
    pub status: Option<String>,
    /// Location after it.
    pub location: Option<String>,
    /// The last event's partner.
    pub partner: Option<String>,
    /// The last event's seq.
    pub last_seq: i64,
    /// Its kind.
    pub last_kind: String,
    /// When it happened, by the site's clock.
    pub last_occurred_at: String,
}

/// A send and its receipt, either of which may be missing.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct TransferPair {
    /// Sending and receiving `site.id`, GTIN, item (`s:` serial or `l:` lot), ordinal.
    pub key: (i64, i64, String, String, i64),
    /// Serial and lot.
    pub what: (Option<String>, Option<String>),
    /// The send: seq, line, quantity, time.
    pub send: (Option<i64>, Option<i64>, Option<i64>, Option<String>),
    /// The receipt: seq, line, quantity, time.
    pub receipt: (Option<i64>, Option<i64>, Option<i64>, Option<String>),
}

/// A pack's counterfeit patterns.
#[derive(Debug, Clone, PartialEq)]
pub struct PackPatterns {
    /// GTIN.
    pub gtin: String,
    /// Serial.
    pub serial: String,
    /// The patterns with their events.
    pub patterns: Value,
}

/// The network views, each sorted.
#[derive(Debug, Clone, PartialEq)]
pub struct Views {
    /// Every pack's state at every site that has it.
    pub units: Vec<UnitState>,
    /// Every transfer between network sites.
    pub transfers: Vec<TransferPair>,
    /// The packs showing a counterfeit pattern (for the maintained tables: the open alarms').
    pub patterns: Vec<PackPatterns>,
}

const UNIT_COLUMNS: &str = "gtin, serial, site_id, lot, status, location, partner, last_seq, \
     last_kind, last_occurred_at";

/// Every view computed again from the events held.
pub async fn recompute(db: &Database) -> Result<Views, HubError> {
    let client = db.client().await?;
    let units = format!(
        "SELECT DISTINCT ON (l.gtin, l.serial, l.site_id) {} \
         FROM event_line l JOIN event e ON e.site_id = l.site_id AND e.seq = l.seq \
         WHERE l.serial IS NOT NULL \
         ORDER BY l.gtin, l.serial, l.site_id, l.seq DESC, l.line_no DESC",
        unit_state::STATE_COLUMNS
    );
    let units = client
        .query(&units, &[])
        .await
        .map_err(HubError::db("recomputing the packs' states"))?;
    let pairs = client
        .query(&transfers::all_pairs_sql(), &[])
        .await
        .map_err(HubError::db("recomputing the transfers"))?;
    let found = client
        .query(&patterns::all_packs_sql(), &[])
        .await
        .map_err(HubError::db("recomputing the counterfeit patterns"))?;
    Ok(views(&units, &pairs, &found))
}

/// The views as the pushes maintained them: `unit_state`, `transfer_match`, and the patterns of
/// the open counterfeit alarms.
pub async fn maintained(db: &Database) -> Result<Views, HubError> {
    let client = db.client().await?;
    let units = client
        .query(&format!("SELECT {UNIT_COLUMNS} FROM unit_state"), &[])
        .await
        .map_err(HubError::db("reading the packs' states"))?;
    let pairs = client
        .query(
            &format!("SELECT {} FROM transfer_match", transfers::COLUMNS),
            &[],
        )
        .await
        .map_err(HubError::db("reading the transfers"))?;
    let found = client
        .query(
            "SELECT gtin, serial, patterns FROM alarm WHERE kind = 'counterfeit' \
             AND resolved_at IS NULL AND cleared_at IS NULL",
            &[],
        )
        .await
        .map_err(HubError::db("reading the open counterfeit alarms"))?;
    Ok(views(&units, &pairs, &found))
}

/// The rows read into views, sorted.
fn views(units: &[Row], pairs: &[Row], found: &[Row]) -> Views {
    let mut units: Vec<UnitState> = units
        .iter()
        .map(|r| UnitState {
            gtin: r.get(0),
            serial: r.get(1),
            site_id: r.get(2),
            lot: r.get(3),
            status: r.get(4),
            location: r.get(5),
            partner: r.get(6),
            last_seq: r.get(7),
            last_kind: r.get(8),
            last_occurred_at: r.get(9),
        })
        .collect();
    units.sort();
    let mut transfers: Vec<TransferPair> = pairs
        .iter()
        .map(|r| TransferPair {
            key: (r.get(0), r.get(1), r.get(2), r.get(3), r.get(4)),
            what: (r.get(5), r.get(6)),
            send: (r.get(7), r.get(8), r.get(9), r.get(10)),
            receipt: (r.get(11), r.get(12), r.get(13), r.get(14)),
        })
        .collect();
    transfers.sort();
    let mut patterns: Vec<PackPatterns> = found
        .iter()
        .map(|r| PackPatterns {
            gtin: r.get(0),
            serial: r.get(1),
            patterns: r.get(2),
        })
        .collect();
    patterns.sort_by(|a, b| (&a.gtin, &a.serial).cmp(&(&b.gtin, &b.serial)));
    Views {
        units,
        transfers,
        patterns,
    }
}
