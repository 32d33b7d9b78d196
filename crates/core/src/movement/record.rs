//! What a passed scan writes to the ledger: one event with one line, from where the pack (or
//! the lot quantity) stood to where the movement (or a hold in quarantine) puts it, with the
//! raw scan, the session's document and the reason; signed when it destroys, releases or
//! overrides; and, for a receipt against a despatch advice, its match or discrepancy in the
//! same transaction.

use super::checks::Checked;
use super::decision::Decision;
use super::lookup::InHand;
use super::session::{Movement, ScanInput, ScanSession};
use super::verdict::{Level, Sentence, Verdict};
use crate::error::CoreResult;
use crate::ledger::{Appended, Appender, NewEvent, NewLine, Place};
use crate::model::*;
use crate::national::{Cause, Noted, UNDO_WINDOW_DAYS};
use crate::Store;

/// One scan being recorded: who, in which session, what was sent, when.
pub(super) struct Scanning<'a> {
    /// The scanning user.
    pub(super) actor: &'a User,
    /// The session.
    pub(super) session: &'a ScanSession,
    /// The scan as sent.
    pub(super) input: &'a ScanInput,
    /// When it is recorded.
    pub(super) now: Timestamp,
}

impl Store {
    /// Records a passed scan and says so on its verdict.
    pub(super) fn record_scan(
        &mut self,
        cx: &Scanning<'_>,
        pack: &InHand,
        checked: Checked,
        verdict: Verdict,
        decision: &Decision,
    ) -> CoreResult<Verdict> {
        let here = cx.session.location;
        // Only holds and quarantines look up the quarantine location: not every scan.
        let (kind, after) = match decision {
            Decision::Held { only_recalled, .. } => (
                hold_kind(checked.before.is_some(), *only_recalled),
                Place::at(UnitStatus::Quarantined, self.quarantine_location(here)?),
            ),
            _ => (
                cx.session.movement.event_kind(),
                after(
                    cx.session,
                    checked.before,
                    || self.quarantine_location(here),
                    |at| self.is_quarantine_area(at),
                )?,
            ),
        };
        let reason = decision.reason(cx.session);
        let event = new_event(cx, pack, (kind, &checked), after, reason);
        let signed = decision.overrides()
            || matches!(cx.session.movement, Movement::Destroy | Movement::Release);
        let (appended, noted) = self.append_scan(cx, &event, signed, &checked, decision.holds())?;
        let location = match after.location {
            Some(l) => Some(self.location_code(l)?),
            None => None,
        };
        let verdict = verdict.with_recorded(
            appended,
            after.status,
            location.clone(),
            decision.holds(),
            decision.overrides(),
        );
        let verdict = say_recorded(
            verdict,
            cx.session.movement,
            &pack.product,
            location,
            decision,
        );
        Ok(say_noted(verdict, noted))
    }

    /// Appends the event, and a receipt's match or discrepancy against its despatch advice, in
    /// one transaction: a receipt is never recorded without its match or discrepancy, nor these
    /// without it.
    fn append_scan(
        &mut self,
        cx: &Scanning<'_>,
        event: &NewEvent,
        signed: bool,
        checked: &Checked,
        held: bool,
    ) -> CoreResult<(Appended, Option<Noted>)> {
        let tx = self.conn_mut().transaction()?;
        let (appended, noted) = {
            let mut appender = Appender::new(&tx, cx.now)?;
            let signature = cx.session.signature.as_ref().filter(|_| signed);
            let appended = appender.append_signed(cx.actor, event, signature)?;
            // What the national system must hear of it (a dispense's decommission, a held
            // receipt's verification) is queued in this same transaction, so that no request is
            // written without its event; it only adds, and never waits on the network.
            let received_suspect = held
                && cx.session.movement == Movement::Receive
                && event.kind != EventKind::Quarantine;
            let cause = Cause {
                event,
                received_suspect,
                atd: cx.input.tamper,
                leaves_as: None,
            };
            let noted =
                crate::national::queue_for_event(&tx, &mut appender, cx.actor, cause, cx.now)?;
            appender.finish()?;
            (appended, noted)
        };
        if let Some(check) = &checked.against_advice {
            crate::shipment::record_against_advice(&tx, check, appended.seq, held)?;
        }
        tx.commit()?;
        Ok((appended, noted))
    }
}

/// The event of a hold in quarantine: a receipt of a pack not seen before, a quarantine of a
/// recalled pack (a recall is its only block), else a pack marked suspect.
fn hold_kind(seen_before: bool, only_recalled: bool) -> EventKind {
    match (seen_before, only_recalled) {
        (false, _) => EventKind::Receive,
        (true, true) => EventKind::Quarantine,
        (true, false) => EventKind::MarkSuspect,
    }
}

/// Where the movement puts the pack or lot quantity, from where it stands `before`.
/// `quarantine_area` is asked only for a quarantine that names no destination. A release keeps
/// the pack where it is held unless a destination is chosen: releasing is a QA decision that
/// the stock may be used, not a move, and a pack released at a workstation elsewhere must not
/// be recorded where it is not. But a pack held in a quarantine area (where a hold puts it)
/// cannot be usable stock there — nothing is dispensed from the quarantine cabinet — so with
/// no destination it comes back to where it is released (`is_quarantine_area` says which).
fn after(
    session: &ScanSession,
    before: Option<Place>,
    quarantine_area: impl FnOnce() -> CoreResult<LocationId>,
    is_quarantine_area: impl FnOnce(LocationId) -> CoreResult<bool>,
) -> CoreResult<Place> {
    let here = session.location;
    Ok(match session.movement {
        Movement::Receive | Movement::Return => Place::at(UnitStatus::InStock, here),
        Movement::Dispense => Place::gone(UnitStatus::Dispensed),
        Movement::Transfer => match session.to_location {
            Some(to) => Place::at(UnitStatus::InStock, to),
            None => Place::gone(UnitStatus::TransferredOut),
        },
        Movement::Quarantine => match session.to_location {
            Some(to) => Place::at(UnitStatus::Quarantined, to),
            None => Place::at(UnitStatus::Quarantined, quarantine_area()?),
        },
        Movement::Release => {
            let held_at = before.and_then(|b| b.location).unwrap_or(here);
            let to = match session.to_location {
                Some(to) => to,
                None if is_quarantine_area(held_at)? => here,
                None => held_at,
            };
            Place::at(UnitStatus::InStock, to)
        }
        Movement::Destroy => Place::gone(UnitStatus::Destroyed),
        Movement::ReturnToSupplier => Place::gone(UnitStatus::ReturnedToSupplier),
    })
}

/// The event: one line from where the checks found the pack to `after`, with the raw scan; a
/// receipt keeps the unit cost the checks settled (the scan's own, else its advice's price).
fn new_event(
    cx: &Scanning<'_>,
    pack: &InHand,
    (kind, checked): (EventKind, &Checked),
    after: Place,
    reason: Option<String>,
) -> NewEvent {
    let session = cx.session;
    let before = checked.before;
    NewEvent {
        kind,
        occurred_at: session.occurred_at.unwrap_or(cx.now),
        location: Some(session.location),
        counterparty: session.counterparty,
        reference: session.reference.clone(),
        reason,
        raw_scan: Some(cx.input.raw.clone()),
        lines: vec![NewLine {
            product: pack.product.id,
            lot: pack.scan.lot.clone(),
            serial: pack.scan.serial.clone(),
            expiry: pack.expiry,
            quantity: pack.quantity,
            before,
            after: Some(after),
            unit_cost_cents: match session.movement {
                Movement::Receive => checked.unit_cost_cents,
                _ => None,
            },
        }],
    }
}

/// The verdict's sentence once recorded: a hold says where the pack is held; an accepted scan
/// says what was done; a warning keeps its own sentence.
fn say_recorded(
    mut verdict: Verdict,
    m: Movement,
    product: &Product,
    location: Option<String>,
    decision: &Decision,
) -> Verdict {
    if decision.holds() {
        let held = match location {
            Some(l) => Sentence::new("verdict.held.at").arg("location", l),
            None => Sentence::new("verdict.held"),
        };
        let mut sentences = verdict.sentences.clone();
        sentences.push(held);
        verdict.say(sentences);
    } else if verdict.verdict == Level::Accepted {
        let done = Sentence::new("verdict.recorded")
            .arg("product", product.data.name.clone())
            .arg("movement", m.event_kind().as_str());
        verdict.say(vec![done]);
    }
    verdict
}

/// The verdict with what the national queue said of the scan after its own sentence (a
/// return whose decommission is too old to undo).
fn say_noted(mut verdict: Verdict, noted: Option<Noted>) -> Verdict {
    let Some(Noted::UndoTooLate { serial }) = noted else {
        return verdict;
    };
    let mut sentences = verdict.sentences.clone();
    sentences.push(
        Sentence::new("verdict.undo_too_late")
            .arg("serial", serial)
            .arg("days", UNDO_WINDOW_DAYS),
    );
    verdict.say(sentences);
    verdict
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::CoreError;

    fn session(m: Movement) -> ScanSession {
        ScanSession::new(m, LocationId(1))
    }

    fn never_asked() -> CoreResult<LocationId> {
        Err(CoreError::refused("test.quarantine_area_asked"))
    }

    fn kind_never_asked(_: LocationId) -> CoreResult<bool> {
        Err(CoreError::refused("test.location_kind_asked"))
    }

    /// Location 9 is the quarantine cabinet; every other location is a shelf.
    fn cabinet_is_9(at: LocationId) -> CoreResult<bool> {
        Ok(at == LocationId(9))
    }

    #[test]
    fn a_hold_receives_a_new_pack_quarantines_a_recalled_one_and_marks_others_suspect() {
        assert_eq!(
            hold_kind(false, false),
            EventKind::Receive,
            "a pack not seen before is received, into quarantine"
        );
        assert_eq!(
            hold_kind(true, true),
            EventKind::Quarantine,
            "a known pack held only for a recall is quarantined"
        );
        assert_eq!(
            hold_kind(true, false),
            EventKind::MarkSuspect,
            "a known pack held for anything else is marked suspect"
        );
    }

    #[test]
    fn each_movement_puts_the_pack_where_it_says() {
        let here = LocationId(1);
        let place = |s: &ScanSession| after(s, None, never_asked, kind_never_asked).unwrap();
        assert_eq!(
            place(&session(Movement::Dispense)),
            Place::gone(UnitStatus::Dispensed),
            "a dispensed pack is at no location"
        );
        assert_eq!(
            place(&session(Movement::Return)),
            Place::at(UnitStatus::InStock, here),
            "a ward return comes back into stock here"
        );
        let mut out = session(Movement::Transfer);
        assert_eq!(
            place(&out),
            Place::gone(UnitStatus::TransferredOut),
            "a transfer with no location here leaves the site"
        );
        out.to_location = Some(LocationId(2));
        assert_eq!(
            place(&out),
            Place::at(UnitStatus::InStock, LocationId(2)),
            "a transfer here moves the pack to its destination"
        );
    }

    #[test]
    fn a_release_keeps_the_pack_where_it_is_held_unless_a_destination_is_chosen() {
        let held = Some(Place::at(UnitStatus::Quarantined, LocationId(4)));
        let mut s = session(Movement::Release);
        assert_eq!(
            after(&s, held, never_asked, cabinet_is_9).unwrap(),
            Place::at(UnitStatus::InStock, LocationId(4)),
            "released with no destination, a pack held on a shelf is usable where it is held, \
             not moved to the workstation's location"
        );
        s.to_location = Some(LocationId(3));
        assert_eq!(
            after(&s, held, never_asked, kind_never_asked).unwrap(),
            Place::at(UnitStatus::InStock, LocationId(3)),
            "a chosen destination moves the released pack there, whatever it was held in"
        );
    }

    #[test]
    fn a_release_from_the_quarantine_cabinet_brings_the_pack_back_to_where_it_is_released() {
        let in_cabinet = Some(Place::at(UnitStatus::Quarantined, LocationId(9)));
        assert_eq!(
            after(
                &session(Movement::Release),
                in_cabinet,
                never_asked,
                cabinet_is_9
            )
            .unwrap(),
            Place::at(UnitStatus::InStock, LocationId(1)),
            "a released pack left 'in stock' in the quarantine cabinet could be dispensed from \
             nowhere: with no destination it comes to the releasing workstation's location"
        );
    }

    #[test]
    fn only_a_quarantine_with_no_destination_asks_for_the_quarantine_area() {
        let mut s = session(Movement::Quarantine);
        assert_eq!(
            after(&s, None, || Ok(LocationId(9)), kind_never_asked).unwrap(),
            Place::at(UnitStatus::Quarantined, LocationId(9)),
            "with no destination the pack goes to the site's quarantine area"
        );
        s.to_location = Some(LocationId(3));
        assert_eq!(
            after(&s, None, never_asked, kind_never_asked).unwrap(),
            Place::at(UnitStatus::Quarantined, LocationId(3)),
            "a named destination is used, and no area is looked up"
        );
    }
}
