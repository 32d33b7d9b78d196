//! Recording a recall's outcomes: which outcome applies to a pack or quantity in which state,
//! the ledger events of outcomes that move stock, and the rows of those that do not.

use std::collections::{BTreeMap, HashSet};

use rusqlite::{params, Transaction};
use serde::Serialize;

use super::optional;
use super::reach::{reach, AffectedLot, AffectedUnit, Reach};
use super::stored::load_recall;
use crate::error::{CoreError, CoreResult};
use crate::fields::parse_date;
use crate::ledger::{Appended, Appender, NewEvent, NewLine, Place};
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

/// Which open items of a recall an outcome is for. Every given filter must match; with none,
/// the outcome is for every open item it applies to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OutcomeTarget {
    /// Only this GTIN.
    pub gtin: Option<String>,
    /// Only this lot.
    pub lot: Option<String>,
    /// Only these serials.
    pub serials: Vec<String>,
    /// Only stock held at this location.
    pub location: Option<LocationId>,
}

/// An outcome to record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomeRequest {
    /// The outcome.
    pub outcome: RecallOutcome,
    /// For which items.
    pub target: OutcomeTarget,
    /// The supplier stock goes back to (for `returned_to_supplier`).
    pub partner: Option<PartnerId>,
    /// A note (who was notified, how; the RMA number).
    pub note: Option<String>,
    /// The acting user's signature: required to destroy stock.
    pub signature: Option<crate::model::Signature>,
}

/// What an outcome did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OutcomeRecorded {
    /// Packs resolved.
    pub units: i64,
    /// Lot-tracked quantity resolved.
    pub lot_quantity: i64,
    /// Ledger events written (for outcomes that move stock).
    pub events: Vec<String>,
    /// Packs and lot quantities still open in the recall.
    pub still_open: i64,
}

impl Store {
    /// Records an outcome for the open items of a recall that the target selects. Outcomes that
    /// move stock are ledger events referencing the recall (one per location).
    pub fn record_recall_outcome(
        &mut self,
        actor: &User,
        number: &str,
        request: &OutcomeRequest,
        now: Timestamp,
    ) -> CoreResult<OutcomeRecorded> {
        require(actor, Operation::ManageRecalls)?;
        check_request(actor, request)?;
        let note = optional("note", request.note.as_deref(), 1000)?;
        let selection = Selection::of(&request.target)?;
        let r = reach(self.conn(), load_recall(self.conn(), number)?)?;
        if r.recall.closed_at.is_some() {
            return Err(CoreError::refused("recall.closed").arg("recall", r.recall.number));
        }
        selection.check_serials_affected(&r)?;
        let plan = Plan::of(request.outcome, &r, &selection);
        if plan.moves.is_empty() && plan.rows.is_empty() {
            return Err(nothing_to_record(request.outcome, &plan.blocked));
        }
        let events = self.write_outcome(actor, &r.recall, request, note, &plan, now)?;
        Ok(OutcomeRecorded {
            units: plan.units,
            lot_quantity: plan.lot_quantity,
            events,
            still_open: reach(self.conn(), load_recall(self.conn(), number)?)?
                .summary
                .open,
        })
    }

    /// Writes what a plan records, in one transaction: its ledger events (answered by id) and
    /// its rows with the recall.
    pub(super) fn write_outcome(
        &mut self,
        actor: &User,
        recall: &super::Recall,
        request: &OutcomeRequest,
        note: Option<String>,
        plan: &Plan,
        now: Timestamp,
    ) -> CoreResult<Vec<String>> {
        let reason = outcome_reason(&recall.number, request.outcome, note.as_deref());
        let tx = self.conn_mut().transaction()?;
        let events = append_moves(&tx, actor, &recall.number, request, &reason, plan, now)?;
        insert_rows(
            &tx,
            actor,
            recall.id,
            request.outcome,
            note,
            &plan.rows,
            now,
        )?;
        tx.commit()?;
        Ok(events)
    }
}

/// Checks what an outcome needs besides the recall: the permission to destroy or return stock,
/// the signature that destroying stock carries, the supplier stock goes back to.
pub(super) fn check_request(actor: &User, request: &OutcomeRequest) -> CoreResult<()> {
    let outcome = request.outcome;
    match outcome {
        RecallOutcome::Destroyed => require(actor, Operation::Destroy)?,
        RecallOutcome::ReturnedToSupplier => require(actor, Operation::ReturnToSupplier)?,
        _ => {}
    }
    if outcome == RecallOutcome::Destroyed && request.signature.is_none() {
        return Err(CoreError::refused("recall.destroy_needs_signature").field("password"));
    }
    if outcome == RecallOutcome::ReturnedToSupplier && request.partner.is_none() {
        return Err(CoreError::refused("recall.return_needs_supplier").field("partner"));
    }
    Ok(())
}

/// An outcome's target, read: the GTIN checked and padded, the serials trimmed.
#[derive(Debug)]
pub(super) struct Selection<'a> {
    gtin: Option<String>,
    lot: Option<&'a str>,
    serials: HashSet<&'a str>,
    location: Option<LocationId>,
}

impl<'a> Selection<'a> {
    /// Reads a target; a GTIN that is not one is refused.
    pub(super) fn of(target: &'a OutcomeTarget) -> CoreResult<Self> {
        let gtin = match &target.gtin {
            Some(g) => Some(
                custody_gs1::Gtin::parse(g.trim())
                    .map_err(|e| crate::fields::gtin_invalid("gtin", g, &e.to_string()))?
                    .to_string(),
            ),
            None => None,
        };
        Ok(Selection {
            gtin,
            lot: target.lot.as_deref(),
            serials: target.serials.iter().map(|s| s.trim()).collect(),
            location: target.location,
        })
    }

    /// Refuses a serial the recall does not affect: an outcome for a pack that is not in the
    /// recall is a mistyped serial, never one to skip quietly.
    fn check_serials_affected(&self, r: &Reach) -> CoreResult<()> {
        for s in &self.serials {
            if !r.units.iter().any(|u| u.serial == *s) {
                return Err(CoreError::refused("recall.pack_not_affected")
                    .field("serial")
                    .arg("serial", *s)
                    .arg("recall", r.recall.number.as_str()));
            }
        }
        Ok(())
    }

    /// Whether an item of this GTIN, lot and serial, held at this location (or gone), is
    /// selected: every filter given must match.
    fn selects(
        &self,
        gtin: &str,
        lot: Option<&str>,
        serial: Option<&str>,
        location: Option<LocationId>,
    ) -> bool {
        self.gtin.as_deref().is_none_or(|x| x == gtin)
            && self.lot.is_none_or(|x| Some(x) == lot)
            && (self.serials.is_empty() || serial.is_some_and(|s| self.serials.contains(s)))
            && self.location.is_none_or(|x| Some(x) == location)
    }
}

/// Whether an outcome is for a pack or quantity in this status.
fn applies(outcome: RecallOutcome, status: UnitStatus) -> bool {
    use RecallOutcome as O;
    use UnitStatus as S;
    match outcome {
        O::ReturnedToSupplier | O::Destroyed => status.is_held(),
        O::Notified => matches!(status, S::Dispensed | S::TransferredOut),
        O::NotFound => {
            status.is_held() || matches!(status, S::Dispensed | S::TransferredOut | S::Missing)
        }
    }
}

/// What recording an outcome does to one item: a ledger line moving it from where it is held,
/// a row recorded with the recall (with the status it is recorded in), or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Effect {
    /// The location of the held stock a ledger line moves.
    line_at: Option<LocationId>,
    /// The status the row recorded with the recall gives.
    row: Option<UnitStatus>,
}

/// What `outcome` does to an item in `status`, held at `location` or gone; `None` when the
/// outcome does not apply to it. Held stock moves on the ledger; stock that left gets a row.
/// A held pack not found is both: recorded missing on the ledger, and answered with the recall.
fn effect(
    outcome: RecallOutcome,
    status: UnitStatus,
    location: Option<LocationId>,
) -> Option<Effect> {
    if !applies(outcome, status) {
        return None;
    }
    let line_at = location.filter(|_| status.is_held());
    let row = match (outcome, line_at) {
        (RecallOutcome::NotFound, _) if status.is_held() => Some(UnitStatus::Missing),
        (RecallOutcome::NotFound, _) | (_, None) => Some(status),
        (_, Some(_)) => None,
    };
    Some(Effect { line_at, row })
}

/// The ledger event an outcome that moves held stock writes, and the status the stock leaves in.
fn ledger_move(outcome: RecallOutcome) -> (EventKind, UnitStatus) {
    match outcome {
        RecallOutcome::Destroyed => (EventKind::Destroy, UnitStatus::Destroyed),
        RecallOutcome::ReturnedToSupplier => {
            (EventKind::ReturnToSupplier, UnitStatus::ReturnedToSupplier)
        }
        _ => (EventKind::CountAdjust, UnitStatus::Missing),
    }
}

/// A row of `recall_outcome`: (product, serial, lot, status).
type OutcomeRow = (ProductId, Option<String>, Option<String>, UnitStatus);

/// One open item of a reach, a pack or a lot quantity, as an outcome sees it.
struct Item<'a> {
    gtin: &'a str,
    product: ProductId,
    lot: Option<&'a str>,
    serial: Option<&'a str>,
    expiry: Option<&'a str>,
    quantity: i64,
    status: UnitStatus,
    location: Option<LocationId>,
}

/// What an outcome will write: ledger lines per location, rows with the recall, and what it
/// resolves; `blocked` counts the selected items it does not apply to, by status.
#[derive(Debug, Default)]
pub(super) struct Plan {
    pub(super) units: i64,
    pub(super) lot_quantity: i64,
    pub(super) moves: BTreeMap<LocationId, Vec<NewLine>>,
    pub(super) rows: Vec<OutcomeRow>,
    pub(super) blocked: BTreeMap<UnitStatus, i64>,
}

impl Plan {
    /// Plans an outcome over the open items of a reach that the selection selects. Lot
    /// quantities have no serial, so a selection by serial leaves them out.
    pub(super) fn of(outcome: RecallOutcome, r: &Reach, selection: &Selection<'_>) -> Plan {
        let mut plan = Plan::default();
        let (_, gone) = ledger_move(outcome);
        for u in r.units.iter().filter(|u| u.open) {
            plan.add(outcome, gone, selection, Item::pack(u));
        }
        if selection.serials.is_empty() {
            for l in r.lots.iter().filter(|l| l.open) {
                plan.add(outcome, gone, selection, Item::lot(l));
            }
        }
        plan
    }

    /// Adds one item, if selected: its ledger line (to `gone`) and its row, or a count of why not.
    fn add(
        &mut self,
        outcome: RecallOutcome,
        gone: UnitStatus,
        selection: &Selection<'_>,
        item: Item<'_>,
    ) {
        if !selection.selects(item.gtin, item.lot, item.serial, item.location) {
            return;
        }
        let Some(effect) = effect(outcome, item.status, item.location) else {
            *self.blocked.entry(item.status).or_default() += 1;
            return;
        };
        match item.serial {
            Some(_) => self.units += 1,
            None => self.lot_quantity += item.quantity,
        }
        if let Some(status) = effect.row {
            self.rows.push((
                item.product,
                item.serial.map(String::from),
                item.lot.map(String::from),
                status,
            ));
        }
        if let Some(loc) = effect.line_at {
            self.moves.entry(loc).or_default().push(NewLine {
                product: item.product,
                lot: item.lot.map(String::from),
                serial: item.serial.map(String::from),
                expiry: parse_date(item.expiry.map(String::from)),
                quantity: item.quantity,
                before: Some(Place::at(item.status, loc)),
                after: Some(Place::gone(gone)),
                unit_cost_cents: None,
            });
        }
    }
}

impl<'a> Item<'a> {
    /// An affected pack.
    fn pack(u: &'a AffectedUnit) -> Self {
        Item {
            gtin: &u.gtin,
            product: u.product_id,
            lot: u.lot.as_deref(),
            serial: Some(&u.serial),
            expiry: u.expiry.as_deref(),
            quantity: 1,
            status: u.status,
            location: u.location_id,
        }
    }

    /// An affected lot quantity.
    fn lot(l: &'a AffectedLot) -> Self {
        Item {
            gtin: &l.gtin,
            product: l.product_id,
            lot: Some(&l.lot),
            serial: None,
            expiry: l.expiry.as_deref(),
            quantity: l.quantity,
            status: l.status,
            location: l.location_id,
        }
    }
}

/// The refusal of an outcome that selects nothing it could record: nothing open matches, or
/// what matches is in a state the outcome is not for (counted by status).
pub(super) fn nothing_to_record(
    outcome: RecallOutcome,
    blocked: &BTreeMap<UnitStatus, i64>,
) -> CoreError {
    if blocked.is_empty() {
        return CoreError::refused("recall.nothing_matches").field("outcome");
    }
    let what: Vec<String> = blocked
        .iter()
        .map(|(s, n)| format!("{n} {}", s.as_str().replace('_', " ")))
        .collect();
    CoreError::refused("recall.outcome_does_not_apply")
        .field("outcome")
        .arg("outcome", outcome.as_str())
        .arg("matches", what.join(", "))
}

/// The reason an outcome's ledger events carry: the recall, the outcome, the note.
fn outcome_reason(number: &str, outcome: RecallOutcome, note: Option<&str>) -> String {
    format!(
        "recall {number}: {}{}",
        outcome.as_str().replace('_', " "),
        note.map(|n| format!("; {n}")).unwrap_or_default()
    )
}

/// Writes the plan's ledger lines, one event per location referencing the recall, signed when
/// the request carries a signature; answers the events' ids.
fn append_moves(
    tx: &Transaction<'_>,
    actor: &User,
    number: &str,
    request: &OutcomeRequest,
    reason: &str,
    plan: &Plan,
    now: Timestamp,
) -> CoreResult<Vec<String>> {
    let mut events = Vec::new();
    if plan.moves.is_empty() {
        return Ok(events);
    }
    let (kind, _) = ledger_move(request.outcome);
    let mut appender = Appender::new(tx, now)?;
    for (location, lines) in &plan.moves {
        let event = NewEvent {
            kind,
            occurred_at: now,
            location: Some(*location),
            counterparty: request.partner,
            reference: Some(number.to_string()),
            reason: Some(reason.to_string()),
            raw_scan: None,
            lines: lines.clone(),
        };
        let a: Appended = appender.append_signed(actor, &event, request.signature.as_ref())?;
        // A recalled pack destroyed leaves the supply chain: decommissioned as destroyed where
        // the site checks at dispense, in this transaction.
        let cause = crate::national::Cause::of(&event);
        crate::national::queue_for_event(tx, &mut appender, actor, cause, now)?;
        events.push(a.id);
    }
    appender.finish()?;
    Ok(events)
}

/// Records the plan's rows with the recall.
fn insert_rows(
    tx: &Transaction<'_>,
    actor: &User,
    recall: i64,
    outcome: RecallOutcome,
    note: Option<String>,
    rows: &[OutcomeRow],
    now: Timestamp,
) -> CoreResult<()> {
    let mut insert = tx.prepare(
        "INSERT INTO recall_outcome (recall_id, product_id, serial, lot, status, outcome, note, recorded_at, recorded_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    for (product, serial, lot, status) in rows {
        insert.execute(params![
            recall,
            product.0,
            serial,
            lot,
            status.as_str(),
            outcome.as_str(),
            note,
            now.utc_text(),
            actor.id.0
        ])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recall::{ReachSummary, Recall};

    const GTIN: &str = "09506000134352";

    fn recall() -> Recall {
        super::super::test_recall(RecallClass::II, "dissolution")
    }

    /// An open pack in this status, held at location 1 when its status is a held one.
    fn pack(serial: &str, status: UnitStatus) -> AffectedUnit {
        let held = status.is_held();
        AffectedUnit {
            gtin: GTIN.into(),
            product: "Metformin".into(),
            serial: serial.into(),
            lot: Some("A1".into()),
            expiry: Some("2027-03-31".into()),
            status,
            location: held.then(|| "PHARM".into()),
            since: "2026-11-01T10:00:00+01:00".into(),
            reference: None,
            counterparty: None,
            outcome: None,
            open: true,
            location_id: held.then_some(LocationId(1)),
            product_id: ProductId(1),
        }
    }

    /// An open quantity of lot L1, held at location 2 when its status is a held one.
    fn quantity(status: UnitStatus, quantity: i64) -> AffectedLot {
        let held = status.is_held();
        AffectedLot {
            gtin: GTIN.into(),
            product: "Saline".into(),
            lot: "L1".into(),
            expiry: None,
            status,
            location: held.then(|| "WARD".into()),
            quantity,
            outcome: None,
            open: true,
            location_id: held.then_some(LocationId(2)),
            product_id: ProductId(2),
        }
    }

    fn reach_of(units: Vec<AffectedUnit>, lots: Vec<AffectedLot>) -> Reach {
        Reach {
            recall: recall(),
            summary: ReachSummary::default(),
            units,
            lots,
            expected: Vec::new(),
            not_received: Vec::new(),
        }
    }

    fn target(serials: &[&str]) -> OutcomeTarget {
        OutcomeTarget {
            serials: serials.iter().map(|s| s.to_string()).collect(),
            ..OutcomeTarget::default()
        }
    }

    #[test]
    fn stock_moving_outcomes_are_for_held_stock_and_notification_for_stock_that_left() {
        use RecallOutcome as O;
        use UnitStatus as S;
        let here = Some(LocationId(1));
        assert_eq!(
            effect(O::Destroyed, S::Quarantined, here),
            Some(Effect {
                line_at: here,
                row: None
            }),
            "destroying a held pack is a ledger event, nothing more"
        );
        assert_eq!(
            effect(O::Destroyed, S::Dispensed, None),
            None,
            "a dispensed pack is not here to destroy"
        );
        assert_eq!(
            effect(O::ReturnedToSupplier, S::TransferredOut, None),
            None,
            "a pack at another site cannot be sent back from here"
        );
        assert_eq!(
            effect(O::Notified, S::Quarantined, here),
            None,
            "notifying is for packs that reached a patient or ward, not for held ones"
        );
        assert_eq!(
            effect(O::Notified, S::Dispensed, None),
            Some(Effect {
                line_at: None,
                row: Some(S::Dispensed)
            }),
            "a notification is a row with the recall, in the status the pack left in"
        );
        assert_eq!(
            effect(O::Notified, S::Missing, None),
            None,
            "nobody can be notified about a pack nobody knows the whereabouts of"
        );
    }

    #[test]
    fn a_held_pack_not_found_is_recorded_missing_on_the_ledger_and_with_the_recall() {
        use RecallOutcome as O;
        use UnitStatus as S;
        let here = Some(LocationId(1));
        assert_eq!(
            effect(O::NotFound, S::Quarantined, here),
            Some(Effect {
                line_at: here,
                row: Some(S::Missing)
            }),
            "the shelf no longer holds it (ledger) and the recall is answered (row)"
        );
        assert_eq!(
            effect(O::NotFound, S::Dispensed, None),
            Some(Effect {
                line_at: None,
                row: Some(S::Dispensed)
            }),
            "a dispensed pack not traced keeps its status in the row"
        );
        assert_eq!(
            effect(O::NotFound, S::Missing, None),
            Some(Effect {
                line_at: None,
                row: Some(S::Missing)
            }),
            "a pack already missing can be answered as not found"
        );
    }

    #[test]
    fn each_stock_moving_outcome_writes_its_own_event_kind() {
        assert_eq!(
            ledger_move(RecallOutcome::Destroyed),
            (EventKind::Destroy, UnitStatus::Destroyed),
            "destroyed stock leaves as destroyed"
        );
        assert_eq!(
            ledger_move(RecallOutcome::ReturnedToSupplier),
            (EventKind::ReturnToSupplier, UnitStatus::ReturnedToSupplier),
            "returned stock leaves to the supplier"
        );
        assert_eq!(
            ledger_move(RecallOutcome::NotFound),
            (EventKind::CountAdjust, UnitStatus::Missing),
            "a held pack not found is a count adjustment to missing"
        );
    }

    #[test]
    fn every_filter_of_a_target_must_match() {
        let t = OutcomeTarget {
            gtin: Some("9506000134352".into()),
            lot: Some("A1".into()),
            serials: vec![" S1 ".into()],
            location: Some(LocationId(1)),
        };
        let s = Selection::of(&t).expect("a valid GTIN with its check digit");
        assert!(
            s.selects(GTIN, Some("A1"), Some("S1"), Some(LocationId(1))),
            "the GTIN is padded to 14 digits and the serial trimmed before comparing"
        );
        assert!(
            !s.selects(GTIN, Some("A2"), Some("S1"), Some(LocationId(1))),
            "another lot is not selected"
        );
        assert!(
            !s.selects(GTIN, Some("A1"), Some("S1"), Some(LocationId(2))),
            "stock at another location is not selected"
        );
        assert!(
            !s.selects(GTIN, Some("A1"), None, Some(LocationId(1))),
            "a lot quantity has no serial, so a selection by serial never takes it"
        );
        let bad = OutcomeTarget {
            gtin: Some("9506000134353".into()),
            ..OutcomeTarget::default()
        };
        assert_eq!(
            Selection::of(&bad).map(|_| ()).map_err(|e| e.code()),
            Err("master.gtin_invalid"),
            "a GTIN with a wrong check digit is refused, not matched against nothing"
        );
    }

    #[test]
    fn a_serial_the_recall_does_not_affect_is_refused() {
        let r = reach_of(vec![pack("S1", UnitStatus::Quarantined)], Vec::new());
        let t = target(&["S1", "S9"]);
        let err = Selection::of(&t)
            .and_then(|s| s.check_serials_affected(&r))
            .expect_err("S9 is not in the recall");
        assert_eq!(
            err.code(),
            "recall.pack_not_affected",
            "a mistyped serial must not be skipped quietly"
        );
    }

    #[test]
    fn a_plan_moves_held_stock_and_counts_what_it_does_not_apply_to() {
        let r = reach_of(
            vec![
                pack("S1", UnitStatus::Quarantined),
                pack("S2", UnitStatus::Dispensed),
            ],
            vec![
                quantity(UnitStatus::Quarantined, 30),
                quantity(UnitStatus::Dispensed, 5),
            ],
        );
        let t = target(&[]);
        let s = Selection::of(&t).expect("an empty target is always readable");
        let plan = Plan::of(RecallOutcome::Destroyed, &r, &s);
        assert_eq!(
            (plan.units, plan.lot_quantity),
            (1, 30),
            "only the held pack and the held quantity can be destroyed"
        );
        assert_eq!(
            plan.moves.keys().copied().collect::<Vec<_>>(),
            [LocationId(1), LocationId(2)],
            "one event per location that held the stock"
        );
        assert!(
            plan.rows.is_empty(),
            "destroying held stock is recorded on the ledger only"
        );
        assert_eq!(
            plan.blocked.get(&UnitStatus::Dispensed),
            Some(&2),
            "the dispensed pack and the dispensed quantity are counted for the refusal's wording"
        );
    }

    #[test]
    fn a_plan_by_serial_leaves_lot_quantities_alone() {
        let r = reach_of(
            vec![pack("S1", UnitStatus::Quarantined)],
            vec![quantity(UnitStatus::Quarantined, 30)],
        );
        let t = target(&["S1"]);
        let s = Selection::of(&t).expect("serials need no checking to be read");
        let plan = Plan::of(RecallOutcome::NotFound, &r, &s);
        assert_eq!(
            (plan.units, plan.lot_quantity),
            (1, 0),
            "naming a serial is about that pack, never about a lot quantity"
        );
        assert_eq!(
            plan.rows,
            [(
                ProductId(1),
                Some("S1".to_string()),
                Some("A1".to_string()),
                UnitStatus::Missing
            )],
            "the held pack not found is answered with the recall as missing"
        );
    }

    #[test]
    fn an_outcome_that_records_nothing_says_whether_nothing_matched_or_what_did() {
        assert_eq!(
            nothing_to_record(RecallOutcome::Notified, &BTreeMap::new()).code(),
            "recall.nothing_matches",
            "with nothing selected the target is wrong"
        );
        let blocked = BTreeMap::from([(UnitStatus::Quarantined, 3)]);
        let err = nothing_to_record(RecallOutcome::Notified, &blocked);
        assert_eq!(
            err.code(),
            "recall.outcome_does_not_apply",
            "with items selected the outcome is wrong for them"
        );
        assert_eq!(
            err.args().get("matches").and_then(|v| v.as_str()),
            Some("3 quarantined"),
            "the refusal says what the target did select"
        );
    }

    #[test]
    fn the_reason_names_the_recall_the_outcome_and_the_note() {
        assert_eq!(
            outcome_reason("R-1", RecallOutcome::ReturnedToSupplier, Some("RMA 55")),
            "recall R-1: returned to supplier; RMA 55",
            "the ledger event must say which recall it answers and how"
        );
        assert_eq!(
            outcome_reason("R-1", RecallOutcome::Destroyed, None),
            "recall R-1: destroyed",
            "without a note nothing trails the outcome"
        );
    }
}
