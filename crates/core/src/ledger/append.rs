//! The appender: inserts events and their lines, hash-chained per site, and applies the lines
//! to the current-state tables in the same transaction, refusing a line whose "before" is stale.

use std::collections::HashMap;

use rusqlite::{params, OptionalExtension, Statement, Transaction};

use custody_ledger_format::{
    event_hash, Canonical, CanonicalLine, CanonicalSubject, Format, GENESIS,
};

use super::clock::{late_entry_days, occurred_within, LateEntry, CLOCK_TOLERANCE};
use super::event::{Appended, NewEvent, NewLine, Place, UserEvent};
use super::ids::SplitMix;
use crate::error::{CoreError, CoreResult};
use crate::model::{
    EventKind, LocationId, PartnerId, ProductId, SiteId, Timestamp, UnitStatus, User,
};

/// Appends events inside one transaction. Create one per transaction; call
/// [`Appender::finish`] before committing so the chain heads are saved.
pub struct Appender<'t> {
    tx: &'t Transaction<'t>,
    recorded_at: Timestamp,
    late_entry: LateEntry,
    /// Whether this appender records an administrator's clock correction, the one event that
    /// may be recorded behind the chain head.
    correcting_clock: bool,
    /// Per site, the recorded time its events get: the clock's, or the chain head's when the
    /// clock is behind it within [`CLOCK_TOLERANCE`].
    recorded: HashMap<SiteId, String>,
    id_prefix: u16,
    counter: u64,
    heads: HashMap<SiteId, (i64, [u8; 32], i64)>,
    known_lots: std::collections::HashSet<(ProductId, String)>,
    gtins: HashMap<ProductId, String>,
    locations: HashMap<LocationId, (String, SiteId)>,
    sites: HashMap<SiteId, String>,
    partners: HashMap<PartnerId, String>,
    default_site: Option<SiteId>,
    insert_event: Statement<'t>,
    insert_line: Statement<'t>,
    insert_unit: Statement<'t>,
    update_unit: Statement<'t>,
    add_lot: Statement<'t>,
    take_lot: Statement<'t>,
    drop_empty_lot: Statement<'t>,
    insert_lot_info: Statement<'t>,
    add_consumption: Statement<'t>,
}

impl<'t> Appender<'t> {
    /// Starts appending what people do, recording at `recorded_at` (the computer's clock): an
    /// event may say it occurred at most the site's late-entry window before that, and not after.
    pub fn new(tx: &'t Transaction<'t>, recorded_at: Timestamp) -> CoreResult<Self> {
        Appender::with_late_entry(tx, recorded_at, LateEntry::Window(None))
    }

    /// Starts appending history that core writes itself: the demonstration data, benchmarks,
    /// tests and migrations, whose events occurred any time before `recorded_at`. People's use
    /// cases never use it. The clock check against the chain head still applies.
    pub fn for_history(tx: &'t Transaction<'t>, recorded_at: Timestamp) -> CoreResult<Self> {
        Appender::with_late_entry(tx, recorded_at, LateEntry::Unbounded)
    }

    /// Starts appending an administrator's clock correction, the one event that may be
    /// recorded behind the chain head (see `correction`).
    pub(super) fn for_clock_correction(
        tx: &'t Transaction<'t>,
        recorded_at: Timestamp,
    ) -> CoreResult<Self> {
        let mut appender = Appender::with_late_entry(tx, recorded_at, LateEntry::Window(None))?;
        appender.correcting_clock = true;
        Ok(appender)
    }

    fn with_late_entry(
        tx: &'t Transaction<'t>,
        recorded_at: Timestamp,
        late_entry: LateEntry,
    ) -> CoreResult<Self> {
        let mut rng = SplitMix::seeded();
        Ok(Appender {
            tx,
            recorded_at,
            late_entry,
            correcting_clock: false,
            recorded: HashMap::new(),
            id_prefix: rng.next() as u16,
            // The top bit stays clear so the counter cannot wrap within a run.
            counter: rng.next() >> 1,
            heads: HashMap::new(),
            known_lots: std::collections::HashSet::new(),
            gtins: HashMap::new(),
            locations: HashMap::new(),
            sites: HashMap::new(),
            partners: HashMap::new(),
            default_site: None,
            insert_event: tx.prepare(
                "INSERT INTO event (id, site_id, kind, occurred_at, occurred_offset, recorded_at, actor_id, location_id, counterparty_id, reference, reason, raw_scan, prev_hash, hash, signature, format, subject_user_id, subject_role, subject_active)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
            )?,
            insert_line: tx.prepare(
                "INSERT INTO event_line (event_seq, line_no, product_id, lot, serial, expiry, quantity, status_before, status_after, location_before, location_after, unit_cost_cents)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            )?,
            insert_unit: tx.prepare(
                "INSERT INTO unit (product_id, serial, lot, expiry, status, location_id, last_event_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?,
            update_unit: tx.prepare(
                "UPDATE unit SET status = ?3, location_id = ?4, lot = coalesce(?5, lot), expiry = coalesce(?6, expiry), last_event_seq = ?7
                 WHERE product_id = ?1 AND serial = ?2 AND status = ?8 AND location_id IS ?9",
            )?,
            add_lot: tx.prepare(
                "INSERT INTO lot_stock (product_id, lot, location_id, status, expiry, quantity) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (product_id, lot, location_id, status) DO UPDATE SET quantity = quantity + excluded.quantity, expiry = coalesce(excluded.expiry, expiry)",
            )?,
            take_lot: tx.prepare(
                "UPDATE lot_stock SET quantity = quantity - ?5 WHERE product_id = ?1 AND lot = ?2 AND location_id = ?3 AND status = ?4 AND quantity >= ?5",
            )?,
            drop_empty_lot: tx.prepare(
                "DELETE FROM lot_stock WHERE product_id = ?1 AND lot = ?2 AND location_id = ?3 AND status = ?4 AND quantity = 0",
            )?,
            insert_lot_info: tx.prepare(
                "INSERT INTO lot_info (product_id, lot, expiry, first_event_seq) VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING",
            )?,
            add_consumption: tx.prepare(
                "INSERT INTO consumption (product_id, location_id, day, quantity) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (product_id, location_id, day) DO UPDATE SET quantity = quantity + excluded.quantity",
            )?,
        })
    }

    fn gtin(&mut self, p: ProductId) -> CoreResult<String> {
        if let Some(g) = self.gtins.get(&p) {
            return Ok(g.clone());
        }
        let g: String = self
            .tx
            .query_row("SELECT gtin FROM product WHERE id = ?1", [p.0], |r| {
                r.get(0)
            })
            .optional()?
            .ok_or_else(|| CoreError::refused("ledger.product_missing").arg("id", p.0))?;
        self.gtins.insert(p, g.clone());
        Ok(g)
    }

    fn location(&mut self, l: LocationId) -> CoreResult<(String, SiteId)> {
        if let Some(v) = self.locations.get(&l) {
            return Ok(v.clone());
        }
        let v: (String, SiteId) = self
            .tx
            .query_row(
                "SELECT code, site_id FROM location WHERE id = ?1",
                [l.0],
                |r| Ok((r.get(0)?, SiteId(r.get(1)?))),
            )
            .optional()?
            .ok_or_else(|| CoreError::refused("ledger.location_missing").arg("id", l.0))?;
        self.locations.insert(l, v.clone());
        Ok(v)
    }

    fn site_code(&mut self, s: SiteId) -> CoreResult<String> {
        if let Some(v) = self.sites.get(&s) {
            return Ok(v.clone());
        }
        let v: String = self
            .tx
            .query_row("SELECT code FROM site WHERE id = ?1", [s.0], |r| r.get(0))?;
        self.sites.insert(s, v.clone());
        Ok(v)
    }

    fn partner_code(&mut self, p: PartnerId) -> CoreResult<String> {
        if let Some(v) = self.partners.get(&p) {
            return Ok(v.clone());
        }
        let v: String = self
            .tx
            .query_row("SELECT code FROM partner WHERE id = ?1", [p.0], |r| {
                r.get(0)
            })
            .optional()?
            .ok_or_else(|| CoreError::refused("ledger.partner_missing").arg("id", p.0))?;
        self.partners.insert(p, v.clone());
        Ok(v)
    }

    fn site_for(&mut self, location: Option<LocationId>) -> CoreResult<SiteId> {
        if let Some(l) = location {
            return Ok(self.location(l)?.1);
        }
        if let Some(s) = self.default_site {
            return Ok(s);
        }
        let s = SiteId(
            self.tx
                .query_row("SELECT min(id) FROM site", [], |r| {
                    r.get::<_, Option<i64>>(0)
                })?
                .ok_or_else(|| CoreError::refused("master.no_site"))?,
        );
        self.default_site = Some(s);
        Ok(s)
    }

    fn head(&mut self, site: SiteId) -> CoreResult<(i64, [u8; 32], i64)> {
        if let Some(h) = self.heads.get(&site) {
            return Ok(*h);
        }
        let head = self
            .tx
            .query_row(
                "SELECT h.last_seq, h.last_hash, h.events, e.recorded_at
                 FROM chain_head h LEFT JOIN event e ON e.seq = h.last_seq WHERE h.site_id = ?1",
                [site.0],
                |r| {
                    let hash: Vec<u8> = r.get(1)?;
                    Ok((r.get(0)?, hash, r.get(2)?, r.get::<_, Option<String>>(3)?))
                },
            )
            .optional()?;
        let last_recorded = head
            .as_ref()
            .and_then(|h| h.3.as_deref())
            .and_then(Timestamp::parse);
        let recorded_at = match last_recorded {
            Some(last)
                if self.recorded_at.0 < last.0 - CLOCK_TOLERANCE && !self.correcting_clock =>
            {
                return Err(CoreError::refused("ledger.clock_behind")
                    .arg("site", self.site_code(site)?)
                    .arg("now", self.recorded_at.to_string())
                    .arg("last", last.to_string()));
            }
            // Behind by less than the tolerance: the chain keeps the head's time, so recorded
            // times never go backwards and small steps back cannot add up.
            Some(last) if self.recorded_at < last && !self.correcting_clock => last,
            _ => self.recorded_at,
        };
        self.recorded.insert(site, recorded_at.utc_text());
        let h = head
            .map(|(seq, hash, n, _)| (seq, hash.try_into().unwrap_or(GENESIS), n))
            .unwrap_or((0, GENESIS, 0));
        self.heads.insert(site, h);
        Ok(h)
    }

    /// How many days back a person may say something happened, from the site's setting.
    fn late_entry_days(&mut self) -> CoreResult<i64> {
        if let LateEntry::Window(Some(days)) = self.late_entry {
            return Ok(days);
        }
        let days = late_entry_days(self.tx)?;
        self.late_entry = LateEntry::Window(Some(days));
        Ok(days)
    }

    /// Refuses an occurred time in the future, or (for people) further back than the window.
    fn check_occurred(&mut self, occurred: Timestamp) -> CoreResult<()> {
        let window = match self.late_entry {
            // Only an event said to be earlier than now needs the window.
            LateEntry::Window(_) if occurred.0 < self.recorded_at.0 - CLOCK_TOLERANCE => {
                Some(self.late_entry_days()?)
            }
            _ => None,
        };
        occurred_within(occurred, self.recorded_at, window)
    }

    fn new_id(&mut self) -> String {
        // 80 bits after the timestamp: a 16-bit random prefix and a 64-bit counter.
        self.counter = self.counter.wrapping_add(1);
        let mut random = [0u8; 10];
        random[..2].copy_from_slice(&self.id_prefix.to_be_bytes());
        random[2..].copy_from_slice(&self.counter.to_be_bytes());
        let millis = self.recorded_at.unix_millis().max(0) as u64;
        uuid::Builder::from_unix_timestamp_millis(millis, &random)
            .into_uuid()
            .to_string()
    }

    /// Appends one event by `actor` and applies its lines to the current state. Permission
    /// checks belong to the use case that builds the event.
    pub fn append(&mut self, actor: &User, e: &NewEvent) -> CoreResult<Appended> {
        self.append_signed(actor, e, None)
    }

    /// Appends an event the actor signed (their password re-entered for it, see `auth`).
    pub fn append_signed(
        &mut self,
        actor: &User,
        e: &NewEvent,
        signature: Option<&crate::model::Signature>,
    ) -> CoreResult<Appended> {
        if e.kind.is_user_event() {
            return Err(
                CoreError::refused("ledger.user_event_needs_subject").arg("kind", e.kind.as_str())
            );
        }
        if e.kind == EventKind::ClockCorrected && signature.is_none() {
            return Err(CoreError::refused("ledger.clock_correction_unsigned"));
        }
        self.append_event(actor, e, signature, None)
    }

    /// Appends a change to who may do what. Permission checks belong to the use case.
    pub fn append_user(&mut self, actor: &User, e: &UserEvent) -> CoreResult<Appended> {
        if !e.kind.is_user_event() {
            return Err(CoreError::refused("ledger.not_a_user_event").arg("kind", e.kind.as_str()));
        }
        let event = NewEvent {
            kind: e.kind,
            occurred_at: e.occurred_at,
            location: None,
            counterparty: None,
            reference: None,
            reason: e.reason.clone(),
            raw_scan: None,
            lines: Vec::new(),
        };
        self.append_event(actor, &event, None, Some(&e.subject))
    }

    fn append_event(
        &mut self,
        actor: &User,
        e: &NewEvent,
        signature: Option<&crate::model::Signature>,
        subject: Option<&User>,
    ) -> CoreResult<Appended> {
        if let Some(s) = signature {
            if s.user != actor.id {
                return Err(CoreError::refused("ledger.signed_by_another"));
            }
        }
        let meaning = signature.map(|s| s.meaning.as_str());
        if self.correcting_clock != (e.kind == EventKind::ClockCorrected) {
            return Err(CoreError::refused("ledger.clock_correction_alone"));
        }
        if e.lines.is_empty() && !e.kind.is_record() {
            return Err(
                CoreError::refused("ledger.event_without_lines").arg("kind", e.kind.as_str())
            );
        }
        self.check_occurred(e.occurred_at)?;
        let site = self.site_for(e.location)?;
        let site_code = self.site_code(site)?;
        let location_code = match e.location {
            Some(l) => Some(self.location(l)?.0),
            None => None,
        };
        let counterparty_code = match e.counterparty {
            Some(p) => Some(self.partner_code(p)?),
            None => None,
        };
        let id = self.new_id();
        let occurred = e.occurred_at.utc_text();
        let offset = i64::from(e.occurred_at.offset_minutes());

        struct Resolved {
            gtin: String,
            expiry: Option<String>,
            loc_before: Option<String>,
            loc_after: Option<String>,
        }
        let mut resolved = Vec::with_capacity(e.lines.len());
        for l in &e.lines {
            if l.quantity <= 0 {
                return Err(CoreError::refused("ledger.quantity_not_positive").field("quantity"));
            }
            let loc_before = match l.before.and_then(|p| p.location) {
                Some(x) => Some(self.location(x)?.0),
                None => None,
            };
            let loc_after = match l.after.and_then(|p| p.location) {
                Some(x) => Some(self.location(x)?.0),
                None => None,
            };
            resolved.push(Resolved {
                gtin: self.gtin(l.product)?,
                expiry: l.expiry.map(|d| d.to_string()),
                loc_before,
                loc_after,
            });
        }
        let canonical_lines: Vec<CanonicalLine<'_>> = e
            .lines
            .iter()
            .zip(&resolved)
            .enumerate()
            .map(|(i, (l, r))| CanonicalLine {
                line_no: i as i64 + 1,
                gtin: &r.gtin,
                lot: l.lot.as_deref(),
                serial: l.serial.as_deref(),
                expiry: r.expiry.as_deref(),
                quantity: l.quantity,
                status_before: l.before.map(|p| p.status.as_str()),
                status_after: l.after.map(|p| p.status.as_str()),
                location_before: r.loc_before.as_deref(),
                location_after: r.loc_after.as_deref(),
                unit_cost_cents: l.unit_cost_cents,
            })
            .collect();
        let (_, prev, count) = self.head(site)?;
        let recorded_text = self.recorded[&site].clone();
        let hash = event_hash(
            &prev,
            &Canonical {
                format: Format::CURRENT,
                id: &id,
                site: &site_code,
                kind: e.kind.as_str(),
                occurred_at: &occurred,
                occurred_offset: offset,
                recorded_at: &recorded_text,
                actor: &actor.username,
                location: location_code.as_deref(),
                counterparty: counterparty_code.as_deref(),
                reference: e.reference.as_deref(),
                reason: e.reason.as_deref(),
                raw_scan: e.raw_scan.as_deref(),
                signature: meaning,
                subject: subject.map(|u| CanonicalSubject {
                    username: &u.username,
                    role: u.role.as_str(),
                    active: u.active,
                }),
            },
            &canonical_lines,
        );
        self.insert_event.execute(params![
            id,
            site.0,
            e.kind.as_str(),
            occurred,
            offset,
            recorded_text,
            actor.id.0,
            e.location.map(|l| l.0),
            e.counterparty.map(|p| p.0),
            e.reference,
            e.reason,
            e.raw_scan,
            prev.as_slice(),
            hash.as_slice(),
            meaning,
            Format::CURRENT.number(),
            subject.map(|u| u.id.0),
            subject.map(|u| u.role.as_str()),
            subject.map(|u| u.active),
        ])?;
        let seq = self.tx.last_insert_rowid();
        for (i, (l, r)) in e.lines.iter().zip(&resolved).enumerate() {
            self.insert_line.execute(params![
                seq,
                i as i64 + 1,
                l.product.0,
                l.lot,
                l.serial,
                r.expiry,
                l.quantity,
                l.before.map(|p| p.status.as_str()),
                l.after.map(|p| p.status.as_str()),
                l.before.and_then(|p| p.location).map(|x| x.0),
                l.after.and_then(|p| p.location).map(|x| x.0),
                l.unit_cost_cents,
            ])?;
            self.project(seq, i + 1, l, r.expiry.as_deref())?;
            if let (
                Some(from),
                Some(Place {
                    status: UnitStatus::Dispensed,
                    ..
                }),
            ) = (l.before.and_then(|p| p.location), l.after)
            {
                self.add_consumption.execute(params![
                    l.product.0,
                    from.0,
                    e.occurred_at.local_date().to_string(),
                    l.quantity
                ])?;
            }
        }
        self.heads.insert(site, (seq, hash, count + 1));
        Ok(Appended {
            seq,
            id,
            hash: hex::encode(hash),
        })
    }

    /// Applies one line to the current-state tables, checking that the line's "before" is what
    /// the tables hold, so a projection can never drift from the ledger silently.
    fn project(
        &mut self,
        seq: i64,
        line_no: usize,
        l: &NewLine,
        expiry: Option<&str>,
    ) -> CoreResult<()> {
        // Every refusal here means the line's "before" no longer holds: someone else moved the
        // stock between the check and the commit, so the person scans again.
        let stale = |code: &'static str| CoreError::refused(code).arg("line", line_no);
        if let Some(lot) = &l.lot {
            // Most lines repeat a lot this transaction has already recorded.
            let key = (l.product, lot.clone());
            if !self.known_lots.contains(&key) {
                self.insert_lot_info
                    .execute(params![l.product.0, lot, expiry, seq])?;
                self.known_lots.insert(key);
            }
        }
        match &l.serial {
            Some(serial) => {
                let after = l
                    .after
                    .ok_or_else(|| stale("ledger.pack_line_without_status"))?;
                match l.before {
                    None => {
                        self.insert_unit
                            .execute(params![
                                l.product.0,
                                serial,
                                l.lot,
                                expiry,
                                after.status.as_str(),
                                after.location.map(|x| x.0),
                                seq
                            ])
                            .map_err(|e| match e {
                                rusqlite::Error::SqliteFailure(f, _)
                                    if f.code == rusqlite::ErrorCode::ConstraintViolation =>
                                {
                                    stale("ledger.pack_already_known")
                                        .arg("serial", serial.as_str())
                                }
                                e => e.into(),
                            })?;
                    }
                    Some(before) => {
                        let n = self.update_unit.execute(params![
                            l.product.0,
                            serial,
                            after.status.as_str(),
                            after.location.map(|x| x.0),
                            l.lot,
                            expiry,
                            seq,
                            before.status.as_str(),
                            before.location.map(|x| x.0),
                        ])?;
                        if n != 1 {
                            return Err(stale("ledger.pack_moved")
                                .arg("serial", serial.as_str())
                                .arg("status", before.status.as_str()));
                        }
                    }
                }
            }
            None => {
                let lot = l
                    .lot
                    .as_deref()
                    .ok_or_else(|| stale("ledger.quantity_line_without_lot"))?;
                if let Some(before) = l.before {
                    let loc = before
                        .location
                        .ok_or_else(|| stale("ledger.lot_without_location"))?;
                    let n = self.take_lot.execute(params![
                        l.product.0,
                        lot,
                        loc.0,
                        before.status.as_str(),
                        l.quantity
                    ])?;
                    if n != 1 {
                        return Err(stale("ledger.lot_short")
                            .arg("quantity", l.quantity)
                            .arg("lot", lot)
                            .arg("status", before.status.as_str()));
                    }
                    self.drop_empty_lot.execute(params![
                        l.product.0,
                        lot,
                        loc.0,
                        before.status.as_str()
                    ])?;
                }
                if let Some(after) = l.after {
                    if let Some(loc) = after.location {
                        self.add_lot.execute(params![
                            l.product.0,
                            lot,
                            loc.0,
                            after.status.as_str(),
                            expiry,
                            l.quantity
                        ])?;
                    }
                }
            }
        }
        Ok(())
    }

    /// Saves the chain heads. Call before committing the transaction.
    pub fn finish(self) -> CoreResult<()> {
        let mut stmt = self.tx.prepare(
            "INSERT INTO chain_head (site_id, last_seq, last_hash, events) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (site_id) DO UPDATE SET last_seq = excluded.last_seq, last_hash = excluded.last_hash, events = excluded.events",
        )?;
        for (site, (seq, hash, n)) in &self.heads {
            if *seq > 0 {
                stmt.execute(params![site.0, seq, hash.as_slice(), n])?;
            }
        }
        Ok(())
    }
}
