//! The checks of a scan, each a function returning its finding: how a known pack's state fits
//! the movement (`serial_findings`), and the receipt against its despatch advice
//! (`advice_warning`).

use chrono::NaiveDate;

use super::lookup::UnitNow;
use super::session::Movement;
use super::verdict::{finding, Code, Finding, Level};
use crate::error::CoreResult;
use crate::model::*;
use crate::shipment::{AdviceCheck, AdviceOutcome};
use crate::Store;

impl Store {
    /// Checks a known pack's state against the movement.
    pub(super) fn serial_findings(
        &self,
        m: Movement,
        serial: &str,
        u: &UnitNow,
        at: &str,
        here: LocationId,
        findings: &mut Vec<Finding>,
    ) -> CoreResult<()> {
        use UnitStatus as S;
        let status = u.status.as_str().replace('_', " ");
        let blocked = |code, message: String| finding(Level::Blocked, code, message);
        let gone = matches!(
            u.status,
            S::Dispensed | S::Destroyed | S::ReturnedToSupplier
        );
        match m {
            Movement::Receive => match u.status {
                S::InStock | S::Quarantined => findings.push(blocked(
                    Code::DuplicateSerial,
                    format!("Pack {serial} is already {status}{at}: this is a duplicate or cloned pack. Set it aside for QA."),
                )),
                _ if gone => findings.push(blocked(
                    Code::AlreadyDecommissioned,
                    format!("Pack {serial} was already {status}: a pack cannot come back in. It may be reused or cloned; set it aside for QA."),
                )),
                S::Missing => findings.push(finding(Level::Warning, Code::NotInStock, format!("Pack {serial} was recorded missing at a count; it is received again."))),
                _ => {} // transferred out and coming back
            },
            Movement::Return => match u.status {
                S::Dispensed | S::TransferredOut | S::Missing => {}
                S::InStock | S::Quarantined => findings.push(blocked(Code::DuplicateSerial, format!("Pack {serial} is already {status}{at}: it cannot be returned again."))),
                _ => findings.push(blocked(Code::AlreadyDecommissioned, format!("Pack {serial} was {status}: it cannot be returned to stock."))),
            },
            Movement::Release => {
                if u.status != S::Quarantined {
                    findings.push(blocked(Code::NotQuarantined, format!("Pack {serial} is {status}{at}, not in quarantine.")));
                }
            }
            _ => {
                // Held stock may be destroyed, sent back, or moved between quarantine areas.
                let held_ok = matches!(
                    m,
                    Movement::Destroy | Movement::ReturnToSupplier | Movement::Quarantine
                );
                match u.status {
                    _ if gone => findings.push(blocked(
                        Code::AlreadyDecommissioned,
                        format!("Pack {serial} was already {status}: it cannot be {} again. It may be reused or cloned; set it aside for QA.", m.verb()),
                    )),
                    S::TransferredOut | S::Missing => findings.push(blocked(Code::NotInStock, format!("Pack {serial} is not in stock here (it is {status})."))),
                    S::Quarantined if !held_ok => findings.push(blocked(Code::Quarantined, format!("Pack {serial} is in quarantine{at}: it may not be used."))),
                    _ => {}
                }
                let elsewhere = u.location.is_some_and(|l| l != here) && u.status == S::InStock;
                if elsewhere {
                    findings.push(blocked(Code::WrongLocation, format!("Pack {serial} is recorded{at}, not here. Move it with a transfer first, or override if the record is wrong.")));
                }
            }
        }
        Ok(())
    }
}

/// The warning for the person scanning a receipt against a despatch advice, if any: (code,
/// sentence). The shipment module says how the pack compares with the advice; this says it.
pub(super) fn advice_warning(check: &AdviceCheck) -> Option<(Code, String)> {
    let date = |d: &Option<NaiveDate>| d.map_or("-".to_string(), |d| d.to_string());
    match &check.outcome {
        AdviceOutcome::Unexpected => Some((
            Code::Unexpected,
            format!(
                "Not on the expected shipment: {} is received, but check it with the supplier.",
                check.serial
                    .as_deref()
                    .map_or_else(|| "this lot".to_string(), |s| format!("pack {s}"))
            ),
        )),
        AdviceOutcome::Matches { outstanding, .. } if *outstanding < check.quantity => Some((
            Code::Unexpected,
            format!(
                "The despatch advice lists {} more of lot {}; {} are received: the {} over are recorded as unexpected.",
                outstanding.max(&0),
                check.lot.as_deref().unwrap_or("-"),
                check.quantity,
                check.quantity - outstanding.max(&0)
            ),
        )),
        AdviceOutcome::Matches { .. } => None,
        AdviceOutcome::Differs { lot, expiry, .. } => Some((
            Code::DiffersFromAdvice,
            format!(
                "The despatch advice lists this pack with lot {} and expiry {}, but the pack says lot {} and expiry {}: received, not matched.",
                lot.as_deref().unwrap_or("-"),
                date(expiry),
                check.lot.as_deref().unwrap_or("-"),
                date(&check.expiry),
            ),
        )),
    }
}
