//! `Store::scan`, the use case: the session checked, the raw scan decoded, the product and
//! the pack looked up, every check run, the findings decided on, and a passed scan recorded.
//! Each step is a function of its own module; this one only runs them in order.

use std::ops::ControlFlow;

use chrono::NaiveDate;
use custody_gs1::Scan;

use super::checks::{self, Checked};
use super::decision::{decide, Decision};
use super::lookup::InHand;
use super::record::Scanning;
use super::session::{Movement, ScanInput, ScanSession};
use super::verdict::{Finding, Verdict};
use crate::db::one_snapshot;
use crate::error::CoreResult;
use crate::model::*;
use crate::permissions::require;
use crate::Store;

impl Store {
    /// Decodes one scan, checks it for the session's movement, and records it if the verdict
    /// allows. A blocked scan records nothing, except that a suspect pack being received is
    /// recorded straight into quarantine, and a permitted user may override some blocks with a
    /// reason (recorded on the event).
    pub fn scan(
        &mut self,
        actor: &User,
        session: &ScanSession,
        input: &ScanInput,
        now: Timestamp,
    ) -> CoreResult<Verdict> {
        require(actor, session.movement.operation())?;
        let Judged {
            pack,
            checked,
            verdict,
            decision,
        } = {
            // Every check reads in one snapshot: the same state of the ledger throughout, and one
            // read transaction begun instead of one per statement (a dozen for a dispense, each
            // taking and dropping its read lock).
            let snapshot = one_snapshot(self.conn())?;
            let judged = match self.judge(actor, session, input, now)? {
                ControlFlow::Break(answer) => return Ok(answer),
                ControlFlow::Continue(judged) => judged,
            };
            if let Some(snapshot) = snapshot {
                snapshot.end()?;
            }
            judged
        };
        let cx = Scanning {
            actor,
            session,
            input,
            now,
        };
        self.record_scan(&cx, &pack, checked, verdict, &decision)
    }

    /// Everything before the recording: the session and the input checked, the scan decoded,
    /// the pack identified, every check run and the findings decided on. The answer already
    /// when nothing is to be recorded.
    fn judge(
        &self,
        actor: &User,
        session: &ScanSession,
        input: &ScanInput,
        now: Timestamp,
    ) -> CoreResult<ControlFlow<Verdict, Judged>> {
        self.check_session(session)?;
        Store::check_input(session, input)?;
        if let Some(at) = session.occurred_at {
            crate::ledger::check_late_entry(self.conn(), at, now)?;
        }
        let today = now.local_date();
        let scan = match checks::decode(&input.raw, &session.scanner, today) {
            Ok(scan) => scan,
            Err(undecodable) => return Ok(ControlFlow::Break(Verdict::new(vec![undecodable]))),
        };
        let pack = match self.identify_pack(scan, input)? {
            ControlFlow::Continue(pack) => pack,
            ControlFlow::Break(answer) => return Ok(ControlFlow::Break(answer)),
        };
        if self.is_double_read(actor, session, input, &pack, now)? {
            let v = answer(
                vec![checks::already_scanned(&pack)],
                &pack.scan,
                Some(&pack.product),
                pack.expiry,
                pack.quantity,
            );
            return Ok(ControlFlow::Break(v));
        }
        let (findings, checked) = self.check_scan(session, input, &pack, today)?;
        let product = Some(&pack.product);
        let verdict = answer(findings, &pack.scan, product, pack.expiry, pack.quantity);
        let Some(decision) = decide(actor, session, input, &verdict, checked.recalled)? else {
            return Ok(ControlFlow::Break(verdict));
        };
        // A broken seal holds a pack from a dispense only when it is held here, in stock or in
        // quarantine: one that is not (never received; dispensed, destroyed, sent away) must not
        // come back into quarantine by this scan, and its block is the answer.
        let held_here = checked
            .before
            .as_ref()
            .is_some_and(|b| matches!(b.status, UnitStatus::InStock | UnitStatus::Quarantined));
        if decision.holds() && session.movement == Movement::Dispense && !held_here {
            return Ok(ControlFlow::Break(verdict));
        }
        Ok(ControlFlow::Continue(Judged {
            pack,
            checked,
            verdict,
            decision,
        }))
    }

    /// Whether this scan is the scanner reading the pack just recorded a second time: a
    /// serialized pack (a lot-tracked code read twice is two packs of the lot), not said by the
    /// person to be another pack, and the same code this person's last recorded scan of this
    /// movement had, moments ago (`lookup`'s `double_read`). The rule lives here, beside the
    /// ledger that knows what was recorded and when, so the app and the command line share it;
    /// a front end asks "the same pack again, or a second pack?" for a repeat later on and sends
    /// `another_pack` when the answer is a second pack.
    fn is_double_read(
        &self,
        actor: &User,
        session: &ScanSession,
        input: &ScanInput,
        pack: &InHand,
        now: Timestamp,
    ) -> CoreResult<bool> {
        if pack.scan.serial.is_none() || input.another_pack {
            return Ok(false);
        }
        // The pack just recorded may have been held rather than moved (a clone received into
        // quarantine is marked suspect, a recalled return is quarantined): the same code read
        // again is then that held pack, and must not be recorded a second time.
        let kinds = [
            session.movement.event_kind(),
            EventKind::Receive,
            EventKind::Quarantine,
            EventKind::MarkSuspect,
        ];
        let kinds = match session.movement {
            Movement::Receive | Movement::Return => &kinds[..],
            _ => &kinds[..1],
        };
        self.double_read(actor.id, kinds, &input.raw, now)
    }

    /// The pack in hand: the product the scan names, how many, and what the store knows of
    /// it; or the answer already, for an unknown product or a code the product's tracking
    /// cannot use. A quantity below one is refused.
    fn identify_pack(
        &self,
        scan: Scan,
        input: &ScanInput,
    ) -> CoreResult<ControlFlow<Verdict, InHand>> {
        let Some(product) = self.product_for_scan(&scan)? else {
            let unknown = checks::unknown_product(&scan);
            return Ok(ControlFlow::Break(answer(
                vec![unknown],
                &scan,
                None,
                scan.expiry,
                1,
            )));
        };
        let quantity = checks::quantity(&product, input.quantity)?;
        if let Some(missing) = checks::missing_code(&product, &scan) {
            let v = answer(vec![missing], &scan, Some(&product), scan.expiry, quantity);
            return Ok(ControlFlow::Break(v));
        }
        Ok(ControlFlow::Continue(
            self.look_up_pack(scan, product, quantity)?,
        ))
    }
}

/// A scan judged to be recorded: the pack in hand, what the checks found of it, the verdict and
/// the decision on it.
struct Judged {
    pack: InHand,
    checked: Checked,
    verdict: Verdict,
    decision: Decision,
}

/// The verdict on the findings, naming what was scanned: the GTIN (the product's for a code
/// that gave a PZN), the product, serial, lot, expiry and quantity.
fn answer(
    findings: Vec<Finding>,
    scan: &Scan,
    product: Option<&Product>,
    expiry: Option<NaiveDate>,
    quantity: i64,
) -> Verdict {
    let mut v = Verdict::new(findings);
    v.gtin = scan
        .gtin
        .map(|g| g.to_string())
        .or_else(|| product.map(|p| p.data.gtin.clone()));
    v.product = product.map(|p| p.data.name.clone());
    v.serial = scan.serial.clone();
    v.lot = scan.lot.clone();
    v.expiry = expiry;
    v.quantity = quantity;
    v
}
