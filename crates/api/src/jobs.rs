//! The work nobody typed, each as its own system principal: the daily verified backup and the
//! daily "needs attention" alert. A front end schedules them; what they do and who the ledger
//! says did it is decided here.

use std::path::Path;

use custody_core::backup::{BackupCheck, BackupInfo, Retention};
use custody_core::levels::Attention;
use custody_core::SystemPrincipal;

use crate::error::Result;
use crate::{Host, Session};

/// Takes a verified backup of the host's database into `dir`, as `custody:backup`.
pub fn backup(host: &mut Host, dir: &Path) -> Result<(BackupInfo, BackupCheck)> {
    let session = Session::system(host, SystemPrincipal::Backup)?;
    let now = session.now();
    Ok(host
        .store()
        .backup(session.actor().user(), dir, Retention::default(), now)?)
}

/// One look of the keeper of the shortage list, as `custody:alerts`: when the database changed
/// since the last look and has since stayed quiet (a burst of scans is not recomputed after every
/// pack), the list is computed again, so the next visit finds it ready. A front end calls this
/// every couple of seconds on a host of its own.
pub fn keep_lists(host: &mut Host) -> Result<()> {
    let session = Session::system(host, SystemPrincipal::Alerts)?;
    let today = session.now().local_date();
    let mut lists = host.lists()?;
    let version = lists.version()?;
    let quiet = lists.last_seen.replace(version) == Some(version);
    if quiet && !lists.fresh(today)? {
        lists.shortages(session.actor().user(), today)?;
    }
    Ok(())
}

/// The day's alert, as `custody:alerts`: the Home figures if none went out today, else nothing.
pub fn daily_alert(host: &mut Host) -> Result<Option<Attention>> {
    let session = Session::system(host, SystemPrincipal::Alerts)?;
    let now = session.now();
    Ok(host.store().daily_alert(session.actor().user(), now)?)
}
