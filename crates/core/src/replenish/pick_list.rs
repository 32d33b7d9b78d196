//! A pick list: made from the shortages at wards and clinics, one line per product and ward,
//! taken from the ward's supplying location; stored as made, and read back with what has been
//! picked against it (the ledger's transfers that carry its number).

use std::collections::HashMap;

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use crate::error::{CoreError, CoreResult};
use crate::levels::LevelPolicy;
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

use super::proposal::{ProposedPack, Taken};

/// One top-up: what to take, from where, to which ward.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PickLine {
    /// The line's number on the list, from 1.
    pub line_no: i64,
    /// Where to take it from (code).
    pub from_location: String,
    /// Its name.
    pub from_name: String,
    /// Which ward or clinic it goes to (code).
    pub to_location: String,
    /// Its name.
    pub to_name: String,
    /// GTIN-14.
    pub gtin: String,
    /// Product name.
    pub product: String,
    /// Tracking mode: packs scanned one by one, or lot quantities.
    pub tracking: TrackingMode,
    /// What the ward needs to reach its par level.
    pub wanted: i64,
    /// The packs (or lot quantities) proposed, earliest expiry first.
    pub proposed: Vec<ProposedPack>,
    /// What the supplying location can give: the proposed packs' total.
    pub available: i64,
    /// What it cannot give (wanted minus available).
    pub short: i64,
    /// Picked so far (transferred under this list).
    pub picked: i64,
    /// Of those, from a lot that was not proposed.
    pub picked_other_lot: i64,
    /// Whether nothing more is to be picked: the wanted quantity, or all there was.
    pub done: bool,
}

/// A shortage at a ward or clinic that no pick list can cover: the ward names no supplying
/// location.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Unsupplied {
    /// The ward or clinic (code).
    pub location: String,
    /// GTIN-14.
    pub gtin: String,
    /// Product name.
    pub product: String,
    /// What it needs to reach par.
    pub wanted: i64,
}

/// A pick list with its progress.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PickList {
    /// Its number.
    pub id: i64,
    /// The reference its transfers carry (`PICK-<n>`).
    pub reference: String,
    /// When it was made (UTC, RFC 3339).
    pub created_at: String,
    /// Who made it (name).
    pub created_by: String,
    /// Whether a newer list replaced it (nothing more is picked against it).
    pub replaced: bool,
    /// The lines, by supplying location, ward and product.
    pub lines: Vec<PickLine>,
    /// Ward shortages left out because the ward had no supplying location when it was made.
    pub unsupplied: Vec<Unsupplied>,
}

/// What a pick list keeps as JSON, written.
fn json<T: Serialize>(value: &T) -> CoreResult<String> {
    serde_json::to_string(value).map_err(|e| {
        CoreError::refused("replenish.proposal_unwritable").arg("reason", e.to_string())
    })
}

/// The reference a pick list's transfers carry.
pub(super) fn reference(id: i64) -> String {
    format!("PICK-{id}")
}

/// What was picked under a list: by (from, to, product), each lot's quantity.
type Picked = HashMap<(i64, i64, i64), Vec<(Option<String>, i64)>>;

/// A location's row: id, kind, name, supplying location.
type Place = (i64, String, String, Option<i64>);

impl Store {
    /// Makes a pick list from today's shortages at wards and clinics, replacing the current one:
    /// each shortage is taken from the ward's supplying location, packs proposed earliest
    /// expiry first. Wards without a supplying location are listed apart.
    pub fn make_pick_list(
        &mut self,
        actor: &User,
        policy: &LevelPolicy,
        now: Timestamp,
    ) -> CoreResult<PickList> {
        require(actor, Operation::Transfer)?;
        let today = now.local_date();
        let shortages = self.shortages(actor, policy, today)?;
        let places = self.places()?;
        let mut lines: Vec<(i64, i64, Product, i64)> = Vec::new();
        let mut unsupplied = Vec::new();
        for p in &shortages {
            let Some((ward, kind, _, supplier)) = places.get(&p.location) else {
                continue;
            };
            if kind != "ward" && kind != "clinic" || p.suggested_order <= 0 {
                continue;
            }
            match supplier {
                Some(from) => {
                    let product = self.product_by_gtin(&p.gtin)?;
                    lines.push((*from, *ward, product, p.suggested_order));
                }
                None => unsupplied.push(Unsupplied {
                    location: p.location.clone(),
                    gtin: p.gtin.clone(),
                    product: p.product.clone(),
                    wanted: p.suggested_order,
                }),
            }
        }
        unsupplied.sort_by(|a, b| (&a.location, &a.product).cmp(&(&b.location, &b.product)));
        // One id → code map, built once: the sort compares borrowed codes, not a linear lookup
        // and two String clones per comparison.
        let code_of: HashMap<i64, &str> = places
            .iter()
            .map(|(code, place)| (place.0, code.as_str()))
            .collect();
        let name_of = |id: i64| code_of.get(&id).copied().unwrap_or_default();
        lines.sort_by(|a, b| {
            (name_of(a.0), name_of(a.1), &a.2.data.name).cmp(&(
                name_of(b.0),
                name_of(b.1),
                &b.2.data.name,
            ))
        });
        let mut taken = Taken::default();
        let mut rows = Vec::new();
        for (from, to, product, wanted) in lines {
            let proposed = self.propose(&product, LocationId(from), wanted, today, &mut taken)?;
            rows.push((from, to, product.id.0, wanted, proposed));
        }
        let tx = self.conn_mut().transaction()?;
        tx.execute(
            "UPDATE pick_list SET replaced_at = ?1 WHERE replaced_at IS NULL",
            [now.utc_text()],
        )?;
        tx.execute(
            "INSERT INTO pick_list (created_at, created_by, unsupplied) VALUES (?1, ?2, ?3)",
            params![now.utc_text(), actor.id.0, json(&unsupplied)?],
        )?;
        let id = tx.last_insert_rowid();
        for (i, (from, to, product, wanted, proposed)) in rows.iter().enumerate() {
            let proposed = serde_json::to_string(proposed).map_err(|e| {
                CoreError::refused("replenish.proposal_unwritable").arg("reason", e.to_string())
            })?;
            tx.execute(
                "INSERT INTO pick_line (pick_list_id, line_no, from_location, to_location, product_id, wanted, proposed)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![id, i as i64 + 1, from, to, product, wanted, proposed],
            )?;
        }
        tx.commit()?;
        self.pick_list(actor, id)
    }

    /// The newest pick list, if one has been made and not replaced.
    pub fn current_pick_list(&self, actor: &User) -> CoreResult<Option<PickList>> {
        require(actor, Operation::ViewStock)?;
        let id: Option<i64> = self.conn().query_row(
            "SELECT max(id) FROM pick_list WHERE replaced_at IS NULL",
            [],
            |r| r.get(0),
        )?;
        id.map(|id| self.pick_list(actor, id)).transpose()
    }

    /// The pick list numbered `id` as it was made, with what has been picked against it.
    pub fn pick_list(&self, actor: &User, id: i64) -> CoreResult<PickList> {
        require(actor, Operation::ViewStock)?;
        let (created_at, created_by, replaced, unsupplied): (String, String, bool, String) = self
            .conn()
            .query_row(
                "SELECT p.created_at, u.name, p.replaced_at IS NOT NULL, p.unsupplied
                 FROM pick_list p JOIN user u ON u.id = p.created_by WHERE p.id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?
            .ok_or_else(|| CoreError::refused("replenish.pick_list_unknown").arg("list", id))?;
        let picked = self.picked(id)?;
        let mut stmt = self.conn().prepare_cached(
            "SELECT l.line_no, f.code, f.name, t.code, t.name, p.gtin, p.name, p.tracking,
                    l.wanted, l.proposed, l.from_location, l.to_location, l.product_id
             FROM pick_line l JOIN location f ON f.id = l.from_location
             JOIN location t ON t.id = l.to_location JOIN product p ON p.id = l.product_id
             WHERE l.pick_list_id = ?1 ORDER BY l.line_no",
        )?;
        let lines = stmt
            .query_map([id], |r| {
                let proposed: Vec<ProposedPack> =
                    serde_json::from_str(&r.get::<_, String>(9)?).unwrap_or_default();
                let key = (
                    r.get::<_, i64>(10)?,
                    r.get::<_, i64>(11)?,
                    r.get::<_, i64>(12)?,
                );
                Ok((
                    key,
                    PickLine {
                        line_no: r.get(0)?,
                        from_location: r.get(1)?,
                        from_name: r.get(2)?,
                        to_location: r.get(3)?,
                        to_name: r.get(4)?,
                        gtin: r.get(5)?,
                        product: r.get(6)?,
                        tracking: r
                            .get::<_, String>(7)?
                            .parse()
                            .unwrap_or(TrackingMode::Serial),
                        wanted: r.get(8)?,
                        available: proposed.iter().map(|p| p.quantity).sum(),
                        short: 0,
                        proposed,
                        picked: 0,
                        picked_other_lot: 0,
                        done: false,
                    },
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let lines = lines
            .into_iter()
            .map(|(key, mut line)| {
                line.short = (line.wanted - line.available).max(0);
                for (lot, quantity) in picked.get(&key).into_iter().flatten() {
                    line.picked += quantity;
                    if !line.proposed.iter().any(|p| &p.lot == lot) {
                        line.picked_other_lot += quantity;
                    }
                }
                line.done = line.picked >= line.wanted
                    || (line.available > 0 && line.picked >= line.available)
                    || line.available == 0;
                line
            })
            .collect();
        Ok(PickList {
            id,
            reference: reference(id),
            created_at,
            created_by,
            replaced,
            lines,
            unsupplied: serde_json::from_str(&unsupplied).unwrap_or_default(),
        })
    }

    /// What was transferred under pick list `id`: by (from, to, product), each lot's quantity.
    fn picked(&self, id: i64) -> CoreResult<Picked> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT l.location_before, l.location_after, l.product_id, l.lot, l.quantity
             FROM event e JOIN event_line l ON l.event_seq = e.seq
             WHERE e.reference = ?1 AND l.status_after = 'in_stock'
               AND l.location_before IS NOT NULL AND l.location_after IS NOT NULL",
        )?;
        let mut rows = stmt.query([reference(id)])?;
        let mut picked: HashMap<_, Vec<_>> = HashMap::new();
        while let Some(r) = rows.next()? {
            picked
                .entry((r.get(0)?, r.get(1)?, r.get(2)?))
                .or_default()
                .push((r.get(3)?, r.get(4)?));
        }
        Ok(picked)
    }

    /// Every location by code: id, kind, name, supplying location.
    pub(super) fn places(&self) -> CoreResult<HashMap<String, Place>> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT code, id, kind, name, supplied_by FROM location")?;
        let rows = stmt
            .query_map([], |r| {
                Ok((r.get(0)?, (r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))
            })?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }
}
