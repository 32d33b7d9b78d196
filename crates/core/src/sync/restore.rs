//! A site restored from an old backup pulls its own later events back from the hub (issue #20,
//! item 9): the file holds events 1..N, the hub 1..M of this site; events N+1..M come back a
//! page at a time and are appended again exactly as they were first recorded, through the
//! ledger's own appender (`Appender::append_recorded`), so the packs, lots, consumption and
//! accounts are brought to where they stood, and every hash must come out as the hub's.
//!
//! A page is checked whole before anything is written — the chain from the file's own head
//! (`check_chain`), then every key each event names looked up in this file's master data — and
//! is one transaction with the acknowledged position: a refusal leaves nothing of the page.
//! Keys are named by stable key on the ledger; a product, location or partner this file does not
//! know is refused by name (`sync.restore_unknown_key`): the master data the site had then must
//! be put back first. Accounts are the exception: an account added after the backup comes back
//! from its own `user_added` event, without a password (passwords are never on the ledger), for
//! an administrator to set one.
//!
//! A lost site rebuilt from the hub (`Store::rebuild_from_hub_events`) has no master data to
//! put back: each product, location and partner its events name is added from its key alone —
//! named by its code (or GTIN), a product tracked by serial when the line carries one, a
//! location a store room, a partner a supplier — for an administrator to complete. Nothing the
//! ledger hashes depends on those details.

use chrono::NaiveDate;
use custody_ledger_format::{ParsedLine, ParsedSubject};
use custody_sync_protocol::{check_chain, CheckedEvent, WireEvent, MAX_BATCH_BYTES};
use rusqlite::{params, OptionalExtension, Transaction, TransactionBehavior};
use serde::Serialize;

use crate::error::{CoreError, CoreResult};
use crate::ledger::{Appender, NewEvent, NewLine, Place, Recorded};
use crate::model::{
    EventKind, LocationId, PartnerId, ProductId, Role, Site, Timestamp, UnitStatus, User, UserId,
};
use crate::permissions::{require, Operation};
use crate::users::user_from_row;
use crate::Store;

use super::outbox::{hash_at, last_seq, site_code};

/// The events a page put back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Restored {
    /// The first event put back (0 when the page was empty).
    pub from_seq: i64,
    /// The last event put back, now the ledger's head (the head before, when none).
    pub to_seq: i64,
    /// How many.
    pub events: i64,
    /// Accounts added after the backup, come back without a password.
    pub accounts_without_password: i64,
    /// Products, locations and partners added from their key alone (a rebuild only).
    pub added_by_key: i64,
}

/// What a page does with a product, location or partner this file does not know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum UnknownKeys {
    /// Refuses the page (a restore: the file holds the site's master data).
    Refuse,
    /// Adds it from its key alone (a rebuild: the file holds nothing).
    AddByKey,
}

impl Store {
    /// Appends `events`, this site's own events read back from the hub, after the ledger's head,
    /// exactly as they were first recorded, and records them as acknowledged by the hub: one
    /// transaction, all or nothing. Refused before enrolment (`sync.not_enrolled`), when the first is not the ledger's next event
    /// (`sync.restore_not_next`), when the run does not chain from the ledger's own head
    /// (`sync.restore_bad_chain`), when an event names a product, location, partner or acting
    /// user this file does not know (`sync.restore_unknown_key`), when a field is not one this
    /// version reads (`sync.restore_unreadable`), or when an event put back does not hash as
    /// the hub's (`ledger.restored_hash_differs`).
    pub fn restore_from_hub_events(
        &mut self,
        actor: &User,
        events: &[WireEvent],
        now: Timestamp,
    ) -> CoreResult<Restored> {
        self.put_back(actor, events, UnknownKeys::Refuse, now)
    }

    /// [`Store::restore_from_hub_events`] for a lost site rebuilt from the hub into a new file:
    /// a product, location or partner the file does not know is added from its key alone (see
    /// the module's notes), for an administrator to complete, instead of refusing the page.
    pub fn rebuild_from_hub_events(
        &mut self,
        actor: &User,
        events: &[WireEvent],
        now: Timestamp,
    ) -> CoreResult<Restored> {
        self.put_back(actor, events, UnknownKeys::AddByKey, now)
    }

    fn put_back(
        &mut self,
        actor: &User,
        events: &[WireEvent],
        unknown_keys: UnknownKeys,
        now: Timestamp,
    ) -> CoreResult<Restored> {
        require(actor, Operation::Sync)?;
        let tx = self
            .conn_mut()
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Only an enrolled site has a hub to have pulled from, and an acknowledged position.
        let hub: Option<String> =
            tx.query_row("SELECT hub FROM sync_state WHERE id = 1", [], |r| r.get(0))?;
        if hub.is_none() {
            return Err(CoreError::refused("sync.not_enrolled"));
        }
        let head = last_seq(&tx)?;
        let Some(first) = events.first() else {
            return Ok(Restored {
                from_seq: 0,
                to_seq: head,
                events: 0,
                accounts_without_password: 0,
                added_by_key: 0,
            });
        };
        if first.seq != head + 1 {
            return Err(CoreError::refused("sync.restore_not_next")
                .arg("seq", first.seq)
                .arg("expected", head + 1));
        }
        let checked = checked_run(&tx, events, head)?;
        let mut keys = Resolver::new(&tx, unknown_keys, now);
        let mut appender = Appender::for_restore(&tx, now)?;
        let mut accounts = 0;
        for c in &checked {
            let event = keys.event(c)?;
            accounts += i64::from(event.new_account);
            let recorded = Recorded {
                seq: c.seq,
                id: &c.parsed.id,
                occurred_at: &c.parsed.occurred_at,
                occurred_offset: c.parsed.occurred_offset,
                recorded_at: &c.parsed.recorded_at,
                format: c.parsed.format,
                signature: c.parsed.signature.as_deref(),
                subject: event.subject.as_ref(),
                hash: c.hash,
            };
            appender.append_recorded(&event.actor, &event.event, &recorded)?;
            let recorded_at = &c.parsed.recorded_at;
            crate::national::put_back(&tx, c.seq, &event.event, recorded_at, now)?;
            if let Some(subject) = &event.subject {
                // The account table's role and active flag are the projection of the user
                // events, as `auth/accounts.rs` keeps them when it records one.
                tx.execute(
                    "UPDATE user SET role = ?2, active = ?3 WHERE id = ?1",
                    params![subject.id.0, subject.role.as_str(), subject.active],
                )?;
            }
        }
        appender.finish()?;
        let added_by_key = keys.added;
        let last = checked.last().map_or(head, |c| c.seq);
        let hash = checked.last().map(|c| c.hash);
        // What was pulled back is what the hub holds: acknowledged in the same transaction.
        tx.execute(
            "UPDATE sync_state SET acked_seq = ?1, acked_hash = ?2, last_success_at = ?3,
                 offline_since = NULL, last_refusal_code = NULL, last_refusal_message = NULL,
                 state = 'ok'
             WHERE id = 1",
            params![last, hash.as_ref().map(|h| h.as_slice()), now.utc_text()],
        )?;
        tx.commit()?;
        Ok(Restored {
            from_seq: first.seq,
            to_seq: last,
            events: checked.len() as i64,
            accounts_without_password: accounts,
            added_by_key,
        })
    }
}

impl Store {
    /// Sets up a new database for a lost site rebuilt from the hub: the site, and the
    /// administrator who rebuilds it with a new password, and no ledger event — the site's
    /// whole chain, that administrator's own `user_added` event included, comes back from the
    /// hub (see [`Store::check_rebuilt_admin`]). Refused on a database set up already
    /// (`master.already_set_up`).
    pub fn set_up_for_rebuild(
        &mut self,
        site_code: &str,
        site_name: &str,
        admin: &str,
        admin_name: &str,
        admin_password: &str,
        now: Timestamp,
    ) -> CoreResult<(Site, User)> {
        if self.is_initialised()? {
            return Err(CoreError::refused("master.already_set_up"));
        }
        let tx = self.conn_mut().transaction()?;
        let site = crate::master::insert_site(&tx, site_code, site_name, None, now)?;
        let admin = crate::auth::insert_unrecorded_user(
            &tx,
            admin,
            admin_name,
            Role::Admin,
            Some(admin_password),
            now,
        )?;
        tx.commit()?;
        Ok((site, admin))
    }

    /// After a rebuild, refuses (`sync.rebuild_admin_not_on_ledger`) when the administrator
    /// who rebuilt the site is not, by the last event about them on its ledger, an active
    /// administrator of it: a rebuild gives no one rights the site did not give.
    pub fn check_rebuilt_admin(&self, admin: &User) -> CoreResult<()> {
        let last: Option<(String, bool)> = self
            .conn()
            .query_row(
                "SELECT subject_role, subject_active FROM event
                 WHERE subject_user_id = ?1 ORDER BY seq DESC LIMIT 1",
                [admin.id.0],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        match last {
            Some((role, true)) if role == Role::Admin.as_str() => Ok(()),
            _ => Err(CoreError::refused("sync.rebuild_admin_not_on_ledger")
                .arg("user", admin.username.as_str())),
        }
    }
}

/// The run checked as this site's chain after its own head `head`, in pieces the check takes
/// (a page of the hub's may hold more bytes than one pushed batch).
fn checked_run(
    tx: &Transaction<'_>,
    events: &[WireEvent],
    head: i64,
) -> CoreResult<Vec<CheckedEvent>> {
    let site = site_code(tx)?;
    let mut prev = hash_at(tx, head)?.unwrap_or(crate::ledger::GENESIS);
    let mut out = Vec::with_capacity(events.len());
    for piece in pieces(events) {
        let checked = check_chain(&site, &prev, piece).map_err(|e| {
            CoreError::refused("sync.restore_bad_chain").arg("detail", e.to_string())
        })?;
        if let Some(last) = checked.last() {
            prev = last.hash;
        }
        out.extend(checked);
    }
    Ok(out)
}

/// `events` cut into runs of at most `MAX_BATCH_BYTES` of canonical bytes each, reckoned from
/// the base64 text (three bytes per four characters, at least what it decodes to).
fn pieces(events: &[WireEvent]) -> Vec<&[WireEvent]> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut bytes = 0;
    for (i, e) in events.iter().enumerate() {
        let size = e.canonical.len() / 4 * 3;
        if bytes + size > MAX_BATCH_BYTES && i > start {
            out.push(&events[start..i]);
            start = i;
            bytes = 0;
        }
        bytes += size;
    }
    if start < events.len() {
        out.push(&events[start..]);
    }
    out
}

/// An event ready for the appender: who recorded it, what it says in row ids, and the account
/// it concerns.
struct Resolved {
    actor: User,
    event: NewEvent,
    subject: Option<User>,
    /// Whether the account it concerns was added here from its `user_added` event.
    new_account: bool,
}

/// Looks up, in this file, what each pulled event names by stable key.
struct Resolver<'t> {
    tx: &'t Transaction<'t>,
    unknown_keys: UnknownKeys,
    /// Products, locations and partners added from their key.
    added: i64,
    /// When they are added (UTC text).
    now: String,
}

impl<'t> Resolver<'t> {
    fn new(tx: &'t Transaction<'t>, unknown_keys: UnknownKeys, now: Timestamp) -> Self {
        Resolver {
            tx,
            unknown_keys,
            added: 0,
            now: now.utc_text(),
        }
    }

    /// Adds, for a rebuild, what `sql` inserts from a key this file does not know (the row's id);
    /// refuses it for a restore.
    fn add_by_key(
        &mut self,
        seq: i64,
        kind: &str,
        key: &str,
        sql: &str,
        params: impl rusqlite::Params,
    ) -> CoreResult<i64> {
        if self.unknown_keys == UnknownKeys::Refuse {
            return Err(unknown(seq, kind, key));
        }
        self.tx.prepare_cached(sql)?.execute(params)?;
        self.added += 1;
        Ok(self.tx.last_insert_rowid())
    }

    fn event(&mut self, c: &CheckedEvent) -> CoreResult<Resolved> {
        let p = &c.parsed;
        let seq = c.seq;
        let kind: EventKind = p
            .kind
            .parse()
            .map_err(|why: String| unreadable(seq, "kind", &why))?;
        let occurred_at = Timestamp::from_stored(&p.occurred_at, p.occurred_offset as i32)
            .ok_or_else(|| unreadable(seq, "occurred_at", &p.occurred_at))?;
        let actor = self
            .user(&p.actor)?
            .ok_or_else(|| unknown(seq, "user", &p.actor))?;
        let location = p
            .location
            .as_deref()
            .map(|code| self.location(seq, code, "store"))
            .transpose()?;
        let counterparty = p
            .counterparty
            .as_deref()
            .map(|code| self.partner(seq, code))
            .transpose()?;
        let lines = p
            .lines
            .iter()
            .map(|l| self.line(seq, l))
            .collect::<CoreResult<Vec<_>>>()?;
        let (subject, new_account) = match &p.subject {
            Some(s) => {
                let (user, new) = self.subject(seq, kind, s, &p.occurred_at)?;
                (Some(user), new)
            }
            None => (None, false),
        };
        Ok(Resolved {
            actor,
            event: NewEvent {
                kind,
                occurred_at,
                location,
                counterparty,
                reference: p.reference.clone(),
                reason: p.reason.clone(),
                raw_scan: p.raw_scan.clone(),
                lines,
            },
            subject,
            new_account,
        })
    }

    fn line(&mut self, seq: i64, l: &ParsedLine) -> CoreResult<NewLine> {
        let product: Option<i64> = self
            .tx
            .prepare_cached("SELECT id FROM product WHERE gtin = ?1")?
            .query_row([&l.gtin], |r| r.get(0))
            .optional()?;
        let product = match product {
            Some(id) => id,
            None => {
                let tracking = if l.serial.is_some() { "serial" } else { "lot" };
                self.add_by_key(
                    seq,
                    "product",
                    &l.gtin,
                    "INSERT INTO product (gtin, name, tracking, created_at) VALUES (?1, ?1, ?2, ?3)",
                    params![l.gtin, tracking, self.now.clone()],
                )?
            }
        };
        let product = ProductId(product);
        let expiry = l
            .expiry
            .as_deref()
            .map(|d| {
                NaiveDate::parse_from_str(d, "%Y-%m-%d").map_err(|_| unreadable(seq, "expiry", d))
            })
            .transpose()?;
        Ok(NewLine {
            product,
            lot: l.lot.clone(),
            serial: l.serial.clone(),
            expiry,
            quantity: l.quantity,
            before: self.place(
                seq,
                l.status_before.as_deref(),
                l.location_before.as_deref(),
            )?,
            after: self.place(seq, l.status_after.as_deref(), l.location_after.as_deref())?,
            unit_cost_cents: l.unit_cost_cents,
        })
    }

    /// A status and location as a place. A location with no status is no place the appender
    /// writes; left out here, the event's hash no longer matches and the event is refused.
    fn place(
        &mut self,
        seq: i64,
        status: Option<&str>,
        location: Option<&str>,
    ) -> CoreResult<Option<Place>> {
        let Some(status) = status else {
            return Ok(None);
        };
        let status: UnitStatus = status
            .parse()
            .map_err(|why: String| unreadable(seq, "status", &why))?;
        // A location added by its key holds quarantined stock only if it is the quarantine.
        let kind = if status == UnitStatus::Quarantined {
            "quarantine"
        } else {
            "store"
        };
        Ok(Some(Place {
            status,
            location: location
                .map(|code| self.location(seq, code, kind))
                .transpose()?,
        }))
    }

    /// A location by code; added, for a rebuild, as a `kind` named by its code.
    fn location(&mut self, seq: i64, code: &str, kind: &str) -> CoreResult<LocationId> {
        let id: Option<i64> = self
            .tx
            .prepare_cached("SELECT id FROM location WHERE code = ?1")?
            .query_row([code], |r| r.get(0))
            .optional()?;
        let id = match id {
            Some(id) => id,
            None => self.add_by_key(
                seq,
                "location",
                code,
                "INSERT INTO location (site_id, code, name, kind)
                 VALUES ((SELECT id FROM site ORDER BY id LIMIT 1), ?1, ?1, ?2)",
                [code, kind],
            )?,
        };
        Ok(LocationId(id))
    }

    fn partner(&mut self, seq: i64, code: &str) -> CoreResult<PartnerId> {
        let id: Option<i64> = self
            .tx
            .prepare_cached("SELECT id FROM partner WHERE code = ?1")?
            .query_row([code], |r| r.get(0))
            .optional()?;
        let id = match id {
            Some(id) => id,
            None => self.add_by_key(
                seq,
                "partner",
                code,
                "INSERT INTO partner (code, name, kind) VALUES (?1, ?1, 'supplier')",
                [code],
            )?,
        };
        Ok(PartnerId(id))
    }

    /// An account by username, the system principal included (it is the actor of what
    /// Custody records on its own).
    fn user(&mut self, username: &str) -> CoreResult<Option<User>> {
        Ok(self
            .tx
            .prepare_cached(
                "SELECT id, username, name, role, active FROM user WHERE username = ?1",
            )?
            .query_row([username], user_from_row)
            .optional()?)
    }

    /// The account a user event concerns, as it stands after the event, and whether it was
    /// added here. An account added after the backup is not in this file: its `user_added`
    /// (or `user_enrolled`) event adds it, named by its username (its full name is not on the
    /// ledger) and without a password, which no event holds. Any other event about an account
    /// this file does not know is refused.
    fn subject(
        &mut self,
        seq: i64,
        kind: EventKind,
        s: &ParsedSubject,
        occurred_at: &str,
    ) -> CoreResult<(User, bool)> {
        let role: Role = s
            .role
            .parse()
            .map_err(|why: String| unreadable(seq, "role", &why))?;
        if let Some(user) = self.user(&s.username)? {
            return Ok((
                User {
                    role,
                    active: s.active,
                    ..user
                },
                false,
            ));
        }
        if !matches!(kind, EventKind::UserAdded | EventKind::UserEnrolled) {
            return Err(unknown(seq, "user", &s.username));
        }
        self.tx.execute(
            "INSERT INTO user (username, name, role, active, created_at, password_hash)
             VALUES (?1, ?1, ?2, ?3, ?4, NULL)",
            params![s.username, role.as_str(), s.active, occurred_at],
        )?;
        let user = User {
            id: UserId(self.tx.last_insert_rowid()),
            username: s.username.clone(),
            name: s.username.clone(),
            role,
            active: s.active,
        };
        Ok((user, true))
    }
}

fn unknown(seq: i64, kind: &str, key: &str) -> CoreError {
    CoreError::refused("sync.restore_unknown_key")
        .arg("seq", seq)
        .arg("kind", kind)
        .arg("key", key)
}

fn unreadable(seq: i64, field: &str, detail: &str) -> CoreError {
    CoreError::refused("sync.restore_unreadable")
        .arg("seq", seq)
        .arg("what", field)
        .arg("detail", detail)
}
