//! What the site does with each answer of the hub, as pure functions of the answer and where
//! the site stands, so every branch is tested without a server.
//!
//! - `gap` below what the site thinks acknowledged: the hub lost events (restored from a
//!   backup); send again from where it expects.
//! - `gap` above it: an acknowledgement was lost on the way back; ask the hub's head and take it
//!   if it is the site's own hash there (else it is a fork).
//! - `fork`, `suspended`: record and stop; never retried, a person resolves it at the hub.
//! - anything else: record it as refused and stop until someone looks.

use custody_core::sync::SyncState;
use custody_sync_protocol::Refusal;

/// What to do after a refusal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Send again from after this sequence number.
    ResendFrom(i64),
    /// Read the hub's head and compare it with the site's own hash there.
    CompareHead,
    /// Record the refusal with this state and stop.
    Stop(SyncState),
}

/// What to do after `refusal`, when the site thinks the hub holds up to `acked_seq`.
pub fn after_refusal(refusal: &Refusal, acked_seq: i64) -> Decision {
    match refusal {
        Refusal::Gap { expected_seq } => {
            let held = expected_seq - 1;
            if held < acked_seq {
                Decision::ResendFrom(held.max(0))
            } else if held > acked_seq {
                Decision::CompareHead
            } else {
                // The hub expects exactly what was sent: it contradicts itself, and sending the
                // same batch again would only loop.
                Decision::Stop(SyncState::Refused)
            }
        }
        Refusal::Fork { .. } => Decision::Stop(SyncState::Fork),
        Refusal::Suspended { .. } => Decision::Stop(SyncState::Suspended),
        Refusal::BadChain { .. }
        | Refusal::BadSignature
        | Refusal::Unauthorized
        | Refusal::BadEnrolmentCode
        | Refusal::BadRequest { .. }
        // Answers to a site's recall outcomes, never to a push: `outcomes.rs` acts on them.
        | Refusal::UnknownRecall { .. }
        | Refusal::NotCovered { .. }
        | Refusal::BadOutcome { .. } => Decision::Stop(SyncState::Refused),
    }
}

/// Where to go on after an acknowledgement of `acked_seq`, having sent from after `after`:
/// `None` when the hub moved nothing on (sending the same batch again would loop).
pub fn after_ack(after: i64, acked_seq: i64) -> Option<i64> {
    (acked_seq > after).then_some(acked_seq)
}

/// How many times one push may send from an earlier position without an acknowledgement in
/// between: a hub that keeps asking for the same events again is not making progress.
pub const MAX_RESENDS: u32 = 3;

#[cfg(test)]
mod tests {
    use super::*;

    fn check(refusal: Refusal, acked: i64, expect: Decision, why: &str) {
        assert_eq!(
            after_refusal(&refusal, acked),
            expect,
            "{refusal:?} at {acked}: {why}"
        );
    }

    #[test]
    fn each_refusal_has_its_decision() {
        check(
            Refusal::Gap { expected_seq: 41 },
            100,
            Decision::ResendFrom(40),
            "the hub lost events after 40 (a restore): send them again",
        );
        check(
            Refusal::Gap { expected_seq: 1 },
            100,
            Decision::ResendFrom(0),
            "a hub that lost everything gets the chain from the start",
        );
        check(
            Refusal::Gap { expected_seq: 151 },
            100,
            Decision::CompareHead,
            "the hub holds more than was acknowledged: a lost acknowledgement, or a fork",
        );
        check(
            Refusal::Gap { expected_seq: 101 },
            100,
            Decision::Stop(SyncState::Refused),
            "a gap at the very position sent is a contradiction, never a loop",
        );
        check(
            Refusal::Fork {
                seq: 3,
                held_hash: "a".into(),
                offered_hash: "b".into(),
            },
            100,
            Decision::Stop(SyncState::Fork),
            "a fork is never retried",
        );
        check(
            Refusal::Suspended {
                reason: "fork at 3".into(),
            },
            100,
            Decision::Stop(SyncState::Suspended),
            "a suspension waits for the hub's administrator",
        );
        for other in [
            Refusal::BadSignature,
            Refusal::Unauthorized,
            Refusal::BadEnrolmentCode,
            Refusal::BadChain { reason: "x".into() },
            Refusal::BadRequest { reason: "x".into() },
        ] {
            check(
                other,
                100,
                Decision::Stop(SyncState::Refused),
                "sending the same again would be refused the same way",
            );
        }
    }

    #[test]
    fn an_acknowledgement_that_moves_nothing_on_stops_the_push() {
        assert_eq!(
            after_ack(100, 600),
            Some(600),
            "the next batch starts after 600"
        );
        assert_eq!(
            after_ack(100, 100),
            None,
            "a hub acknowledging no more than before would have the same batch sent for ever"
        );
        assert_eq!(
            after_ack(100, 40),
            None,
            "an acknowledgement backwards is no progress"
        );
    }
}
