//! The work nobody typed, each as its own system principal: the daily verified backup, the
//! daily "needs attention" alert, the shortage and expiry lists a front end keeps computed before
//! anyone asks for them, and the hub's sync (push, pull, push the holds). A front end schedules
//! them; what they do and who the ledger says did it is decided here.

use std::path::Path;

use chrono::NaiveDate;
use custody_core::backup::{BackupCheck, BackupInfo, Retention};
use custody_core::levels::{Attention, ExpiryRange, LevelPolicy, Position};
use custody_core::sync::{HubAlarm, SyncStatus};
use custody_core::{SystemPrincipal, User};

use crate::error::Result;
use crate::levels;
use crate::sync::{SyncBoth, SyncPushed};
use crate::{Cx, Host, Session};

/// Takes a verified backup of the host's database into `dir`, as `custody:backup`.
pub fn backup(host: &mut Host, dir: &Path) -> Result<(BackupInfo, BackupCheck)> {
    // Never into the database's own folder, whoever schedules the job.
    crate::files::check_backup_folder(dir, host.path())?;
    let session = Session::system(host, SystemPrincipal::Backup)?;
    let now = session.now();
    Ok(host
        .store_mut()
        .backup(session.actor().user(), dir, Retention::default(), now)?)
}

/// One look of the keeper of the shortage list and the whole expiry list, as `custody:alerts`:
/// when the database changed since the last look and has since stayed quiet (a burst of scans is
/// not recomputed after every pack), or the day has changed, each list not kept for the day and
/// the data as they are now is computed again, so the next visit finds the shortages ready and
/// the next sort of the expiry list by another column sorts the list in memory. A front end
/// calls this every couple of seconds on a host of its own.
pub fn keep_lists(host: &mut Host) -> Result<()> {
    let today = host.clock().now().local_date();
    let windows = levels::expiry_windows(host.store(), None)?;
    // The kept lists are not locked while the lists are computed, so a visit meanwhile is not
    // held up; a change in between shows as a new data version at the next look.
    let (version, stale) = {
        let mut lists = host.lists()?;
        let version = lists.version()?;
        let quiet = lists.last_seen.replace(version) == Some(version);
        if !quiet {
            return Ok(());
        }
        (version, lists.stale(today, &windows)?)
    };
    if stale.shortages {
        let (day, list) = shortage_list(host)?;
        host.lists()?.keep(day, version, list);
    }
    if stale.expiry {
        keep_expiry_list(host, &windows, version)?;
    }
    Ok(())
}

/// What the keeper does first, as the window opens (usually before anyone has signed in; Home
/// never waits for it: `levels::attention` counts the shortages on its own connection while the
/// lists are held): the shortage list
/// computed and kept at once (the keeper's looks wait for two quiet looks, four seconds), and
/// Home's other figures read once, as `custody:alerts`, so that the first Home after sign-in
/// finds the list in memory and the pages its figures read in the file's cache. On six years of
/// a hospital's history read from a cold cache, the first Home waited a second for those pages
/// (`make bench-ui`, 2026-12-04); read here, they load while the person types their password.
/// Then the whole expiry list is computed and kept, so the first sort of it by another column
/// sorts it in memory (on the hospital file, the first sort by value read the whole list
/// itself: 0.2–0.3 s).
///
/// All of it is read with the host's connection unmapped: these are the process's first reads
/// of a file that may not be in memory, and read mapped, each page's fault brought 8 MB of its
/// neighbours with it (`Store::map_whole_file`).
pub fn prepare_home(host: &mut Host) -> Result<()> {
    let session = Session::system(host, SystemPrincipal::Alerts)?;
    let (me, today) = (session.actor().user(), session.now().local_date());
    let soon = session.settings().alert_windows.first().copied();
    host.store().map_whole_file(false);
    let first_reads = read_home_once(host, me, soon.unwrap_or(30), today);
    host.store().map_whole_file(true);
    first_reads
}

/// The shortage list computed and kept, Home's figures read once, and the whole expiry list
/// computed and kept, as `custody:alerts` (`me`).
fn read_home_once(host: &mut Host, me: &User, soon: i64, today: NaiveDate) -> Result<()> {
    let version = host.lists()?.version()?;
    let (day, list) = shortage_list(host)?;
    host.lists()?.keep(day, version, list);
    host.store().attention_counts(me, soon, today)?;
    host.store().figures(me, today)?;
    let windows = levels::expiry_windows(host.store(), None)?;
    keep_expiry_list(host, &windows, version)
}

/// The whole expiry list over `windows` as of today (every location, expired and expiring stock),
/// read as `custody:alerts` and kept as the list of the data at `version`.
fn keep_expiry_list(host: &mut Host, windows: &[i64], version: i64) -> Result<()> {
    let session = Session::system(host, SystemPrincipal::Alerts)?;
    let (me, today) = (session.actor().user(), session.now().local_date());
    let all = ExpiryRange::ExpiredAndExpiring;
    let list = host.store().expiring_in(me, windows, None, today, all)?;
    host.lists()?.keep_expiry(today, windows, version, list);
    Ok(())
}

/// The day's alert, as `custody:alerts`: the Home figures if none went out today, else nothing.
pub fn daily_alert(host: &mut Host) -> Result<Option<Attention>> {
    let session = Session::system(host, SystemPrincipal::Alerts)?;
    let now = session.now();
    Ok(host.store().daily_alert(session.actor().user(), now)?)
}

/// Every shortage as of today on the host's clock (the day is returned with the list), most
/// urgent first, read as `custody:alerts`: the app keeps this list computed while the database is
/// quiet, before anyone has signed in, and hands it only to a person allowed to view stock.
pub fn shortage_list(host: &mut Host) -> Result<(NaiveDate, Vec<Position>)> {
    let session = Session::system(host, SystemPrincipal::Alerts)?;
    let today = session.now().local_date();
    let list = host
        .store()
        .shortages(session.actor().user(), &LevelPolicy::default(), today)?;
    Ok((today, list))
}

/// Where the site stands with the hub, read as `custody:sync` (the background agent looks
/// before each push, cheaply: one row and the ledger's last position).
pub fn sync_status(host: &mut Host) -> Result<SyncStatus> {
    let session = Session::system(host, SystemPrincipal::Sync)?;
    Ok(host.store().sync_status(session.actor().user())?)
}

/// Pushes everything waiting to the hub as `custody:sync`. The client reads the outbox and
/// records each acknowledgement in short transactions of their own, so a scan on another
/// connection is never held while the hub is slow or silent. Offline and refused are
/// answers (in the status), not errors.
pub fn sync_push(host: &mut Host) -> Result<SyncPushed> {
    let session = Session::system(host, SystemPrincipal::Sync)?;
    let (me, now) = (session.actor().user(), session.now());
    let push = custody_sync_client::sync_once(host.store_mut(), me, now)
        .map_err(crate::sync::client_error)?;
    let status = host.store().sync_status(me)?;
    Ok(SyncPushed {
        push: push.into(),
        status,
    })
}

/// What `custody sync now` does, as `custody:sync`: pushes what is waiting, pulls what the hub
/// sends (master data, network recalls, the counterfeit alarms about this site's packs), and
/// pushes again the holds a network recall recorded. It is [`crate::sync::push_then_pull`] itself,
/// run by the system principal, so the app's background agent and the command line cannot drift.
pub fn sync_now(host: &mut Host) -> Result<SyncBoth> {
    let mut session = Session::system(host, SystemPrincipal::Sync)?;
    let mut cx = Cx::new(host, Some(&mut session))?;
    crate::sync::push_then_pull(&mut cx)
}

/// The hub's open counterfeit alarms about this site's packs, read as `custody:sync`: what the
/// agent tells the window after each pull.
pub fn hub_alarms(host: &mut Host) -> Result<Vec<HubAlarm>> {
    let session = Session::system(host, SystemPrincipal::Sync)?;
    Ok(host.store().hub_alarms(session.actor().user(), false)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lists;

    /// The small demonstration site, with the clock at its "now", and its whole list's windows.
    fn demo() -> (tempfile::TempDir, Host, NaiveDate, Vec<i64>) {
        let (dir, host) = Host::small_demo();
        let today = host.clock().now().local_date();
        let windows = levels::expiry_windows(host.store(), None).unwrap();
        assert_eq!(windows, [30, 60, 90], "the demo's alert windows");
        (dir, host, today, windows)
    }

    const NEITHER: lists::Stale = lists::Stale {
        shortages: false,
        expiry: false,
    };

    #[test]
    fn the_window_opens_with_the_shortage_and_expiry_lists_kept_at_once() {
        let (_dir, mut host, today, windows) = demo();
        let both = lists::Stale {
            shortages: true,
            expiry: true,
        };
        assert_eq!(host.lists().unwrap().stale(today, &windows).unwrap(), both);
        prepare_home(&mut host).expect("the alerts principal may read what Home shows");
        assert_eq!(
            host.lists().unwrap().stale(today, &windows).unwrap(),
            NEITHER,
            "kept before the keeper's first look, not after its second"
        );
    }

    #[test]
    fn the_keeper_keeps_both_lists_once_the_data_has_stayed_quiet() {
        let (_dir, mut host, today, windows) = demo();
        keep_lists(&mut host).expect("the alerts principal may read stock");
        assert!(
            host.lists().unwrap().stale(today, &windows).unwrap().expiry,
            "the first look only notes the data's version"
        );
        keep_lists(&mut host).expect("the alerts principal computes the lists");
        assert_eq!(
            host.lists().unwrap().stale(today, &windows).unwrap(),
            NEITHER
        );
    }
}
