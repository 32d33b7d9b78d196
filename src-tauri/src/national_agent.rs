//! The national verification drainer while the app runs: once the checks of the file have
//! passed, `custody-api`'s background drainer (a tokio task on a runtime of its own, with a
//! connection of its own, as `custody:verification`) works the queue with the systems of the
//! site's `national.toml`, so a pack dispensed offline is decommissioned as soon as a network is
//! there, the dispense itself never waiting. No file: nothing starts, the queue waits (the status
//! bar's figures say so). A file that cannot be used, or another drainer on the database (a
//! command line's `custody national drain`), is said on the terminal and nothing starts; the
//! queue waits for the next start.

use std::path::Path;
use std::sync::Mutex;
use std::time::Duration;

use custody_api::national::run::{configured_systems, Background};
use tauri::Manager;

/// The longest a request queued by the window waits before the drainer looks.
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

/// Starts the drainer for the database at `path`, if the site has a file.
pub(crate) fn start(app: &tauri::AppHandle, path: &Path) {
    let systems = match configured_systems(path) {
        Ok(systems) => systems,
        Err(e) if e.code == "national.not_configured" => return,
        Err(e) => {
            eprintln!("custody: national verification does not start: {e}");
            return;
        }
    };
    match Background::start(path, systems, IDLE) {
        Ok(running) => {
            app.manage(NationalDrainer(Mutex::new(Some(running))));
        }
        Err(e) => eprintln!("custody: national verification does not start: {e}"),
    }
}
