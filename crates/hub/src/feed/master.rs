//! The master data the hub owns: the network's products (by GTIN) and trading partners (by
//! code), added or changed by the hub's administrator, each write with its changelog row in the
//! same transaction; and a product or partner declared in use by a site before its first event
//! names it.

use custody_sync_protocol::{FeedItem, FeedPartner, FeedProduct};
use serde::Serialize;

use crate::db::Database;
use crate::HubError;

/// A product as the administrator gives it.
#[derive(Debug, Clone, Default)]
pub struct ProductInput {
    /// GTIN (8, 12, 13 or 14 digits; kept as GTIN-14).
    pub gtin: String,
    /// Name.
    pub name: String,
    /// Generic (INN) name.
    pub generic_name: Option<String>,
    /// Dosage form.
    pub form: Option<String>,
    /// Strength.
    pub strength: Option<String>,
    /// Units in a pack.
    pub pack_size: Option<i64>,
    /// Manufacturer.
    pub manufacturer: Option<String>,
    /// `serial` or `lot`.
    pub tracking: String,
    /// Storage conditions.
    pub storage: Option<String>,
    /// A controlled drug.
    pub controlled: bool,
    /// National codes, as given.
    pub ndc: Option<String>,
    /// Pharmazentralnummer.
    pub pzn: Option<String>,
    /// Code CIP.
    pub cip: Option<String>,
}

/// A partner as the administrator gives it.
#[derive(Debug, Clone, Default)]
pub struct PartnerInput {
    /// Code across the network.
    pub code: String,
    /// Name.
    pub name: String,
    /// `supplier`, `distributor` or `manufacturer`.
    pub kind: String,
    /// GLN (13 digits).
    pub gln: Option<String>,
}

/// Whether an add may replace a record the hub has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Write {
    /// Only a new record.
    New,
    /// A new record, or the one with the same key changed (its key never changes).
    Replace,
}

fn text(v: &Option<String>) -> Option<String> {
    v.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// The product checked: a GTIN with a valid check digit (as GTIN-14), a name, a tracking mode.
fn checked_product(p: &ProductInput) -> Result<FeedProduct, HubError> {
    let gtin = custody_gs1::Gtin::parse(p.gtin.trim()).map_err(|e| HubError::BadRecord {
        what: format!("GTIN {:?}", p.gtin),
        why: e.to_string(),
    })?;
    let name = p.name.trim();
    if name.is_empty() {
        return Err(HubError::Invalid {
            what: "product name",
            why: "must not be empty",
        });
    }
    if !matches!(p.tracking.as_str(), "serial" | "lot") {
        return Err(HubError::Invalid {
            what: "tracking",
            why: "must be serial or lot",
        });
    }
    if p.pack_size.is_some_and(|n| n < 1) {
        return Err(HubError::Invalid {
            what: "pack size",
            why: "must be 1 or more",
        });
    }
    Ok(FeedProduct {
        gtin: gtin.as_str().to_string(),
        name: name.to_string(),
        generic_name: text(&p.generic_name),
        form: text(&p.form),
        strength: text(&p.strength),
        pack_size: p.pack_size,
        manufacturer: text(&p.manufacturer),
        tracking: p.tracking.clone(),
        storage: text(&p.storage),
        controlled: p.controlled,
        ndc: text(&p.ndc),
        pzn: text(&p.pzn),
        cip: text(&p.cip),
    })
}

/// Adds a product (or, with [`Write::Replace`], changes the one with its GTIN) and logs it for
/// the sites that use it; the product as stored.
pub async fn add_product(
    db: &Database,
    input: &ProductInput,
    write: Write,
) -> Result<FeedProduct, HubError> {
    let p = checked_product(input)?;
    let mut client = db.client().await?;
    let tx = client
        .transaction()
        .await
        .map_err(HubError::db("starting to add a product"))?;
    super::lock(&tx).await?;
    let conflict = match write {
        Write::New => "DO NOTHING",
        Write::Replace => {
            "DO UPDATE SET name = EXCLUDED.name, generic_name = EXCLUDED.generic_name, \
             form = EXCLUDED.form, strength = EXCLUDED.strength, pack_size = EXCLUDED.pack_size, \
             manufacturer = EXCLUDED.manufacturer, tracking = EXCLUDED.tracking, \
             storage = EXCLUDED.storage, controlled = EXCLUDED.controlled, ndc = EXCLUDED.ndc, \
             pzn = EXCLUDED.pzn, cip = EXCLUDED.cip, updated_at = now()"
        }
    };
    let sql = format!(
        "INSERT INTO product (gtin, name, generic_name, form, strength, pack_size, manufacturer, \
                              tracking, storage, controlled, ndc, pzn, cip) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) \
         ON CONFLICT (gtin) {conflict} RETURNING gtin"
    );
    let written = tx
        .query_opt(
            &sql,
            &[
                &p.gtin,
                &p.name,
                &p.generic_name,
                &p.form,
                &p.strength,
                &p.pack_size,
                &p.manufacturer,
                &p.tracking,
                &p.storage,
                &p.controlled,
                &p.ndc,
                &p.pzn,
                &p.cip,
            ],
        )
        .await
        .map_err(HubError::db("adding a product"))?;
    if written.is_none() {
        return Err(HubError::Exists(format!("product {}", p.gtin)));
    }
    super::log(&tx, &FeedItem::Product(p.clone()), None).await?;
    tx.commit()
        .await
        .map_err(HubError::db("committing a product"))?;
    Ok(p)
}

/// The partner checked: a code as the sites take one (core's rule: at most 40 letters, digits,
/// `-`, `_` or `.`), a name, a kind, a 13-digit GLN if any.
fn checked_partner(p: &PartnerInput) -> Result<FeedPartner, HubError> {
    let code = p.code.trim();
    let name = p.name.trim();
    if name.is_empty() {
        return Err(HubError::Invalid {
            what: "partner name",
            why: "must not be empty",
        });
    }
    if !matches!(p.kind.as_str(), "supplier" | "distributor" | "manufacturer") {
        return Err(HubError::Invalid {
            what: "partner kind",
            why: "must be supplier, distributor or manufacturer",
        });
    }
    let gln = text(&p.gln);
    if let Some(g) = &gln {
        if g.len() != 13 || !g.bytes().all(|b| b.is_ascii_digit()) {
            return Err(HubError::BadRecord {
                what: format!("GLN {g:?}"),
                why: "a GLN has 13 digits".into(),
            });
        }
    }
    let partner = FeedPartner {
        code: code.to_string(),
        name: name.to_string(),
        partner_kind: p.kind.clone(),
        gln,
    };
    super::check(&FeedItem::Partner(partner.clone()))?;
    Ok(partner)
}

/// Adds a partner (or, with [`Write::Replace`], changes the one with its code) and logs it.
/// A code that is a site's is refused: a site is a partner of the others under its own code.
pub async fn add_partner(
    db: &Database,
    input: &PartnerInput,
    write: Write,
) -> Result<FeedPartner, HubError> {
    let p = checked_partner(input)?;
    let mut client = db.client().await?;
    let tx = client
        .transaction()
        .await
        .map_err(HubError::db("starting to add a partner"))?;
    super::lock(&tx).await?;
    let is_site = tx
        .query_opt("SELECT 1 FROM site WHERE code = $1", &[&p.code])
        .await
        .map_err(HubError::db("looking for a site of a partner's code"))?
        .is_some();
    if is_site {
        return Err(HubError::Exists(format!(
            "site {} (a site is every other site's partner under its code)",
            p.code
        )));
    }
    let conflict = match write {
        Write::New => "DO NOTHING",
        Write::Replace => {
            "DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, gln = EXCLUDED.gln, \
             updated_at = now()"
        }
    };
    let sql = format!(
        "INSERT INTO partner (code, name, kind, gln) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (code) {conflict} RETURNING code"
    );
    let written = tx
        .query_opt(&sql, &[&p.code, &p.name, &p.partner_kind, &p.gln])
        .await
        .map_err(HubError::db("adding a partner"))?;
    if written.is_none() {
        return Err(HubError::Exists(format!("partner {}", p.code)));
    }
    super::log(&tx, &FeedItem::Partner(p.clone()), None).await?;
    tx.commit()
        .await
        .map_err(HubError::db("committing a partner"))?;
    Ok(p)
}

/// A product with how many sites use it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Listed<T> {
    /// The record.
    pub record: T,
    /// The sites using it, sorted.
    pub sites: Vec<String>,
}

/// Every product, by GTIN, with the sites that use it.
pub async fn products(db: &Database) -> Result<Vec<Listed<FeedProduct>>, HubError> {
    let client = db.client().await?;
    let rows = client
        .query(
            "SELECT p.gtin, p.name, p.generic_name, p.form, p.strength, p.pack_size, \
                    p.manufacturer, p.tracking, p.storage, p.controlled, p.ndc, p.pzn, p.cip, \
                    ARRAY(SELECT s.code FROM site_use u JOIN site s ON s.id = u.site_id \
                          WHERE u.kind = 'product' AND u.key = p.gtin ORDER BY s.code) \
             FROM product p ORDER BY p.gtin",
            &[],
        )
        .await
        .map_err(HubError::db("listing products"))?;
    Ok(rows
        .iter()
        .map(|r| Listed {
            record: FeedProduct {
                gtin: r.get(0),
                name: r.get(1),
                generic_name: r.get(2),
                form: r.get(3),
                strength: r.get(4),
                pack_size: r.get(5),
                manufacturer: r.get(6),
                tracking: r.get(7),
                storage: r.get(8),
                controlled: r.get(9),
                ndc: r.get(10),
                pzn: r.get(11),
                cip: r.get(12),
            },
            sites: r.get(13),
        })
        .collect())
}

/// Every partner, by code, with the sites that use it.
pub async fn partners(db: &Database) -> Result<Vec<Listed<FeedPartner>>, HubError> {
    let client = db.client().await?;
    let rows = client
        .query(
            "SELECT p.code, p.name, p.kind, p.gln, \
                    ARRAY(SELECT s.code FROM site_use u JOIN site s ON s.id = u.site_id \
                          WHERE u.kind = 'partner' AND u.key = p.code ORDER BY s.code) \
             FROM partner p ORDER BY p.code",
            &[],
        )
        .await
        .map_err(HubError::db("listing partners"))?;
    Ok(rows
        .iter()
        .map(|r| Listed {
            record: FeedPartner {
                code: r.get(0),
                name: r.get(1),
                partner_kind: r.get(2),
                gln: r.get(3),
            },
            sites: r.get(4),
        })
        .collect())
}

/// Declares that `site` uses the products `gtins` and partners `partners` before any event of
/// it names them (a new site's formulary, an existing site's at enrolment): each is sent to it
/// on its next pull, whatever its cursor. Returns how many uses were new.
pub async fn declare_use(
    db: &Database,
    site: &str,
    gtins: &[String],
    partners: &[String],
) -> Result<u64, HubError> {
    let mut keys = Vec::new();
    for g in gtins {
        let gtin = custody_gs1::Gtin::parse(g.trim()).map_err(|e| HubError::BadRecord {
            what: format!("GTIN {g:?}"),
            why: e.to_string(),
        })?;
        keys.push(("product", gtin.as_str().to_string()));
    }
    keys.extend(partners.iter().map(|p| ("partner", p.trim().to_string())));
    let mut client = db.client().await?;
    let tx = client
        .transaction()
        .await
        .map_err(HubError::db("starting to declare a site's uses"))?;
    let site_id: i64 = tx
        .query_opt("SELECT id FROM site WHERE code = $1", &[&site.trim()])
        .await
        .map_err(HubError::db("looking up a site"))?
        .ok_or_else(|| HubError::UnknownSite(site.trim().to_string()))?
        .get(0);
    let (kinds, keys): (Vec<&str>, Vec<String>) = keys.into_iter().unzip();
    let new = super::uses::add_uses(&tx, site_id, &kinds, &keys, "declared").await?;
    tx.commit()
        .await
        .map_err(HubError::db("committing a site's uses"))?;
    Ok(new)
}
