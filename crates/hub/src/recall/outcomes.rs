//! A site's recall outcomes that are not on its ledger, received
//! (`POST /v1/sites/{site}/recall-outcomes`, [`receive`]): a patient or ward notified, a pack
//! that left not traceable. Every outcome is checked before anything is stored (its fields, then
//! that the hub holds its recall under that number and the recall covers its pack or lot), and
//! the request is stored whole in one transaction or refused naming the first outcome that
//! cannot be taken (`unknown_recall`, `not_covered`, or `bad_outcome` for one that does not
//! read), so the site can set that one aside and send the rest. An outcome is kept once per site, recall, item, status and outcome: sent again, it
//! stores nothing. The reconciliation reads them (`reconcile.rs`).

use custody_sync_protocol::{
    is_ledger_time, OutcomesAck, OutcomesRequest, Refusal, SiteOutcome, MAX_OUTCOMES, PROTOCOL,
};

use super::gs1_value;
use crate::db::Database;
use crate::error::bad_request;
use crate::{Failure, HubError};

/// The statuses an outcome kept beside a site's ledger answers.
const STATUSES: [&str; 3] = ["dispensed", "transferred_out", "missing"];

/// The outcomes a site keeps beside its ledger.
const OUTCOMES: [&str; 2] = ["notified", "not_found"];

/// A recall as the outcomes are checked against it: its number, GTIN, lots and serials.
struct Covering {
    id: i64,
    number: String,
    gtin: String,
    lots: Vec<String>,
    serials: Vec<String>,
}

/// Stores the outcomes of site `site_id` (code `code`), or refuses the request whole.
pub(crate) async fn receive(
    db: &Database,
    site_id: i64,
    code: &str,
    request: OutcomesRequest,
) -> Result<OutcomesAck, Failure> {
    if request.protocol != PROTOCOL {
        return Err(bad_request(format!(
            "protocol {:?}; this hub speaks {PROTOCOL}",
            request.protocol
        )));
    }
    if request.site != code {
        return Err(bad_request(format!(
            "the outcomes are sent for site {:?} on site {code}'s route",
            request.site
        )));
    }
    if request.outcomes.len() > MAX_OUTCOMES {
        return Err(bad_request(format!(
            "{} outcomes in one request; at most {MAX_OUTCOMES}",
            request.outcomes.len()
        )));
    }
    for (i, o) in request.outcomes.iter().enumerate() {
        checked(o).map_err(|reason| {
            Failure::Refused(Refusal::BadOutcome {
                index: i as i64,
                reason,
            })
        })?;
    }
    let mut client = db.client().await?;
    let tx = client
        .transaction()
        .await
        .map_err(HubError::db("starting to store recall outcomes"))?;
    let ids: Vec<i64> = request.outcomes.iter().map(|o| o.recall).collect();
    let recalls: Vec<Covering> = tx
        .query(
            "SELECT id, number, gtin, lots, serials FROM network_recall WHERE id = ANY($1)",
            &[&ids],
        )
        .await
        .map_err(HubError::db("reading the recalls of outcomes"))?
        .iter()
        .map(|r| Covering {
            id: r.get(0),
            number: r.get(1),
            gtin: r.get(2),
            lots: r.get(3),
            serials: r.get(4),
        })
        .collect();
    for (i, o) in request.outcomes.iter().enumerate() {
        covered(&recalls, i as i64, o)?;
    }
    let mut stored = 0;
    for o in &request.outcomes {
        stored += tx
            .execute(
                "INSERT INTO site_outcome (site_id, recall_id, gtin, serial, lot, status, \
                                           outcome, quantity, recorded_at, recorded_by) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
                 ON CONFLICT (site_id, recall_id, gtin, serial, lot, status, outcome) \
                 DO NOTHING",
                &[
                    &site_id,
                    &o.recall,
                    &o.gtin,
                    &o.serial,
                    &o.lot,
                    &o.status,
                    &o.outcome,
                    &o.quantity,
                    &o.recorded_at,
                    &o.recorded_by,
                ],
            )
            .await
            .map_err(HubError::db("storing a recall outcome"))? as i64;
    }
    tx.commit()
        .await
        .map_err(HubError::db("committing recall outcomes"))?;
    Ok(OutcomesAck {
        stored,
        held: request.outcomes.len() as i64 - stored,
    })
}

/// Why an outcome does not read, if it does not: a GTIN-14 with its check digit, a serial or a
/// lot as GS1 writes them, a status and an outcome the site keeps beside its ledger, one pack or
/// a quantity, the ledger's time and a username.
fn checked(o: &SiteOutcome) -> Result<(), String> {
    match custody_gs1::Gtin::parse(&o.gtin) {
        Ok(g) if g.as_str() == o.gtin => {}
        Ok(_) => return Err(format!("GTIN {:?} is not written with 14 digits", o.gtin)),
        Err(e) => return Err(format!("GTIN {:?}: {e}", o.gtin)),
    }
    let value = |what, v: &Option<String>| match v {
        Some(v) if gs1_value(what, v)? != *v => Err(HubError::BadRecord {
            what: format!("{what} {v:?}"),
            why: "has spaces around it".into(),
        }),
        _ => Ok(()),
    };
    value("serial", &o.serial).map_err(|e| e.to_string())?;
    value("lot", &o.lot).map_err(|e| e.to_string())?;
    if o.serial.is_none() && o.lot.is_none() {
        return Err("names neither a serial nor a lot".into());
    }
    if !STATUSES.contains(&o.status.as_str()) {
        return Err(format!(
            "status {:?} is not one an outcome beside the ledger answers ({})",
            o.status,
            STATUSES.join(", ")
        ));
    }
    if !OUTCOMES.contains(&o.outcome.as_str()) {
        return Err(format!(
            "outcome {:?} is not notified or not_found (outcomes that move stock come with the push)",
            o.outcome
        ));
    }
    match (&o.serial, o.quantity) {
        (Some(_), 1) | (None, 0..) => {}
        (Some(_), q) => return Err(format!("a pack is one, not {q}")),
        (None, q) => return Err(format!("quantity {q} is below zero")),
    }
    if !is_ledger_time(&o.recorded_at) {
        return Err(format!(
            "recorded at {:?}: not a time as the ledger writes it (2026-12-01T08:00:00.000000Z)",
            o.recorded_at
        ));
    }
    let by = o.recorded_by.trim();
    if by.is_empty()
        || by != o.recorded_by
        || by.chars().count() > 100
        || by.contains(char::is_control)
    {
        return Err(format!("recorded by {:?}: not a username", o.recorded_by));
    }
    Ok(())
}

/// Refuses outcome `index` unless the hub holds its recall under its number and the recall
/// covers its pack (by serial, or by the pack's lot) or its lot.
fn covered(recalls: &[Covering], index: i64, o: &SiteOutcome) -> Result<(), Refusal> {
    let Some(r) = recalls
        .iter()
        .find(|r| r.id == o.recall && r.number == o.number)
    else {
        return Err(Refusal::UnknownRecall {
            index,
            recall: o.recall,
            number: o.number.clone(),
        });
    };
    let by_serial = o.serial.as_ref().is_some_and(|s| r.serials.contains(s));
    let by_lot = o.lot.as_ref().is_some_and(|l| r.lots.contains(l));
    if o.gtin == r.gtin && (by_serial || by_lot) {
        return Ok(());
    }
    let mut item = format!("GTIN {}", o.gtin);
    if let Some(l) = &o.lot {
        item.push_str(&format!(", lot {l}"));
    }
    if let Some(s) = &o.serial {
        item.push_str(&format!(", serial {s}"));
    }
    Err(Refusal::NotCovered {
        index,
        number: r.number.clone(),
        item,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pack(serial: &str) -> SiteOutcome {
        SiteOutcome {
            recall: 1,
            number: "RC-1".into(),
            gtin: "09506000134352".into(),
            serial: Some(serial.into()),
            lot: Some("L9".into()),
            status: "dispensed".into(),
            outcome: "notified".into(),
            quantity: 1,
            recorded_at: "2026-12-02T09:00:00.000000Z".into(),
            recorded_by: "alice".into(),
        }
    }

    fn recall() -> Covering {
        Covering {
            id: 1,
            number: "RC-1".into(),
            gtin: "09506000134352".into(),
            lots: vec!["L1".into()],
            serials: vec!["S7".into()],
        }
    }

    #[test]
    fn a_pack_is_covered_by_its_serial_or_its_lot_and_nothing_else_is() {
        let recalls = [recall()];
        assert_eq!(
            covered(&recalls, 0, &pack("S7")),
            Ok(()),
            "named by serial, whatever its lot"
        );
        let of_lot = SiteOutcome {
            lot: Some("L1".into()),
            ..pack("S1")
        };
        assert_eq!(covered(&recalls, 0, &of_lot), Ok(()), "of a covered lot");
        assert!(
            matches!(
                covered(&recalls, 4, &pack("S1")),
                Err(Refusal::NotCovered { index: 4, ref item, .. }) if item == "GTIN 09506000134352, lot L9, serial S1"
            ),
            "neither its serial nor its lot is the recall's"
        );
        let other_number = SiteOutcome {
            number: "RC-2".into(),
            ..pack("S7")
        };
        assert!(
            matches!(
                covered(&recalls, 1, &other_number),
                Err(Refusal::UnknownRecall {
                    index: 1,
                    recall: 1,
                    ..
                })
            ),
            "the hub's number with another recall's number is not this recall"
        );
    }

    #[test]
    fn an_outcome_must_read_before_anything_is_looked_up() {
        assert_eq!(checked(&pack("S7")), Ok(()));
        let short_gtin = SiteOutcome {
            gtin: "9506000134352".into(),
            ..pack("S7")
        };
        assert!(
            checked(&short_gtin).is_err(),
            "the wire's GTINs are GTIN-14"
        );
        let moves_stock = SiteOutcome {
            outcome: "destroyed".into(),
            ..pack("S7")
        };
        assert!(
            checked(&moves_stock).is_err_and(|e| e.contains("come with the push")),
            "a destruction is a ledger event, never an outcome beside it"
        );
        let two = SiteOutcome {
            quantity: 2,
            ..pack("S7")
        };
        assert!(checked(&two).is_err(), "a pack is one");
        let local_time = SiteOutcome {
            recorded_at: "2026-12-02T10:00:00+01:00".into(),
            ..pack("S7")
        };
        assert!(checked(&local_time).is_err(), "times are the ledger's UTC");
        let nothing = SiteOutcome {
            serial: None,
            lot: None,
            ..pack("S7")
        };
        assert!(checked(&nothing).is_err(), "an outcome names its item");
    }
}
