//! What happens to a checked scan: recorded as asked, recorded over a block by a permitted
//! user's signed override, held in quarantine as suspect, or not recorded at all. Which codes
//! may be overridden and which make a pack suspect is `verdict::Code`'s to say.

use super::session::{Movement, ScanInput, ScanSession};
use super::verdict::{Code, Finding, Level, Verdict};
use crate::error::{CoreError, CoreResult};
use crate::model::User;
use crate::permissions::{allowed, forbidden, Operation};

/// How a scan whose verdict allows it is recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Decision {
    /// Nothing blocked it: recorded as the session asks.
    AsAsked,
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
            Decision::Overridden { reason } | Decision::Held { reason, .. } => Some(reason.clone()),
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
/// answer). An override asked by a user whose role may not override, or without a signature,
/// is refused rather than ignored: the person asked for something that did not happen.
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
    if blocked.is_empty() {
        return Ok(Some(Decision::AsAsked));
    }
    let m = session.movement;
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
