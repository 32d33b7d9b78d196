//! Where stock is and who it comes from or goes to: the site, its locations and the trading
//! partners, each with a short code that the ledger names them by.

use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::error::{CoreError, CoreResult};
use crate::fields::{clean, code, unique};
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

fn gln(v: Option<&str>) -> CoreResult<Option<String>> {
    match v.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(g) if g.len() == 13 && custody_gs1::gs1_check_digit_ok(g.as_bytes()) => {
            Ok(Some(g.to_string()))
        }
        Some(g) => Err(CoreError::refused("master.gln_invalid")
            .field("gln")
            .arg("value", g)),
    }
}

/// A partner's code, name and GLN checked as the site takes them (cleaned).
pub(crate) fn checked_partner(
    code_: &str,
    name: &str,
    gln_: Option<&str>,
) -> CoreResult<(String, String, Option<String>)> {
    Ok((
        code("partner_code", code_)?,
        clean("partner_name", name, 200)?,
        gln(gln_)?,
    ))
}

pub(crate) fn insert_site(
    c: &Connection,
    code_: &str,
    name: &str,
    gln_: Option<&str>,
    now: Timestamp,
) -> CoreResult<Site> {
    let code_ = code("site_code", code_)?;
    let name = clean("site_name", name, 200)?;
    let gln_ = gln(gln_)?;
    c.execute(
        "INSERT INTO site (code, name, gln, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![code_, name, gln_, now.utc_text()],
    )
    .map_err(|e| unique(e, "master.site_exists", &code_))?;
    Ok(Site {
        id: SiteId(c.last_insert_rowid()),
        code: code_,
        name,
        gln: gln_,
    })
}

fn location_from_row(r: &Row<'_>) -> rusqlite::Result<Location> {
    Ok(Location {
        id: LocationId(r.get(0)?),
        site_id: SiteId(r.get(1)?),
        code: r.get(2)?,
        name: r.get(3)?,
        kind: r
            .get::<_, String>(4)?
            .parse()
            .unwrap_or(LocationKind::Store),
        supplied_by: r.get(5)?,
    })
}

/// The columns [`location_from_row`] reads, from `location` unaliased.
const LOCATION_COLUMNS: &str =
    "id, site_id, code, name, kind, (SELECT s.code FROM location s WHERE s.id = location.supplied_by)";

fn partner_from_row(r: &Row<'_>) -> rusqlite::Result<Partner> {
    Ok(Partner {
        id: PartnerId(r.get(0)?),
        code: r.get(1)?,
        name: r.get(2)?,
        kind: r
            .get::<_, String>(3)?
            .parse()
            .unwrap_or(PartnerKind::Supplier),
        gln: r.get(4)?,
    })
}

impl Store {
    /// Adds a location to the site with this code (or the first site).
    pub fn add_location(
        &mut self,
        actor: &User,
        code_: &str,
        name: &str,
        kind: LocationKind,
    ) -> CoreResult<Location> {
        require(actor, Operation::ManageMasterData)?;
        let code_ = code("location_code", code_)?;
        let name = clean("location_name", name, 200)?;
        let site: i64 = self
            .conn()
            .query_row("SELECT min(id) FROM site", [], |r| {
                r.get::<_, Option<i64>>(0)
            })?
            .ok_or_else(|| CoreError::refused("master.no_site"))?;
        self.conn()
            .execute(
                "INSERT INTO location (site_id, code, name, kind) VALUES (?1, ?2, ?3, ?4)",
                params![site, code_, name, kind.as_str()],
            )
            .map_err(|e| unique(e, "master.location_exists", &code_))?;
        Ok(Location {
            id: LocationId(self.conn().last_insert_rowid()),
            site_id: SiteId(site),
            code: code_,
            name,
            kind,
            supplied_by: None,
        })
    }

    /// Every active location, by code.
    pub fn locations(&self, actor: &User) -> CoreResult<Vec<Location>> {
        require(actor, Operation::ViewStock)?;
        let mut stmt = self.conn().prepare(&format!(
            "SELECT {LOCATION_COLUMNS} FROM location WHERE active = 1 ORDER BY code"
        ))?;
        let rows = stmt
            .query_map([], location_from_row)?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// The location with this code.
    pub fn location(&self, code_: &str) -> CoreResult<Location> {
        // Cached: every operation that names a location looks it up, each scan among them.
        self.conn()
            .prepare_cached(&format!(
                "SELECT {LOCATION_COLUMNS} FROM location WHERE code = ?1"
            ))?
            .query_row([code_], location_from_row)
            .optional()?
            .ok_or_else(|| CoreError::refused("master.location_unknown").arg("location", code_))
    }

    /// Adds a trading partner.
    pub fn add_partner(
        &mut self,
        actor: &User,
        code_: &str,
        name: &str,
        kind: PartnerKind,
        gln_: Option<&str>,
    ) -> CoreResult<Partner> {
        require(actor, Operation::ManageMasterData)?;
        let (code_, name, gln_) = checked_partner(code_, name, gln_)?;
        self.conn()
            .execute(
                "INSERT INTO partner (code, name, kind, gln) VALUES (?1, ?2, ?3, ?4)",
                params![code_, name, kind.as_str(), gln_],
            )
            .map_err(|e| unique(e, "master.partner_exists", &code_))?;
        Ok(Partner {
            id: PartnerId(self.conn().last_insert_rowid()),
            code: code_,
            name,
            kind,
            gln: gln_,
        })
    }

    /// Every trading partner, by code.
    pub fn partners(&self, actor: &User) -> CoreResult<Vec<Partner>> {
        require(actor, Operation::ViewStock)?;
        let mut stmt = self
            .conn()
            .prepare("SELECT id, code, name, kind, gln FROM partner ORDER BY code")?;
        let rows = stmt
            .query_map([], partner_from_row)?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// The partner with this code.
    pub fn partner(&self, code_: &str) -> CoreResult<Partner> {
        self.conn()
            .prepare_cached("SELECT id, code, name, kind, gln FROM partner WHERE code = ?1")?
            .query_row([code_], partner_from_row)
            .optional()?
            .ok_or_else(|| CoreError::refused("master.partner_unknown").arg("partner", code_))
    }
}
