//! The hub's pull feed applied at the site: a page of changes (products, partners, the network's
//! sites, counterfeit alarms) taken in one immediate transaction together with the cursor it
//! ends at, so a pull cut off anywhere leaves nothing half applied and the next pull starts from
//! the same place. Applying a change twice changes nothing the second time.
//!
//! - A product is the site's product with the same GTIN: the fields the hub owns are taken, the
//!   site's own (contract price, usual supplier) stay, and a tracking mode the site has recorded
//!   stock under is kept (reported), as `Store::update_product` would refuse to change it.
//! - A partner or a network site is the site's partner with the same code when it is the same
//!   one: for a network site, the same name, or a partner no event names yet; for a partner, the
//!   same GLN, or without GLNs the same name. A different partner under the same code is a
//!   **clash**: the site's ledger hashes that code, so the site's partner keeps it, the hub's is
//!   kept under a local code of its own (`CODE.HUB`), mapped in `hub_partner`, and the clash is
//!   reported.
//! - An alarm replaces the site's copy of it unless the copy is from a later change.
//! - A network recall is entered through the site's own recall path (its hold in the same
//!   transaction), by the sync agent's principal, once: `hub_recall` maps the hub's recall to the
//!   local one, and a recall the site had entered itself under the same number is linked: the
//!   hub's lots and serials it lacks are added and held (as `extend_recall` does); one of
//!   another GTIN is refused. A later row of it that the hub widened (more lots or serials)
//!   extends the site's recall the same way; one the site closed since is refused.

use custody_sync_protocol::{
    FeedAlarm, FeedChange, FeedItem, FeedPage, FeedPartner, FeedProduct, FeedSite,
};
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use serde::Serialize;

use crate::error::{CoreError, CoreResult};
use crate::master::{
    checked_partner, has_stock_recorded, insert_product, product_from_row, validate_product,
    write_product, PRODUCT_COLUMNS,
};
use crate::model::{PartnerKind, ProductData, Timestamp, TrackingMode, User};
use crate::permissions::{require, Operation};
use crate::recall::checked_recall;
use crate::Store;

use super::outbox::site_code;

mod recall;
use recall::{apply_recall, network_recall};
pub use recall::{RecallExtended, RecallReceived};

/// A partner code that names another partner at the site than at the hub.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Clash {
    /// The code at the hub (and of the site's own partner).
    pub hub_code: String,
    /// The local code the hub's partner is kept under.
    pub local_code: String,
    /// The hub's partner's name.
    pub hub_name: String,
    /// The site's partner's name.
    pub site_name: String,
}

/// What one or more applied pages came to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct FeedApplied {
    /// Changes received.
    pub changes: i64,
    /// Products new at the site.
    pub products_added: i64,
    /// Products changed.
    pub products_updated: i64,
    /// Partners (and network sites) new at the site.
    pub partners_added: i64,
    /// Partners changed.
    pub partners_updated: i64,
    /// Alarm changes taken.
    pub alarms: i64,
    /// Partner codes that clashed, each mapped to a local code.
    pub clashes: Vec<Clash>,
    /// GTINs whose tracking mode the hub changed and the site kept (stock recorded under it).
    pub tracking_kept: Vec<String>,
    /// Network recalls entered (or found entered already), each once.
    pub recalls: Vec<RecallReceived>,
    /// Network recalls the hub widened after the site had them, extended here.
    pub extended: Vec<RecallExtended>,
}

impl FeedApplied {
    /// Adds another page's figures.
    pub fn add(&mut self, other: FeedApplied) {
        self.changes += other.changes;
        self.products_added += other.products_added;
        self.products_updated += other.products_updated;
        self.partners_added += other.partners_added;
        self.partners_updated += other.partners_updated;
        self.alarms += other.alarms;
        self.clashes.extend(other.clashes);
        self.tracking_kept.extend(other.tracking_kept);
        self.recalls.extend(other.recalls);
        self.extended.extend(other.extended);
    }
}

/// A counterfeit alarm from the hub, as the site holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct HubAlarm {
    /// The hub's alarm number.
    pub id: i64,
    /// The pack's GTIN.
    pub gtin: String,
    /// The pack's serial.
    pub serial: String,
    /// `open`, `cleared` or `resolved`.
    pub state: String,
    /// The last change: `raised`, `updated`, `cleared` or `resolved`.
    pub last_change: String,
    /// The patterns' names.
    pub patterns: Vec<String>,
    /// The sites whose events show them.
    pub sites: Vec<String>,
    /// When the hub raised it (UTC).
    pub raised_at: String,
    /// How it was cleared or resolved.
    pub closed: Option<String>,
}

/// A partner as the feed gives it, whichever kind of change carried it.
struct Incoming<'a> {
    code: &'a str,
    name: &'a str,
    kind: PartnerKind,
    gln: Option<&'a str>,
    /// `partner` or `site`.
    map_kind: &'static str,
}

impl Store {
    /// How far this site has pulled the hub's changelog.
    pub fn pull_cursor(&self, actor: &User) -> CoreResult<i64> {
        require(actor, Operation::Sync)?;
        Ok(self
            .conn()
            .query_row("SELECT pull_cursor FROM sync_state WHERE id = 1", [], |r| {
                r.get(0)
            })?)
    }

    /// Applies `page`, pulled from after `after`, and moves the pull cursor to its end, all in
    /// one transaction. Refused with `sync.pull_moved` when the cursor is no longer `after`
    /// (another pull applied a page meanwhile): nothing is applied. Read unmapped, since a page
    /// may hold a network recall whose hold reads pages scattered through the file
    /// ([`Store::with_mapping_off`]).
    pub fn apply_feed_page(
        &mut self,
        actor: &User,
        after: i64,
        page: &FeedPage,
        now: Timestamp,
    ) -> CoreResult<FeedApplied> {
        require(actor, Operation::Sync)?;
        self.with_mapping_off(|store| store.apply_feed_page_here(after, page, now))
    }

    /// [`Store::apply_feed_page`]'s transaction, on the connection as it is.
    fn apply_feed_page_here(
        &mut self,
        after: i64,
        page: &FeedPage,
        now: Timestamp,
    ) -> CoreResult<FeedApplied> {
        let tx = self
            .conn_mut()
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let cursor: i64 =
            tx.query_row("SELECT pull_cursor FROM sync_state WHERE id = 1", [], |r| {
                r.get(0)
            })?;
        if cursor != after {
            return Err(CoreError::refused("sync.pull_moved")
                .arg("cursor", cursor)
                .arg("after", after));
        }
        if page.next_cursor < after {
            return Err(invalid(format!(
                "a page from {after} ends at {}, before it starts",
                page.next_cursor
            )));
        }
        let own = site_code(&tx)?;
        let mut out = FeedApplied::default();
        for change in &page.changes {
            out.changes += 1;
            check_feed_item(&change.item)
                .and_then(|()| match &change.item {
                    FeedItem::Product(p) => apply_product(&tx, p, now, &mut out),
                    FeedItem::Partner(p) => apply_partner(&tx, &partner_of(p)?, now, &mut out),
                    FeedItem::Site(s) if s.code == own => Ok(()),
                    FeedItem::Site(s) => apply_partner(&tx, &site_of(s), now, &mut out),
                    FeedItem::Alarm(a) => apply_alarm(&tx, a, change.cursor, now, &mut out),
                    FeedItem::Recall(r) => apply_recall(&tx, r, change.cursor, now, &mut out),
                })
                .map_err(|e| change_refused(change, e))?;
        }
        // The hub answered: an offline site is in step again. A fork, a suspension or a push's
        // refusal stays until the push itself clears it.
        tx.execute(
            "UPDATE sync_state SET pull_cursor = ?1, last_pull_at = ?2,
                 last_success_at = CASE WHEN state IN ('ok', 'offline') THEN ?2
                                        ELSE last_success_at END,
                 offline_since = CASE WHEN state = 'offline' THEN NULL ELSE offline_since END,
                 last_refusal_message = CASE WHEN state = 'offline' THEN NULL
                                             ELSE last_refusal_message END,
                 state = CASE WHEN state = 'offline' THEN 'ok' ELSE state END
             WHERE id = 1",
            params![page.next_cursor, now.utc_text()],
        )?;
        tx.commit()?;
        Ok(out)
    }

    /// The hub's counterfeit alarms about this site's packs: the open ones, or all with `all`;
    /// open first, newest first.
    pub fn hub_alarms(&self, actor: &User, all: bool) -> CoreResult<Vec<HubAlarm>> {
        require(actor, Operation::Sync)?;
        let mut stmt = self.conn().prepare(
            "SELECT id, gtin, serial, state, last_change, patterns, sites, raised_at, closed
             FROM hub_alarm WHERE ?1 OR state = 'open'
             ORDER BY state = 'open' DESC, raised_at DESC, id DESC",
        )?;
        let rows = stmt
            .query_map([all], |r| {
                Ok((
                    HubAlarm {
                        id: r.get(0)?,
                        gtin: r.get(1)?,
                        serial: r.get(2)?,
                        state: r.get(3)?,
                        last_change: r.get(4)?,
                        patterns: Vec::new(),
                        sites: Vec::new(),
                        raised_at: r.get(7)?,
                        closed: r.get(8)?,
                    },
                    r.get::<_, String>(5)?,
                    r.get::<_, String>(6)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        rows.into_iter()
            .map(|(mut alarm, patterns, sites)| {
                alarm.patterns = json_list(&patterns)?;
                alarm.sites = json_list(&sites)?;
                Ok(alarm)
            })
            .collect()
    }
}

/// A stored JSON array of text.
fn json_list(text: &str) -> CoreResult<Vec<String>> {
    serde_json::from_str(text).map_err(|e| {
        CoreError::refused("sync.feed_invalid").arg("detail", format!("a stored alarm list: {e}"))
    })
}

/// A feed value the site cannot take, refusing the page.
pub(super) fn invalid(detail: String) -> CoreError {
    CoreError::refused("sync.feed_invalid").arg("detail", detail)
}

/// A change's kind and key, as the hub's changelog names it.
fn kind_and_key(item: &FeedItem) -> (&'static str, String) {
    match item {
        FeedItem::Product(p) => ("product", p.gtin.clone()),
        FeedItem::Partner(p) => ("partner", p.code.clone()),
        FeedItem::Site(s) => ("site", s.code.clone()),
        FeedItem::Alarm(a) => ("alarm", a.id.to_string()),
        FeedItem::Recall(r) => ("recall", r.number.clone()),
    }
}

/// A change the site refused, as `sync.feed_invalid` naming the hub's cursor and the record (a
/// database failure stays itself): the page is not applied and the pull says which change
/// holds the feed up.
fn change_refused(change: &FeedChange, e: CoreError) -> CoreError {
    if matches!(e, CoreError::Store(_)) {
        return e;
    }
    let why = match (&e, e.args().get("detail").and_then(|d| d.as_str())) {
        (CoreError::Refused { code, .. }, Some(detail)) if *code == "sync.feed_invalid" => {
            detail.to_string()
        }
        _ => e.to_string(),
    };
    let (kind, key) = kind_and_key(&change.item);
    invalid(format!(
        "the hub's change {}, {kind} {}: {why}",
        change.cursor,
        crate::error::shown(&key)
    ))
}

/// Checks a change of the hub's feed by the rules the site applies it with (a product as the
/// site's products are checked, a partner's or site's code, name and GLN as the site's partners,
/// a recall as the site's recalls, an alarm's state), so the hub can refuse at its door what
/// every site would refuse.
pub fn check_feed_item(item: &FeedItem) -> CoreResult<()> {
    match item {
        FeedItem::Product(p) => {
            validate_product(&product_data(p)?)?;
        }
        FeedItem::Partner(p) => {
            checked_partner(&p.code, &p.name, p.gln.as_deref())?;
            partner_of(p)?;
        }
        FeedItem::Site(s) => {
            checked_partner(&s.code, &s.name, None)?;
        }
        FeedItem::Alarm(a) => check_alarm(a)?,
        FeedItem::Recall(r) => {
            checked_recall(&network_recall(r)?)?;
        }
    }
    Ok(())
}

fn partner_of(p: &FeedPartner) -> CoreResult<Incoming<'_>> {
    let kind: PartnerKind = p.partner_kind.parse().map_err(|_| {
        invalid(format!(
            "partner {} is of kind {:?}",
            p.code, p.partner_kind
        ))
    })?;
    Ok(Incoming {
        code: &p.code,
        name: &p.name,
        kind,
        gln: p.gln.as_deref(),
        map_kind: "partner",
    })
}

/// A network site, which this site's ledger names as a partner under the site's code; another
/// pharmacy of the group supplies as a distributor does.
fn site_of(s: &FeedSite) -> Incoming<'_> {
    Incoming {
        code: &s.code,
        name: &s.name,
        kind: PartnerKind::Distributor,
        gln: None,
        map_kind: "site",
    }
}

fn apply_product(
    tx: &Connection,
    p: &FeedProduct,
    now: Timestamp,
    out: &mut FeedApplied,
) -> CoreResult<()> {
    let mut data = product_data(p)?;
    let tracking = data.tracking.unwrap_or(TrackingMode::Serial);
    let current = tx
        .query_row(
            &format!("SELECT {PRODUCT_COLUMNS} FROM product WHERE gtin = ?1"),
            [&p.gtin],
            product_from_row,
        )
        .optional()?;
    let Some(current) = current else {
        insert_product(tx, &validate_product(&data)?, now)?;
        out.products_added += 1;
        return Ok(());
    };
    // The site's own fields stay; so does a tracking mode its recorded stock reads by.
    data.contract_price_cents = current.data.contract_price_cents;
    if tracking != current.tracking && has_stock_recorded(tx, current.id)? {
        data.tracking = Some(current.tracking);
        out.tracking_kept.push(p.gtin.clone());
    }
    let data = validate_product(&data)?;
    if data != current.data {
        write_product(tx, current.id, &data)?;
        out.products_updated += 1;
    }
    Ok(())
}

/// The hub's product as the site's product data (without the site's own fields).
fn product_data(p: &FeedProduct) -> CoreResult<ProductData> {
    let tracking: TrackingMode = p
        .tracking
        .parse()
        .map_err(|_| invalid(format!("product {} is tracked by {:?}", p.gtin, p.tracking)))?;
    Ok(ProductData {
        gtin: p.gtin.clone(),
        name: p.name.clone(),
        generic_name: p.generic_name.clone(),
        form: p.form.clone(),
        strength: p.strength.clone(),
        pack_size: p.pack_size,
        manufacturer: p.manufacturer.clone(),
        tracking: Some(tracking),
        contract_price_cents: None,
        storage: p.storage.clone(),
        controlled: p.controlled,
        ndc: p.ndc.clone(),
        pzn: p.pzn.clone(),
        cip: p.cip.clone(),
    })
}

/// Whether the site's partner (`name`, `gln`, whether events name it: `used`) under the hub's
/// code is the hub's: a network site is when it has its name, or when no event names the site's
/// partner yet (entered ahead of the network, nothing hashed under it); a partner when it has the
/// same GLN, or without two GLNs the same name. A site's own supplier that happens to share a new
/// site's code is therefore mapped, never overwritten.
fn same_partner(incoming: &Incoming<'_>, name: &str, gln: Option<&str>, used: bool) -> bool {
    // A partner a rebuild added from its code alone (named by it, no GLN) says nothing the hub's
    // could contradict: it is the hub's, and the hub's details complete it.
    if gln.is_none() && name == incoming.code {
        return true;
    }
    if incoming.map_kind == "site" {
        return !used || simplified(incoming.name) == simplified(name);
    }
    match (incoming.gln, gln) {
        (Some(a), Some(b)) => a == b,
        _ => simplified(incoming.name) == simplified(name),
    }
}

/// A name compared without case, spaces or punctuation.
fn simplified(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn apply_partner(
    tx: &Connection,
    p: &Incoming<'_>,
    now: Timestamp,
    out: &mut FeedApplied,
) -> CoreResult<()> {
    let mapped: Option<i64> = tx
        .query_row(
            "SELECT partner_id FROM hub_partner WHERE hub_code = ?1",
            [p.code],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(id) = mapped {
        if update_partner(tx, id, p)? {
            out.partners_updated += 1;
        }
        return Ok(());
    }
    let local: Option<(i64, String, Option<String>, bool, bool)> = tx
        .query_row(
            "SELECT id, name, gln, EXISTS (SELECT 1 FROM hub_partner m WHERE m.partner_id = partner.id),
                    EXISTS (SELECT 1 FROM event e WHERE e.counterparty_id = partner.id)
             FROM partner WHERE code = ?1",
            [p.code],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .optional()?;
    let (id, clash_with) = match local {
        None => {
            out.partners_added += 1;
            (insert_partner(tx, p.code, p)?, None)
        }
        Some((id, name, gln, false, used)) if same_partner(p, &name, gln.as_deref(), used) => {
            if update_partner(tx, id, p)? {
                out.partners_updated += 1;
            }
            (id, None)
        }
        Some((site_id, site_name, ..)) => {
            let local_code = free_code(tx, p.code)?;
            out.partners_added += 1;
            out.clashes.push(Clash {
                hub_code: p.code.to_string(),
                local_code: local_code.clone(),
                hub_name: p.name.to_string(),
                site_name,
            });
            (insert_partner(tx, &local_code, p)?, Some(site_id))
        }
    };
    tx.execute(
        "INSERT INTO hub_partner (hub_code, kind, partner_id, clash_with, mapped_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![p.code, p.map_kind, id, clash_with, now.utc_text()],
    )?;
    Ok(())
}

fn insert_partner(tx: &Connection, code: &str, p: &Incoming<'_>) -> CoreResult<i64> {
    tx.execute(
        "INSERT INTO partner (code, name, kind, gln) VALUES (?1, ?2, ?3, ?4)",
        params![code, p.name, p.kind.as_str(), p.gln],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Takes the hub's name, kind and GLN (never the code, which the ledger hashes); whether any
/// changed.
fn update_partner(tx: &Connection, id: i64, p: &Incoming<'_>) -> CoreResult<bool> {
    let changed = tx.execute(
        "UPDATE partner SET name = ?2, kind = ?3, gln = ?4
         WHERE id = ?1 AND (name IS NOT ?2 OR kind IS NOT ?3 OR gln IS NOT ?4)",
        params![id, p.name, p.kind.as_str(), p.gln],
    )?;
    Ok(changed > 0)
}

/// A local code for the hub's partner whose code the site's own partner holds: `CODE.HUB`, then
/// `CODE.HUB2`, … (within the 40 characters a code may have).
fn free_code(tx: &Connection, code: &str) -> CoreResult<String> {
    for n in 1..1000 {
        let suffix = if n == 1 {
            ".HUB".to_string()
        } else {
            format!(".HUB{n}")
        };
        let stem: String = code.chars().take(40 - suffix.len()).collect();
        let candidate = format!("{stem}{suffix}");
        let taken: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM partner WHERE code = ?1)",
            [&candidate],
            |r| r.get(0),
        )?;
        if !taken {
            return Ok(candidate);
        }
    }
    Err(invalid(format!("no free local code for partner {code}")))
}

fn apply_alarm(
    tx: &Connection,
    a: &FeedAlarm,
    cursor: i64,
    now: Timestamp,
    out: &mut FeedApplied,
) -> CoreResult<()> {
    check_alarm(a)?;
    let list = |v: &Vec<String>| serde_json::to_string(v).map_err(|e| invalid(e.to_string()));
    tx.execute(
        "INSERT INTO hub_alarm (id, gtin, serial, state, last_change, patterns, sites, raised_at,
                                closed, cursor, received_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
         ON CONFLICT (id) DO UPDATE SET state = excluded.state,
             last_change = excluded.last_change, patterns = excluded.patterns,
             sites = excluded.sites, closed = excluded.closed, cursor = excluded.cursor,
             received_at = excluded.received_at
         WHERE excluded.cursor > hub_alarm.cursor",
        params![
            a.id,
            a.gtin,
            a.serial,
            a.state,
            a.change,
            list(&a.patterns)?,
            list(&a.sites)?,
            a.raised_at,
            a.closed,
            cursor,
            now.utc_text()
        ],
    )?;
    out.alarms += 1;
    Ok(())
}

/// An alarm's state and last change are ones the site knows.
fn check_alarm(a: &FeedAlarm) -> CoreResult<()> {
    if !matches!(a.state.as_str(), "open" | "cleared" | "resolved")
        || !matches!(
            a.change.as_str(),
            "raised" | "updated" | "cleared" | "resolved"
        )
    {
        return Err(invalid(format!(
            "alarm {} is {:?} after {:?}",
            a.id, a.state, a.change
        )));
    }
    Ok(())
}
