//! The US router: verified, and not verified for each reason.

use custody_national::client::{Endpoint, VrsClient, VrsConfig};
use custody_national::drain::{Kind, RequestState, Systems};
use custody_national::protocol::us::{AdditionalInfo, Context, FailureReason};
use custody_national::protocol::{verdict, Answer, Market, Verdict};
use custody_national::sim::{VrsPack, VrsSim};

use super::*;

const US_GTIN: &str = "00312345678906";

fn us_pack(serial: &str) -> PackKey {
    PackKey::new(US_GTIN, serial, "LOT7", "270630").unwrap()
}

fn known(serial: &str, info: Option<AdditionalInfo>, failure: Option<FailureReason>) -> VrsPack {
    VrsPack {
        pack: us_pack(serial),
        additional_info: info,
        failure,
    }
}

fn router() -> VrsSim {
    VrsSim::start(vec![
        known("GOOD", None, None),
        known("EXTENDED", Some(AdditionalInfo::ExpirationExtended), None),
        known("RECALLED", Some(AdditionalInfo::Recalled), None),
        known("POLICY", None, Some(FailureReason::ManufacturerPolicy)),
        known("NOREASON", None, Some(FailureReason::NoReasonProvided)),
        known("NORESALE", None, Some(FailureReason::NotForRedistribution)),
        known("A/B%1", None, None),
    ])
    .unwrap()
}

fn client(sim: &VrsSim) -> VrsClient {
    VrsClient::new(&VrsConfig {
        endpoint: Endpoint::new(&sim.base_url()),
        requestor_gln: "0614141000005".to_string(),
    })
    .unwrap()
}

/// Verified, the reason, and the verdict in words.
type Expected<'a> = (bool, Option<&'a str>, &'a str);

/// What the router answers for `pack`, as (verified, reason, verdict's code).
fn check(c: &VrsClient, pack: &PackKey) -> (bool, Option<&'static str>, String) {
    let a = c.verify(pack, Context::Suspect).unwrap();
    let code = match verdict(Answer::Vrs(&a)) {
        Verdict::Confirmed => "confirmed".to_string(),
        Verdict::Alert { code, .. } => format!("alert {code}"),
        Verdict::Refused { code, .. } => format!("refused {code}"),
        Verdict::Settled { code, .. } => format!("settled {code}"),
        Verdict::Unavailable => "unavailable".to_string(),
    };
    (
        a.verified,
        a.verification_failure_reason.map(|r| r.code()),
        code,
    )
}

#[test]
fn the_router_answers_verified_or_not_with_each_reason() {
    let sim = router();
    let c = client(&sim);
    let mut wrong_lot = us_pack("GOOD");
    wrong_lot.batch = "LOT8".into();
    let mut wrong_expiry = us_pack("GOOD");
    wrong_expiry.expiry = "270631".into();
    let mut wrong_both = wrong_lot.clone();
    wrong_both.expiry = "270631".into();
    let cases: [(PackKey, Expected); 10] = [
        (us_pack("GOOD"), (true, None, "confirmed")),
        (us_pack("A/B%1"), (true, None, "confirmed")),
        (us_pack("EXTENDED"), (true, None, "confirmed")),
        (us_pack("RECALLED"), (true, None, "alert Recalled")),
        (
            us_pack("NOBODY"),
            (
                false,
                Some("No_match_GTIN_Serial"),
                "alert No_match_GTIN_Serial",
            ),
        ),
        (
            wrong_lot,
            (
                false,
                Some("No_match_GTIN_Serial_Lot"),
                "alert No_match_GTIN_Serial_Lot",
            ),
        ),
        (
            wrong_expiry,
            (
                false,
                Some("No_match_GTIN_Serial_Expiry"),
                "alert No_match_GTIN_Serial_Expiry",
            ),
        ),
        (
            wrong_both,
            (
                false,
                Some("No_match_GTIN_Serial_Lot_Expiry"),
                "alert No_match_GTIN_Serial_Lot_Expiry",
            ),
        ),
        (
            us_pack("POLICY"),
            (
                false,
                Some("Manufacturer_policy"),
                "refused Manufacturer_policy",
            ),
        ),
        (
            us_pack("NORESALE"),
            (
                false,
                Some("Not_for_re-distribution"),
                "alert Not_for_re-distribution",
            ),
        ),
    ];
    for (pack, (verified, reason, v)) in cases {
        let got = check(&c, &pack);
        assert_eq!(
            (got.0, got.1, got.2.as_str()),
            (verified, reason, v),
            "{pack}"
        );
    }
    let got = check(&c, &us_pack("NOREASON"));
    assert_eq!(got.2, "alert No_reason_provided");
    assert_eq!(
        sim.requests(),
        11,
        "one request each, serials with / and % included"
    );
}

#[test]
fn us_verifications_drain_to_done_or_alert_and_a_decommission_is_refused_there() {
    let sim = router();
    let system = Systems::new().with_vrs(client(&sim), Context::Suspect);
    let mut outbox = MemoryOutbox::new();
    let good = outbox.queue(Kind::Verify, Market::Us, us_pack("GOOD"), t0());
    let recalled = outbox.queue(Kind::Verify, Market::Us, us_pack("RECALLED"), t0());
    let nobody = outbox.queue(Kind::Verify, Market::Us, us_pack("NOBODY"), t0());
    let supply = Kind::Decommission(custody_national::protocol::eu::Decommission::Supplied);
    let wrong = outbox.queue(supply, Market::Us, us_pack("GOOD"), t0());
    pass(&mut outbox, &system, t0(), &Policy::default());
    let state = |id| {
        outbox
            .get(id)
            .map(|r| (r.state, r.last_code.clone()))
            .unwrap()
    };
    assert_eq!(state(good).0, RequestState::Done, "a good pack verifies");
    assert_eq!(
        state(recalled),
        (RequestState::Alert, Some("Recalled".into()))
    );
    assert_eq!(
        state(nobody),
        (RequestState::Alert, Some("No_match_GTIN_Serial".into()))
    );
    assert_eq!(
        state(wrong),
        (RequestState::Failed, Some("NOT_IN_MARKET".into()))
    );

    sim.set_unavailable(true);
    let again = outbox.queue(Kind::Verify, Market::Us, us_pack("GOOD"), t0());
    pass(&mut outbox, &system, t0(), &Policy::default());
    assert_eq!(
        outbox.get(again).unwrap().state,
        RequestState::Pending,
        "a router down: retry"
    );
}
