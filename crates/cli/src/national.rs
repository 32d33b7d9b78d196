//! `custody national …`: the site's national system and moment, the queue in figures and by
//! state, a failed request again, and one pass of the drainer, through `custody_api::national`.

use anyhow::Result;
use custody_api::national::drainer::{DrainerState, DrainerStatus};
use custody_api::national::{self, run, NationalChoice, NationalQueueRequest, NationalRetry};
use custody_api::Cx;
use custody_core::national::{NvsQueued, NvsShown};

use crate::args::{NationalCommand, Shown};
use crate::output;
use crate::speech::{headers, t};
use crate::sync::local;

/// `custody national …`: one function per subcommand.
pub fn run(cx: &mut Cx<'_>, c: NationalCommand, as_json: bool) -> Result<i32> {
    match c {
        NationalCommand::Settings {
            market,
            check,
            window_hours,
        } => settings(cx, (market, check, window_hours), as_json),
        NationalCommand::Status => status(cx, as_json),
        NationalCommand::Queue { shown, limit } => queue(cx, shown, limit, as_json),
        NationalCommand::Retry { id } => {
            let retried = national::retry(cx, NationalRetry { id })?;
            if as_json {
                output::json(&retried);
            } else {
                println!("{}", t!("national-retried", old = id, new = retried.id));
            }
            Ok(0)
        }
        NationalCommand::Drain => drain(cx, as_json),
    }
}

/// The market, the moment and the window given, if any.
type Choice = (Option<String>, Option<String>, Option<u32>);

fn settings(cx: &mut Cx<'_>, (market, check, window_hours): Choice, as_json: bool) -> Result<i32> {
    let chosen = match check {
        Some(check) => national::set_settings(
            cx,
            NationalChoice {
                market,
                check,
                window_hours,
            },
        )?,
        None if market.is_some() || window_hours.is_some() => {
            anyhow::bail!(t!("national-check-needed"))
        }
        None => national::settings(cx, ())?,
    };
    if as_json {
        output::json(&chosen);
    } else {
        let market = chosen.market.unwrap_or_else(|| t!("national-no-market"));
        println!(
            "{}",
            t!(
                "national-settings",
                market = market,
                check = chosen.check.as_str(),
                hours = chosen.window_hours
            )
        );
    }
    Ok(0)
}

fn status(cx: &mut Cx<'_>, as_json: bool) -> Result<i32> {
    let s = national::summary(cx, ())?;
    if as_json {
        output::json(&s);
        return Ok(0);
    }
    let now = cx.now()?;
    let s_drainer = &s.drainer;
    let s = &s.queue;
    println!(
        "{}",
        t!(
            "national-status",
            waiting = s.pending + s.sent,
            pending = s.pending,
            sent = s.sent,
            alerts = s.alerts,
            failed = s.failed
        )
    );
    println!("{}", drainer_line(s_drainer));
    if let Some(at) = &s.oldest_waiting_at {
        let words = s.oldest_waiting_words.as_deref().unwrap_or("-");
        println!(
            "{}",
            t!("national-oldest", at = local(at, now), words = words)
        );
    }
    if s.alerts_after_supply > 0 {
        println!(
            "{}",
            t!("national-follow-up", count = s.alerts_after_supply)
        );
    }
    if let (true, Some(end)) = (s.window_warning, &s.window_ends_at) {
        println!("{}", t!("national-window", at = local(end, now)));
    }
    Ok(0)
}

/// Whether anything can leave: another drainer holds the lock, the file is missing or refused,
/// or nothing drains.
fn drainer_line(d: &DrainerStatus) -> String {
    let path = d.config_path.as_str();
    let reason = d.reason.as_deref().unwrap_or("-");
    match d.state {
        DrainerState::Running if d.own => t!("national-drainer-running"),
        DrainerState::Running | DrainerState::LockedByAnother => {
            t!("national-drainer-elsewhere")
        }
        DrainerState::NotConfigured => t!("national-drainer-not-configured", path = path),
        DrainerState::ConfigRefused => {
            t!("national-drainer-refused", path = path, reason = reason)
        }
        DrainerState::Stopped if d.reason.is_some() => {
            t!("national-drainer-unavailable", reason = reason)
        }
        DrainerState::Stopped => t!("national-drainer-stopped", path = path),
    }
}

fn queue(cx: &mut Cx<'_>, shown: Shown, limit: Option<u32>, as_json: bool) -> Result<i32> {
    let shown = match shown {
        Shown::Waiting => NvsShown::Waiting,
        Shown::Done => NvsShown::Done,
        Shown::Alerts => NvsShown::Alerts,
        Shown::Failed => NvsShown::Failed,
    };
    let listed = national::queue(cx, NationalQueueRequest { shown, limit })?;
    if as_json {
        output::json(&listed);
        return Ok(0);
    }
    let now = cx.now()?;
    let rows: Vec<Vec<String>> = listed.iter().map(|q| row(q, now)).collect();
    output::table(
        &headers(&[
            "national-col-id",
            "national-col-queued",
            "national-col-state",
            "national-col-asks",
            "national-col-pack",
            "national-col-product",
            "national-col-tries",
            "national-col-answer",
        ]),
        &rows,
    );
    Ok(0)
}

fn row(q: &NvsQueued, now: custody_core::Timestamp) -> Vec<String> {
    let r = &q.request;
    let asks = match r.reason {
        Some(why) => format!("{} ({})", r.kind.as_str(), why.as_str()),
        None => r.kind.as_str().to_string(),
    };
    let answer = [
        r.return_code.as_deref(),
        r.words.as_deref(),
        r.alert_id.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    vec![
        r.id.to_string(),
        local(&q.created_at, now),
        r.state.as_str().to_string(),
        asks,
        format!("{} {}", r.gtin, r.serial),
        q.product_name.clone(),
        r.attempts.to_string(),
        answer,
    ]
}

fn drain(cx: &mut Cx<'_>, as_json: bool) -> Result<i32> {
    cx.me()?;
    let db = cx.host().path().to_path_buf();
    let systems = run::configured_systems(&db)?;
    let figures = run::drain_now(&db, &systems)?;
    if as_json {
        output::json(&figures);
    } else {
        println!(
            "{}",
            t!(
                "national-drained",
                singles = figures.singles,
                bulks = figures.bulks,
                reverified = figures.reverified,
                done = figures.done,
                alerts = figures.alerts,
                failed = figures.failed,
                retried = figures.retried
            )
        );
    }
    Ok(0)
}
