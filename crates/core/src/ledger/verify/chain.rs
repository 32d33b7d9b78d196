//! The walk of the ledger in recording order, one pass over the events and one over the lines
//! (no query per event): each event checked for lines without an event before it, its link to
//! the event before it in its site's chain, its recorded time, its subject and its hash, then
//! replayed into the state (`replay`); at the end, the recorded chain heads compared with the
//! chains walked. An incremental walk (`incremental`) starts at a checkpoint with each chain's
//! link and recorded time before it, and notes what the lines touch instead of replaying them.

use std::collections::HashMap;
use std::iter::Peekable;

use rusqlite::{Connection, MappedRows, Row};

use super::replay::Replayed;
use super::touched::Touched;
use super::{Finding, FindingKind, VerifyReport};
use crate::error::CoreResult;
use crate::ledger::clock::CLOCK_TOLERANCE;
use crate::ledger::stored::{
    content_matches, Keys, StoredEvent, StoredLine, StoredSubject, Unprovable, EVENT_COLUMNS,
    LINE_COLUMNS,
};
use crate::ledger::GENESIS;
use crate::model::{EventKind, Timestamp};

/// A chain as walked so far: its last event's sequence number and hash, and how many events.
pub(super) type Head = (i64, [u8; 32], i64);

/// What the walk leaves: the state the ledger says, and each site's chain head.
#[derive(Debug, Default)]
pub(super) struct Walked {
    pub(super) state: Replayed,
    /// Per site.
    pub(super) heads: HashMap<i64, Head>,
    /// Per site, the recorded time of the last event with a readable one.
    last_recorded: HashMap<i64, Timestamp>,
    /// The last event's sequence number.
    pub(super) last_seq: i64,
    /// The last event's stored hash, which a checkpoint records.
    pub(super) last_hash: Option<[u8; 32]>,
    /// The first event walked.
    pub(super) first_seq: Option<i64>,
    /// In an incremental walk, what the lines after the checkpoint touch (they are not replayed:
    /// the state before the checkpoint is not rebuilt).
    pub(super) touched: Option<Touched>,
}

impl Walked {
    /// A walk that starts after `last_seq`, with each site's chain as it stood there (the last
    /// event's sequence number, stored hash and recorded time), noting what lines touch in
    /// `touched`.
    pub(super) fn continuing(
        last_seq: i64,
        heads: HashMap<i64, Head>,
        last_recorded: HashMap<i64, Timestamp>,
        touched: Touched,
    ) -> Walked {
        Walked {
            heads,
            last_recorded,
            last_seq,
            touched: Some(touched),
            ..Walked::default()
        }
    }
}

type Lines<'s> = Peekable<MappedRows<'s, fn(&Row<'_>) -> rusqlite::Result<StoredLine>>>;

/// Walks every event and line in recording order.
pub(super) fn walk(
    conn: &Connection,
    keys: &Keys,
    report: &mut VerifyReport,
) -> CoreResult<Walked> {
    walk_from(conn, keys, report, Walked::default())
}

/// Walks the events and lines after `walked.last_seq` in recording order, going on from the
/// chains as `walked` holds them.
pub(super) fn walk_from(
    conn: &Connection,
    keys: &Keys,
    report: &mut VerifyReport,
    mut walked: Walked,
) -> CoreResult<Walked> {
    let after = walked.last_seq;
    let mut lines_stmt = conn.prepare(&format!(
        "SELECT {LINE_COLUMNS} FROM event_line WHERE event_seq > ?1 ORDER BY event_seq, line_no"
    ))?;
    let read_line: fn(&Row<'_>) -> rusqlite::Result<StoredLine> = StoredLine::from_row;
    let mut lines: Lines<'_> = lines_stmt.query_map([after], read_line)?.peekable();
    let mut events_stmt = conn.prepare(&format!(
        "SELECT {EVENT_COLUMNS} FROM event WHERE seq > ?1 ORDER BY seq"
    ))?;
    let mut events = events_stmt.query([after])?;
    let mut batch: Vec<StoredLine> = Vec::new();
    while let Some(r) = events.next()? {
        let e = StoredEvent::from_row(r)?;
        report.events += 1;
        let orphans = take_lines(&mut lines, e.seq, &mut batch)?;
        report.note(orphan_lines(&e, orphans, walked.last_seq));
        walked.check_event(&e, &batch, keys, report);
    }
    let trailing = lines.count();
    if trailing > 0 {
        let last_seq = walked.last_seq;
        report.add(FindingKind::OrphanLines, None, format!("{trailing} ledger line(s) after the last event (seq {last_seq}) belong to no event: the newest event(s) were deleted"));
    }
    Ok(walked)
}

/// Moves the lines of event `seq` into `batch`; returns how many lines before it belong to no
/// event. A line that cannot be read stops the walk with its error.
fn take_lines(lines: &mut Lines<'_>, seq: i64, batch: &mut Vec<StoredLine>) -> CoreResult<usize> {
    batch.clear();
    let mut orphans = 0;
    while let Some(Ok(l)) = lines.peek() {
        if l.event_seq > seq {
            break;
        }
        let Some(Ok(l)) = lines.next() else {
            // `peek` above saw an `Ok` line, so `next` returns it.
            break;
        };
        if l.event_seq < seq {
            orphans += 1;
        } else {
            batch.push(l);
        }
    }
    if let Some(Err(e)) = lines.peek() {
        return Err(rusqlite::Error::ToSqlConversionFailure(e.to_string().into()).into());
    }
    Ok(orphans)
}

impl Walked {
    /// Checks one event and replays it.
    fn check_event(
        &mut self,
        e: &StoredEvent,
        lines: &[StoredLine],
        keys: &Keys,
        report: &mut VerifyReport,
    ) {
        let (_, expected_prev, count) = self.heads.get(&e.site).copied().unwrap_or((0, GENESIS, 0));
        report.note(broken_link(e, expected_prev, self.last_seq));
        self.check_recorded_order(e, keys, report);
        report.note(partial_subject(e));
        report.note(content_changed(e, lines, keys));
        let stored: [u8; 32] = e.hash.as_slice().try_into().unwrap_or(GENESIS);
        self.heads.insert(e.site, (e.seq, stored, count + 1));
        self.last_seq = e.seq;
        self.last_hash = Some(stored);
        self.first_seq.get_or_insert(e.seq);
        report.lines += lines.len() as u64;
        if let Some(touched) = &mut self.touched {
            // A user named here is replayed whole afterwards; a user event naming nobody is
            // wrong whatever came before, so it is reported now (it changes no state).
            match e.subject() {
                StoredSubject::Named { user, .. } => {
                    touched.users.insert(user);
                }
                _ => report.note(Replayed::default().replay_user(e, keys)),
            }
            touched.note(e, lines);
            return;
        }
        report.note(self.state.replay_user(e, keys));
        self.state.count_days(e, lines);
        for l in lines {
            report.note(self.state.replay_line(e, l, keys));
        }
    }

    /// Reports an event recorded earlier than the one before it in its site's chain, beyond the
    /// tolerance for a clock that time synchronisation stepped back, unless it is an
    /// administrator's signed clock correction (told, never silently).
    fn check_recorded_order(&mut self, e: &StoredEvent, keys: &Keys, report: &mut VerifyReport) {
        let site = keys.sites.get(&e.site).map_or("?", String::as_str);
        match recorded_order(e, self.last_recorded.get(&e.site).copied(), site) {
            Err(unreadable) => report.note(Some(unreadable)),
            Ok((at, step)) => {
                match step {
                    Step::Forward => {}
                    Step::Corrected(told) => report.clock_corrections.push(told),
                    Step::TurnedBack(finding) => report.note(Some(finding)),
                }
                self.last_recorded.insert(e.site, at);
            }
        }
    }
}

/// Lines before `e` whose event does not exist: the events between were deleted.
fn orphan_lines(e: &StoredEvent, orphans: usize, last_seq: i64) -> Option<Finding> {
    let seq = e.seq;
    (orphans > 0).then(|| Finding::of_event(
        FindingKind::OrphanLines,
        e,
        format!("{orphans} ledger line(s) before event seq {seq} belong to no event: the event(s) between seq {last_seq} and {seq} were deleted"),
    ))
}

/// An event whose previous hash is not the hash of the event before it in its site's chain.
fn broken_link(e: &StoredEvent, expected_prev: [u8; 32], last_seq: i64) -> Option<Finding> {
    let (id, seq) = (&e.id, e.seq);
    (e.prev() != expected_prev).then(|| Finding::of_event(
        FindingKind::BrokenLink,
        e,
        format!(
            "event {id} (seq {seq}) does not follow the event before it in its site's chain{}: an event was removed, inserted or reordered",
            if seq != last_seq + 1 { format!(" (seq {} to {} are missing)", last_seq + 1, seq - 1) } else { String::new() }
        ),
    ))
}

/// How an event's recorded time follows the one before it in its chain.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    /// Later, or earlier within the tolerance.
    Forward,
    /// Earlier beyond the tolerance, at a signed clock correction: told, in words.
    Corrected(String),
    /// Earlier beyond the tolerance anywhere else: the clock was turned back.
    TurnedBack(Finding),
}

/// The event's recorded time and how it follows `before` (the chain's last readable one), or a
/// finding when it is not a time.
fn recorded_order(
    e: &StoredEvent,
    before: Option<Timestamp>,
    site: &str,
) -> Result<(Timestamp, Step), Finding> {
    let (id, seq, recorded) = (&e.id, e.seq, &e.recorded_at);
    let Some(at) = Timestamp::parse(recorded) else {
        return Err(Finding::of_event(
            FindingKind::ContentChanged,
            e,
            format!("event {id} (seq {seq}) has a recorded time that is not a time: '{recorded}'"),
        ));
    };
    let Some(before) = before.filter(|b| at.0 < b.0 - CLOCK_TOLERANCE) else {
        return Ok((at, Step::Forward));
    };
    let before_text = before.utc_text();
    // An administrator's signed clock correction is the one declared step back.
    if e.kind == EventKind::ClockCorrected.as_str() {
        return Ok((at, Step::Corrected(format!(
            "event {id} (seq {seq}) in site {site}'s chain, a signed clock correction, set recording back from {before_text} to {recorded}"
        ))));
    }
    Ok((at, Step::TurnedBack(Finding::of_event(
        FindingKind::ClockTurnedBack,
        e,
        format!(
            "event {id} (seq {seq}) was recorded at {recorded}, earlier than the event before it in site {site}'s chain ({before_text}) by more than {} minutes: the computer's clock was turned back",
            CLOCK_TOLERANCE.num_minutes()
        ),
    ))))
}

/// An event naming a user without their role and active flag, or a role without a user.
fn partial_subject(e: &StoredEvent) -> Option<Finding> {
    let (id, seq, kind) = (&e.id, e.seq, &e.kind);
    (e.subject() == StoredSubject::Partial).then(|| Finding::of_event(
        FindingKind::ContentChanged,
        e,
        format!("event {id} (seq {seq}, {kind}) names a user without their role and active flag, or a role without a user: its subject was changed after it was recorded"),
    ))
}

/// An event whose stored content no longer gives its stored hash, or that cannot be hashed.
fn content_changed(e: &StoredEvent, lines: &[StoredLine], keys: &Keys) -> Option<Finding> {
    let (id, seq, kind) = (&e.id, e.seq, &e.kind);
    let message = match content_matches(e, lines, keys) {
        Ok(true) => return None,
        Ok(false) => format!(
            "event {id} (seq {seq}, {kind} at {}) no longer matches its hash: its fields, its {} line(s), or master data it names (GTIN, location, partner, user codes) were changed after it was recorded",
            e.occurred_at,
            lines.len()
        ),
        Err(Unprovable::UnknownFormat(n)) => format!("event {id} (seq {seq}, {kind}) says it is in ledger format {n}, which this version of Custody does not know: its format was changed, or a newer Custody wrote it"),
        Err(Unprovable::SubjectInV1) => format!("event {id} (seq {seq}, {kind}) is in ledger format 1, which has no user subject, but names one: its fields were changed after it was recorded"),
    };
    Some(Finding::of_event(FindingKind::ContentChanged, e, message))
}

/// Whether the walk counted each chain's events from its start, so the recorded counts can be
/// compared too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Counted {
    /// From the chain's first event: the recorded count is compared.
    Whole,
    /// From a checkpoint: only the last event and its hash are compared (events removed before
    /// the checkpoint are for `verify --full`).
    SinceCheckpoint,
}

/// The recorded chain heads compared with the chains walked: a head that does not match means
/// events were removed from the end or added without the chain.
pub(super) fn chain_heads(
    conn: &Connection,
    heads: &HashMap<i64, Head>,
    keys: &Keys,
    counted: Counted,
) -> CoreResult<Vec<Finding>> {
    let mut stmt = conn.prepare("SELECT site_id, last_seq, last_hash, events FROM chain_head")?;
    let recorded: Vec<(i64, i64, Vec<u8>, i64)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<Result<_, _>>()?;
    let site_name = |site: &i64| keys.sites.get(site).map_or("?", String::as_str);
    let mut findings = Vec::new();
    for (site, (seq, hash, n)) in heads {
        let name = site_name(site);
        match recorded.iter().find(|h| h.0 == *site) {
            None => findings.push(Finding::general(
                FindingKind::ChainHead,
                format!("site {name} has {n} events but no recorded chain head"),
            )),
            Some((_, rseq, rhash, rn)) => {
                let count_differs = counted == Counted::Whole && rn != n;
                if rseq != seq || rhash.as_slice() != hash.as_slice() || count_differs {
                    findings.push(Finding::general(
                        FindingKind::ChainHead,
                        format!("site {name}: the chain head records {rn} events ending at seq {rseq}, but the ledger has {} ending at seq {seq}: events were removed from the end or added without the chain", if counted == Counted::Whole { n.to_string() } else { "its chain".to_string() }),
                    ));
                }
            }
        }
    }
    for (site, rseq, _, rn) in &recorded {
        if !heads.contains_key(site) {
            findings.push(Finding::general(
                FindingKind::ChainHead,
                format!(
                    "site {} records {rn} events ending at seq {rseq}, but the ledger has none",
                    site_name(site)
                ),
            ));
        }
    }
    Ok(findings)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(seq: i64, kind: &str, recorded_at: &str) -> StoredEvent {
        StoredEvent {
            seq,
            id: format!("e{seq}"),
            site: 1,
            kind: kind.into(),
            occurred_at: recorded_at.into(),
            occurred_offset: 0,
            recorded_at: recorded_at.into(),
            actor: 1,
            location: None,
            counterparty: None,
            reference: None,
            reason: None,
            raw_scan: None,
            prev_hash: vec![1; 32],
            hash: vec![2; 32],
            signature: None,
            format: 2,
            subject_user: None,
            subject_role: None,
            subject_active: None,
        }
    }

    fn at(text: &str) -> Timestamp {
        Timestamp::parse(text).unwrap()
    }

    #[test]
    fn a_link_to_another_hash_is_broken_and_names_the_missing_events() {
        let e = event(7, "receive", "2026-12-01T10:00:00Z");
        assert_eq!(
            broken_link(&e, [1; 32], 6),
            None,
            "an event chained to the hash before it is linked"
        );
        let found = broken_link(&e, [3; 32], 4).expect("a different previous hash is a break");
        assert_eq!(found.kind, FindingKind::BrokenLink, "{found:?}");
        assert_eq!(
            found.seq,
            Some(7),
            "the finding names the event that does not follow"
        );
        assert!(
            found.message.contains("(seq 5 to 6 are missing)"),
            "a gap in the sequence says which events went: {}",
            found.message
        );
    }

    #[test]
    fn lines_without_an_event_are_found_only_when_there_are_some() {
        let e = event(9, "receive", "2026-12-01T10:00:00Z");
        assert_eq!(orphan_lines(&e, 0, 8), None, "no stray lines, no finding");
        let found = orphan_lines(&e, 2, 6).expect("stray lines are a finding");
        assert_eq!(found.kind, FindingKind::OrphanLines);
        assert!(
            found.message.contains("between seq 6 and 9 were deleted"),
            "{}",
            found.message
        );
    }

    #[test]
    fn a_step_back_is_a_turned_back_clock_unless_it_is_the_signed_correction() {
        let before = Some(at("2026-12-01T10:00:00Z"));
        let small = event(2, "receive", "2026-12-01T09:59:00Z");
        assert_eq!(
            recorded_order(&small, before, "STMARY").map(|(_, s)| s),
            Ok(Step::Forward),
            "a step back within the tolerance is time synchronisation, not tampering"
        );
        let back = event(2, "receive", "2026-12-01T09:00:00Z");
        let Ok((_, Step::TurnedBack(found))) = recorded_order(&back, before, "STMARY") else {
            panic!("an hour back at an ordinary event must be reported");
        };
        assert_eq!(found.kind, FindingKind::ClockTurnedBack, "{found:?}");
        let correction = event(2, "clock_corrected", "2026-12-01T09:00:00Z");
        let Ok((at_correction, Step::Corrected(told))) =
            recorded_order(&correction, before, "STMARY")
        else {
            panic!("the signed correction is told, not reported as tampering");
        };
        assert!(told.contains("site STMARY's chain"), "{told}");
        assert_eq!(
            at_correction,
            at("2026-12-01T09:00:00Z"),
            "the events after a correction follow its time"
        );
        let unreadable = event(2, "receive", "yesterday");
        assert_eq!(
            recorded_order(&unreadable, before, "STMARY").map_err(|f| f.kind),
            Err(FindingKind::ContentChanged),
            "a recorded time that is not a time was changed after it was written"
        );
    }

    #[test]
    fn a_subject_in_part_is_a_changed_event() {
        let mut e = event(3, "user_added", "2026-12-01T10:00:00Z");
        assert_eq!(partial_subject(&e), None, "no subject at all is whole");
        e.subject_role = Some("admin".into());
        assert_eq!(
            partial_subject(&e).map(|f| f.kind),
            Some(FindingKind::ContentChanged),
            "a role without a user was written by no appender"
        );
    }
}
