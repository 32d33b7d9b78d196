//! A clock that cannot be turned back: recorded times never go backwards in a site's chain, and
//! what a person says happened earlier is its occurred time, within the site's late-entry window.

use chrono::Duration;
use custody_core::ledger::verify::FindingKind;
use custody_core::ledger::{Appender, NewEvent};
use custody_core::movement::{Movement, ScanInput, ScanSession};
use custody_core::*;

use crate::fixtures::{now, pharmacy, Pharmacy};

fn at(t: Timestamp, d: Duration) -> Timestamp {
    Timestamp(t.0 + d)
}

/// Appends one event through a person's appender recording at `recorded`.
fn append_at(p: &Pharmacy, recorded: Timestamp, e: &NewEvent) -> CoreResult<()> {
    let mut conn = p.sqlite();
    let tx = conn.transaction().unwrap();
    {
        let mut a = Appender::new(&tx, recorded)?;
        a.append(&p.admin, e)?;
        a.finish()?;
    }
    tx.commit().unwrap();
    Ok(())
}

fn recorded_times(p: &Pharmacy) -> Vec<String> {
    p.sqlite()
        .prepare("SELECT recorded_at FROM event ORDER BY seq")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn receive_now(p: &Pharmacy, serial: &str, t: Timestamp) -> NewEvent {
    NewEvent {
        occurred_at: t,
        ..p.receive(serial)
    }
}

#[test]
fn an_append_recorded_before_the_chain_head_is_refused_as_a_clock_turned_back() {
    let p = pharmacy();
    append_at(&p, now(), &p.receive("S1")).unwrap();
    let events = p.store.summary().unwrap().events;
    let an_hour_ago = at(now(), Duration::hours(-1));
    let err = append_at(&p, an_hour_ago, &receive_now(&p, "S2", an_hour_ago)).unwrap_err();
    assert!(
        err.code() == "ledger.clock_behind" && err.args()["site"] == "STMARY",
        "a clock an hour behind the chain head must be refused, naming the site: {err:?}"
    );
    assert!(
        err.to_string().contains("clock"),
        "the English sentence says it is about the computer's clock: {err}"
    );
    assert_eq!(
        p.store.summary().unwrap().events,
        events,
        "nothing is recorded when the clock is behind"
    );
}

#[test]
fn a_clock_stepped_back_within_the_tolerance_records_at_the_head_time() {
    let p = pharmacy();
    append_at(&p, now(), &p.receive("S1")).unwrap();
    let stepped = at(now(), Duration::seconds(-90));
    append_at(&p, stepped, &receive_now(&p, "S2", stepped)).unwrap();
    let times = recorded_times(&p);
    let n = times.len();
    assert_eq!(
        times[n - 1],
        times[n - 2],
        "a clock 90 s behind the head records at the head's time, so the chain never goes back"
    );
    let r = p.store.verify(&p.admin).unwrap();
    assert!(r.is_intact(), "{:?}", r.findings);
}

#[test]
fn small_steps_back_cannot_add_up_to_a_large_one() {
    let p = pharmacy();
    append_at(&p, now(), &p.receive("S1")).unwrap();
    // Each step is within the tolerance of the one before, but the chain keeps the head's time,
    // so the third is three minutes behind the head and refused.
    let minus = |s: i64| at(now(), Duration::seconds(-s));
    append_at(&p, minus(90), &receive_now(&p, "S2", minus(90))).unwrap();
    let err = append_at(&p, minus(180), &receive_now(&p, "S3", minus(180))).unwrap_err();
    assert!(
        err.code() == "ledger.clock_behind",
        "a clock stepped back twice by 90 s is 3 minutes behind the head: {err:?}"
    );
}

#[test]
fn a_clock_that_moves_forward_records_its_own_time() {
    let p = pharmacy();
    append_at(&p, now(), &p.receive("S1")).unwrap();
    let later = at(now(), Duration::minutes(5));
    append_at(&p, later, &receive_now(&p, "S2", later)).unwrap();
    assert_eq!(
        recorded_times(&p).last().unwrap(),
        &later.utc_text(),
        "a clock ahead of the head is simply the time"
    );
}

#[test]
fn verify_reports_an_event_recorded_earlier_than_the_one_before_it() {
    let mut p = pharmacy();
    let evs = p.append(&[p.receive("S1"), p.receive("S2"), p.receive("S3")]);
    let conn = p.sqlite();
    conn.execute_batch("DROP TRIGGER event_no_update").unwrap();
    conn.execute(
        "UPDATE event SET recorded_at = '2026-11-21T08:00:00.000000Z' WHERE seq = ?1",
        [evs[1].seq],
    )
    .unwrap();
    conn.execute(
        "UPDATE event SET recorded_at = '2026-11-22T07:59:00.000000Z' WHERE seq = ?1",
        [evs[2].seq],
    )
    .unwrap();
    conn.execute_batch("CREATE TRIGGER event_no_update BEFORE UPDATE ON event BEGIN SELECT RAISE(ABORT, 'x'); END;")
        .unwrap();
    let r = p.store.verify(&p.admin).unwrap();
    let turned: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::ClockTurnedBack)
        .collect();
    assert_eq!(
        turned.len(),
        1,
        "a day back is reported, the minute back after it is within the tolerance: {:?}",
        r.findings
    );
    assert_eq!(
        turned[0].event_id.as_deref(),
        Some(evs[1].id.as_str()),
        "the event recorded a day before the one before it is named"
    );
    assert!(turned[0].message.contains("clock"), "{}", turned[0].message);
}

fn receive_session(p: &Pharmacy, occurred: Option<Timestamp>) -> ScanSession {
    let mut s = ScanSession::new(Movement::Receive, p.main.id);
    s.counterparty = Some(p.supplier.id);
    s.reference = Some("PO-LATE".into());
    s.occurred_at = occurred;
    s
}

fn scan(p: &mut Pharmacy, occurred: Option<Timestamp>, serial: &str) -> CoreResult<()> {
    let session = receive_session(p, occurred);
    let admin = p.admin.clone();
    let input = ScanInput {
        raw: format!("]d2010950600013435217281231103L1\u{1d}21{serial}"),
        ..Default::default()
    };
    let v = p.store.scan(&admin, &session, &input, now())?;
    assert!(v.recorded.is_some(), "{}", v.message);
    Ok(())
}

#[test]
fn a_late_entered_receipt_keeps_when_it_happened_beside_when_it_was_recorded() {
    let mut p = pharmacy();
    let friday = at(now(), Duration::days(-2));
    scan(&mut p, Some(friday), "LATE1").unwrap();
    let h = p
        .store
        .unit_history(&p.admin, "09506000134352", "LATE1", now().local_date())
        .unwrap();
    assert_eq!(
        h.events[0].occurred_at,
        friday.to_string(),
        "the occurred time is the one the person gave"
    );
    assert_eq!(
        h.events[0].recorded_at,
        now().utc_text(),
        "the recorded time is the clock's, shown beside it"
    );
    let r = p.store.verify(&p.admin).unwrap();
    assert!(r.is_intact(), "{:?}", r.findings);
}

#[test]
fn a_person_may_enter_at_most_the_late_entry_window_back_and_nothing_in_the_future() {
    let mut p = pharmacy();
    assert_eq!(
        p.store.late_entry_days().unwrap(),
        3,
        "a new site lets people enter what happened up to three days back"
    );
    let before = p.store.summary().unwrap().events;
    let err = scan(&mut p, Some(at(now(), Duration::days(-4))), "OLD1").unwrap_err();
    assert!(
        err.code() == "ledger.occurred_too_early" && err.args()["days"] == 3,
        "four days back is beyond a three-day window, which the refusal names: {err:?}"
    );
    let err = scan(&mut p, Some(at(now(), Duration::hours(1))), "SOON1").unwrap_err();
    assert!(
        err.code() == "ledger.occurred_in_future",
        "what has not happened yet cannot be recorded: {err:?}"
    );
    assert_eq!(
        p.store.summary().unwrap().events,
        before,
        "a refused occurred time records nothing"
    );

    let admin = p.admin.clone();
    p.store.set_late_entry_days(&admin, 7, now()).unwrap();
    scan(&mut p, Some(at(now(), Duration::days(-4))), "OLD1")
        .expect("four days back is within a seven-day window");
    p.store.set_late_entry_days(&admin, 0, now()).unwrap();
    let err = scan(&mut p, Some(at(now(), Duration::hours(-1))), "OLD2").unwrap_err();
    assert!(
        err.code() == "ledger.occurred_too_early" && err.args()["days"] == 0,
        "a zero-day window allows only what happens now: {err:?}"
    );
    scan(&mut p, Some(at(now(), Duration::seconds(-60))), "NOW1")
        .expect("a minute back is within the clock tolerance even with a zero-day window");
}

#[test]
fn only_an_administrator_sets_the_late_entry_window_and_only_within_bounds() {
    let mut p = pharmacy();
    let sam = p.staff();
    let admin = p.admin.clone();
    assert!(
        matches!(
            p.store.set_late_entry_days(&sam, 10, now()),
            Err(e) if e.code() == "auth.forbidden"
        ),
        "staff may not widen the window they are held to"
    );
    assert!(
        matches!(
            p.store.set_late_entry_days(&admin, 40, now()),
            Err(e) if e.code() == "ledger.late_entry_out_of_range" && e.args()["max"] == 31
        ),
        "a window over 31 days is refused"
    );
    assert!(
        matches!(
            p.store.set_late_entry_days(&admin, -1, now()),
            Err(e) if e.code() == "ledger.late_entry_out_of_range"
        ),
        "a negative window is refused"
    );
    assert_eq!(p.store.late_entry_days().unwrap(), 3, "unchanged");
}

#[test]
fn history_written_by_core_is_not_held_to_the_late_entry_window() {
    let p = pharmacy();
    let last_year = at(now(), Duration::days(-365));
    let e = receive_now(&p, "H1", last_year);
    let mut conn = p.sqlite();
    let tx = conn.transaction().unwrap();
    {
        let mut person = Appender::new(&tx, now()).unwrap();
        assert!(
            matches!(
                person.append(&p.admin, &e),
                Err(e) if e.code() == "ledger.occurred_too_early"
            ),
            "a person's appender holds to the window"
        );
    }
    {
        let mut history = Appender::for_history(&tx, now()).unwrap();
        history
            .append(&p.admin, &e)
            .expect("the demo and tests write history a year back");
        let future = receive_now(&p, "H2", at(now(), Duration::days(1)));
        assert!(
            matches!(
                history.append(&p.admin, &future),
                Err(e) if e.code() == "ledger.occurred_in_future"
            ),
            "not even history happens in the future"
        );
        history.finish().unwrap();
    }
    tx.commit().unwrap();
}

#[test]
fn an_administrator_corrects_a_clock_that_ran_ahead_with_a_signed_event_and_recording_goes_on() {
    let mut p = pharmacy();
    let sam = p.staff();
    // A clock a day ahead recorded a receipt "tomorrow"; set right, the computer is refused.
    let tomorrow = at(now(), Duration::days(1));
    append_at(&p, tomorrow, &receive_now(&p, "AHEAD", tomorrow)).unwrap();
    assert!(matches!(
        append_at(&p, now(), &p.receive("S1")),
        Err(e) if e.code() == "ledger.clock_behind"
    ));
    let sam_signs = p.sign(&sam, SignatureMeaning::Approved);
    assert!(
        matches!(
            p.store
                .correct_clock(&sam, &sam_signs, "clock was a day ahead", now()),
            Err(e) if e.code() == "auth.forbidden"
        ),
        "only an administrator corrects the clock"
    );
    let admin = p.admin.clone();
    let signature = p.sign(&admin, SignatureMeaning::Approved);
    let correction = p
        .store
        .correct_clock(
            &admin,
            &signature,
            "the PC's clock was a day ahead; set right by IT",
            now(),
        )
        .expect("a signed correction by an administrator");
    append_at(&p, now(), &p.receive("S1")).expect("recording goes on at the corrected time");
    let r = p.store.verify(&p.admin).unwrap();
    assert!(
        r.is_intact(),
        "the declared, signed step back is not a finding: {:?}",
        r.findings
    );
    assert_eq!(
        r.clock_corrections.len(),
        1,
        "but whoever checks the ledger is told of it: {:?}",
        r.clock_corrections
    );
    assert!(
        r.clock_corrections[0].contains(&tomorrow.utc_text()),
        "the note says where recording was set back from: {}",
        r.clock_corrections[0]
    );
    let (kind, signed, reference): (String, Option<String>, String) = p
        .sqlite()
        .query_row(
            "SELECT kind, signature, reference FROM event WHERE seq = ?1",
            [correction.seq],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        (kind.as_str(), signed.as_deref()),
        ("clock_corrected", Some("approved")),
        "the correction is a signed ledger event"
    );
    assert!(
        reference.contains(&tomorrow.utc_text()),
        "it names the newest time it steps back from: {reference}"
    );
    let again = p.sign(&admin, SignatureMeaning::Approved);
    assert!(
        matches!(
            p.store.correct_clock(&admin, &again, "again", now()),
            Err(e) if e.code() == "ledger.clock_not_behind"
        ),
        "a clock that is not behind has nothing to correct"
    );
}
