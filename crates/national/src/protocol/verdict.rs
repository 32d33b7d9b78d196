//! What an answer means for the pack: one function, [`verdict`], over any market's answer.
//!
//! - **Confirmed**: the pack is in the state we expected (active before a dispense, supplied
//!   after one, verified in the US).
//! - **Alert**: the pack must be quarantined and looked at: the system raised an alert (⚠, with
//!   its UAID), or the pack is unknown, already decommissioned elsewhere, recalled nationally,
//!   expired, withdrawn, stolen, or its lot or expiry does not match.
//! - **Unavailable**: the system is down (`SP-901`); try later.
//! - **Refused**: our request was wrong (an undo too late, by another user, on the wrong
//!   status): nothing is wrong with the pack, no alert.

use super::eu::{PackResult, PackState, ReturnCode};
use super::us::{FailureReason, VrsAnswer};

/// Which national system answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum System {
    /// An EU country's NMVS.
    Nmvs,
    /// The US verification router.
    Vrs,
}

/// An answer, with what the EU request expected of the pack.
#[derive(Debug, Clone, Copy)]
pub enum Answer<'a> {
    /// An NMVS answer for one pack, and the state the request wanted it in (active for a
    /// verify or an undo, the decommission's state for a decommission).
    Nmvs {
        /// The answer.
        result: &'a PackResult,
        /// The state wanted.
        wanted: PackState,
    },
    /// A VRS answer (verified or not, and why).
    Vrs(&'a VrsAnswer),
}

/// What an answer means for the pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// The pack is as expected.
    Confirmed,
    /// The pack is suspect: quarantine it and show the system's code and words.
    Alert {
        /// Which system answered.
        system: System,
        /// The system's code (`NMVS_NC_PCK_22`, `No_match_GTIN_Serial`), or for a state the
        /// system reports without a code, `STATE_` and the state (`STATE_RECALLED`).
        code: String,
        /// The code's meaning in words.
        words: String,
        /// The system's alert id (UAID), when it raised one.
        alert_id: Option<String>,
    },
    /// The system is not available: try later.
    Unavailable,
    /// Our request was wrong; the pack is not suspect.
    Refused {
        /// The system's code.
        code: String,
        /// Its meaning in words.
        words: String,
    },
}

/// What `answer` means for the pack.
pub fn verdict(answer: Answer<'_>) -> Verdict {
    match answer {
        Answer::Nmvs { result, wanted } => nmvs(result, wanted),
        Answer::Vrs(a) => vrs(a),
    }
}

fn nmvs(r: &PackResult, wanted: PackState) -> Verdict {
    let Some(code) = r.return_code else {
        return nmvs_state(r, wanted);
    };
    let alert = |alert_id: Option<String>| Verdict::Alert {
        system: System::Nmvs,
        code: code.code().to_string(),
        words: code.meaning().to_string(),
        alert_id,
    };
    match code {
        ReturnCode::SystemNotAvailable => Verdict::Unavailable,
        c if c.alerts() => alert(r.alert_id.clone()),
        // Asked singly, an unknown product code is an unknown pack (a bulk answer's is retried
        // singly by the drainer first, since bulk requests do no intermarket look-up).
        ReturnCode::UnknownProductCode => alert(None),
        // Already set by us (an intermarket repeat of our own change) is what we wanted.
        ReturnCode::StatusAlreadySet if r.state == Some(wanted) && r.by_requester => {
            Verdict::Confirmed
        }
        // A change refused because the system itself blocks the pack: that is the finding.
        ReturnCode::StatusChangeFailed if r.state.is_some_and(PackState::blocked) => {
            nmvs_state(r, wanted)
        }
        c => Verdict::Refused {
            code: c.code().to_string(),
            words: c.meaning().to_string(),
        },
    }
}

/// A state answered without an alert code: as wanted, or a finding on the pack.
fn nmvs_state(r: &PackResult, wanted: PackState) -> Verdict {
    match r.state {
        Some(s) if s == wanted => Verdict::Confirmed,
        Some(s) => Verdict::Alert {
            system: System::Nmvs,
            code: format!("STATE_{}", state_name(s)),
            words: if s == PackState::Active {
                "the national system did not change the pack's state".to_string()
            } else {
                s.words().to_string()
            },
            alert_id: r.alert_id.clone(),
        },
        None => Verdict::Refused {
            code: "NO_STATE".to_string(),
            words: "the answer does not say the pack's state".to_string(),
        },
    }
}

fn state_name(s: PackState) -> String {
    let mut out = String::new();
    for (i, c) in format!("{s:?}").chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_uppercase());
    }
    out
}

fn vrs(a: &VrsAnswer) -> Verdict {
    let alert = |code: &str, words: &str| Verdict::Alert {
        system: System::Vrs,
        code: code.to_string(),
        words: words.to_string(),
        alert_id: None,
    };
    if a.verified {
        return match a.additional_info {
            Some(info) if !info.harmless() => alert(&format!("{info:?}"), info.meaning()),
            _ => Verdict::Confirmed,
        };
    }
    match a.verification_failure_reason {
        // The manufacturer declines this kind of request: no finding on the pack either way.
        Some(FailureReason::ManufacturerPolicy) => Verdict::Refused {
            code: FailureReason::ManufacturerPolicy.code().to_string(),
            words: FailureReason::ManufacturerPolicy.meaning().to_string(),
        },
        Some(r) => alert(r.code(), r.meaning()),
        None => alert(
            FailureReason::NoReasonProvided.code(),
            FailureReason::NoReasonProvided.meaning(),
        ),
    }
}

#[cfg(test)]
mod tests;
