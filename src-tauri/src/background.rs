//! The work the app does while its window is open, each on a thread of its own: the daily
//! backup (as `custody:backup`), the daily alert (as `custody:alerts`) and the keeper of the
//! levels lists.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use custody_api::{Host, SystemClock};

/// How often the backup thread looks, and how old the newest backup may get.
const BACKUP_CHECK: Duration = Duration::from_secs(600);
const BACKUP_EVERY: chrono::Duration = chrono::Duration::hours(24);

/// Lowers the calling thread, and the threads it starts, to the weakest ordinary priority:
/// nice 19 (a weight of 15 against the window's 1,024) and, on Linux, `SCHED_BATCH`, so the
/// scheduler treats it as the long job it is. The whole file's check and the backup read
/// gigabytes: on a two-core computer they took the second core from the window's scans and
/// lists while they ran. Not `SCHED_IDLE`: a backup takes the write lock for a moment
/// (recording its checkpoint), and a thread that runs only when nothing else wants the
/// processor could keep a scan waiting behind it. A refusal leaves the thread as it was.
pub(crate) fn behind_the_window() {
    use thread_priority::{ThreadPriority, ThreadSchedulePolicy};
    #[cfg(target_os = "linux")]
    let lowered = thread_priority::set_thread_priority_and_policy(
        thread_priority::thread_native_id(),
        ThreadPriority::Min,
        ThreadSchedulePolicy::Normal(thread_priority::NormalThreadSchedulePolicy::Batch),
    );
    #[cfg(not(target_os = "linux"))]
    let lowered = thread_priority::set_current_thread_priority(ThreadPriority::Min);
    if let Err(e) = lowered {
        eprintln!("custody: background work keeps the window's priority: {e:?}");
    }
}

/// Takes a verified backup whenever the newest one in `dir` is a day old (or there is none),
/// while the app runs, as the backup principal (`custody:backup`), whoever is signed in, behind
/// the window ([`behind_the_window`]). Failures are reported and retried at the next check.
pub(crate) fn schedule_backups(path: PathBuf, folder: Arc<Mutex<PathBuf>>) {
    std::thread::spawn(move || {
        behind_the_window();
        loop {
            let Some(dir) = folder.lock().ok().map(|d| d.clone()) else {
                return;
            };
            // A folder that holds the database itself is refused when chosen; one given on the
            // command line is refused here, each time, rather than backed up into.
            if let Err(why) = custody_api::files::check_backup_folder(&dir, &path) {
                eprintln!("custody: no daily backup: {why}");
                std::thread::sleep(BACKUP_CHECK);
                continue;
            }
            let due = match custody_core::backup::list(&dir) {
                Ok(list) => list.first().is_none_or(|newest| {
                    chrono::NaiveDateTime::parse_from_str(&newest.taken, "%Y%m%d-%H%M%S")
                        .map(|t| chrono::Utc::now().naive_utc() - t >= BACKUP_EVERY)
                        .unwrap_or(true)
                }),
                Err(e) => {
                    eprintln!("custody: cannot read the backup folder: {e}");
                    false
                }
            };
            if due {
                let result = Host::open(&path, Arc::new(SystemClock))
                    .and_then(|mut host| custody_api::jobs::backup(&mut host, &dir));
                match result {
                    Ok((info, _)) => eprintln!("custody: backup {} verified", info.path),
                    Err(e) => eprintln!("custody: the daily backup failed: {e}"),
                }
            }
            std::thread::sleep(BACKUP_CHECK);
        }
    });
}

/// At start and then once a day while the app runs, a desktop notification of what needs
/// attention (expired and expiring stock, shortages, open recalls), when anything does; read
/// (and noted as sent) by the alerts principal, `custody:alerts`.
pub(crate) fn schedule_alerts(app: tauri::AppHandle, path: PathBuf) {
    use tauri_plugin_notification::NotificationExt;
    std::thread::spawn(move || loop {
        let due = Host::open(&path, Arc::new(SystemClock))
            .and_then(|mut host| custody_api::jobs::daily_alert(&mut host));
        match due {
            Ok(Some(a)) => {
                if let Some(body) = alert_text(&a) {
                    let shown = app
                        .notification()
                        .builder()
                        .title("Custody: needs attention")
                        .body(&body)
                        .show();
                    if let Err(e) = shown {
                        eprintln!("custody: {body} (no desktop notification: {e})");
                    }
                }
            }
            Ok(None) => {}
            Err(e) => eprintln!("custody: the daily alert failed: {e}"),
        }
        std::thread::sleep(BACKUP_CHECK);
    });
}

/// How often the keeper of the levels lists looks whether the database changed.
const LOOK_EVERY: Duration = Duration::from_secs(2);

/// Looks every couple of seconds, on `host` (a connection of the keeper's own), whether the
/// shortage list and the whole expiry list need computing again, as custody-api's keeper decides
/// ([`custody_api::jobs::keep_lists`]), after it has prepared Home's figures
/// ([`custody_api::jobs::prepare_home`]). A failure is said once, and tried again at the next look.
pub(crate) fn keep_lists(mut host: Host) {
    if let Err(e) = custody_api::jobs::prepare_home(&mut host) {
        eprintln!("custody: Home's figures could not be prepared: {e}");
    }
    let mut said = None;
    loop {
        std::thread::sleep(LOOK_EVERY);
        match custody_api::jobs::keep_lists(&mut host) {
            Ok(()) => said = None,
            Err(e) if said.as_ref() != Some(&e.code) => {
                eprintln!("custody: the shortage and expiry lists could not be kept: {e}");
                said = Some(e.code);
            }
            Err(_) => {}
        }
    }
}

/// The notification's text, or nothing when nothing needs attention.
pub fn alert_text(a: &custody_core::levels::Attention) -> Option<String> {
    let parts: Vec<String> = [
        (a.expired_in_stock, "pack(s) expired in stock".to_string()),
        (
            a.expiring_soon,
            format!("expiring within {} days", a.soon_days),
        ),
        (a.shortages, "shortage(s)".to_string()),
        (a.open_recalls, "open recall(s)".to_string()),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, what)| format!("{n} {what}"))
    .collect();
    (!parts.is_empty()).then(|| parts.join(", ") + ".")
}

#[cfg(test)]
mod tests {
    /// Scheduling policies and nice values are Linux's.
    #[cfg(target_os = "linux")]
    mod linux {
        use thread_priority::{NormalThreadSchedulePolicy, ThreadSchedulePolicy};

        /// This thread's scheduling policy and nice value (the 19th field of its stat line).
        fn standing() -> (ThreadSchedulePolicy, i64) {
            let stat = std::fs::read_to_string("/proc/thread-self/stat").unwrap();
            // The command name, in parentheses, may hold spaces: count the fields after it.
            let after = &stat[stat.rfind(')').unwrap() + 2..];
            let nice = after.split(' ').nth(16).unwrap().parse().unwrap();
            (thread_priority::thread_schedule_policy().unwrap(), nice)
        }

        #[test]
        fn background_work_runs_at_the_weakest_priority_and_leaves_other_threads_alone() {
            let before = standing();
            let (lowered, started) = std::thread::spawn(|| {
                crate::background::behind_the_window();
                (standing(), std::thread::spawn(standing).join().unwrap())
            })
            .join()
            .unwrap();
            let batch = ThreadSchedulePolicy::Normal(NormalThreadSchedulePolicy::Batch);
            assert_eq!(lowered, (batch, 19));
            assert_eq!(
                started,
                (batch, 19),
                "a thread it starts inherits it: the backup's own threads stay behind the window too"
            );
            assert_eq!(
                standing(),
                before,
                "the thread that started it keeps its priority"
            );
        }
    }
}
