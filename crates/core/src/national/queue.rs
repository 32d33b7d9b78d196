//! What an event asks of the national queue: the requests it causes (`request` writes each, an
//! `nvs_request` event on the ledger and its row in the outbox), in the transaction (and with the
//! appender) of the event, so neither is ever written without the other nor without its cause.
//! Queuing never refuses what caused it: it only adds.

use rusqlite::Transaction;

use super::request::{decommission_standing, queue, verification_waiting, NewRequest};
use super::settings;
use super::undo::{self, Noted};
use crate::error::CoreResult;
use crate::ledger::{Appender, NewEvent};
use crate::model::{EventKind, NationalCheck, NvsKind, NvsReason, TamperCheck, Timestamp, User};
/// What caused the requests: the event appended, whether a receipt held its pack as suspect,
/// the anti-tampering device check the person made at a dispense scan, and why the operation
/// that wrote the event took its packs out of the supply chain when the event's kind cannot say
/// it (a pack reported stolen is a `count_adjust` to missing, a sample a `transfer` out).
pub(crate) struct Cause<'a> {
    /// The event.
    pub(crate) event: &'a NewEvent,
    /// Whether a receipt held its pack as suspect.
    pub(crate) received_suspect: bool,
    /// The anti-tampering device check of a dispense scan (a broken one makes the event a
    /// `mark_suspect` into quarantine instead of a dispense).
    pub(crate) atd: Option<TamperCheck>,
    /// The decommission reason the operation stated for its packs (stolen, a sample, a free
    /// sample), set by the operation itself and never read from the event's free-text reason;
    /// none for events whose kind says it (a dispense, a destruction).
    pub(crate) leaves_as: Option<NvsReason>,
}

impl<'a> Cause<'a> {
    /// An event with no hold and no check.
    pub(crate) fn of(event: &'a NewEvent) -> Cause<'a> {
        Cause {
            event,
            received_suspect: false,
            atd: None,
            leaves_as: None,
        }
    }

    /// An event whose packs left the supply chain for `reason`, as the operation that wrote it
    /// says (`write_off`).
    pub(crate) fn leaving_as(event: &'a NewEvent, reason: NvsReason) -> Cause<'a> {
        Cause {
            leaves_as: Some(reason),
            ..Cause::of(event)
        }
    }
}

/// After an event that moves packs has been appended (a scan's, a receive-all's, a recall's
/// destruction, a write-off's), what the site's setting asks of it: at a site that
/// checks at dispense (EU), a decommission as supplied for each pack a dispense took, as
/// destroyed for each pack a destruction took, and for the reason the operation stated for
/// each pack it wrote off (`leaves_as`: stolen, sample, free sample), unless one stands for the pack
/// (`decommission_standing`: a second decommission would raise a falsification alert); at a
/// site that decommissions at receipt (EU hospitals), a decommission as supplied for each pack
/// received, the same way (the drainer sends them in bulk), and at dispense or destruction a
/// pack that was not (held at receipt, or there before); at a site that checks at receipt
/// (US), a verification of each pack a receipt held (`received_suspect`), unless one already
/// waits. At a site checking at dispense, a pack a dispense scan found with its anti-tampering
/// device broken (held as suspect instead) gets a verification carrying the check, and a pack
/// returned whose decommission as supplied stands gets its undo, within the system's window
/// (`undo`). A site with no valid setting queues nothing. The queuing shares the event's
/// transaction, so that no request is written without its event: an error in it (a full disk)
/// refuses the event with everything else. Says what the person should hear of it (an undo too
/// late), if anything.
pub(crate) fn queue_for_event(
    tx: &Transaction<'_>,
    appender: &mut Appender<'_>,
    actor: &User,
    cause: Cause<'_>,
    now: Timestamp,
) -> CoreResult<Option<Noted>> {
    let chosen = settings::read(tx)?;
    let Cause {
        event,
        received_suspect,
        atd,
        leaves_as,
    } = cause;
    let tamper_broken = atd == Some(TamperCheck::Broken);
    let (kind, reason) = match (chosen.check, event.kind) {
        // A pack written off (reported stolen, taken as a sample) leaves the supply chain for
        // the reason its operation stated, whatever kind of event says where it went; at a site
        // decommissioning at receipt, a pack decommissioned then stands.
        (NationalCheck::AtDispense | NationalCheck::DecommissionAtReceipt, _)
            if leaves_as.is_some() =>
        {
            (NvsKind::Decommission, leaves_as)
        }
        // At a site decommissioning at receipt, a pack dispensed or destroyed that was not
        // decommissioned then (held as suspect, released later; in stock before the site chose
        // it) is decommissioned now; one that was, stands (`decommission_standing`).
        (NationalCheck::AtDispense | NationalCheck::DecommissionAtReceipt, EventKind::Dispense) => {
            (NvsKind::Decommission, Some(NvsReason::Supplied))
        }
        // A pack destroyed leaves the supply chain as surely as one supplied.
        (NationalCheck::AtDispense | NationalCheck::DecommissionAtReceipt, EventKind::Destroy) => {
            (NvsKind::Decommission, Some(NvsReason::Destroyed))
        }
        // A pack held at receipt (suspect) is never decommissioned: it may be falsified.
        (NationalCheck::DecommissionAtReceipt, EventKind::Receive) if !received_suspect => {
            (NvsKind::Decommission, Some(NvsReason::Supplied))
        }
        (NationalCheck::AtReceipt, _) if received_suspect => (NvsKind::Verify, None),
        // A pack whose seal was found broken at a dispense is not supplied: the national
        // record hears of the check through a verification (nothing is decommissioned).
        (
            NationalCheck::AtDispense | NationalCheck::DecommissionAtReceipt,
            EventKind::MarkSuspect,
        ) if tamper_broken => (NvsKind::Verify, None),
        // A pack dispensed and brought back unused: its decommission is undone, within the
        // window (only where a dispense decommissions; at receipt, the hospital still holds a
        // pack decommissioned then, and it stays so).
        (NationalCheck::AtDispense, EventKind::Return) => {
            let Some(market) = chosen.market.as_deref() else {
                return Ok(None);
            };
            return undo::queue_for_return(tx, appender, actor, (event, market), now);
        }
        _ => return Ok(None),
    };
    let Some(market) = chosen.market.as_deref() else {
        return Ok(None);
    };
    for line in &event.lines {
        let Some(serial) = line.serial.as_deref() else {
            continue;
        };
        let standing = match kind {
            // A pack decommissioned already would answer a verification "supplied", an alert
            // on a state known here: the broken seal is then on the ledger only.
            NvsKind::Verify => {
                verification_waiting(tx, line.product, serial)?
                    || (tamper_broken && decommission_standing(tx, line.product, serial)?)
            }
            _ => decommission_standing(tx, line.product, serial)?,
        };
        if standing {
            continue;
        }
        let request = NewRequest {
            kind,
            reason,
            market,
            product: line.product,
            serial,
            atd,
        };
        queue(tx, appender, actor, &request, event.occurred_at, now)?;
    }
    Ok(None)
}
