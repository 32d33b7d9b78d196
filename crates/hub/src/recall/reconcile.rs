//! A network recall reconciled ([`reconcile`]): its packs' states and the lot-tracked quantities
//! at each site, each as an outcome (stock sent to another site and not yet received counting as
//! in transit; stock that left named by the outcome its site sent, a patient notified or not
//! traceable, the newest for a pack, or for a lot's quantity in one status, as the site counts
//! them), and the events of each site that name it; a site is open while any of its outcomes is
//! open ([`OPEN`]).

use deadpool_postgres::Transaction;

use super::{
    recall_of, select_sql, OutcomeRow, RecallPack, Reconciliation, SiteStanding, OPEN, OUTCOME_SQL,
};
use crate::HubError;

/// The recall `id` reconciled in `tx`: its packs' states and the lot-tracked quantities at each
/// site, each as an outcome, and the events of each site that name it.
pub(super) async fn reconcile(tx: &Transaction<'_>, id: i64) -> Result<Reconciliation, HubError> {
    let recall = tx
        .query_opt(&select_sql("r.id = $1"), &[&id])
        .await
        .map_err(HubError::db("reading a recall"))?
        .map(|r| recall_of(&r))
        .ok_or(HubError::UnknownRecall(id))?;
    let packs = packs(tx, id).await?;
    let quantities = lot_quantities(tx, id).await?;
    let in_transit = lot_in_transit(tx, id).await?;
    let events = naming_events(tx, &recall.recall.gtin, &recall.recall.number).await?;
    let outcomes = outcomes(&packs, &quantities, &in_transit);
    let sites = standings(&events, &outcomes);
    let open = sites.iter().map(|s| s.open).sum();
    Ok(Reconciliation {
        recall,
        sites,
        outcomes,
        packs,
        open,
        closable: open == 0,
    })
}

/// The recall's packs at every site, each with its outcome; a pack sent to another site whose
/// receipt has not arrived is in transit.
async fn packs(tx: &Transaction<'_>, id: i64) -> Result<Vec<RecallPack>, HubError> {
    let rows = tx
        .query(
            &format!(
                "SELECT site, serial, lot, {OUTCOME_SQL}, last_kind, last_occurred_at, \
                        answered_at, answered_by FROM ( \
                     SELECT s.code AS site, u.serial, u.lot, \
                            CASE WHEN u.status = 'transferred_out' AND EXISTS ( \
                                      SELECT 1 FROM transfer_match m \
                                      WHERE m.from_site_id = u.site_id AND m.gtin = u.gtin \
                                        AND m.serial = u.serial AND m.send_seq IS NOT NULL \
                                        AND m.receipt_seq IS NULL) \
                                 THEN 'in_transit' \
                                 WHEN u.status = 'transferred_out' AND NOT EXISTS ( \
                                      SELECT 1 FROM site p \
                                      WHERE p.code = u.partner AND p.id <> u.site_id) \
                                 THEN 'transferred_outside' \
                                 ELSE u.status END AS status, u.last_kind, \
                            u.last_occurred_at, u.last_occurred_at::timestamptz AS occurred, \
                            r.entered_at AS entered, a.outcome AS answer, \
                            a.recorded_at AS answered_at, a.recorded_by AS answered_by \
                     FROM network_recall r \
                     JOIN unit_state u ON u.gtin = r.gtin \
                          AND (u.lot = ANY(r.lots) OR u.serial = ANY(r.serials)) \
                     JOIN site s ON s.id = u.site_id \
                     LEFT JOIN LATERAL ( \
                          SELECT o.outcome, o.recorded_at, o.recorded_by FROM site_outcome o \
                          WHERE o.recall_id = r.id AND o.site_id = u.site_id \
                            AND o.gtin = u.gtin AND o.serial = u.serial \
                          ORDER BY o.recorded_at DESC, o.id DESC LIMIT 1) a ON true \
                     WHERE r.id = $1) x \
                 ORDER BY site, serial"
            ),
            &[&id],
        )
        .await
        .map_err(HubError::db("reading a recall's packs"))?;
    Ok(rows
        .iter()
        .map(|p| RecallPack {
            site: p.get(0),
            serial: p.get(1),
            lot: p.get(2),
            outcome: p.get(3),
            last_kind: p.get(4),
            last_occurred_at: p.get(5),
            answered_at: p.get(6),
            answered_by: p.get(7),
        })
        .collect())
}

/// Lot-tracked stock of the recall's lots as (site, outcome, quantity): each line adds its
/// quantity to the status after it and takes it from the status before, as the reach counts it
/// (a quantity transferred to a partner that is no network site as `transferred_outside`, open
/// as a pack's is); a quantity that left is named by the outcome its site sent for the lot in
/// that status.
async fn lot_quantities(
    tx: &Transaction<'_>,
    id: i64,
) -> Result<Vec<(String, String, i64)>, HubError> {
    let rows = tx
        .query(
            &format!(
                "SELECT site, {OUTCOME_SQL}, sum(q)::bigint FROM ( \
                     SELECT s.code AS site, m.status, m.q, \
                            e.occurred_at::timestamptz AS occurred, r.entered_at AS entered, \
                            (SELECT o.outcome FROM site_outcome o \
                             WHERE o.recall_id = r.id AND o.site_id = l.site_id \
                               AND o.gtin = r.gtin AND o.serial IS NULL AND o.lot = l.lot \
                               AND o.status = CASE m.status WHEN 'transferred_outside' \
                                                   THEN 'transferred_out' ELSE m.status END \
                             ORDER BY o.recorded_at DESC, o.id DESC LIMIT 1) AS answer \
                     FROM network_recall r \
                     JOIN event_line l ON l.gtin = r.gtin AND l.lot = ANY(r.lots) \
                          AND l.serial IS NULL \
                     JOIN site s ON s.id = l.site_id \
                     JOIN event e ON e.site_id = l.site_id AND e.seq = l.seq \
                     CROSS JOIN LATERAL (VALUES \
                          (CASE WHEN l.status_after = 'transferred_out' AND NOT EXISTS ( \
                                     SELECT 1 FROM site p \
                                     WHERE p.code = e.counterparty AND p.id <> l.site_id) \
                                THEN 'transferred_outside' ELSE l.status_after END, l.quantity), \
                          (l.status_before, -l.quantity)) AS m (status, q) \
                     WHERE r.id = $1 AND m.status IS NOT NULL) x \
                 GROUP BY 1, 2 HAVING sum(q) <> 0 ORDER BY 1, 2"
            ),
            &[&id],
        )
        .await
        .map_err(HubError::db("counting a recall's lot-tracked stock"))?;
    Ok(rows
        .iter()
        .map(|q| (q.get(0), q.get(1), q.get(2)))
        .collect())
}

/// Lot-tracked quantities of the recall's lots sent and not (yet) received, per sending site:
/// in transit rather than transferred.
async fn lot_in_transit(tx: &Transaction<'_>, id: i64) -> Result<Vec<(String, i64)>, HubError> {
    let rows = tx
        .query(
            "SELECT s.code, sum(m.quantity_sent)::bigint FROM network_recall r \
             JOIN transfer_match m ON m.gtin = r.gtin AND m.lot = ANY(r.lots) \
                  AND m.serial IS NULL AND m.send_seq IS NOT NULL AND m.receipt_seq IS NULL \
             JOIN site s ON s.id = m.from_site_id \
             WHERE r.id = $1 GROUP BY 1 HAVING sum(m.quantity_sent) > 0",
            &[&id],
        )
        .await
        .map_err(HubError::db(
            "counting a recall's lot-tracked stock in transit",
        ))?;
    Ok(rows.iter().map(|t| (t.get(0), t.get(1))).collect())
}

/// Per site that uses the GTIN or has named the recall: how many of its events name it.
async fn naming_events(
    tx: &Transaction<'_>,
    gtin: &str,
    number: &str,
) -> Result<Vec<(String, i64)>, HubError> {
    let rows = tx
        .query(
            "SELECT s.code, count(e.seq) FROM site s \
             LEFT JOIN event e ON e.site_id = s.id AND e.body->>'reference' = $2 \
             WHERE EXISTS (SELECT 1 FROM site_use u WHERE u.site_id = s.id \
                                                   AND u.kind = 'product' AND u.key = $1) \
                OR e.seq IS NOT NULL \
             GROUP BY s.code ORDER BY s.code",
            &[&gtin, &number],
        )
        .await
        .map_err(HubError::db("counting the events that name a recall"))?;
    Ok(rows.iter().map(|e| (e.get(0), e.get(1))).collect())
}

/// One row per site and outcome: packs counted, lot quantities added, and lot quantities in
/// transit moved from "transferred out" to "in transit"; empty rows dropped, sorted.
fn outcomes(
    packs: &[RecallPack],
    quantities: &[(String, String, i64)],
    in_transit: &[(String, i64)],
) -> Vec<OutcomeRow> {
    let mut outcomes: Vec<OutcomeRow> = Vec::new();
    for p in packs {
        add(&mut outcomes, &p.site, &p.outcome, 1, 0);
    }
    for (site, outcome, quantity) in quantities {
        add(&mut outcomes, site, outcome, 0, *quantity);
    }
    for (site, quantity) in in_transit {
        if let Some(o) = outcomes
            .iter_mut()
            .find(|o| &o.site == site && o.outcome == "transferred_out")
        {
            o.quantity -= quantity;
        }
        add(&mut outcomes, site, "in_transit", 0, *quantity);
    }
    outcomes.retain(|o| o.packs != 0 || o.quantity != 0);
    outcomes.sort_by(|a, b| (&a.site, &a.outcome).cmp(&(&b.site, &b.outcome)));
    outcomes
}

/// Adds packs and a quantity to the row of `site` and `outcome`, making it if need be.
fn add(outcomes: &mut Vec<OutcomeRow>, site: &str, outcome: &str, packs: i64, quantity: i64) {
    match outcomes
        .iter_mut()
        .find(|o| o.site == site && o.outcome == outcome)
    {
        Some(o) => {
            o.packs += packs;
            o.quantity += quantity;
        }
        None => outcomes.push(OutcomeRow {
            site: site.to_string(),
            outcome: outcome.to_string(),
            packs,
            quantity,
        }),
    }
}

/// Each site that uses the recall's GTIN, named it, or has an outcome, with its count of
/// events naming it and what is still open there ([`OPEN`]), by code.
fn standings(events: &[(String, i64)], outcomes: &[OutcomeRow]) -> Vec<SiteStanding> {
    let mut sites: Vec<SiteStanding> = events
        .iter()
        .map(|(site, events)| SiteStanding {
            site: site.clone(),
            events: *events,
            open: 0,
        })
        .collect();
    for o in outcomes {
        if !sites.iter().any(|s| s.site == o.site) {
            sites.push(SiteStanding {
                site: o.site.clone(),
                events: 0,
                open: 0,
            });
        }
    }
    for s in &mut sites {
        s.open = outcomes
            .iter()
            .filter(|o| o.site == s.site && OPEN.contains(&o.outcome.as_str()))
            .map(|o| o.packs + o.quantity)
            .sum();
    }
    sites.sort_by(|a, b| a.site.cmp(&b.site));
    sites
}
