//! A recall's hold previewed before it runs: how many packs it will quarantine, at how many
//! locations, and how many covered packs it cannot hold because they already left or are held
//! (every later scan of those is blocked). The figures come from the hold's own lines
//! (`hold::hold_lines`), so what a person confirms is what the hold then does.

use std::collections::BTreeMap;

use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use super::hold::{hold_lines, HoldLines};
use super::scope::{validate_scope, ScopeLine};
use crate::error::CoreResult;
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

/// What the hold of a scope would do, were the recall entered now.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct HoldPreview {
    /// Serialized packs the hold would quarantine (in stock now).
    pub units: i64,
    /// Quantity of lot-tracked stock the hold would quarantine.
    pub lot_quantity: i64,
    /// Locations where stock would be quarantined (one ledger event each).
    pub locations: i64,
    /// What would be quarantined at each location, by location code.
    pub by_location: Vec<PreviewLocation>,
    /// Covered packs the hold leaves where they are: dispensed, sent away, returned, destroyed,
    /// missing or already in quarantine. Every later scan of one of them is blocked.
    pub blocked: i64,
    /// Packs named by serial that were never received here (blocked should they arrive).
    pub not_received: i64,
    /// GTINs of the scope that name no product here.
    pub unknown_gtins: Vec<String>,
}

/// What a hold would quarantine at one location.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PreviewLocation {
    /// Location code.
    pub location: String,
    /// Serialized packs.
    pub units: i64,
    /// Lot-tracked quantity.
    pub lot_quantity: i64,
}

/// The preview of the hold these lines would make, from what `hold_lines` found.
fn preview_of(conn: &Connection, lines: &HoldLines, blocked: i64) -> CoreResult<HoldPreview> {
    let mut by_location = Vec::with_capacity(lines.by_location.len());
    for (location, lines) in &lines.by_location {
        let code: Option<String> = conn
            .prepare_cached("SELECT code FROM location WHERE id = ?1")?
            .query_row([location.0], |r| r.get(0))
            .optional()?;
        let (mut units, mut lot_quantity) = (0, 0);
        for l in lines {
            if l.serial.is_some() {
                units += l.quantity;
            } else {
                lot_quantity += l.quantity;
            }
        }
        by_location.push(PreviewLocation {
            location: code.unwrap_or_else(|| location.0.to_string()),
            units,
            lot_quantity,
        });
    }
    by_location.sort_by(|a, b| a.location.cmp(&b.location));
    Ok(HoldPreview {
        units: lines.held.units,
        lot_quantity: lines.held.lot_quantity,
        locations: lines.by_location.len() as i64,
        by_location,
        blocked,
        not_received: 0,
        unknown_gtins: Vec::new(),
    })
}

impl Store {
    /// What entering a recall with this scope would hold, without writing anything: the same
    /// lines the hold appends, counted.
    pub fn preview_recall_hold(
        &self,
        actor: &User,
        scope: &[ScopeLine],
    ) -> CoreResult<HoldPreview> {
        require(actor, Operation::ManageRecalls)?;
        let scope = validate_scope(scope, |i| i + 1)?;
        let (lines, covered) = hold_lines(self.conn(), &scope)?;
        let blocked = covered
            .units
            .iter()
            .filter(|u| !(u.status == UnitStatus::InStock && u.location.is_some()))
            .count() as i64;
        let mut preview = preview_of(self.conn(), &lines, blocked)?;
        preview.not_received = covered.not_received.len() as i64;
        let unknown: BTreeMap<&str, ()> = covered
            .products
            .iter()
            .filter(|(_, p)| p.is_none())
            .map(|(g, _)| (g.as_str(), ()))
            .collect();
        preview.unknown_gtins = unknown.into_keys().map(str::to_string).collect();
        Ok(preview)
    }
}
