//! The demo hospital's master data, in one transaction: the site, the five demo users (one per
//! role, plus a second member of staff), the locations (pharmacy, store room, quarantine,
//! wards, clinics), the suppliers and the catalogue.

use rusqlite::Transaction;

use crate::auth::insert_user;
use crate::error::CoreResult;
use crate::master::insert_site;
use crate::model::*;

use super::catalogue::products;
use super::rng::Rng;
use super::scale::Params;
use super::DEMO_PASSWORD;

/// The index in [`Hospital::locations`] of the main pharmacy.
pub(super) const MAIN: u16 = 0;
/// The index of the pharmacy store room.
pub(super) const STORE: u16 = 1;
/// The index of the quarantine cabinet.
pub(super) const QUARANTINE: u16 = 2;
/// The index of the first ward; every location from here on is a ward or a clinic.
pub(super) const FIRST_WARD: u16 = 3;

// What the insights find in the demo (issue #23), planted without a single draw more, so the
// rest of the data stays what it was.
/// The slow ward, WARD-3B: packs that have the shelf life for it wait four times as long there
/// before they are used.
pub(super) const SLOW_WARD: u16 = 6;
/// The ward that keeps losing packs, ICU: one pack in twenty sent there is not found at its
/// next monthly count.
pub(super) const LEAKY_WARD: u16 = 4;
/// The wards counted at the end of every month: ED, ICU and WARD-3A.
pub(super) const COUNTED_WARDS: [u16; 3] = [3, 4, 5];
/// The supplier with short-dated deliveries and prices above contract, PHARMACO (partner
/// index 1): the only one whose deliveries arrive with fewer than 90 days left or invoiced
/// above the contract price, and whose cartons carry their manufacturing date (AI 11).
pub(super) const PLANTED_SUPPLIER: usize = 1;

/// What the history is written against.
pub(super) struct Hospital {
    /// Amira, who records the daily work.
    pub staff: User,
    /// Chloe, who records the QA decisions (suspect packs, destruction, returns).
    pub qa: User,
    /// Every location, in the order of [`locations`].
    pub locations: Vec<LocationId>,
    /// The suppliers, in the order of [`partners`].
    pub partners: Vec<PartnerId>,
    /// The catalogue.
    pub products: Vec<ProductData>,
    /// Each product's id, in the catalogue's order.
    pub product_ids: Vec<ProductId>,
    /// Mixed into every pack's serial: 0 for the demo's own site code, so its serials stay as
    /// they are; any other code's own number, so a second demo site (`--site-code WEST`) never
    /// holds the first's serials and the two can join one hub without raising an alarm for each
    /// pack.
    pub serial_salt: u64,
}

/// Sets up the site (code `site`), its users, locations, suppliers and catalogue.
pub(super) fn set_up(
    tx: &Transaction<'_>,
    site: &str,
    p: &Params,
    rng: &mut Rng,
    now: Timestamp,
) -> CoreResult<Hospital> {
    insert_site(
        tx,
        site,
        "St. Example General Hospital (demo data)",
        Some("0614141000005"),
        now,
    )?;
    let (staff, qa) = users(tx, now)?;
    let locations = insert_locations(tx, p)?;
    let partners = insert_partners(tx)?;
    let products = products(p, rng);
    let product_ids = insert_products(tx, &products, now)?;
    supply_links(tx)?;
    Ok(Hospital {
        staff,
        qa,
        locations,
        partners,
        products,
        product_ids,
        serial_salt: serial_salt(site),
    })
}

/// [`Hospital::serial_salt`] of site code `site`: FNV-1a of the code, 0 for the demo's own.
fn serial_salt(site: &str) -> u64 {
    if site == super::DEMO_SITE {
        return 0;
    }
    site.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The demo users, all with [`DEMO_PASSWORD`]; gives the staff member and the QA officer who
/// record the history.
fn users(tx: &Transaction<'_>, now: Timestamp) -> CoreResult<(User, User)> {
    let user = |username: &str, name: &str, role: Role| {
        insert_user(tx, username, name, role, Some(DEMO_PASSWORD), now)
    };
    user("admin", "Demo Administrator", Role::Admin)?;
    let staff = user("amira", "Amira Haddad", Role::Staff)?;
    user("ben", "Ben Okafor", Role::Manager)?;
    let qa = user("chloe", "Chloe Martin", Role::Qa)?;
    user("dev", "Dev Patel", Role::Staff)?;
    Ok((staff, qa))
}

/// The locations of a hospital of this scale: code, name and kind.
fn locations(p: &Params) -> Vec<(String, String, LocationKind)> {
    let mut locs: Vec<(String, String, LocationKind)> = [
        ("MAIN", "Main pharmacy", LocationKind::Pharmacy),
        ("STORE", "Pharmacy store room", LocationKind::Store),
        ("QUAR", "Quarantine cabinet", LocationKind::Quarantine),
        ("ED", "Emergency department", LocationKind::Ward),
        ("ICU", "Intensive care unit", LocationKind::Ward),
        ("WARD-3A", "Ward 3A (medicine)", LocationKind::Ward),
        ("WARD-3B", "Ward 3B (surgery)", LocationKind::Ward),
    ]
    .into_iter()
    .map(|(code, name, kind)| (code.to_string(), name.to_string(), kind))
    .collect();
    for w in 0..p.extra_wards {
        let ward = format!("{}{}", 4 + w / 4, (b'A' + (w % 4) as u8) as char);
        locs.push((
            format!("WARD-{ward}"),
            format!("Ward {ward}"),
            LocationKind::Ward,
        ));
    }
    for c in 0..p.clinics {
        locs.push((
            format!("CLINIC-{}", c + 1),
            format!("Outpatient clinic {}", c + 1),
            LocationKind::Clinic,
        ));
    }
    locs
}

/// Inserts the [`locations`]; their ids in the same order.
fn insert_locations(tx: &Transaction<'_>, p: &Params) -> CoreResult<Vec<LocationId>> {
    let mut ids = Vec::new();
    for (code, name, kind) in &locations(p) {
        tx.execute(
            "INSERT INTO location (site_id, code, name, kind) VALUES (1, ?1, ?2, ?3)",
            rusqlite::params![code, name, kind.as_str()],
        )?;
        ids.push(LocationId(tx.last_insert_rowid()));
    }
    Ok(ids)
}

/// The suppliers: two distributors, a supplier of consumables (the third, which the lot-tracked
/// deliveries come from) and a manufacturer selling direct.
fn partners() -> [(
    &'static str,
    &'static str,
    PartnerKind,
    Option<&'static str>,
); 4] {
    [
        (
            "MEDIDIST",
            "MediDist Wholesale Ltd",
            PartnerKind::Distributor,
            Some("0614141000012"),
        ),
        (
            "PHARMACO",
            "PharmaCo Distribution",
            PartnerKind::Distributor,
            None,
        ),
        ("NORTHMED", "NorthMed Supplies", PartnerKind::Supplier, None),
        (
            "GENERIX",
            "Generix Pharma (direct)",
            PartnerKind::Manufacturer,
            None,
        ),
    ]
}

/// Inserts the [`partners`]; their ids in the same order.
fn insert_partners(tx: &Transaction<'_>) -> CoreResult<Vec<PartnerId>> {
    let mut ids = Vec::new();
    for (code, name, kind, gln) in partners() {
        tx.execute(
            "INSERT INTO partner (code, name, kind, gln) VALUES (?1, ?2, ?3, ?4)",
            rusqlite::params![code, name, kind.as_str(), gln],
        )?;
        ids.push(PartnerId(tx.last_insert_rowid()));
    }
    Ok(ids)
}

/// Who supplies whom: the main pharmacy tops up the wards, the store room the clinics; each
/// product is usually ordered from a distributor (medicines) or the consumables supplier
/// (lot-tracked products), except every seventh, left without one so the supplier orders show
/// the group that asks for one. Plain updates, no random draws, so the rest of the demo data
/// stays what it was.
fn supply_links(tx: &Transaction<'_>) -> CoreResult<()> {
    tx.execute_batch(
        "UPDATE location SET supplied_by = (SELECT id FROM location WHERE code = 'MAIN') WHERE kind = 'ward';
         UPDATE location SET supplied_by = (SELECT id FROM location WHERE code = 'STORE') WHERE kind = 'clinic';
         UPDATE product SET usual_supplier_id = CASE
             WHEN id % 7 = 0 THEN NULL
             WHEN tracking = 'lot' THEN (SELECT id FROM partner WHERE code = 'NORTHMED')
             WHEN id % 2 = 0 THEN (SELECT id FROM partner WHERE code = 'MEDIDIST')
             ELSE (SELECT id FROM partner WHERE code = 'PHARMACO') END;",
    )?;
    Ok(())
}

/// Inserts the catalogue with one prepared statement; the ids in the same order.
fn insert_products(
    tx: &Transaction<'_>,
    products: &[ProductData],
    now: Timestamp,
) -> CoreResult<Vec<ProductId>> {
    let mut ids = Vec::with_capacity(products.len());
    let mut stmt = tx.prepare(
        "INSERT INTO product (gtin, name, generic_name, form, strength, pack_size, manufacturer, tracking, contract_price_cents, storage, controlled, ndc, pzn, cip, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
    )?;
    for d in products {
        stmt.execute(rusqlite::params![
            d.gtin,
            d.name,
            d.generic_name,
            d.form,
            d.strength,
            d.pack_size,
            d.manufacturer,
            d.tracking.unwrap_or(TrackingMode::Serial).as_str(),
            d.contract_price_cents,
            d.storage,
            d.controlled,
            d.ndc,
            d.pzn,
            d.cip,
            now.utc_text()
        ])?;
        ids.push(ProductId(tx.last_insert_rowid()));
    }
    Ok(ids)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fixed_locations_sit_where_the_history_looks_for_them() {
        let locs = locations(&super::super::scale::Scale::Hospital.params());
        assert_eq!(
            locs[MAIN as usize].0, "MAIN",
            "receipts go to the main pharmacy"
        );
        assert_eq!(
            locs[STORE as usize].0, "STORE",
            "and some to the store room"
        );
        assert_eq!(
            locs[QUARANTINE as usize].2,
            LocationKind::Quarantine,
            "held packs go to the quarantine cabinet"
        );
        assert!(
            locs[FIRST_WARD as usize..]
                .iter()
                .all(|l| matches!(l.2, LocationKind::Ward | LocationKind::Clinic)),
            "transfers from the pharmacy go to wards and clinics only"
        );
        assert_eq!(
            locs.len(),
            7 + 38 + 5,
            "the hospital scale has 50 locations"
        );
        assert_eq!(locs[7].0, "WARD-4A", "extra wards are numbered from 4A");
    }
}
