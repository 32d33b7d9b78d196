//! A pack that leaves without a movement anyone scans: reported stolen, taken as a sample by
//! the authorities, or given as a free sample. It leaves on the ledger by the event kind that
//! says where it went — a pack stolen is a `count_adjust` to `missing` (it is no longer here, and
//! nobody here knows where it is), a sample a `transfer` out of the site (`transferred_out`: it
//! was handed to someone who took it away) — so the ledger's format and its kinds are unchanged.
//! Where the site decommissions (EU, at dispense or at receipt), the pack is decommissioned
//! nationally for the reason the person gave (`stolen`, `sample`, `free_sample`), queued in the
//! event's transaction like a dispense's: the reason travels in the queue's `Cause`, set here,
//! never read back from the event's words.

use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};

use crate::error::{CoreError, CoreResult};
use crate::fields::{clean, gtin_invalid, parse_date};
use crate::ledger::{Appender, NewEvent, NewLine, Place};
use crate::model::*;
use crate::national::{queue_for_event, queued_after, Cause};
use crate::permissions::{require, Operation};
use crate::Store;

/// Why a pack left without a movement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum WriteOffReason {
    /// Reported stolen.
    Stolen,
    /// Taken as a sample by the authorities (an inspector's sampling).
    Sample,
    /// Given as a free sample.
    FreeSample,
}

impl WriteOffReason {
    /// The national decommission's reason (EU FMD).
    pub fn nvs_reason(self) -> NvsReason {
        match self {
            WriteOffReason::Stolen => NvsReason::Stolen,
            WriteOffReason::Sample => NvsReason::Sample,
            WriteOffReason::FreeSample => NvsReason::FreeSample,
        }
    }

    /// The event that says where the pack went, and its status after it.
    fn event(self) -> (EventKind, UnitStatus) {
        match self {
            WriteOffReason::Stolen => (EventKind::CountAdjust, UnitStatus::Missing),
            WriteOffReason::Sample | WriteOffReason::FreeSample => {
                (EventKind::Transfer, UnitStatus::TransferredOut)
            }
        }
    }

    /// The event's reason, in the ledger's English (as every other reason it records).
    fn said(self) -> &'static str {
        match self {
            WriteOffReason::Stolen => "reported stolen",
            WriteOffReason::Sample => "taken as a sample by the authorities",
            WriteOffReason::FreeSample => "given as a free sample",
        }
    }
}

/// A pack to write off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteOff<'a> {
    /// The pack's GTIN.
    pub gtin: &'a str,
    /// Its serial.
    pub serial: &'a str,
    /// Why it left.
    pub why: WriteOffReason,
    /// A note (the police report's number, the inspector, to whom the sample went).
    pub note: Option<&'a str>,
}

/// What a write-off recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct WrittenOff {
    /// The event's id.
    pub event: String,
    /// Its sequence number.
    pub seq: i64,
    /// The pack's status now: `missing` (stolen) or `transferred_out` (a sample).
    pub status: UnitStatus,
    /// Where it was held (a location code).
    pub from: String,
    /// The national decommission queued with it, if the site decommissions and none stood.
    pub decommission: Option<i64>,
}

/// The pack as a write-off needs it.
struct Held {
    product: ProductId,
    lot: Option<String>,
    expiry: Option<String>,
    status: UnitStatus,
    location: Option<LocationId>,
    code: Option<String>,
}

impl Store {
    /// Records that a pack held here (in stock or in quarantine) left without a movement, for
    /// `why` (QA officers, managers, administrators): the event that says where it went and,
    /// in the same transaction, its national decommission for that reason where the site
    /// decommissions. A pack unknown here is refused with `stock.pack_unknown`; one that is not
    /// held (it left already, or a count found it missing) with `stock.pack_not_held`.
    pub fn write_off(
        &mut self,
        actor: &User,
        pack: &WriteOff<'_>,
        now: Timestamp,
    ) -> CoreResult<WrittenOff> {
        require(actor, Operation::WriteOff)?;
        let gtin = custody_gs1::Gtin::parse(pack.gtin.trim())
            .map_err(|e| gtin_invalid("gtin", pack.gtin, &e.to_string()))?
            .to_string();
        let serial = clean("serial", pack.serial, 100)?;
        let note = match pack.note.map(str::trim).filter(|n| !n.is_empty()) {
            Some(n) => Some(clean("note", n, 1000)?),
            None => None,
        };
        let tx = self.conn_mut().transaction()?;
        let held = held(&tx, &gtin, &serial)?;
        let (Some(location), Some(from), true) = (held.location, &held.code, held.status.is_held())
        else {
            return Err(CoreError::refused("stock.pack_not_held")
                .field("serial")
                .arg("serial", serial.as_str())
                .arg("status", held.status.as_str()));
        };
        if pack.why != WriteOffReason::Stolen {
            sample_usable(&tx, &gtin, &serial, &held, now)?;
        }
        let (kind, status) = pack.why.event();
        let event = NewEvent {
            kind,
            occurred_at: now,
            location: Some(location),
            counterparty: None,
            reference: None,
            reason: Some(match &note {
                Some(n) => format!("{}; {n}", pack.why.said()),
                None => pack.why.said().to_string(),
            }),
            raw_scan: None,
            lines: vec![NewLine {
                product: held.product,
                lot: held.lot.clone(),
                serial: Some(serial.clone()),
                expiry: parse_date(held.expiry.clone()),
                quantity: 1,
                before: Some(Place::at(held.status, location)),
                after: Some(Place::gone(status)),
                unit_cost_cents: None,
            }],
        };
        let mut appender = Appender::new(&tx, now)?;
        let appended = appender.append(actor, &event)?;
        let cause = Cause::leaving_as(&event, pack.why.nvs_reason());
        queue_for_event(&tx, &mut appender, actor, cause, now)?;
        appender.finish()?;
        let decommission = queued_after(&tx, held.product, &serial, appended.seq)?;
        let written = WrittenOff {
            event: appended.id,
            seq: appended.seq,
            status,
            from: from.clone(),
            decommission,
        };
        tx.commit()?;
        Ok(written)
    }
}

/// A sample leaves in someone's hands as a usable pack: refused (`stock.sample_not_usable`) for
/// a pack in quarantine (suspect, damaged, held by a recall), expired, or covered by a recall.
/// A theft is recorded whatever the pack was.
fn sample_usable(
    tx: &Transaction<'_>,
    gtin: &str,
    serial: &str,
    held: &Held,
    now: Timestamp,
) -> CoreResult<()> {
    let expired = parse_date(held.expiry.clone()).is_some_and(|e| e < now.local_date());
    let why = if held.status == UnitStatus::Quarantined {
        "quarantined"
    } else if expired {
        "expired"
    } else if crate::recall::recall_covering(tx, gtin, held.lot.as_deref(), Some(serial))?.is_some()
    {
        "recalled"
    } else {
        return Ok(());
    };
    Err(CoreError::refused("stock.sample_not_usable")
        .field("why")
        .arg("serial", serial)
        .arg("reason", why))
}

/// The pack with this GTIN and serial, where it stands; `stock.pack_unknown` when there is none.
fn held(tx: &Transaction<'_>, gtin: &str, serial: &str) -> CoreResult<Held> {
    tx.prepare_cached(
        "SELECT u.product_id, u.lot, u.expiry, u.status, u.location_id, l.code
         FROM product p JOIN unit u ON u.product_id = p.id
         LEFT JOIN location l ON l.id = u.location_id
         WHERE p.gtin = ?1 AND u.serial = ?2",
    )?
    .query_row(params![gtin, serial], |r| {
        Ok(Held {
            product: ProductId(r.get(0)?),
            lot: r.get(1)?,
            expiry: r.get(2)?,
            status: r
                .get::<_, String>(3)?
                .parse()
                .unwrap_or(UnitStatus::Missing),
            location: r.get::<_, Option<i64>>(4)?.map(LocationId),
            code: r.get(5)?,
        })
    })
    .optional()?
    .ok_or_else(|| {
        CoreError::refused("stock.pack_unknown")
            .arg("gtin", gtin)
            .arg("serial", serial)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stolen_pack_goes_missing_and_a_sample_leaves_the_site() {
        assert_eq!(
            WriteOffReason::Stolen.event(),
            (EventKind::CountAdjust, UnitStatus::Missing),
            "stolen: not here, and nobody here knows where"
        );
        for why in [WriteOffReason::Sample, WriteOffReason::FreeSample] {
            assert_eq!(
                why.event(),
                (EventKind::Transfer, UnitStatus::TransferredOut),
                "{why:?}: handed to someone who took it away"
            );
        }
    }

    #[test]
    fn each_reason_is_decommissioned_nationally_for_its_own() {
        assert_eq!(
            [
                WriteOffReason::Stolen,
                WriteOffReason::Sample,
                WriteOffReason::FreeSample
            ]
            .map(WriteOffReason::nvs_reason),
            [NvsReason::Stolen, NvsReason::Sample, NvsReason::FreeSample]
        );
    }
}
