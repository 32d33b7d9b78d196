//! `custody sync …`: enrol the site with the hub, push, pull, both (`now`), the hub's alarms and
//! the state in words, through `custody_api::sync`. A push or a pull that ends offline, at a fork
//! or refused prints why and exits 1, so a script that syncs on a timer can back off.

use anyhow::Result;
use chrono::DateTime;
use custody_api::site::FirstRun;
use custody_api::sync::{self, PulledBack, SyncEnrol, SyncRebuild};
use custody_api::Cx;
use custody_core::sync::{FeedApplied, SyncState, SyncStatus};
use custody_core::Timestamp;

use std::path::PathBuf;

use crate::args::{RebuildArgs, SyncCommand};
use crate::context::{db_path, new_password};
use crate::output;
use crate::setup::create_or_undo;
use crate::speech::{t, text};
use serde_json::Value;

/// `custody sync …`: one function per subcommand.
pub fn run(cx: &mut Cx<'_>, c: SyncCommand, as_json: bool) -> Result<i32> {
    match c {
        SyncCommand::Enrol {
            hub,
            code,
            re_enrol,
        } => enrol(
            cx,
            SyncEnrol {
                hub,
                code,
                re_enrol,
            },
            as_json,
        ),
        SyncCommand::Push => push(cx, as_json),
        SyncCommand::Pull => pull(cx, as_json),
        SyncCommand::Now => now(cx, as_json),
        SyncCommand::Alarms { all } => alarms(cx, all, as_json),
        SyncCommand::Restore => restore(cx, as_json),
        // Dispatched before anyone signs in (`commands.rs`, [`rebuild`]): there is no database
        // to sign in to yet.
        SyncCommand::Rebuild(_) => {
            anyhow::bail!("custody sync rebuild makes a new database and signs no one in")
        }
        SyncCommand::Status => status(cx, as_json),
    }
}

/// `custody sync rebuild`: a lost site rebuilt from the hub into a new database, taken away
/// again when the rebuild does not finish (as a failed `init`).
pub fn rebuild(db: &Option<PathBuf>, a: RebuildArgs, as_json: bool) -> Result<i32> {
    let (password, password_again) = new_password(&a.admin)?;
    let request = SyncRebuild {
        first_run: FirstRun {
            demo: false,
            site_code: a.site_code,
            site_name: a.site_name,
            admin: a.admin,
            admin_name: a.admin_name,
            password,
            password_again,
        },
        hub: a.hub,
        code: a.code,
    };
    let path = db_path(db)?;
    let (created, rebuilt) = create_or_undo(path, |cx| Ok(sync::rebuild(cx, request)?))?;
    if as_json {
        let mut v = serde_json::to_value(&rebuilt)?;
        v["created"] = serde_json::json!(created);
        output::json(&v);
        return Ok(0);
    }
    if created {
        let file = path.display().to_string();
        println!("{}", t!("cli-created-database", file = file));
    }
    let r = &rebuilt.restore;
    let (site, admin) = (&rebuilt.site, &rebuilt.admin.username);
    let line = t!(
        "sync-rebuilt",
        site = site.code,
        name = site.name,
        events = counted("sync-events", r.pulled),
        admin = admin
    );
    println!("{line}");
    if r.accounts_without_password > 0 {
        let accounts = counted("sync-accounts", r.accounts_without_password);
        println!("{}", t!("sync-rebuilt-accounts", accounts = accounts));
    }
    if r.added_by_key > 0 {
        let records = counted("sync-records", r.added_by_key);
        println!("{}", t!("sync-rebuilt-records", records = records));
    }
    println!("{}", t!("sync-rebuilt-check", admin = admin));
    Ok(0)
}

fn enrol(cx: &mut Cx<'_>, request: SyncEnrol, as_json: bool) -> Result<i32> {
    let status = sync::enrol(cx, request)?;
    if as_json {
        output::json(&status);
        return Ok(exit(status.state));
    }
    let hub = status.hub.as_deref().unwrap_or_default();
    println!("{}", t!("sync-enrolled", site = status.site, hub = hub));
    for line in describe(&status, cx.now()?) {
        println!("{line}");
    }
    Ok(exit(status.state))
}

fn push(cx: &mut Cx<'_>, as_json: bool) -> Result<i32> {
    let pushed = sync::push(cx)?;
    if as_json {
        output::json(&pushed);
        return Ok(exit(pushed.status.state));
    }
    print_push(&pushed.push, &pushed.status, cx.now()?);
    Ok(exit(pushed.push.state))
}

fn pull(cx: &mut Cx<'_>, as_json: bool) -> Result<i32> {
    let pulled = sync::pull(cx)?;
    if as_json {
        output::json(&pulled);
        return Ok(pull_exit(&pulled.pull));
    }
    print_pull(&pulled.pull);
    if pulled.pull.message.is_some() {
        for line in describe(&pulled.status, cx.now()?) {
            println!("{line}");
        }
    }
    Ok(pull_exit(&pulled.pull))
}

fn now(cx: &mut Cx<'_>, as_json: bool) -> Result<i32> {
    let both = sync::push_then_pull(cx)?;
    if as_json {
        output::json(&both);
    } else {
        let at = cx.now()?;
        print_push(&both.push, &both.status, at);
        print_outcomes(&both.outcomes);
        print_pull(&both.pull);
        // A push that stopped has described the state already.
        if both.push.state == SyncState::Ok && both.pull.message.is_some() {
            for line in describe(&both.status, at) {
                println!("{line}");
            }
        }
    }
    Ok(exit(both.push.state).max(pull_exit(&both.pull)))
}

/// The outcomes of network recalls sent to the hub (patients notified, packs not traceable),
/// when there were any, and why sending stopped if it did.
fn print_outcomes(o: &sync::OutcomesReport) {
    if o.sent > 0 {
        let (sent, shown) = (o.sent, grouped(o.sent));
        let line = t!(
            "sync-outcomes-sent",
            count = sent,
            shown = shown,
            new = grouped(o.stored)
        );
        println!("{line}");
    }
    if o.refused > 0 {
        let (refused, shown) = (o.refused, grouped(o.refused));
        println!(
            "{}",
            t!("sync-outcomes-refused", count = refused, shown = shown)
        );
    }
    if let Some(message) = &o.message {
        println!("{}", t!("sync-outcomes-not-sent", message = message));
    }
}

/// 0 when the pull went to its end, 1 when it stopped (offline, refused).
fn pull_exit(p: &sync::PullReport) -> i32 {
    i32::from(p.message.is_some())
}

/// What a pull applied, and why it stopped early if it did; the state is the caller's to add.
fn print_pull(p: &sync::PullReport) {
    if let Some(message) = &p.message {
        println!("{}", t!("sync-pull-stopped", message = message));
    }
    let a = &p.applied;
    let recalls = (a.recalls.len() + a.extended.len()) as i64;
    // A change that changed nothing here (a product as this site has it, a recall entered
    // already) is counted too, so the figures add up to the changes pulled.
    let unchanged = a.changes
        - a.products_added
        - a.products_updated
        - a.partners_added
        - a.partners_updated
        - a.alarms
        - recalls;
    let line = t!(
        "sync-pulled",
        changes = counted("sync-changes", a.changes),
        pages = counted("sync-pages", p.pages),
        products_added = grouped(a.products_added),
        products_changed = grouped(a.products_updated),
        partners_added = grouped(a.partners_added),
        partners_changed = grouped(a.partners_updated),
        alarms = counted("sync-alarm-changes", a.alarms),
        recalls = counted("sync-network-recalls", recalls),
        unchanged = grouped(unchanged.max(0))
    );
    println!("{line}");
    print_applied(a);
}

/// What a pull changed that needs a person's eye: partner codes that clash, a tracking kept, the
/// network recalls entered or widened and what they held.
fn print_applied(a: &FeedApplied) {
    for c in &a.clashes {
        let line = t!(
            "sync-partner-clash",
            code = c.hub_code,
            site_name = c.site_name,
            hub_name = c.hub_name,
            kept_as = c.local_code
        );
        println!("{line}");
    }
    for gtin in &a.tracking_kept {
        println!("{}", t!("sync-tracking-kept", gtin = gtin));
    }
    for r in &a.recalls {
        let (number, title) = (&r.number, &r.title);
        let line = if r.existed {
            t!("sync-recall-linked", number = number)
        } else if r.closed {
            t!("sync-recall-entered-closed", number = number, title = title)
        } else {
            let (packs, quantity) = (counted("sync-packs", r.units), grouped(r.lot_quantity));
            t!(
                "sync-recall-entered",
                number = number,
                title = title,
                packs = packs,
                quantity = quantity
            )
        };
        println!("{line}");
    }
    // Those closed here first: they need a person to look at the stock.
    for r in a.extended.iter().filter(|r| r.closed_here) {
        let (number, added) = (&r.number, r.added.join(", "));
        println!(
            "{}",
            t!("sync-recall-widened-closed", number = number, added = added)
        );
    }
    for r in a.extended.iter().filter(|r| !r.closed_here) {
        let (number, added) = (&r.number, r.added.join(", "));
        let (packs, quantity) = (counted("sync-packs", r.units), grouped(r.lot_quantity));
        let line = t!(
            "sync-recall-widened",
            number = number,
            added = added,
            packs = packs,
            quantity = quantity
        );
        println!("{line}");
    }
}

fn alarms(cx: &mut Cx<'_>, all: bool, as_json: bool) -> Result<i32> {
    let alarms = sync::alarms(cx, all)?;
    if as_json {
        output::json(&alarms);
        return Ok(0);
    }
    if alarms.is_empty() {
        println!(
            "{}",
            if all {
                t!("sync-no-alarm")
            } else {
                t!("sync-no-open-alarm")
            }
        );
        return Ok(0);
    }
    println!("{}", t!("sync-alarms-header"));
    for a in &alarms {
        println!(
            "{}\t{}/{}\t{}\t{}\t{}\t{}\t{}",
            a.id,
            a.gtin,
            a.serial,
            a.state,
            a.patterns.join(","),
            a.sites.join(","),
            a.raised_at,
            a.closed.as_deref().unwrap_or("-")
        );
    }
    Ok(0)
}

fn print_push(p: &sync::PushFigures, status: &SyncStatus, now: Timestamp) {
    if let Some(line) = p.restored.as_ref().and_then(pulled_back) {
        println!("{line}");
    }
    if p.state == SyncState::Ok {
        let acked = grouped(p.acked_seq);
        if p.sent == 0 {
            println!("{}", t!("sync-nothing-to-push", acked = acked));
        } else {
            let (events, batches) = (
                counted("sync-events", p.sent),
                counted("sync-batches", p.batches),
            );
            let line = if p.stored < p.sent {
                let held = grouped(p.sent - p.stored);
                t!(
                    "sync-pushed-held",
                    events = events,
                    batches = batches,
                    held = held,
                    acked = acked
                )
            } else {
                t!(
                    "sync-pushed",
                    events = events,
                    batches = batches,
                    acked = acked
                )
            };
            println!("{line}");
        }
    } else {
        for line in describe(status, now) {
            println!("{line}");
        }
    }
}

fn restore(cx: &mut Cx<'_>, as_json: bool) -> Result<i32> {
    let restored = sync::restore(cx)?;
    if as_json {
        output::json(&restored);
        return Ok(exit(restored.status.state));
    }
    let r = &restored.restore;
    match pulled_back(r) {
        Some(line) => println!("{line}"),
        None if r.state == SyncState::Ok => println!(
            "{}",
            t!(
                "sync-nothing-to-pull-back",
                acked = grouped(restored.status.acked_seq)
            )
        ),
        None => {}
    }
    if r.state != SyncState::Ok {
        for line in describe(&restored.status, cx.now()?) {
            println!("{line}");
        }
    }
    Ok(exit(r.state))
}

/// "Pulled back events 101–200 from the hub.", with the accounts that came back without a
/// password; none when nothing was pulled back.
fn pulled_back(r: &PulledBack) -> Option<String> {
    let (Some(from), Some(to)) = (r.from_seq, r.to_seq) else {
        return None;
    };
    let (first, last) = (grouped(from), grouped(to));
    let pulled = if from == to {
        t!("sync-pulled-back-one", event = first)
    } else {
        t!("sync-pulled-back", first = first, last = last)
    };
    Some(match r.accounts_without_password {
        0 => pulled,
        n => {
            let accounts = counted("sync-accounts", n);
            format!(
                "{pulled} {}",
                t!("sync-accounts-without-password", accounts = accounts)
            )
        }
    })
}

fn status(cx: &mut Cx<'_>, as_json: bool) -> Result<i32> {
    let status = sync::status(cx)?;
    if as_json {
        output::json(&status);
    } else {
        for line in describe(&status, cx.now()?) {
            println!("{line}");
        }
    }
    Ok(0)
}

/// 0 when the site is in step with the hub (or simply not enrolled), 1 when a push stopped.
fn exit(state: SyncState) -> i32 {
    match state {
        SyncState::Ok | SyncState::NotEnrolled => 0,
        SyncState::Offline | SyncState::Fork | SyncState::Suspended | SyncState::Refused => 1,
    }
}

/// The status in words: the state first ("synced 2 min ago", "offline since 09:12, 143 events
/// waiting", "fork: call the hub administrator"), then the figures.
pub fn describe(s: &SyncStatus, now: Timestamp) -> Vec<String> {
    let waiting = counted("sync-events", s.waiting);
    let said = |m: &Option<String>| m.as_deref().map(|m| format!(" ({m})")).unwrap_or_default();
    let message = said(&s.message);
    let first = match s.state {
        SyncState::NotEnrolled => return vec![t!("sync-not-enrolled", waiting = waiting)],
        SyncState::Ok => match &s.last_success_at {
            Some(at) => t!("sync-synced", ago = ago(at, now), waiting = waiting),
            None => t!("sync-enrolled-nothing-pushed", waiting = waiting),
        },
        SyncState::Offline => match s.offline_since.as_deref() {
            Some(at) => t!(
                "sync-offline-since",
                at = local(at, now),
                waiting = waiting,
                message = message
            ),
            None => t!("sync-offline", waiting = waiting, message = message),
        },
        SyncState::Fork => t!("sync-fork", message = message, waiting = waiting),
        SyncState::Suspended => t!("sync-suspended", message = message, waiting = waiting),
        SyncState::Refused => t!("sync-refused", message = message, waiting = waiting),
    };
    let hub = s.hub.as_deref().unwrap_or_default();
    let (acked, last) = (grouped(s.acked_seq), grouped(s.last_seq));
    vec![
        first,
        t!(
            "sync-hub",
            hub = hub,
            site = s.site,
            acked = acked,
            last = last
        ),
    ]
}

/// How long ago a stored UTC time was: "just now", "2 min ago", "3 h ago", else its date.
fn ago(utc: &str, now: Timestamp) -> String {
    let Ok(then) = DateTime::parse_from_rfc3339(utc) else {
        return utc.to_string();
    };
    let minutes = (now.0 - then).num_minutes();
    match minutes {
        ..=0 => t!("sync-just-now"),
        1..=59 => t!("sync-minutes-ago", minutes = minutes),
        60..=2879 => t!("sync-hours-ago", hours = minutes / 60),
        _ => t!("sync-on", date = local(utc, now)),
    }
}

/// A stored UTC time in the clock's time zone: the time alone today, else with its date.
pub(crate) fn local(utc: &str, now: Timestamp) -> String {
    let Ok(then) = DateTime::parse_from_rfc3339(utc) else {
        return utc.to_string();
    };
    let then = then.with_timezone(now.0.offset());
    if then.date_naive() == now.0.date_naive() {
        then.format("%H:%M").to_string()
    } else {
        then.format("%Y-%m-%d %H:%M").to_string()
    }
}

/// `1 event`, `1,204 events`: the line `id` with the number (`count`, for the plural) and
/// how it is shown (`shown`, grouped by thousands).
fn counted(id: &str, n: i64) -> String {
    text(
        id,
        &[
            ("count", Value::from(n)),
            ("shown", Value::from(grouped(n))),
        ],
    )
}

/// A number with the spoken language's thousands separator: 1204 → "1,204" ("1 204" in French).
fn grouped(n: i64) -> String {
    custody_messages::signed_thousands(crate::speech::lang(), n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        Timestamp::parse(text).unwrap()
    }

    fn status(state: SyncState) -> SyncStatus {
        SyncStatus {
            state,
            hub: Some("https://hub.example".into()),
            site: "NORTH".into(),
            enrolled_at: Some("2026-12-01T07:00:00.000000Z".into()),
            acked_seq: 4977,
            last_seq: 5120,
            waiting: 143,
            last_success_at: Some("2026-12-01T08:10:00.000000Z".into()),
            offline_since: Some("2026-12-01T08:12:00.000000Z".into()),
            refusal_code: None,
            message: None,
        }
    }

    #[test]
    fn the_status_reads_as_the_status_bar_will() {
        let now = at("2026-12-01T09:12:00+01:00");
        assert_eq!(
            describe(&status(SyncState::Ok), now)[0],
            "Synced 2 min ago; 143 events waiting.",
            "the time since the last push, in minutes"
        );
        assert_eq!(
            describe(&status(SyncState::Offline), now)[0],
            "Offline since 09:12, 143 events waiting.",
            "offline since a local time today"
        );
        assert!(
            describe(&status(SyncState::Fork), now)[0]
                .starts_with("Fork: call the hub administrator"),
            "a fork tells the person whom to call"
        );
        assert_eq!(
            describe(&status(SyncState::Ok), now)[1],
            "Hub https://hub.example, site NORTH: the hub holds up to event 4,977 of 5,120."
        );
    }

    #[test]
    fn numbers_are_grouped_by_thousands() {
        assert_eq!(
            (grouped(0), grouped(999), grouped(1204), grouped(1_000_000)),
            ("0".into(), "999".into(), "1,204".into(), "1,000,000".into()),
            "large counts stay readable"
        );
        assert_eq!(counted("sync-batches", 1), "1 batch");
        assert_eq!(counted("sync-packs", 1204), "1,204 packs");
    }

    #[test]
    fn an_old_success_is_given_by_its_date() {
        let now = at("2026-12-05T09:00:00+01:00");
        assert_eq!(
            ago("2026-12-01T08:10:00.000000Z", now),
            "on 2026-12-01 09:10"
        );
        assert_eq!(ago("2026-12-05T05:00:00.000000Z", now), "3 h ago");
    }
}
