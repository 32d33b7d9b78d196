//! Replenishment: who supplies whom (a ward's supplying pharmacy or store, a product's usual
//! supplier), the pick list made from ward shortages and picked by scanning, and the supplier
//! orders made from the pharmacies' shortages. Printing and the CSV go through `report`.

use custody_core::levels::LevelPolicy;
use custody_core::movement::{Movement, ScanInput, ScanSession};
use custody_core::replenish::{PickList, PickScan, SupplierOrder};
use custody_core::Location;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{ApiError, Result};
use crate::master::ProductRecord;
use crate::{text, Cx};

/// Which location tops up a ward or clinic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SupplyingLocation {
    /// The ward or clinic (code).
    pub location: String,
    /// The pharmacy or store that supplies it (code); none to clear it.
    #[serde(default)]
    pub supplied_by: Option<String>,
}

/// Names (or clears) the location that tops up a ward or clinic (managers, administrators).
pub fn set_supplying_location(cx: &mut Cx<'_>, s: SupplyingLocation) -> Result<Location> {
    let me = cx.me()?.clone();
    Ok(cx
        .store()
        .set_supplying_location(&me, &s.location, text(&s.supplied_by).as_deref())?)
}

/// Which partner a product is usually ordered from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct UsualSupplier {
    /// The product's GTIN.
    pub gtin: String,
    /// The supplier's code; none to clear it.
    #[serde(default)]
    pub supplier: Option<String>,
}

/// Names (or clears) a product's usual supplier (managers, administrators).
pub fn set_usual_supplier(cx: &mut Cx<'_>, u: UsualSupplier) -> Result<ProductRecord> {
    let me = cx.me()?.clone();
    Ok(cx
        .store()
        .set_usual_supplier(&me, &u.gtin, text(&u.supplier).as_deref())?
        .into())
}

/// The current pick list with its progress, if one has been made.
pub fn pick_list(cx: &mut Cx<'_>, _: ()) -> Result<Option<PickList>> {
    let me = cx.me()?;
    Ok(cx.store().current_pick_list(me)?)
}

/// Makes a new pick list from today's ward and clinic shortages, replacing the current one.
pub fn make_pick_list(cx: &mut Cx<'_>, _: ()) -> Result<PickList> {
    let me = cx.me()?.clone();
    let now = cx.now()?;
    Ok(cx
        .store()
        .make_pick_list(&me, &LevelPolicy::default(), now)?)
}

/// One scan on a pick list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct PickScanRequest {
    /// The pick list's number.
    pub list: i64,
    /// Exactly what the scanner sent.
    pub raw: String,
    /// For a lot-tracked product: how many (default 1; a serialized pack is always 1).
    #[serde(default)]
    pub quantity: Option<i64>,
    /// The ward being picked for (code); none when the pack can only go to one ward. A pack
    /// that could fill more than one ward's line is refused until one is named.
    #[serde(default)]
    pub ward: Option<String>,
}

/// Records a scanned pack against the pick list: the transfer from the line's supplying
/// location (where the pack is) to its ward (the one named, or the only one it can go to), with the scan screen's checks and verdict. A blocked pack is not picked
/// (there is no override here: it is set aside and handled on the scan screen).
pub fn pick_scan(cx: &mut Cx<'_>, r: PickScanRequest) -> Result<PickScan> {
    if r.raw.trim().is_empty() {
        return Err(ApiError::field("scan.empty", "raw", Default::default()));
    }
    let session = cx.session()?;
    let me = session.actor().user().clone();
    let settings = session.settings().clone();
    let lang = session.lang();
    let now = cx.now()?;
    // The movement and places are the line's; the scanner settings and limits the site's.
    let mut s = ScanSession::new(Movement::Transfer, custody_core::LocationId(0));
    s.scanner = settings.decode_options(now.local_date());
    s.policy = settings.scan_policy();
    let ward = text(&r.ward);
    let input = ScanInput {
        raw: r.raw,
        quantity: r.quantity,
        ..Default::default()
    };
    let mut picked = cx
        .store()
        .pick_scan(&me, r.list, ward.as_deref(), &s, &input, now)?;
    // The scan screen's verdict, in the language the person's session speaks.
    picked.verdict = picked.verdict.in_lang(lang);
    Ok(picked)
}

/// Today's supplier orders: the pharmacies' and stores' shortages by usual supplier.
pub fn supplier_orders(cx: &mut Cx<'_>, _: ()) -> Result<Vec<SupplierOrder>> {
    let me = cx.me()?;
    let today = cx.now()?.local_date();
    Ok(cx
        .store()
        .supplier_orders(me, &LevelPolicy::default(), today)?)
}
