//! A network recall widened after it was entered ([`extend`]): a manufacturer adds lots or
//! serials of the same GTIN, and a QA officer adds them to the open recall. The recall's row
//! takes the new lots and serials, `network_recall_extension` keeps who added what, when and
//! why, and the recall as it now stands goes down the feed under the changelog's lock, as
//! `recall add` logs it: every site using the GTIN reads it after its cursor (those it reached
//! extend their recall and hold what the new lines cover), and a site that begins to use the
//! GTIN later is owed this latest row. The reconciliation reads the recall's row, so it covers
//! the new lots and serials at once.

use custody_sync_protocol::{FeedItem, FeedRecall};
use serde::Serialize;

use super::{gs1_value, recall_of, select_sql, text};
use crate::db::Database;
use crate::people::{Duty, HubUser};
use crate::HubError;

/// What a QA officer adds to a recall.
#[derive(Debug, Clone, Default)]
pub struct ExtensionInput {
    /// Further lots of the recall's GTIN.
    pub lots: Vec<String>,
    /// Further packs of it, by serial.
    pub serials: Vec<String>,
    /// Why the recall is widened (the firm's second letter, …).
    pub reason: String,
}

/// A recall widened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Extended {
    /// The recall as it now stands, as the sites receive it.
    pub recall: FeedRecall,
    /// The lots added (those it did not cover already).
    pub lots: Vec<String>,
    /// The serials added.
    pub serials: Vec<String>,
}

/// Values checked as `recall add` checks them, each once, in the order given.
fn checked(what: &'static str, values: &[String]) -> Result<Vec<String>, HubError> {
    let mut out = Vec::new();
    for v in values {
        let v = gs1_value(what, v)?;
        if !out.contains(&v) {
            out.push(v);
        }
    }
    Ok(out)
}

/// Adds lots and serials to the open recall `id` and logs the recall as it now stands for every
/// site using its GTIN, in one transaction under the changelog's lock (so no site's cursor
/// passes it, and no closure or push lands between the check and the change). Refused, with
/// nothing written, for a recall the hub does not have or has closed, for lots and serials it
/// covers already (nothing new), for a lot or serial `recall add` would refuse, and for a recall
/// a site has closed already (its closure pushed): that site could hold nothing more under it,
/// and its feed would stop at the change.
pub async fn extend(
    db: &Database,
    id: i64,
    input: &ExtensionInput,
    by: &HubUser,
) -> Result<Extended, HubError> {
    by.require(Duty::EnterRecall)?;
    let lots = checked("lot", &input.lots)?;
    let serials = checked("serial", &input.serials)?;
    if lots.is_empty() && serials.is_empty() {
        return Err(HubError::Invalid {
            what: "recall extension",
            why: "give at least one --lot or --serial",
        });
    }
    let reason = text("reason", &input.reason, 2000)?;
    let mut client = db.client().await?;
    let tx = client
        .transaction()
        .await
        .map_err(HubError::db("starting to extend a recall"))?;
    crate::feed::lock(&tx).await?;
    let mut recall = tx
        .query_opt(&select_sql("r.id = $1"), &[&id])
        .await
        .map_err(HubError::db("reading a recall"))?
        .map(|r| recall_of(&r).recall)
        .ok_or(HubError::UnknownRecall(id))?;
    if recall.closed.is_some() {
        return Err(HubError::RecallClosedExtend(id));
    }
    let lots: Vec<String> = lots
        .into_iter()
        .filter(|l| !recall.lots.contains(l))
        .collect();
    let serials: Vec<String> = serials
        .into_iter()
        .filter(|s| !recall.serials.contains(s))
        .collect();
    if lots.is_empty() && serials.is_empty() {
        return Err(HubError::RecallNothingNew {
            id,
            number: recall.number,
        });
    }
    let closed_at: Option<String> = tx
        .query_one(
            "SELECT string_agg(DISTINCT s.code, ', ' ORDER BY s.code) \
             FROM event e JOIN site s ON s.id = e.site_id \
             WHERE e.kind = 'recall_close' AND e.body->>'reference' = $1",
            &[&recall.number],
        )
        .await
        .map_err(HubError::db("reading the sites' closures of a recall"))?
        .get(0);
    if let Some(sites) = closed_at {
        return Err(HubError::RecallClosedAtSites { id, sites });
    }
    recall.lots.extend(lots.iter().cloned());
    recall.serials.extend(serials.iter().cloned());
    tx.execute(
        "UPDATE network_recall SET lots = $2, serials = $3 WHERE id = $1",
        &[&id, &recall.lots, &recall.serials],
    )
    .await
    .map_err(HubError::db("extending a recall"))?;
    tx.execute(
        "INSERT INTO network_recall_extension (recall_id, lots, serials, reason, extended_by) \
         VALUES ($1, $2, $3, $4, $5)",
        &[&id, &lots, &serials, &reason, &by.username],
    )
    .await
    .map_err(HubError::db("recording a recall's extension"))?;
    crate::feed::log(&tx, &FeedItem::Recall(recall.clone()), None).await?;
    tx.commit()
        .await
        .map_err(HubError::db("committing a recall's extension"))?;
    Ok(Extended {
        recall,
        lots,
        serials,
    })
}
