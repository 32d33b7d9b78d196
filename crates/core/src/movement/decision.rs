//! What happens to a checked scan: recorded as asked, recorded over a block by a permitted
//! user's signed override, held in quarantine as suspect, or not recorded at all. Which codes
//! may be overridden and which make a pack suspect is `verdict::Code`'s to say.

use super::session::{Movement, ScanInput, ScanSession};
use super::verdict::{Code, Finding, Level, Verdict};
use crate::error::{CoreError, CoreResult};
use crate::model::{TamperCheck, User};
use crate::permissions::{allowed, forbidden, Operation};

/// How a scan whose verdict allows it is recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Decision {
    /// Nothing blocked it: recorded as the session asks.
    AsAsked,
    /// The person was asked (an out-of-order dispense) and confirmed: recorded as asked, with
    /// their choice in the event's reason.
    Confirmed {
        /// The event's reason: the session's, then the choice.
        reason: String,
    },
    /// Every block was overridable and a permitted user overrode it with a reason and a
    /// signature: recorded as asked, signed, with the overridden codes in the reason.
    Overridden {
        /// The event's reason.
        reason: String,
    },
    /// A suspect pack being received, or a recalled one returned from a ward: recorded into
    /// quarantine instead.
    Held {
        /// The event's reason: "suspect: " and the blocks' sentences.
        reason: String,
        /// Whether a recall is the only block (the hold is then a quarantine, not a suspicion).
        only_recalled: bool,
    },
}

impl Decision {
    /// The reason the event records: the session's, or the override's or hold's.
    pub(super) fn reason(&self, session: &ScanSession) -> Option<String> {
        match self {
            Decision::AsAsked => session.reason.clone(),
            Decision::Overridden { reason }
            | Decision::Held { reason, .. }
            | Decision::Confirmed { reason } => Some(reason.clone()),
        }
    }

    /// Whether the pack goes to quarantine instead of where the movement takes it.
    pub(super) fn holds(&self) -> bool {
        matches!(self, Decision::Held { .. })
    }

    /// Whether a block was overridden.
    pub(super) fn overrides(&self) -> bool {
        matches!(self, Decision::Overridden { .. })
    }
}

/// Decides on a checked scan, or `None` when nothing may be recorded (the verdict is then the
/// answer): a question not yet answered records nothing. An override asked by a user whose role
/// may not override, or without a signature, is refused rather than ignored: the person asked
/// for something that did not happen.
pub(super) fn decide(
    actor: &User,
    session: &ScanSession,
    input: &ScanInput,
    verdict: &Verdict,
    recalled: bool,
) -> CoreResult<Option<Decision>> {
    let blocked: Vec<&Finding> = verdict
        .findings
        .iter()
        .filter(|f| f.level == Level::Blocked)
        .collect();
    let m = session.movement;
    // A broken seal holds the pack whatever else the scan would ask (an earlier expiry on the
    // shelf): a question left unanswered would leave the pack on the shelf to be supplied.
    if m == Movement::Dispense && input.tamper == Some(TamperCheck::Broken) && !blocked.is_empty() {
        return Ok(Some(tamper_hold(&blocked)));
    }
    if verdict.findings.iter().any(|f| f.level == Level::Ask) {
        return Ok(None);
    }
    if blocked.is_empty() {
        return Ok(Some(confirmed(session, verdict)));
    }
    let suspect = blocked.iter().any(|f| f.code.suspect());
    match &input.override_reason {
        Some(why) if blocked.iter().all(|f| f.code.overridable()) => {
            override_blocks(actor, session, why, &blocked).map(Some)
        }
        _ if (m == Movement::Receive && suspect) || (m == Movement::Return && recalled) => {
            Ok(Some(hold(&blocked)))
        }
        _ => Ok(None),
    }
}

/// The reason a pack whose anti-tampering device was found broken at a dispense is held with.
pub const TAMPER_BROKEN_REASON: &str = "suspect: anti-tampering device broken";

/// A pack found with its anti-tampering device broken at a dispense: not supplied, held as
/// suspect, the reason saying so first (and any other block after it).
fn tamper_hold(blocked: &[&Finding]) -> Decision {
    let others: Vec<&str> = blocked
        .iter()
        .filter(|f| f.code != Code::TamperBroken)
        .map(|f| f.message.as_str())
        .collect();
    let reason = match others.is_empty() {
        true => TAMPER_BROKEN_REASON.to_string(),
        false => format!("{TAMPER_BROKEN_REASON}; {}", others.join(" ")),
    };
    Decision::Held {
        reason,
        only_recalled: false,
    }
}

/// A scan with nothing blocking it: recorded as asked, or, when the person confirmed going out
/// of first-expiry order, with that choice (the finding's sentence) after the session's reason,
/// so the ledger keeps who chose to pass over which pack.
fn confirmed(session: &ScanSession, verdict: &Verdict) -> Decision {
    let Some(choice) = verdict.findings.iter().find(|f| f.code == Code::Fefo) else {
        return Decision::AsAsked;
    };
    let reason = match session.reason.as_deref() {
        Some(r) => format!("{r}; {}", choice.message),
        None => choice.message.clone(),
    };
    Decision::Confirmed { reason }
}

/// A permitted user's override of overridable blocks, signed, with the codes and the reason
/// given (and the session's reason after it).
fn override_blocks(
    actor: &User,
    session: &ScanSession,
    why: &str,
    blocked: &[&Finding],
) -> CoreResult<Decision> {
    if !allowed(actor.role, Operation::Override) {
        return Err(forbidden(actor, Operation::Override));
    }
    if session.signature.is_none() {
        return Err(CoreError::refused("movement.override_needs_signature").field("password"));
    }
    let codes: Vec<&str> = blocked.iter().map(|f| f.code.as_str()).collect();
    let reason = format!(
        "override of {}: {why}{}",
        codes.join(", "),
        session
            .reason
            .as_deref()
            .map(|r| format!("; {r}"))
            .unwrap_or_default()
    );
    Ok(Decision::Overridden { reason })
}

/// A hold in quarantine, with the blocks' sentences as its reason.
fn hold(blocked: &[&Finding]) -> Decision {
    let messages: Vec<&str> = blocked.iter().map(|f| f.message.as_str()).collect();
    Decision::Held {
        reason: format!("suspect: {}", messages.join(" ")),
        only_recalled: blocked.iter().all(|f| f.code == Code::Recalled),
    }
}

#[cfg(test)]
mod tests {
    use super::super::verdict::said as finding;
    use super::*;
    use crate::model::{LocationId, Role, Signature, SignatureMeaning, Timestamp, UserId};

    fn user(role: Role) -> User {
        User {
            id: UserId(7),
            username: "jdoe".into(),
            name: "J. Doe".into(),
            role,
            active: true,
        }
    }

    fn session(m: Movement, signed: bool) -> ScanSession {
        let mut s = ScanSession::new(m, LocationId(1));
        s.reason = Some("ward 4".into());
        s.signature = signed.then(|| Signature {
            user: UserId(7),
            meaning: SignatureMeaning::Approved,
            at: Timestamp::parse("2026-11-22T09:30:00Z").unwrap(),
        });
        s
    }

    fn overriding(why: &str) -> ScanInput {
        ScanInput {
            override_reason: Some(why.into()),
            ..ScanInput::default()
        }
    }

    fn blocked(codes: &[Code]) -> Verdict {
        let mut findings = vec![finding(Level::Warning, Code::ShortDated, "Short-dated.")];
        for c in codes {
            findings.push(finding(Level::Blocked, *c, format!("{}.", c.as_str())));
        }
        Verdict::new(findings)
    }

    #[test]
    fn a_scan_with_no_block_is_recorded_as_asked_with_the_session_s_reason() {
        let s = session(Movement::Dispense, false);
        let d = decide(
            &user(Role::Staff),
            &s,
            &ScanInput::default(),
            &blocked(&[]),
            false,
        );
        assert_eq!(
            d.unwrap(),
            Some(Decision::AsAsked),
            "warnings do not stop a scan"
        );
        assert_eq!(
            Decision::AsAsked.reason(&s).as_deref(),
            Some("ward 4"),
            "the event carries the session's reason"
        );
    }

    #[test]
    fn an_unanswered_question_records_nothing_and_a_confirmed_one_records_the_choice() {
        let s = session(Movement::Dispense, false);
        let asked = Verdict::new(vec![finding(Level::Ask, Code::Fefo, "Earlier lot L1.")]);
        let d = decide(&user(Role::Staff), &s, &ScanInput::default(), &asked, false);
        assert_eq!(
            d.unwrap(),
            None,
            "an out-of-order dispense is asked before anything is recorded"
        );
        let chosen = Verdict::new(vec![finding(
            Level::Warning,
            Code::Fefo,
            "Before lot L1: the operator's choice.",
        )]);
        let d = decide(
            &user(Role::Staff),
            &s,
            &ScanInput::default(),
            &chosen,
            false,
        );
        assert_eq!(
            d.unwrap(),
            Some(Decision::Confirmed {
                reason: "ward 4; Before lot L1: the operator's choice.".into()
            }),
            "the event keeps the session's reason and the person's choice"
        );
    }

    #[test]
    fn a_signed_manager_overrides_overridable_blocks_with_the_codes_in_the_reason() {
        let s = session(Movement::Dispense, true);
        let v = blocked(&[Code::Expired, Code::WrongLocation]);
        let d = decide(
            &user(Role::Manager),
            &s,
            &overriding("no other stock"),
            &v,
            false,
        );
        assert_eq!(
            d.unwrap(),
            Some(Decision::Overridden {
                reason: "override of expired, wrong_location: no other stock; ward 4".into()
            }),
            "the event must say which blocks were waved through, why, and the session's reason"
        );
    }

    #[test]
    fn an_override_without_the_right_or_a_signature_is_refused_not_ignored() {
        let v = blocked(&[Code::Expired]);
        let why = overriding("no other stock");
        let s = session(Movement::Dispense, true);
        let e = decide(&user(Role::Staff), &s, &why, &v, false).unwrap_err();
        assert_eq!(e.code(), "auth.forbidden", "staff may not override a block");
        let s = session(Movement::Dispense, false);
        let e = decide(&user(Role::Manager), &s, &why, &v, false).unwrap_err();
        assert_eq!(
            e.code(),
            "movement.override_needs_signature",
            "an override is a signed act"
        );
    }

    #[test]
    fn a_suspect_pack_is_never_overridden_and_is_held_when_received() {
        let v = blocked(&[Code::Expired, Code::DuplicateSerial]);
        let why = overriding("looks fine");
        let s = session(Movement::Receive, true);
        let d = decide(&user(Role::Admin), &s, &why, &v, false).unwrap();
        assert_eq!(
            d,
            Some(Decision::Held {
                reason: "suspect: expired. duplicate_serial.".into(),
                only_recalled: false
            }),
            "a duplicate needs QA, not a click: it is received into quarantine"
        );
        let s = session(Movement::Dispense, true);
        let d = decide(&user(Role::Admin), &s, &why, &v, false).unwrap();
        assert_eq!(
            d, None,
            "a suspect pack is not dispensed, overridden or not"
        );
    }

    #[test]
    fn a_recalled_pack_returned_from_a_ward_is_held_and_dispensing_it_records_nothing() {
        let v = blocked(&[Code::Recalled]);
        let s = session(Movement::Return, false);
        let d = decide(&user(Role::Staff), &s, &ScanInput::default(), &v, true).unwrap();
        assert!(
            matches!(d, Some(Decision::Held { only_recalled: true, .. })),
            "a ward return of recalled stock is held in quarantine, as a recall, not a suspicion: {d:?}"
        );
        let s = session(Movement::Dispense, false);
        let d = decide(&user(Role::Staff), &s, &ScanInput::default(), &v, true).unwrap();
        assert_eq!(d, None, "recalled stock is not dispensed");
        let v = blocked(&[Code::Expired]);
        let s = session(Movement::Return, false);
        let d = decide(&user(Role::Staff), &s, &ScanInput::default(), &v, false).unwrap();
        assert_eq!(d, None, "only a recall makes a blocked ward return a hold");
    }
}
