//! What an answer means for the pack: one function, [`verdict`], over any market's answer.
//!
//! - **Confirmed**: the pack is in the state we expected (active before a dispense, supplied
//!   after one, verified in the US).
//! - **Alert**: the pack must be quarantined and looked at: the system raised an alert (⚠, with
//!   its UAID), or the pack is unknown, already decommissioned elsewhere, recalled nationally,
//!   expired, withdrawn, stolen, or its lot or expiry does not match.
//! - **Settled**: the change was not made, but the pack is out of the supply chain for a reason
//!   the system already knows, which is what the request meant: a recalled pack destroyed on
//!   purpose (answered "recalled", or "already inactive" on a pack the system holds as
//!   recalled). Done, the system's code and words kept; no quarantine, no suspect.
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
    /// The change was not made, but nothing is wrong: the pack is already out of the supply
    /// chain for a reason the system knows (a recalled pack destroyed). Done, with the code.
    Settled {
        /// The system's code, or `STATE_` and the state.
        code: String,
        /// Its meaning in words.
        words: String,
        /// The alert id, if the system raised one all the same (kept for the record).
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
    if let Some(settled) = destroyed_on_recall(r, wanted) {
        return settled;
    }
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

/// A destruction of a pack the system holds as recalled: the pack is out of the supply chain
/// either way, destroyed on purpose, so the system's answers about its state ("recalled",
/// "already inactive", "could not be performed") are settled, never an alert. Any other code
/// (a batch or expiry that does not match: the pack may be falsified) stays what it says, and
/// `SP-901` still waits.
fn destroyed_on_recall(r: &PackResult, wanted: PackState) -> Option<Verdict> {
    if wanted != PackState::Destroyed || r.state != Some(PackState::Recalled) {
        return None;
    }
    let (code, words) = match r.return_code {
        Some(c @ (ReturnCode::StatusChangeFailed | ReturnCode::AlreadyInactive)) => {
            (c.code().to_string(), c.meaning().to_string())
        }
        Some(_) => return None,
        None => (
            format!("STATE_{}", state_name(PackState::Recalled)),
            PackState::Recalled.words().to_string(),
        ),
    };
    Some(Verdict::Settled {
        code,
        words,
        alert_id: r.alert_id.clone(),
    })
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
mod tests {
    //! A verdict for every return code, state and VRS reason.

    use super::*;
    use crate::protocol::us::AdditionalInfo;
    use crate::protocol::PackKey;

    fn result(code: Option<ReturnCode>, state: Option<PackState>) -> PackResult {
        PackResult {
            pack: PackKey::new("09501101020917", "S1", "L1", "281231").unwrap(),
            return_code: code,
            state,
            by_requester: false,
            changed_at: None,
            alert_id: code.filter(|c| c.alerts()).map(|_| "UAID-1".to_string()),
            client_trx_id: String::new(),
        }
    }

    fn check(code: Option<ReturnCode>, state: Option<PackState>, wanted: PackState, expect: &str) {
        let r = result(code, state);
        let v = verdict(Answer::Nmvs { result: &r, wanted });
        let got = match &v {
            Verdict::Confirmed => "confirmed".to_string(),
            Verdict::Unavailable => "unavailable".to_string(),
            Verdict::Refused { code, .. } => format!("refused {code}"),
            Verdict::Settled { code, .. } => format!("settled {code}"),
            Verdict::Alert { code, alert_id, .. } => {
                format!("alert {code} {}", alert_id.as_deref().unwrap_or("-"))
            }
        };
        assert_eq!(
            got, expect,
            "{code:?} with {state:?}, wanting {wanted:?}: {v:?}"
        );
    }

    #[test]
    fn every_return_code_has_its_verdict() {
        use PackState::*;
        use ReturnCode::*;
        let supplied = Supplied;
        check(
            Some(UnknownProductCode),
            None,
            supplied,
            "alert NMVS_NC_PC_01 -",
        );
        check(
            Some(UnknownSerial),
            None,
            supplied,
            "alert NMVS_NC_PC_02 UAID-1",
        );
        check(
            Some(UnknownBatch),
            None,
            supplied,
            "alert NMVS_FE_LOT_03 UAID-1",
        );
        check(
            Some(ExpiryMismatch),
            None,
            supplied,
            "alert NMVS_FE_LOT_12 UAID-1",
        );
        check(
            Some(BatchMismatch),
            None,
            supplied,
            "alert NMVS_FE_LOT_13 UAID-1",
        );
        check(
            Some(UndoStatusMismatch),
            Some(Active),
            Active,
            "refused NMVS_NC_PCK_06",
        );
        check(
            Some(StatusAlreadySet),
            Some(Supplied),
            supplied,
            "refused NMVS_NC_PCK_19",
        );
        check(
            Some(UndoTooLate),
            Some(Supplied),
            Active,
            "refused NMVS_NC_PCK_20",
        );
        check(
            Some(UndoOtherUser),
            Some(Supplied),
            Active,
            "refused NMVS_NC_PCK_21",
        );
        check(
            Some(AlreadyInactive),
            Some(Supplied),
            supplied,
            "alert NMVS_NC_PCK_22 UAID-1",
        );
        check(
            Some(StatusChangeFailed),
            Some(Active),
            supplied,
            "refused NMVS_NC_PCK_27",
        );
        check(Some(SystemNotAvailable), None, supplied, "unavailable");
    }

    #[test]
    fn every_code_the_notes_mark_with_an_alert_raises_one() {
        let alerting: Vec<&str> = ReturnCode::ALL
            .iter()
            .filter(|c| c.alerts())
            .map(|c| c.code())
            .collect();
        assert_eq!(
            alerting,
            [
                "NMVS_NC_PC_02",
                "NMVS_FE_LOT_03",
                "NMVS_FE_LOT_12",
                "NMVS_FE_LOT_13",
                "NMVS_NC_PCK_22"
            ],
            "the ⚠ codes of the notes, no more"
        );
        for c in ReturnCode::ALL {
            assert!(!c.meaning().is_empty(), "{c:?} has words");
        }
    }

    #[test]
    fn a_status_already_set_by_us_is_what_we_wanted() {
        let mut r = result(
            Some(ReturnCode::StatusAlreadySet),
            Some(PackState::Supplied),
        );
        r.by_requester = true;
        let v = verdict(Answer::Nmvs {
            result: &r,
            wanted: PackState::Supplied,
        });
        assert_eq!(
            v,
            Verdict::Confirmed,
            "our own change, repeated, is no finding"
        );
    }

    #[test]
    fn a_change_on_a_pack_the_system_blocks_is_an_alert_on_its_state() {
        use PackState::*;
        let c = Some(ReturnCode::StatusChangeFailed);
        check(c, Some(Recalled), Supplied, "alert STATE_RECALLED -");
        check(c, Some(Expired), Supplied, "alert STATE_EXPIRED -");
        check(c, Some(Withdrawn), Supplied, "alert STATE_WITHDRAWN -");
    }

    #[test]
    fn a_recalled_pack_destroyed_is_settled_whatever_the_system_answers_of_it() {
        use PackState::*;
        use ReturnCode::*;
        check(None, Some(Recalled), Destroyed, "settled STATE_RECALLED");
        let failed = Some(StatusChangeFailed);
        check(failed, Some(Recalled), Destroyed, "settled NMVS_NC_PCK_27");
        let inactive = Some(AlreadyInactive);
        check(
            inactive,
            Some(Recalled),
            Destroyed,
            "settled NMVS_NC_PCK_22",
        );
        let down = Some(SystemNotAvailable);
        check(down, Some(Recalled), Destroyed, "unavailable");
        // A batch or expiry that does not match is a finding on the pack, recalled or not.
        let (batch, expiry) = (BatchMismatch.code(), ExpiryMismatch.code());
        let mismatch = Some(BatchMismatch);
        check(
            mismatch,
            Some(Recalled),
            Destroyed,
            &format!("alert {batch} UAID-1"),
        );
        let mismatch = Some(ExpiryMismatch);
        check(
            mismatch,
            Some(Recalled),
            Destroyed,
            &format!("alert {expiry} UAID-1"),
        );
        // Only a destruction, only of a recalled pack.
        check(failed, Some(Recalled), Supplied, "alert STATE_RECALLED -");
        check(failed, Some(Expired), Destroyed, "alert STATE_EXPIRED -");
        check(
            inactive,
            Some(Destroyed),
            Destroyed,
            "alert NMVS_NC_PCK_22 UAID-1",
        );
    }

    #[test]
    fn every_state_other_than_the_one_wanted_is_an_alert() {
        use PackState::*;
        check(None, Some(Active), Active, "confirmed");
        check(None, Some(Supplied), Supplied, "confirmed");
        check(None, Some(FreeSample), FreeSample, "confirmed");
        for (state, name) in [
            (Supplied, "SUPPLIED"),
            (Destroyed, "DESTROYED"),
            (Locked, "LOCKED"),
            (Recalled, "RECALLED"),
            (Expired, "EXPIRED"),
            (Withdrawn, "WITHDRAWN"),
            (Stolen, "STOLEN"),
            (Sample, "SAMPLE"),
            (FreeSample, "FREE_SAMPLE"),
            (Exported, "EXPORTED"),
        ] {
            check(None, Some(state), Active, &format!("alert STATE_{name} -"));
        }
        check(None, Some(Active), Supplied, "alert STATE_ACTIVE -");
        check(None, None, Active, "refused NO_STATE");
    }

    fn vrs_answer(
        verified: bool,
        reason: Option<FailureReason>,
        info: Option<AdditionalInfo>,
    ) -> Verdict {
        verdict(Answer::Vrs(&VrsAnswer {
            verified,
            verification_failure_reason: reason,
            additional_info: info,
            correlation: "c".into(),
            responder_gln: None,
        }))
    }

    #[test]
    fn every_vrs_answer_has_its_verdict() {
        assert_eq!(vrs_answer(true, None, None), Verdict::Confirmed);
        assert_eq!(
            vrs_answer(true, None, Some(AdditionalInfo::ExpirationExtended)),
            Verdict::Confirmed,
            "an extended expiry leaves the pack good"
        );
        for info in [
            AdditionalInfo::Expired,
            AdditionalInfo::Recalled,
            AdditionalInfo::Suspect,
            AdditionalInfo::Illegitimate,
            AdditionalInfo::Other,
        ] {
            let v = vrs_answer(true, None, Some(info));
            assert!(
                matches!(&v, Verdict::Alert { system: System::Vrs, code, .. } if *code == format!("{info:?}")),
                "{info:?} makes a verified pack suspect: {v:?}"
            );
        }
        for reason in FailureReason::ALL {
            let v = vrs_answer(false, Some(reason), None);
            if reason == FailureReason::ManufacturerPolicy {
                assert!(
                    matches!(v, Verdict::Refused { .. }),
                    "a policy is no finding"
                );
            } else {
                assert!(
                    matches!(&v, Verdict::Alert { code, .. } if code == reason.code()),
                    "{reason:?} is an alert: {v:?}"
                );
            }
        }
        assert!(
            matches!(vrs_answer(false, None, None), Verdict::Alert { code, .. } if code == "No_reason_provided"),
            "not verified without a reason is still not verified"
        );
    }
}
