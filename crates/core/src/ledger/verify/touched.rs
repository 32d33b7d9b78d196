//! What the lines walked after a checkpoint touch: the packs, lots, days and users whose
//! projection rows an incremental verification rebuilds and compares.

use std::collections::BTreeSet;

use super::replay::UnitKey;
use crate::ledger::stored::{StoredEvent, StoredLine};
use crate::model::Timestamp;

/// What the lines after a checkpoint touch.
#[derive(Debug, Default)]
pub(super) struct Touched {
    /// The event the checkpoint vouches for: walked again (its hash is what the checkpoint
    /// pins) but its lines were replayed by the check that recorded it, so they touch nothing.
    pub(super) vouched: i64,
    /// Packs named by a line.
    pub(super) packs: BTreeSet<UnitKey>,
    /// Lots named by a line (product, lot).
    pub(super) lots: BTreeSet<(i64, String)>,
    /// The local days on which events with lines occurred.
    pub(super) days: BTreeSet<String>,
    /// Users named by an event.
    pub(super) users: BTreeSet<i64>,
}

/// The local day an event occurred on, as the appender counts consumption; empty when its
/// stored time cannot be read (its hash already fails).
fn local_day(e: &StoredEvent) -> String {
    i32::try_from(e.occurred_offset)
        .ok()
        .and_then(|offset| Timestamp::from_stored(&e.occurred_at, offset))
        .map(|t| t.local_date().to_string())
        .unwrap_or_default()
}

impl Touched {
    /// Notes the packs, lots and day an event's lines touch.
    pub(super) fn note(&mut self, e: &StoredEvent, lines: &[StoredLine]) {
        if lines.is_empty() || e.seq <= self.vouched {
            return;
        }
        self.days.insert(local_day(e));
        for l in lines {
            if let Some(serial) = &l.serial {
                self.packs.insert((l.product, serial.clone()));
            }
            if let Some(lot) = &l.lot {
                self.lots.insert((l.product, lot.clone()));
            }
        }
    }
}
