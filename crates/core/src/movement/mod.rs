//! Scan-driven stock movements: receive, dispense, transfer, return, quarantine, release,
//! destroy and return to supplier. Every scan is decoded once, checked against the store for the
//! movement at hand, and gets a verdict before anything is written; an accepted scan is committed
//! at once as its own event, under the session's document.

mod checks;
mod lookup;
mod session;
mod verdict;

pub use session::{Movement, ScanInput, ScanPolicy, ScanSession};
pub use verdict::{Code, Finding, Level, Recorded, Verdict};

use chrono::{Duration, NaiveDate};
use custody_gs1::WarningKind;

use crate::error::{CoreError, CoreResult};
use crate::ledger::{Appender, NewEvent, NewLine, Place};
use crate::model::*;
use crate::permissions::{allowed, require, Operation};
use crate::Store;
use checks::advice_warning;
use lookup::Scanned;
use verdict::finding;

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
        let m = session.movement;
        require(actor, m.operation())?;
        self.check_session(session)?;
        if let Some(at) = session.occurred_at {
            crate::ledger::check_late_entry(self.conn(), at, now)?;
        }
        let today = now.local_date();
        let mut options = session.scanner.clone();
        options.today = today;
        let scan = match custody_gs1::decode(&input.raw, &options) {
            Ok(s) => s,
            Err(e) => {
                return Ok(Verdict::new(vec![finding(
                    Level::Blocked,
                    Code::DecodeError,
                    e.message,
                )]))
            }
        };
        let gtin = scan.gtin.map(|g| g.to_string());
        let fill = |mut v: Verdict,
                    product: Option<&Product>,
                    expiry: Option<NaiveDate>,
                    quantity: i64| {
            v.gtin = gtin
                .clone()
                .or_else(|| product.map(|p| p.data.gtin.clone()));
            v.product = product.map(|p| p.data.name.clone());
            v.serial = scan.serial.clone();
            v.lot = scan.lot.clone();
            v.expiry = expiry;
            v.quantity = quantity;
            v
        };
        let Some(product) = self.product_for_scan(&scan)? else {
            let what = gtin.as_deref().map_or_else(
                || format!("PZN {}", scan.pzn.as_deref().unwrap_or("?")),
                |g| format!("GTIN {g}"),
            );
            let v = Verdict::new(vec![finding(
                Level::Blocked,
                Code::UnknownProduct,
                format!(
                    "{what} is not in the product list. Add the product, then scan the pack again."
                ),
            )]);
            return Ok(fill(v, None, scan.expiry, 1));
        };
        let mut findings = Vec::new();
        let separator_hint = scan
            .warnings
            .iter()
            .find(|w| w.kind == WarningKind::PossibleMissingSeparator)
            .map(|w| w.message.clone());
        if let Some(hint) = &separator_hint {
            findings.push(finding(
                Level::Warning,
                Code::PossibleMissingSeparator,
                hint.clone(),
            ));
        }
        let quantity = match product.tracking {
            TrackingMode::Serial => 1,
            TrackingMode::Lot => input.quantity.unwrap_or(1),
        };
        if quantity <= 0 {
            return Err(CoreError::refused("movement.quantity_not_positive").field("quantity"));
        }
        match product.tracking {
            TrackingMode::Serial if scan.serial.is_none() => {
                let (code, message) = match &separator_hint {
                    Some(h) => (Code::PossibleMissingSeparator, format!("{} is serialized but this scan has no serial. {h}", product.data.name)),
                    None => (Code::MissingSerial, format!("{} is serialized: scan the pack's 2D code (Data Matrix), not its linear barcode.", product.data.name)),
                };
                return Ok(fill(
                    Verdict::new(vec![finding(Level::Blocked, code, message)]),
                    Some(&product),
                    scan.expiry,
                    1,
                ));
            }
            TrackingMode::Lot if scan.lot.is_none() => {
                let v = Verdict::new(vec![finding(
                    Level::Blocked,
                    Code::MissingLot,
                    format!(
                        "{} is tracked by lot: scan a code with the lot, or enter it.",
                        product.data.name
                    ),
                )]);
                return Ok(fill(v, Some(&product), scan.expiry, quantity));
            }
            _ => {}
        }
        let lot = scan.lot.clone();
        let known_lot_expiry = match &lot {
            Some(l) => self.lot_expiry(product.id, l)?,
            None => None,
        };
        let unit = match &scan.serial {
            Some(s) => self.unit_now(product.id, s)?,
            None => None,
        };
        let expiry = scan
            .expiry
            .or(known_lot_expiry.flatten())
            .or(unit.as_ref().and_then(|u| u.expiry));

        // Suspect: the lot was seen with another expiry.
        if let (Some(Some(known)), Some(scanned)) = (known_lot_expiry, scan.expiry) {
            if known != scanned {
                findings.push(finding(
                    Level::Blocked,
                    Code::ExpiryMismatch,
                    format!("Lot {} was recorded with expiry {known}, but this pack says {scanned}: the pack may be falsified. Set it aside for QA.", lot.as_deref().unwrap_or("")),
                ));
            }
        }
        // Under a recall: never usable again; it may only go to quarantine, back to the
        // supplier or to destruction, and a receipt or a ward return holds it in quarantine.
        let recalled = match m {
            Movement::Quarantine | Movement::Destroy | Movement::ReturnToSupplier => None,
            _ => {
                self.recall_covering(&product.data.gtin, lot.as_deref(), scan.serial.as_deref())?
            }
        };
        if let Some((number, class)) = &recalled {
            let what = scan.serial.as_deref().map_or_else(
                || format!("Lot {}", lot.as_deref().unwrap_or("")),
                |s| format!("Pack {s}"),
            );
            findings.push(finding(
                Level::Blocked,
                Code::Recalled,
                format!("{what} is under recall {number} ({}): do not use it. Set it aside in quarantine for QA.", class.label()),
            ));
        }
        // Expiry.
        if let Some(e) = expiry {
            let may_handle_expired = matches!(
                m,
                Movement::Quarantine | Movement::Destroy | Movement::ReturnToSupplier
            );
            if e < today && !may_handle_expired {
                findings.push(finding(
                    Level::Blocked,
                    Code::Expired,
                    format!("Expired on {e}. Do not use; quarantine or destroy it."),
                ));
            } else if m == Movement::Receive
                && e <= today + Duration::days(session.policy.short_dated_days)
            {
                findings.push(finding(
                    Level::Warning,
                    Code::ShortDated,
                    format!(
                        "Short-dated: expires on {e}, in {} days.",
                        (e - today).num_days()
                    ),
                ));
            }
        }
        // Where the pack (or the lot quantity) stands, and whether the movement fits.
        let here = session.location;
        let here_code = self.location_code(here)?;
        let before: Option<Place> = match (&scan.serial, &unit) {
            (Some(serial), Some(u)) => {
                let at = match u.location {
                    Some(l) => format!(" at {}", self.location_code(l)?),
                    None => String::new(),
                };
                self.serial_findings(m, serial, u, &at, here, &mut findings)?;
                Some(Place {
                    status: u.status,
                    location: u.location,
                })
            }
            (Some(serial), None) => {
                if m != Movement::Receive {
                    findings.push(finding(Level::Blocked, Code::NotInStock, format!("Pack {serial} was never received here. Receive it first, or set it aside if it should not be here.")));
                }
                None
            }
            (None, _) => {
                let lot = lot.as_deref().unwrap_or_default();
                let from_status = if m == Movement::Release {
                    UnitStatus::Quarantined
                } else {
                    UnitStatus::InStock
                };
                if m == Movement::Receive {
                    None
                } else {
                    let mut have = self.lot_quantity(product.id, lot, here, from_status)?;
                    let mut status = from_status;
                    if have < quantity
                        && matches!(m, Movement::Destroy | Movement::ReturnToSupplier)
                    {
                        status = UnitStatus::Quarantined;
                        have = self.lot_quantity(product.id, lot, here, status)?;
                    }
                    if m == Movement::Return {
                        None // ward returns add to stock
                    } else {
                        if have < quantity {
                            findings.push(finding(
                                Level::Blocked,
                                Code::InsufficientQuantity,
                                format!("Only {have} of lot {lot} are {} at {here_code}; {quantity} asked for.", from_status.as_str().replace('_', " ")),
                            ));
                        }
                        Some(Place::at(status, here))
                    }
                }
            }
        };
        // Expired stock of the product on this shelf: its own finding, apart from first expiry
        // first out, because the answer differs (quarantine them, not "use them first").
        if m == Movement::Dispense {
            let scanned = match scan.serial.as_deref() {
                Some(serial) => Scanned::Pack(serial),
                None => Scanned::Lot(lot.as_deref()),
            };
            let (n, oldest) = self.expired_here(product.id, here, today, scanned)?;
            if n > 0 {
                findings.push(finding(
                    Level::Warning,
                    Code::ExpiredOnShelf,
                    format!(
                        "{n} expired pack(s) of this product are still on the shelf at {here_code} (oldest expiry {}): quarantine them.",
                        oldest.map(|d| d.to_string()).unwrap_or_default()
                    ),
                ));
            }
        }
        // First expiry, first out, among the packs that may still be used.
        let in_stock_here = before == Some(Place::at(UnitStatus::InStock, here));
        if m == Movement::Dispense && product.tracking == TrackingMode::Serial && in_stock_here {
            if let Some(e) = expiry {
                let (n, earliest) = self.earlier_expiring(product.id, here, today, e)?;
                if n > 0 {
                    findings.push(finding(
                        Level::Warning,
                        Code::Fefo,
                        format!("{n} pack(s) of this product at {here_code} expire earlier (from {}): use those first.", earliest.map(|d| d.to_string()).unwrap_or_default()),
                    ));
                }
            }
        }
        // Against the expected shipment.
        let mut against_advice = None;
        if let (Movement::Receive, Some(shipment)) = (m, session.shipment) {
            let check = self.check_against_advice(
                shipment,
                &product.data.gtin,
                scan.serial.as_deref(),
                lot.as_deref(),
                expiry,
                quantity,
            )?;
            if let Some((code, message)) = advice_warning(&check) {
                findings.push(finding(Level::Warning, code, message));
            }
            against_advice = Some(check);
        }
        // Price against contract.
        if m == Movement::Receive {
            if let (Some(cost), Some(contract)) =
                (input.unit_cost_cents, product.data.contract_price_cents)
            {
                if cost * 100 > contract * (100 + session.policy.price_tolerance_percent) {
                    let supplier = match session.counterparty {
                        Some(p) => self.conn().query_row(
                            "SELECT name FROM partner WHERE id = ?1",
                            [p.0],
                            |r| r.get::<_, String>(0),
                        )?,
                        None => "the supplier".into(),
                    };
                    findings.push(finding(
                        Level::Warning,
                        Code::PriceAboveContract,
                        format!(
                            "{supplier} charged {:.2} against a contract price of {:.2}.",
                            cost as f64 / 100.0,
                            contract as f64 / 100.0
                        ),
                    ));
                }
            }
        }

        let verdict = fill(Verdict::new(findings), Some(&product), expiry, quantity);
        let blocked: Vec<&Finding> = verdict
            .findings
            .iter()
            .filter(|f| f.level == Level::Blocked)
            .collect();
        let mut reason = session.reason.clone();
        let mut overridden = false;
        let mut hold = false;
        if !blocked.is_empty() {
            let suspect = blocked.iter().any(|f| f.code.suspect());
            match &input.override_reason {
                Some(why) if blocked.iter().all(|f| f.code.overridable()) => {
                    if !allowed(actor.role, Operation::Override) {
                        return Err(crate::permissions::forbidden(actor, Operation::Override));
                    }
                    if session.signature.is_none() {
                        return Err(CoreError::refused("movement.override_needs_signature")
                            .field("password"));
                    }
                    let codes: Vec<&str> = blocked.iter().map(|f| f.code.as_str()).collect();
                    reason = Some(format!(
                        "override of {}: {why}{}",
                        codes.join(", "),
                        session
                            .reason
                            .as_deref()
                            .map(|r| format!("; {r}"))
                            .unwrap_or_default()
                    ));
                    overridden = true;
                }
                _ if (m == Movement::Receive && suspect)
                    || (m == Movement::Return && recalled.is_some()) =>
                {
                    let messages: Vec<&str> = blocked.iter().map(|f| f.message.as_str()).collect();
                    reason = Some(format!("suspect: {}", messages.join(" ")));
                    hold = true;
                }
                _ => return Ok(verdict),
            }
        }

        // What the line moves from and to.
        // Only holds and quarantines look up the quarantine location: not every scan.
        let (kind, after) = if hold {
            let quarantine_at = self.quarantine_location(here)?;
            let only_recalled = blocked.iter().all(|f| f.code == Code::Recalled);
            let kind = match (before.is_some(), only_recalled) {
                (false, _) => EventKind::Receive,
                (true, true) => EventKind::Quarantine,
                (true, false) => EventKind::MarkSuspect,
            };
            (kind, Place::at(UnitStatus::Quarantined, quarantine_at))
        } else {
            let after = match m {
                Movement::Receive | Movement::Return => Place::at(UnitStatus::InStock, here),
                Movement::Dispense => Place::gone(UnitStatus::Dispensed),
                Movement::Transfer => match (session.to_location, session.counterparty) {
                    (Some(to), _) => Place::at(UnitStatus::InStock, to),
                    (None, _) => Place::gone(UnitStatus::TransferredOut),
                },
                Movement::Quarantine => match session.to_location {
                    Some(to) => Place::at(UnitStatus::Quarantined, to),
                    None => Place::at(UnitStatus::Quarantined, self.quarantine_location(here)?),
                },
                Movement::Release => {
                    Place::at(UnitStatus::InStock, session.to_location.unwrap_or(here))
                }
                Movement::Destroy => Place::gone(UnitStatus::Destroyed),
                Movement::ReturnToSupplier => Place::gone(UnitStatus::ReturnedToSupplier),
            };
            (m.event_kind(), after)
        };
        let event = NewEvent {
            kind,
            occurred_at: session.occurred_at.unwrap_or(now),
            location: Some(here),
            counterparty: session.counterparty,
            reference: session.reference.clone(),
            reason,
            raw_scan: Some(input.raw.clone()),
            lines: vec![NewLine {
                product: product.id,
                lot: lot.clone(),
                serial: scan.serial.clone(),
                expiry,
                quantity,
                before,
                after: Some(after),
                unit_cost_cents: if m == Movement::Receive {
                    input.unit_cost_cents
                } else {
                    None
                },
            }],
        };
        let tx = self.conn_mut().transaction()?;
        let appended = {
            let mut appender = Appender::new(&tx, now)?;
            let signed = overridden || matches!(m, Movement::Destroy | Movement::Release);
            let appended = appender.append_signed(
                actor,
                &event,
                session.signature.as_ref().filter(|_| signed),
            )?;
            appender.finish()?;
            appended
        };
        // In the receipt's transaction: a receipt is never recorded without its match or
        // discrepancy, nor these without it.
        if let Some(check) = &against_advice {
            crate::shipment::record_against_advice(&tx, check, appended.seq, hold)?;
        }
        tx.commit()?;
        let location = match after.location {
            Some(l) => Some(self.location_code(l)?),
            None => None,
        };
        let mut verdict =
            verdict.with_recorded(appended, after.status, location.clone(), hold, overridden);
        if hold {
            verdict.message = format!(
                "{} Held in quarantine{}.",
                verdict.message,
                location.map(|l| format!(" ({l})")).unwrap_or_default()
            );
        } else if verdict.verdict == Level::Accepted {
            verdict.message = format!("{} {}.", product.data.name, m.verb());
        }
        Ok(verdict)
    }
}
