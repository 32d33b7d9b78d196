//! An event as the database stores it (row ids, not keys), read back and turned into the
//! canonical form its hash was computed over: the one place a stored event's hash is
//! recomputed, by `verify` (the whole ledger, keys loaded once) and by the certificate's proof
//! (a few events, keys looked up one by one). The appender builds the same form from the
//! event in memory, so what is written and what is checked cannot drift apart.

use std::collections::HashMap;

use rusqlite::{Connection, OptionalExtension, Row};

use custody_ledger_format::{
    event_hash, Canonical, CanonicalLine, CanonicalSubject, Format, GENESIS,
};

use crate::error::CoreResult;

/// The event table's columns, in the order [`StoredEvent::from_row`] reads them.
pub(crate) const EVENT_COLUMNS: &str = "seq, id, site_id, kind, occurred_at, occurred_offset, recorded_at, actor_id, location_id, counterparty_id, reference, reason, raw_scan, prev_hash, hash, signature, format, subject_user_id, subject_role, subject_active";

/// The event line table's columns, in the order [`StoredLine::from_row`] reads them.
pub(crate) const LINE_COLUMNS: &str = "event_seq, line_no, product_id, lot, serial, expiry, quantity, status_before, status_after, location_before, location_after, unit_cost_cents";

/// An event row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct StoredEvent {
    pub(crate) seq: i64,
    pub(crate) id: String,
    pub(crate) site: i64,
    pub(crate) kind: String,
    pub(crate) occurred_at: String,
    pub(crate) occurred_offset: i64,
    pub(crate) recorded_at: String,
    pub(crate) actor: i64,
    pub(crate) location: Option<i64>,
    pub(crate) counterparty: Option<i64>,
    pub(crate) reference: Option<String>,
    pub(crate) reason: Option<String>,
    pub(crate) raw_scan: Option<String>,
    pub(crate) prev_hash: Vec<u8>,
    pub(crate) hash: Vec<u8>,
    pub(crate) signature: Option<String>,
    pub(crate) format: i64,
    pub(crate) subject_user: Option<i64>,
    pub(crate) subject_role: Option<String>,
    pub(crate) subject_active: Option<bool>,
}

/// What an event row says about the user it concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum StoredSubject<'a> {
    /// No user: every event but the user events.
    None,
    /// A user with their role and active flag after the event.
    Named {
        user: i64,
        role: &'a str,
        active: bool,
    },
    /// Some of the three and not the others: no appender writes that, so it was changed after.
    Partial,
}

impl StoredEvent {
    /// Reads a row selected with [`EVENT_COLUMNS`].
    pub(crate) fn from_row(r: &Row<'_>) -> rusqlite::Result<StoredEvent> {
        Ok(StoredEvent {
            seq: r.get(0)?,
            id: r.get(1)?,
            site: r.get(2)?,
            kind: r.get(3)?,
            occurred_at: r.get(4)?,
            occurred_offset: r.get(5)?,
            recorded_at: r.get(6)?,
            actor: r.get(7)?,
            location: r.get(8)?,
            counterparty: r.get(9)?,
            reference: r.get(10)?,
            reason: r.get(11)?,
            raw_scan: r.get(12)?,
            prev_hash: r.get(13)?,
            hash: r.get(14)?,
            signature: r.get(15)?,
            format: r.get(16)?,
            subject_user: r.get(17)?,
            subject_role: r.get(18)?,
            subject_active: r.get(19)?,
        })
    }

    /// The hash it chains to; a stored value that is not 32 bytes reads as the genesis hash,
    /// which no event but a site's first follows, so the broken link is still found.
    pub(crate) fn prev(&self) -> [u8; 32] {
        self.prev_hash.as_slice().try_into().unwrap_or(GENESIS)
    }

    /// The user it concerns, as stored.
    pub(crate) fn subject(&self) -> StoredSubject<'_> {
        match (
            self.subject_user,
            self.subject_role.as_deref(),
            self.subject_active,
        ) {
            (Some(user), Some(role), Some(active)) => StoredSubject::Named { user, role, active },
            (None, None, None) => StoredSubject::None,
            _ => StoredSubject::Partial,
        }
    }

    /// Whether any of the subject's fields is set.
    fn names_a_subject(&self) -> bool {
        self.subject() != StoredSubject::None
    }
}

/// An event line row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct StoredLine {
    pub(crate) event_seq: i64,
    pub(crate) line_no: i64,
    pub(crate) product: i64,
    pub(crate) lot: Option<String>,
    pub(crate) serial: Option<String>,
    pub(crate) expiry: Option<String>,
    pub(crate) quantity: i64,
    pub(crate) status_before: Option<String>,
    pub(crate) status_after: Option<String>,
    pub(crate) location_before: Option<i64>,
    pub(crate) location_after: Option<i64>,
    pub(crate) unit_cost_cents: Option<i64>,
}

impl StoredLine {
    /// Reads a row selected with [`LINE_COLUMNS`].
    pub(crate) fn from_row(r: &Row<'_>) -> rusqlite::Result<StoredLine> {
        Ok(StoredLine {
            event_seq: r.get(0)?,
            line_no: r.get(1)?,
            product: r.get(2)?,
            lot: r.get(3)?,
            serial: r.get(4)?,
            expiry: r.get(5)?,
            quantity: r.get(6)?,
            status_before: r.get(7)?,
            status_after: r.get(8)?,
            location_before: r.get(9)?,
            location_after: r.get(10)?,
            unit_cost_cents: r.get(11)?,
        })
    }
}

/// The stable keys the canonical form names things by, per row id: GTINs, location, site and
/// partner codes, usernames. A row id with no key (master data deleted behind the store's
/// back) is named by a placeholder no key can equal, so its event no longer matches its hash.
#[derive(Debug, Clone, Default)]
pub(crate) struct Keys {
    pub(crate) gtins: HashMap<i64, String>,
    pub(crate) locations: HashMap<i64, String>,
    pub(crate) sites: HashMap<i64, String>,
    pub(crate) partners: HashMap<i64, String>,
    pub(crate) users: HashMap<i64, String>,
}

/// The query of each kind of key by row id.
const GTIN_SQL: &str = "SELECT id, gtin FROM product";
const LOCATION_SQL: &str = "SELECT id, code FROM location";
const SITE_SQL: &str = "SELECT id, code FROM site";
const PARTNER_SQL: &str = "SELECT id, code FROM partner";
const USER_SQL: &str = "SELECT id, username FROM user";

impl Keys {
    /// Every key in the database, one query per table: for walking the whole ledger, so no
    /// event costs a query of its own.
    pub(crate) fn all(conn: &Connection) -> CoreResult<Keys> {
        let table = |sql: &str| -> CoreResult<HashMap<i64, String>> {
            let mut stmt = conn.prepare(sql)?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            Ok(rows.collect::<Result<HashMap<_, _>, _>>()?)
        };
        Ok(Keys {
            gtins: table(GTIN_SQL)?,
            locations: table(LOCATION_SQL)?,
            sites: table(SITE_SQL)?,
            partners: table(PARTNER_SQL)?,
            users: table(USER_SQL)?,
        })
    }

    /// Only the keys these events and lines name, each looked up once: for proving a few
    /// events without reading whole tables.
    pub(crate) fn named_by(
        conn: &Connection,
        events: &[StoredEvent],
        lines: &[StoredLine],
    ) -> CoreResult<Keys> {
        let mut keys = Keys::default();
        for e in events {
            lookup(conn, SITE_SQL, &mut keys.sites, Some(e.site))?;
            lookup(conn, USER_SQL, &mut keys.users, Some(e.actor))?;
            lookup(conn, USER_SQL, &mut keys.users, e.subject_user)?;
            lookup(conn, LOCATION_SQL, &mut keys.locations, e.location)?;
            lookup(conn, PARTNER_SQL, &mut keys.partners, e.counterparty)?;
        }
        for l in lines {
            lookup(conn, GTIN_SQL, &mut keys.gtins, Some(l.product))?;
            lookup(conn, LOCATION_SQL, &mut keys.locations, l.location_before)?;
            lookup(conn, LOCATION_SQL, &mut keys.locations, l.location_after)?;
        }
        Ok(keys)
    }

    fn gtin(&self, id: i64) -> &str {
        self.gtins
            .get(&id)
            .map_or("<unknown product>", String::as_str)
    }

    /// A location's code, when there is a location.
    pub(crate) fn location(&self, id: Option<i64>) -> Option<&str> {
        id.map(|i| {
            self.locations
                .get(&i)
                .map_or("<unknown location>", String::as_str)
        })
    }

    fn site(&self, id: i64) -> &str {
        self.sites.get(&id).map_or("<unknown site>", String::as_str)
    }

    fn partner(&self, id: Option<i64>) -> Option<&str> {
        id.map(|p| {
            self.partners
                .get(&p)
                .map_or("<unknown partner>", String::as_str)
        })
    }

    /// A user's username.
    pub(crate) fn user(&self, id: i64) -> &str {
        self.users.get(&id).map_or("<unknown user>", String::as_str)
    }
}

/// Adds the key of row `id` to `into`, unless it is there already or there is no row.
fn lookup(
    conn: &Connection,
    table_sql: &str,
    into: &mut HashMap<i64, String>,
    id: Option<i64>,
) -> CoreResult<()> {
    let Some(id) = id.filter(|id| !into.contains_key(id)) else {
        return Ok(());
    };
    let key: Option<String> = conn
        .prepare_cached(&format!("{table_sql} WHERE id = ?1"))?
        .query_row([id], |r| r.get(1))
        .optional()?;
    if let Some(key) = key {
        into.insert(id, key);
    }
    Ok(())
}

/// Why a stored event's content cannot be recomputed, so it is not proved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unprovable {
    /// Its format number is one this build does not know (changed, or written by a newer one).
    UnknownFormat(i64),
    /// It is in format 1, which has no user subject, but names one: format 1's bytes would
    /// leave the subject out, so its hash cannot vouch for it.
    SubjectInV1,
}

/// The canonical form of a stored event and its lines (in line order), in the format it says it
/// was written in.
pub(crate) fn canonical<'a>(
    e: &'a StoredEvent,
    lines: &'a [StoredLine],
    keys: &'a Keys,
) -> Result<(Canonical<'a>, Vec<CanonicalLine<'a>>), Unprovable> {
    let format = Format::from_number(e.format).ok_or(Unprovable::UnknownFormat(e.format))?;
    if format == Format::V1 && e.names_a_subject() {
        return Err(Unprovable::SubjectInV1);
    }
    let subject = match e.subject() {
        StoredSubject::Named { user, role, active } => Some(CanonicalSubject {
            username: keys.user(user),
            role,
            active,
        }),
        // A partial subject is reported on its own by `verify`; hashed without it, the event
        // cannot match unless the part was added to an event that had none.
        StoredSubject::None | StoredSubject::Partial => None,
    };
    let event = Canonical {
        format,
        id: &e.id,
        site: keys.site(e.site),
        kind: &e.kind,
        occurred_at: &e.occurred_at,
        occurred_offset: e.occurred_offset,
        recorded_at: &e.recorded_at,
        actor: keys.user(e.actor),
        location: keys.location(e.location),
        counterparty: keys.partner(e.counterparty),
        reference: e.reference.as_deref(),
        reason: e.reason.as_deref(),
        raw_scan: e.raw_scan.as_deref(),
        signature: e.signature.as_deref(),
        subject,
    };
    let lines = lines
        .iter()
        .map(|l| CanonicalLine {
            line_no: l.line_no,
            gtin: keys.gtin(l.product),
            lot: l.lot.as_deref(),
            serial: l.serial.as_deref(),
            expiry: l.expiry.as_deref(),
            quantity: l.quantity,
            status_before: l.status_before.as_deref(),
            status_after: l.status_after.as_deref(),
            location_before: keys.location(l.location_before),
            location_after: keys.location(l.location_after),
            unit_cost_cents: l.unit_cost_cents,
        })
        .collect();
    Ok((event, lines))
}

/// The canonical bytes of a stored event and its lines, exactly those its hash was computed
/// over (after the previous hash): what the hospital network's outbox sends, so the hub
/// recomputes the site's own hashes rather than ones rebuilt some other way.
pub(crate) fn canonical_bytes_of(
    e: &StoredEvent,
    lines: &[StoredLine],
    keys: &Keys,
) -> Result<(Format, Vec<u8>), Unprovable> {
    let (event, lines) = canonical(e, lines, keys)?;
    Ok((
        event.format,
        custody_ledger_format::canonical_bytes(&event, &lines),
    ))
}

/// Whether a stored event's content still hashes to its stored hash, chained to its stored
/// previous hash.
pub(crate) fn content_matches(
    e: &StoredEvent,
    lines: &[StoredLine],
    keys: &Keys,
) -> Result<bool, Unprovable> {
    let (event, lines) = canonical(e, lines, keys)?;
    Ok(event_hash(&e.prev(), &event, &lines).as_slice() == e.hash.as_slice())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::{Appender, NewEvent, NewLine, Place};
    use crate::model::*;
    use crate::Store;

    fn now() -> Timestamp {
        Timestamp::parse("2026-11-22T09:00:00+01:00").unwrap()
    }

    /// A store with a site, an administrator, a location, a supplier and a serialized product,
    /// and a receipt and a dispense of one pack appended.
    fn recorded() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path().join("custody.db")).unwrap();
        let (_, admin) = store
            .init(
                "STMARY",
                "St. Mary's",
                "alice",
                "Alice",
                "a long password",
                now(),
            )
            .unwrap();
        let main = store
            .add_location(&admin, "MAIN", "Main", LocationKind::Pharmacy)
            .unwrap();
        let supplier = store
            .add_partner(
                &admin,
                "MEDIDIST",
                "MediDist",
                PartnerKind::Distributor,
                None,
            )
            .unwrap();
        let product = store
            .add_product(
                &admin,
                &ProductData {
                    gtin: "09506000134352".into(),
                    name: "Amoxicillin".into(),
                    tracking: Some(TrackingMode::Serial),
                    ..Default::default()
                },
                now(),
            )
            .unwrap();
        let line = |before: Option<Place>, after: Place| NewLine {
            product: product.id,
            lot: Some("L1".into()),
            serial: Some("S1".into()),
            expiry: chrono::NaiveDate::from_ymd_opt(2028, 12, 31),
            quantity: 1,
            before,
            after: Some(after),
            unit_cost_cents: Some(250),
        };
        let event = |kind, counterparty, lines| NewEvent {
            kind,
            occurred_at: now(),
            location: Some(main.id),
            counterparty,
            reference: Some("PO-1".into()),
            reason: None,
            raw_scan: None,
            lines,
        };
        let receive = event(
            EventKind::Receive,
            Some(supplier.id),
            vec![line(None, Place::at(UnitStatus::InStock, main.id))],
        );
        let dispense = event(
            EventKind::Dispense,
            None,
            vec![line(
                Some(Place::at(UnitStatus::InStock, main.id)),
                Place::gone(UnitStatus::Dispensed),
            )],
        );
        let tx = store.conn_mut().transaction().unwrap();
        let mut appender = Appender::for_history(&tx, now()).unwrap();
        appender.append(&admin, &receive).unwrap();
        appender.append(&admin, &dispense).unwrap();
        appender.finish().unwrap();
        tx.commit().unwrap();
        (dir, store)
    }

    fn read(conn: &Connection) -> Vec<(StoredEvent, Vec<StoredLine>)> {
        let events: Vec<StoredEvent> = conn
            .prepare(&format!("SELECT {EVENT_COLUMNS} FROM event ORDER BY seq"))
            .unwrap()
            .query_map([], StoredEvent::from_row)
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        events
            .into_iter()
            .map(|e| {
                let lines = conn
                    .prepare(&format!(
                        "SELECT {LINE_COLUMNS} FROM event_line WHERE event_seq = ?1 ORDER BY line_no"
                    ))
                    .unwrap()
                    .query_map([e.seq], StoredLine::from_row)
                    .unwrap()
                    .collect::<Result<_, _>>()
                    .unwrap();
                (e, lines)
            })
            .collect()
    }

    #[test]
    fn every_appended_event_read_back_gives_the_hash_the_appender_wrote() {
        let (_dir, store) = recorded();
        let events = read(store.conn());
        assert_eq!(
            events.len(),
            3,
            "the administrator's enrolment, the receipt and the dispense"
        );
        let all = Keys::all(store.conn()).unwrap();
        for (e, lines) in &events {
            assert_eq!(
                content_matches(e, lines, &all),
                Ok(true),
                "event {} ({}) must verify with every key loaded, or verify reports an intact ledger as changed",
                e.seq,
                e.kind
            );
            let few = Keys::named_by(store.conn(), std::slice::from_ref(e), lines).unwrap();
            assert_eq!(
                content_matches(e, lines, &few),
                Ok(true),
                "event {} must verify with only its own keys looked up, or the certificate calls it broken",
                e.seq
            );
        }
    }

    #[test]
    fn master_data_renamed_behind_the_ledgers_back_breaks_the_events_that_name_it() {
        let (_dir, store) = recorded();
        store
            .conn()
            .execute(
                "UPDATE location SET code = 'ELSEWHERE' WHERE code = 'MAIN'",
                [],
            )
            .unwrap();
        let keys = Keys::all(store.conn()).unwrap();
        let verdicts: Vec<(String, Result<bool, Unprovable>)> = read(store.conn())
            .iter()
            .map(|(e, lines)| (e.kind.clone(), content_matches(e, lines, &keys)))
            .collect();
        assert_eq!(
            verdicts,
            [
                ("user_added".to_string(), Ok(true)),
                ("receive".to_string(), Ok(false)),
                ("dispense".to_string(), Ok(false)),
            ],
            "events are hashed with location codes, so renaming one breaks exactly the events at it"
        );
    }

    #[test]
    fn a_row_id_with_no_key_is_named_by_a_placeholder_no_key_can_equal() {
        let keys = Keys::default();
        assert_eq!(
            (keys.location(Some(7)), keys.location(None), keys.user(3)),
            (Some("<unknown location>"), None, "<unknown user>"),
            "a deleted location must still be named, and no location must stay absent"
        );
    }

    fn event_in(format: i64, subject: (Option<i64>, Option<&str>, Option<bool>)) -> StoredEvent {
        StoredEvent {
            seq: 1,
            id: "e".into(),
            site: 1,
            kind: "user_added".into(),
            occurred_at: "2026-11-22T08:00:00.000Z".into(),
            occurred_offset: 60,
            recorded_at: "2026-11-22T08:00:00.000Z".into(),
            actor: 1,
            location: None,
            counterparty: None,
            reference: None,
            reason: None,
            raw_scan: None,
            prev_hash: GENESIS.to_vec(),
            hash: vec![0; 32],
            signature: None,
            format,
            subject_user: subject.0,
            subject_role: subject.1.map(str::to_string),
            subject_active: subject.2,
        }
    }

    #[test]
    fn an_event_whose_format_cannot_hold_it_is_not_proved() {
        let keys = Keys::default();
        let named = (Some(2), Some("staff"), Some(true));
        assert_eq!(
            content_matches(&event_in(3, named), &[], &keys),
            Err(Unprovable::UnknownFormat(3)),
            "a format this build does not know cannot be recomputed, so it proves nothing"
        );
        assert_eq!(
            content_matches(&event_in(1, named), &[], &keys),
            Err(Unprovable::SubjectInV1),
            "format 1's bytes leave a subject out, so a v1 event naming one cannot vouch for it"
        );
        assert_eq!(
            content_matches(&event_in(1, (None, Some("admin"), None)), &[], &keys),
            Err(Unprovable::SubjectInV1),
            "even part of a subject on a v1 event was added after it was recorded"
        );
        assert_eq!(
            content_matches(&event_in(2, named), &[], &keys),
            Ok(false),
            "a v2 event with a subject is hashed, here against a hash it does not have"
        );
    }
}
