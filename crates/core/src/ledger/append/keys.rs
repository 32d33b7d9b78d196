//! The stable keys an event is hashed with (GTIN, location, partner and site codes), looked up
//! once per appender: a bulk import names the same few products and locations thousands of
//! times, so each is read from the database once. The statements are the connection's cached
//! ones: a scan has an appender of its own, and parsing the same SQL again for each scan was a
//! tenth of a scan's time at a person's pace (`docs/decisions/2026-12-02-history-independent-levels.md`).

use std::collections::HashMap;

use rusqlite::{OptionalExtension, Transaction};

use crate::error::{CoreError, CoreResult};
use crate::model::{LocationId, PartnerId, ProductId, SiteId};

/// The keys this appender has looked up, by row id.
pub(super) struct KeyCache<'t> {
    tx: &'t Transaction<'t>,
    gtins: HashMap<ProductId, String>,
    locations: HashMap<LocationId, (String, SiteId)>,
    sites: HashMap<SiteId, String>,
    partners: HashMap<PartnerId, String>,
    default_site: Option<SiteId>,
}

impl<'t> KeyCache<'t> {
    /// An empty cache over the appender's transaction.
    pub(super) fn new(tx: &'t Transaction<'t>) -> Self {
        KeyCache {
            tx,
            gtins: HashMap::new(),
            locations: HashMap::new(),
            sites: HashMap::new(),
            partners: HashMap::new(),
            default_site: None,
        }
    }

    /// A product's GTIN; refused when the product does not exist.
    pub(super) fn gtin(&mut self, p: ProductId) -> CoreResult<String> {
        if let Some(g) = self.gtins.get(&p) {
            return Ok(g.clone());
        }
        let g: String = self
            .tx
            .prepare_cached("SELECT gtin FROM product WHERE id = ?1")?
            .query_row([p.0], |r| r.get(0))
            .optional()?
            .ok_or_else(|| CoreError::refused("ledger.product_missing").arg("id", p.0))?;
        self.gtins.insert(p, g.clone());
        Ok(g)
    }

    /// A location's code and its site; refused when the location does not exist.
    pub(super) fn location(&mut self, l: LocationId) -> CoreResult<(String, SiteId)> {
        if let Some(v) = self.locations.get(&l) {
            return Ok(v.clone());
        }
        let v: (String, SiteId) = self
            .tx
            .prepare_cached("SELECT code, site_id FROM location WHERE id = ?1")?
            .query_row([l.0], |r| Ok((r.get(0)?, SiteId(r.get(1)?))))
            .optional()?
            .ok_or_else(|| CoreError::refused("ledger.location_missing").arg("id", l.0))?;
        self.locations.insert(l, v.clone());
        Ok(v)
    }

    /// A location's code, when there is a location.
    pub(super) fn location_code(&mut self, l: Option<LocationId>) -> CoreResult<Option<String>> {
        l.map(|l| self.location(l).map(|(code, _)| code))
            .transpose()
    }

    /// A site's code.
    pub(super) fn site_code(&mut self, s: SiteId) -> CoreResult<String> {
        if let Some(v) = self.sites.get(&s) {
            return Ok(v.clone());
        }
        let v: String = self
            .tx
            .prepare_cached("SELECT code FROM site WHERE id = ?1")?
            .query_row([s.0], |r| r.get(0))?;
        self.sites.insert(s, v.clone());
        Ok(v)
    }

    /// A partner's code, when there is a partner; refused when the partner does not exist.
    pub(super) fn partner_code(&mut self, p: Option<PartnerId>) -> CoreResult<Option<String>> {
        let Some(p) = p else { return Ok(None) };
        if let Some(v) = self.partners.get(&p) {
            return Ok(Some(v.clone()));
        }
        let v: String = self
            .tx
            .prepare_cached("SELECT code FROM partner WHERE id = ?1")?
            .query_row([p.0], |r| r.get(0))
            .optional()?
            .ok_or_else(|| CoreError::refused("ledger.partner_missing").arg("id", p.0))?;
        self.partners.insert(p, v.clone());
        Ok(Some(v))
    }

    /// The site whose chain an event joins: its location's, or (for an event at no location)
    /// the first site; refused when the database has no site yet.
    pub(super) fn site_for(&mut self, location: Option<LocationId>) -> CoreResult<SiteId> {
        if let Some(l) = location {
            return Ok(self.location(l)?.1);
        }
        if let Some(s) = self.default_site {
            return Ok(s);
        }
        let s = SiteId(
            self.tx
                .prepare_cached("SELECT min(id) FROM site")?
                .query_row([], |r| r.get::<_, Option<i64>>(0))?
                .ok_or_else(|| CoreError::refused("master.no_site"))?,
        );
        self.default_site = Some(s);
        Ok(s)
    }
}
