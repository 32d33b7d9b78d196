//! The site's recall outcomes that are not on its ledger (a patient or ward notified, a pack that
//! left not traceable), sent to the hub for the network's recalls after the events of a push
//! ([`send_outcomes`]): read in a short read, posted with nothing locked, marked sent in a short
//! write once the hub answers. A reply lost on the way costs a resend, which the hub stores
//! nothing of twice. An outcome the hub refuses for good (a recall it does not hold, an item its
//! recall does not cover: a lot the site added to its own recall) is marked so at the site, with
//! the refusal, and the rest go on; so is one that does not read as the protocol writes one
//! (`bad_outcome`), which could otherwise stop every later outcome behind it. A hub too old to take outcomes leaves them waiting.

use custody_core::{Store, Timestamp, User};
use custody_sync_protocol::{OutcomesRequest, Refusal, MAX_OUTCOMES, PROTOCOL};
use serde::Serialize;

use crate::hub::HubApi;
use crate::ClientError;

/// At most this many requests in one send: the rest wait for the next push.
const MAX_REQUESTS: usize = 20;

/// What sending the recall outcomes came to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct OutcomesReport {
    /// Outcomes sent (one sent again counts again).
    pub sent: i64,
    /// Outcomes the hub stored new (the rest it held already).
    pub stored: i64,
    /// Outcomes the hub refused for good, marked so here and not sent again.
    pub refused: i64,
    /// Why sending stopped before everything was sent, in words.
    pub message: Option<String>,
}

/// Sends every outcome of a network recall the hub has not acknowledged, in requests of at most
/// [`MAX_OUTCOMES`]. Being offline is recorded as for a push; any other failure ends the send
/// with its reason in the report, the outcomes left waiting. Errors are the database's.
pub fn send_outcomes(
    store: &mut Store,
    actor: &User,
    hub: &impl HubApi,
    now: Timestamp,
) -> Result<OutcomesReport, ClientError> {
    let mut report = OutcomesReport::default();
    for _ in 0..MAX_REQUESTS {
        let waiting = store.recall_outcomes_to_send(actor, MAX_OUTCOMES)?;
        if waiting.outcomes.is_empty() {
            break;
        }
        report.sent += waiting.outcomes.len() as i64;
        let request = OutcomesRequest {
            protocol: PROTOCOL.to_string(),
            site: waiting.site,
            outcomes: waiting.outcomes,
        };
        match hub.recall_outcomes(&request) {
            Ok(ack) => {
                report.stored += ack.stored;
                store.record_outcomes_sent(actor, &waiting.rows, now)?;
            }
            Err(ClientError::Refused { refusal, url, .. }) => {
                let Some(row) = refused_row(&refusal).and_then(|i| waiting.rows.get(i)) else {
                    report.message = Some(format!("POST {url}: {refusal}"));
                    break;
                };
                let why = format!("{}: {refusal}", refusal.code());
                store.record_outcome_refused(actor, *row, &why, now)?;
                report.refused += 1;
            }
            Err(e @ ClientError::Network { .. }) => {
                store.record_offline(actor, &e.to_string(), now)?;
                report.message = Some(e.to_string());
                break;
            }
            Err(ClientError::Unexpected {
                status: 404 | 405, ..
            }) => {
                report.message = Some(
                    "the hub does not take recall outcomes yet (an older hub): they wait here"
                        .to_string(),
                );
                break;
            }
            Err(e) => {
                report.message = Some(e.to_string());
                break;
            }
        }
    }
    Ok(report)
}

/// The place in the request of the one outcome a refusal is about, when it is about one the
/// hub will never take.
fn refused_row(refusal: &Refusal) -> Option<usize> {
    match refusal {
        Refusal::UnknownRecall { index, .. }
        | Refusal::NotCovered { index, .. }
        | Refusal::BadOutcome { index, .. } => usize::try_from(*index).ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_refusal_about_one_outcome_marks_that_outcome() {
        let not_covered = Refusal::NotCovered {
            index: 3,
            number: "RC-1".into(),
            item: "GTIN 09506000134352, lot L2".into(),
        };
        assert_eq!(
            refused_row(&not_covered),
            Some(3),
            "the outcome the hub cannot take is set aside, the rest go on"
        );
        let unreadable = Refusal::BadOutcome {
            index: 0,
            reason: "recorded by \"\": not a username".into(),
        };
        assert_eq!(
            refused_row(&unreadable),
            Some(0),
            "an outcome that can never be sent as it is does not stop the ones behind it"
        );
        assert_eq!(
            refused_row(&Refusal::Unauthorized),
            None,
            "a refusal of the whole request leaves every outcome waiting"
        );
        let negative = Refusal::UnknownRecall {
            index: -1,
            recall: 7,
            number: "RC-1".into(),
        };
        assert_eq!(
            refused_row(&negative),
            None,
            "a place that is not one marks nothing"
        );
    }
}
