//! The national verification drainer while the app runs: once the checks of the file have
//! passed, `custody-api`'s [`Background`] (a keeper task on a tokio runtime of its own, with a
//! connection of its own, as `custody:verification`) works the queue with the systems of the
//! site's `national.toml`, so a pack dispensed offline is decommissioned as soon as a network is
//! there, the dispense itself never waiting. It looks at the file and the database's drainer
//! lock every few seconds: no file, a file that cannot be used, another drainer on the database
//! (a command line's `custody national drain`) are kept in the state the window's
//! `national_summary` reads (the Verification screen and the status bar say them), and a file
//! written or mended, or the lock let go, is taken up without a restart.

use std::path::Path;
use std::sync::Mutex;
use std::time::Duration;

use custody_api::national::drainer::DrainerWatch;
use custody_api::national::Background;
use tauri::Manager;

/// The longest a request queued by the window waits before the drainer looks, and how often
/// the file and the lock are looked at again.
const IDLE: Duration = Duration::from_secs(5);

/// The running drainer, kept for as long as the app runs.
pub(crate) struct NationalDrainer(Mutex<Option<Background>>);

impl NationalDrainer {
    /// Stops it after the pass under way (the window is gone); a pass cut off by the process
    /// ending would leave its request `sent`, verified before anything is sent again.
    pub(crate) fn stop(&self) {
        let running = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .take();
        if let Some(Err(e)) = running.map(Background::stop) {
            eprintln!("custody: the national verification drainer had stopped: {e}");
        }
    }
}

/// Starts the drainer for the database at `path`, its state kept in `watch` (the window's).
pub(crate) fn start(app: &tauri::AppHandle, path: &Path, watch: DrainerWatch) {
    match Background::start(path, watch, IDLE) {
        Ok(running) => {
            app.manage(NationalDrainer(Mutex::new(Some(running))));
        }
        Err(e) => eprintln!("custody: national verification does not start: {e}"),
    }
}
