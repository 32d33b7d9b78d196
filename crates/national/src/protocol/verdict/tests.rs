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
