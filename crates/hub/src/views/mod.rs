//! The network views, kept up to date by each push inside its transaction, and rebuilt from the
//! events alone by `recompute` (the check that the two agree).
//!
//! - `unit_state.rs`: each serialized pack's last state at each site, by that site's seq;
//! - `transfers.rs`: transfers between network sites paired with their receipts, and how a
//!   listing names their state (`in_transit`, `received`, `receipt_without_send`, `lost`);
//! - `patterns.rs`: the counterfeit patterns of a pack, computed from every event held for it,
//!   and the one alarm per pack raised, updated or cleared to match;
//! - `alarms.rs`: the counterfeit alarms listed and resolved by an administrator;
//! - `reach.rs`: a recall's reach across the network (a query, no table);
//! - `recompute.rs`: every view rebuilt from `event`/`event_line`, and the maintained tables
//!   read in the same shape;
//! - `settings.rs`: the hub's settings (how many days in transit make a transfer lost).
//!
//! Events set aside by an administrator resolving a fork (`crate::set_aside`) leave the views
//! through [`set_aside`]: the same refresh, over what the set-aside events named.
//!
//! A push refreshes only what its lines touch: the packs (GTIN + serial) and lots it names. The
//! transfer pairs and the patterns of those are computed again from *all* the events held for
//! them, so the result depends on the set of events at the hub and not on the order the sites
//! pushed in. The view phase of pushes runs one at a time across sites (an advisory lock held
//! to the commit): two sites pushing the same pack at once must each see the other's events,
//! or a pack dispensed at both would raise nothing.

mod alarms;
mod reach;
mod recompute;
mod settings;
mod transfers;
mod unit_state;

pub(crate) mod patterns;

use std::collections::BTreeSet;

use custody_sync_protocol::CheckedEvent;
use deadpool_postgres::Transaction;

pub use alarms::{counterfeit_alarms, resolve_alarm, AlarmState, CounterfeitAlarm};
pub use reach::{reach, Reach, ReachPack, ReachRow};
pub use recompute::{maintained, recompute, PackPatterns, TransferPair, UnitState, Views};
pub use settings::{set_setting, settings, Setting, LOST_AFTER_DAYS};
pub use transfers::{transfers, TransferRow, TransferState};

use crate::HubError;

/// The advisory lock a transaction keeping the views holds to its commit: any number, as long
/// as no other hub code takes the same one. Taken after the changelog's (`crate::feed::lock`).
pub const VIEWS_LOCK: i64 = 0x0c05_70d1_0000_0002;

/// How many counterfeit alarms one refresh of the views raised, updated (their patterns changed)
/// and cleared (no pattern left).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct AlarmChanges {
    /// Alarms raised.
    pub raised: i64,
    /// Open alarms whose patterns changed.
    pub updated: i64,
    /// Open alarms cleared.
    pub cleared: i64,
}

/// What a batch's new lines name: the serialized packs and the lots of lot-tracked stock, each
/// once.
#[derive(Debug, Default)]
pub(crate) struct Touched {
    /// GTIN and serial of each pack.
    pub packs: BTreeSet<(String, String)>,
    /// GTIN and lot of each lot-tracked line.
    pub lots: BTreeSet<(String, String)>,
}

impl Touched {
    /// The packs and lots of `events`' lines.
    pub(crate) fn of(events: &[&CheckedEvent]) -> Touched {
        let mut touched = Touched::default();
        for line in events.iter().flat_map(|e| e.parsed.lines.iter()) {
            match (&line.serial, &line.lot) {
                (Some(serial), _) => {
                    touched.packs.insert((line.gtin.clone(), serial.clone()));
                }
                (None, Some(lot)) => {
                    touched.lots.insert((line.gtin.clone(), lot.clone()));
                }
                (None, None) => {}
            }
        }
        touched
    }

    /// The packs as two parallel arrays (GTINs, serials), as the statements take them.
    pub(crate) fn pack_arrays(&self) -> (Vec<&str>, Vec<&str>) {
        self.packs
            .iter()
            .map(|(g, s)| (g.as_str(), s.as_str()))
            .unzip()
    }

    /// The lots as two parallel arrays (GTINs, lots).
    pub(crate) fn lot_arrays(&self) -> (Vec<&str>, Vec<&str>) {
        self.lots
            .iter()
            .map(|(g, l)| (g.as_str(), l.as_str()))
            .unzip()
    }
}

/// Brings every view up to date with a site's new events `from..=to` (already inserted in
/// `tx`): the units' states, the transfer pairs and the counterfeit alarms of what they touch.
pub(crate) async fn apply(
    tx: &Transaction<'_>,
    site: (i64, &str),
    range: (i64, i64),
    new: &[&CheckedEvent],
) -> Result<(), HubError> {
    let touched = Touched::of(new);
    if touched.packs.is_empty() && touched.lots.is_empty() {
        return Ok(());
    }
    lock(tx).await?;
    unit_state::apply(tx, site.0, range).await?;
    transfers::refresh(tx, &touched).await?;
    let why = format!(
        "no pattern remains once site {}'s events {} to {} were taken",
        site.1, range.0, range.1
    );
    patterns::sync(tx, &touched, &why).await?;
    crate::feed::log_alarms(tx, touched.pack_arrays()).await?;
    Ok(())
}

/// Brings every view back in step after some of a site's events, whose lines named `touched`,
/// were set aside in `tx` (`crate::set_aside`): the site's states of those packs are taken again
/// from the events it still holds, and the transfer pairs and counterfeit alarms of those packs
/// and lots are computed again from every event still held. An open alarm left with no pattern
/// is cleared, saying `why`; one whose patterns changed takes them as they now are. How many
/// alarms were raised, updated and cleared.
pub(crate) async fn set_aside(
    tx: &Transaction<'_>,
    site_id: i64,
    touched: &Touched,
    why: &str,
) -> Result<AlarmChanges, HubError> {
    if touched.packs.is_empty() && touched.lots.is_empty() {
        return Ok(AlarmChanges::default());
    }
    lock(tx).await?;
    unit_state::rebuild(tx, site_id, touched).await?;
    transfers::refresh(tx, touched).await?;
    let changes = patterns::sync(tx, touched, why).await?;
    crate::feed::log_alarms(tx, touched.pack_arrays()).await?;
    Ok(changes)
}

/// Takes the changelog's lock, then the views' own, for the rest of `tx`: the changelog's first,
/// as everywhere both are held (the alarms' changes go to it).
pub(crate) async fn lock(tx: &Transaction<'_>) -> Result<(), HubError> {
    crate::feed::lock(tx).await?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&VIEWS_LOCK])
        .await
        .map_err(HubError::db("waiting for the network views' lock"))?;
    Ok(())
}
