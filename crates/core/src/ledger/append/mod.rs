//! The appender: inserts events and their lines, hash-chained per site, and applies the lines
//! to the current-state tables in the same transaction, refusing a line whose "before" is stale.
//! `keys` looks up the stable keys an event is hashed with; `project` applies the lines;
//! `recorded` appends an event this site recorded before, exactly as it was (a restore).

mod keys;
mod project;
mod recorded;

use std::collections::HashMap;

use rusqlite::{params, CachedStatement, OptionalExtension, Transaction};

use custody_ledger_format::{
    event_hash, Canonical, CanonicalLine, CanonicalSubject, Format, GENESIS,
};

use crate::error::{CoreError, CoreResult};
use crate::ledger::clock::{
    late_entry_days, occurred_within, recorded_time, LateEntry, CLOCK_TOLERANCE,
};
use crate::ledger::event::{Appended, NewEvent, NewLine, UserEvent};
use crate::ledger::ids::EventIds;
use crate::model::{EventKind, Signature, SiteId, Timestamp, User};
use keys::KeyCache;
use project::{Applied, Projection};
pub(crate) use recorded::Recorded;

/// Appends events inside one transaction. Create one per transaction; call
/// [`Appender::finish`] before committing so the chain heads are saved.
pub struct Appender<'t> {
    tx: &'t Transaction<'t>,
    recorded_at: Timestamp,
    late_entry: LateEntry,
    /// Whether this appender records an administrator's clock correction, the one event that
    /// may be recorded behind the chain head.
    correcting_clock: bool,
    /// Whether this appender puts back events recorded before (`recorded.rs`): their recorded
    /// times are their own, so the clock is not compared with the chain head.
    restoring: bool,
    /// Per site, the recorded time its events get: the clock's, or the chain head's when the
    /// clock is behind it within the tolerance.
    recorded: HashMap<SiteId, String>,
    ids: EventIds,
    /// Per site: the last event's sequence number and hash, and how many events the chain has.
    heads: HashMap<SiteId, Head>,
    keys: KeyCache<'t>,
    projection: Projection<'t>,
    insert_event: CachedStatement<'t>,
    insert_line: CachedStatement<'t>,
}

/// A chain's head: its last event's sequence number (0 before the first) and hash, and how many
/// events it has.
#[derive(Debug, Clone, Copy)]
struct Head {
    seq: i64,
    hash: [u8; 32],
    events: i64,
}

/// A line with the keys its canonical form names resolved.
struct ResolvedLine {
    gtin: String,
    expiry: Option<String>,
    location_before: Option<String>,
    location_after: Option<String>,
}

/// An event ready to be hashed and stored: the new event as the use case built it, with the
/// keys it names resolved, its id, and where it joins its site's chain.
struct Draft<'e> {
    event: &'e NewEvent,
    actor: &'e User,
    /// The signature's meaning, when signed.
    signature: Option<&'e str>,
    /// The user a user event concerns.
    subject: Option<&'e User>,
    id: String,
    site: SiteId,
    site_code: String,
    location_code: Option<String>,
    counterparty_code: Option<String>,
    occurred_at: String,
    occurred_offset: i64,
    recorded_at: String,
    lines: Vec<ResolvedLine>,
    /// The chain's head before this event.
    head: Head,
    /// The format it is hashed and stored in: the current one, except for an event put back
    /// as it was first recorded.
    format: Format,
}

impl Draft<'_> {
    /// The event's hash in the format this build writes, chained to the head: what the
    /// appender stores and `verify` recomputes from the stored row.
    fn hash(&self) -> [u8; 32] {
        let e = self.event;
        let lines: Vec<CanonicalLine<'_>> = e
            .lines
            .iter()
            .zip(&self.lines)
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
                location_before: r.location_before.as_deref(),
                location_after: r.location_after.as_deref(),
                unit_cost_cents: l.unit_cost_cents,
            })
            .collect();
        let canonical = Canonical {
            format: self.format,
            id: &self.id,
            site: &self.site_code,
            kind: e.kind.as_str(),
            occurred_at: &self.occurred_at,
            occurred_offset: self.occurred_offset,
            recorded_at: &self.recorded_at,
            actor: &self.actor.username,
            location: self.location_code.as_deref(),
            counterparty: self.counterparty_code.as_deref(),
            reference: e.reference.as_deref(),
            reason: e.reason.as_deref(),
            raw_scan: e.raw_scan.as_deref(),
            signature: self.signature,
            subject: self.subject.map(|u| CanonicalSubject {
                username: &u.username,
                role: u.role.as_str(),
                active: u.active,
            }),
        };
        event_hash(&self.head.hash, &canonical, &lines)
    }
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
    pub(in crate::ledger) fn for_clock_correction(
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
        Ok(Appender {
            tx,
            recorded_at,
            late_entry,
            correcting_clock: false,
            restoring: false,
            recorded: HashMap::new(),
            ids: EventIds::start(),
            heads: HashMap::new(),
            keys: KeyCache::new(tx),
            projection: Projection::prepare(tx)?,
            insert_event: tx.prepare_cached(
                "INSERT INTO event (id, site_id, kind, occurred_at, occurred_offset, recorded_at, actor_id, location_id, counterparty_id, reference, reason, raw_scan, prev_hash, hash, signature, format, subject_user_id, subject_role, subject_active)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
            )?,
            insert_line: tx.prepare_cached(
                "INSERT INTO event_line (event_seq, line_no, product_id, lot, serial, expiry, quantity, status_before, status_after, location_before, location_after, unit_cost_cents)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            )?,
        })
    }

    /// The head of `site`'s chain, read once per appender; the first read also fixes the time
    /// this appender records the site's events at, refused when the clock is behind the head
    /// beyond the tolerance (see [`recorded_time`]).
    fn head(&mut self, site: SiteId) -> CoreResult<Head> {
        if let Some(h) = self.heads.get(&site) {
            return Ok(*h);
        }
        let stored = self
            .tx
            .prepare_cached(
                "SELECT h.last_seq, h.last_hash, h.events, e.recorded_at
                 FROM chain_head h LEFT JOIN event e ON e.seq = h.last_seq WHERE h.site_id = ?1",
            )?
            .query_row([site.0], |r| {
                let hash: Vec<u8> = r.get(1)?;
                Ok((r.get(0)?, hash, r.get(2)?, r.get::<_, Option<String>>(3)?))
            })
            .optional()?;
        let last = stored
            .as_ref()
            .and_then(|h| h.3.as_deref())
            .and_then(Timestamp::parse);
        let recorded_at = match recorded_time(self.recorded_at, last, self.correcting_clock) {
            Ok(at) => at,
            // An event put back carries its own recorded time (see `recorded.rs`).
            Err(_) if self.restoring => self.recorded_at,
            Err(last) => {
                return Err(CoreError::refused("ledger.clock_behind")
                    .arg("site", self.keys.site_code(site)?)
                    .arg("now", self.recorded_at.to_string())
                    .arg("last", last.to_string()))
            }
        };
        self.recorded.insert(site, recorded_at.utc_text());
        let h = stored
            .map(|(seq, hash, events, _)| Head {
                seq,
                hash: hash.try_into().unwrap_or(GENESIS),
                events,
            })
            .unwrap_or(Head {
                seq: 0,
                hash: GENESIS,
                events: 0,
            });
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
        signature: Option<&Signature>,
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

    /// Every append: the event admitted, its keys resolved, hashed onto its site's chain,
    /// stored with its lines, and the lines applied to the current state.
    fn append_event(
        &mut self,
        actor: &User,
        e: &NewEvent,
        signature: Option<&Signature>,
        subject: Option<&User>,
    ) -> CoreResult<Appended> {
        self.admit(actor, e, signature)?;
        self.check_occurred(e.occurred_at)?;
        let meaning = signature.map(|s| s.meaning.as_str());
        let draft = self.draft(actor, e, meaning, subject)?;
        let hash = draft.hash();
        self.store_draft(e, draft, hash)
    }

    /// Stores a drafted event with its hash and lines, applies the lines, and moves the head.
    fn store_draft(
        &mut self,
        e: &NewEvent,
        draft: Draft<'_>,
        hash: [u8; 32],
    ) -> CoreResult<Appended> {
        let seq = self.insert_event(&draft, &hash)?;
        self.projection.start_event();
        for (i, (l, r)) in e.lines.iter().zip(&draft.lines).enumerate() {
            self.insert_line(seq, i + 1, l, r)?;
            self.projection.apply(&Applied {
                seq,
                line_no: i + 1,
                line: l,
                expiry: r.expiry.as_deref(),
                occurred_at: e.occurred_at,
                event: e,
            })?;
        }
        self.projection.end_event()?;
        let events = draft.head.events + 1;
        self.heads.insert(draft.site, Head { seq, hash, events });
        Ok(Appended {
            seq,
            id: draft.id,
            hash: hex::encode(hash),
        })
    }

    /// Refuses what no event may be: signed by someone other than its actor, a clock correction
    /// mixed with other events (or one outside its own appender), an event with no lines that
    /// is not a record.
    fn admit(&self, actor: &User, e: &NewEvent, signature: Option<&Signature>) -> CoreResult<()> {
        if signature.is_some_and(|s| s.user != actor.id) {
            return Err(CoreError::refused("ledger.signed_by_another"));
        }
        if self.correcting_clock != (e.kind == EventKind::ClockCorrected) {
            return Err(CoreError::refused("ledger.clock_correction_alone"));
        }
        if e.lines.is_empty() && !e.kind.is_record() {
            return Err(
                CoreError::refused("ledger.event_without_lines").arg("kind", e.kind.as_str())
            );
        }
        Ok(())
    }

    /// Resolves the keys the event names, gives it its id and finds its site's chain head.
    /// The order matters to what is refused first and to the ids a fixed seed gives: the
    /// event's keys, then its id, then its lines, then the head (and the clock check).
    fn draft<'e>(
        &mut self,
        actor: &'e User,
        e: &'e NewEvent,
        signature: Option<&'e str>,
        subject: Option<&'e User>,
    ) -> CoreResult<Draft<'e>> {
        let site = self.keys.site_for(e.location)?;
        let site_code = self.keys.site_code(site)?;
        let location_code = self.keys.location_code(e.location)?;
        let counterparty_code = self.keys.partner_code(e.counterparty)?;
        let id = self.ids.next(self.recorded_at);
        let lines = self.resolve_lines(&e.lines)?;
        let head = self.head(site)?;
        Ok(Draft {
            event: e,
            actor,
            signature,
            subject,
            id,
            site,
            site_code,
            location_code,
            counterparty_code,
            occurred_at: e.occurred_at.utc_text(),
            occurred_offset: i64::from(e.occurred_at.offset_minutes()),
            recorded_at: self.recorded[&site].clone(),
            lines,
            head,
            format: Format::CURRENT,
        })
    }

    /// Each line's keys, in order, refusing a quantity that is not positive.
    fn resolve_lines(&mut self, lines: &[NewLine]) -> CoreResult<Vec<ResolvedLine>> {
        let mut resolved = Vec::with_capacity(lines.len());
        for l in lines {
            if l.quantity <= 0 {
                return Err(CoreError::refused("ledger.quantity_not_positive").field("quantity"));
            }
            let location_before = self.keys.location_code(l.before.and_then(|p| p.location))?;
            let location_after = self.keys.location_code(l.after.and_then(|p| p.location))?;
            resolved.push(ResolvedLine {
                gtin: self.keys.gtin(l.product)?,
                expiry: l.expiry.map(|d| d.to_string()),
                location_before,
                location_after,
            });
        }
        Ok(resolved)
    }

    /// Stores the event's row; returns its sequence number.
    fn insert_event(&mut self, d: &Draft<'_>, hash: &[u8; 32]) -> CoreResult<i64> {
        let e = d.event;
        self.insert_event.execute(params![
            d.id,
            d.site.0,
            e.kind.as_str(),
            d.occurred_at,
            d.occurred_offset,
            d.recorded_at,
            d.actor.id.0,
            e.location.map(|l| l.0),
            e.counterparty.map(|p| p.0),
            e.reference,
            e.reason,
            e.raw_scan,
            d.head.hash.as_slice(),
            hash.as_slice(),
            d.signature,
            d.format.number(),
            d.subject.map(|u| u.id.0),
            d.subject.map(|u| u.role.as_str()),
            d.subject.map(|u| u.active),
        ])?;
        Ok(self.tx.last_insert_rowid())
    }

    /// Stores one line's row.
    fn insert_line(
        &mut self,
        seq: i64,
        line_no: usize,
        l: &NewLine,
        r: &ResolvedLine,
    ) -> CoreResult<()> {
        self.insert_line.execute(params![
            seq,
            line_no as i64,
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
        Ok(())
    }

    /// Saves the chain heads. Call before committing the transaction.
    pub fn finish(self) -> CoreResult<()> {
        let mut stmt = self.tx.prepare_cached(
            "INSERT INTO chain_head (site_id, last_seq, last_hash, events) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (site_id) DO UPDATE SET last_seq = excluded.last_seq, last_hash = excluded.last_hash, events = excluded.events",
        )?;
        for (site, head) in &self.heads {
            if head.seq > 0 {
                stmt.execute(params![site.0, head.seq, head.hash.as_slice(), head.events])?;
            }
        }
        Ok(())
    }
}
