//! Where the window's database lives: the one chosen at first run, remembered in the OS
//! configuration folder, what someone typed to choose it, and the checks before it is kept.

use std::path::{Path, PathBuf};

use custody_api::ApiError;
use tauri::Manager;

use crate::ipc::{internal, invalid, io};

/// The file, in the OS configuration directory, that remembers the database chosen at first run.
pub(crate) fn database_choice_file(app: &tauri::AppHandle) -> Option<PathBuf> {
    app.path()
        .app_config_dir()
        .ok()
        .map(|d| d.join("database-path"))
}

/// The database chosen at first run, if one was.
pub(crate) fn remembered_database(app: &tauri::AppHandle) -> Option<PathBuf> {
    let text = std::fs::read_to_string(database_choice_file(app)?).ok()?;
    Some(PathBuf::from(text.trim())).filter(|p| p.is_absolute())
}

/// The database file meant by what someone typed at first run: a folder (the database is
/// `custody.db` in it) or a file ending in `.db`. The path must be absolute and its folder must
/// exist.
pub fn database_target(input: &str) -> Result<PathBuf, String> {
    let input = input.trim();
    let path = PathBuf::from(input);
    if input.is_empty() || !path.is_absolute() {
        return Err(format!(
            "'{input}' is not a full path: give a folder such as /srv/custody or D:\\Custody"
        ));
    }
    let file = if input.to_ascii_lowercase().ends_with(".db") {
        path
    } else {
        path.join("custody.db")
    };
    match file.parent() {
        Some(dir) if dir.is_dir() => Ok(file),
        Some(dir) => Err(format!("the folder {} does not exist", dir.display())),
        None => Err(format!("'{input}' has no folder")),
    }
}

/// First run: remembers `input` (a folder, or a `.db` file in one) in `choice_file` as where the
/// database lives from the next start, after checking that it is a Custody database or that the
/// folder takes a new file. Returns the file. Whether this window may choose at all is
/// [`crate::state::AppState::may_choose_database`]'s to say, first.
pub(crate) fn choose(choice_file: Option<PathBuf>, input: &str) -> Result<String, ApiError> {
    let refuse = |m: String| invalid("path", m);
    let target = database_target(input).map_err(refuse)?;
    if target.exists() {
        if !custody_core::db::is_custody_file(&target).map_err(custody_core::CoreError::from)? {
            return Err(refuse(format!(
                "{} exists and is not a Custody database",
                target.display()
            )));
        }
    } else {
        takes_a_new_file(&target).map_err(refuse)?;
    }
    let file = choice_file.ok_or_else(|| internal("no configuration folder on this system"))?;
    remember(&file, &target)?;
    Ok(target.display().to_string())
}

/// Makes sure `target`'s folder takes a file before promising to keep the database there, with
/// a probe that is created new (never someone's file of that name, emptied and removed).
fn takes_a_new_file(target: &Path) -> Result<(), String> {
    let probe = target.with_extension(format!("db-probe-{}", std::process::id()));
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe)
        .and_then(|_| std::fs::remove_file(&probe))
        .map_err(|e| {
            format!(
                "cannot write in {}: {e}",
                target.parent().unwrap_or(target).display()
            )
        })
}

/// Writes `target` into the choice `file`, making its folder if need be.
fn remember(file: &Path, target: &Path) -> Result<(), ApiError> {
    let written = file
        .parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|_| std::fs::write(file, target.display().to_string()));
    written.map_err(|e| {
        io(
            file,
            format!("cannot remember the choice in {}: {e}", file.display()),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_chosen_at_first_run_is_remembered_as_its_custody_db() {
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("config").join("database-path");
        let chosen = choose(Some(config.clone()), &dir.path().display().to_string()).unwrap();
        let expected = dir.path().join("custody.db");
        assert_eq!(
            chosen,
            expected.display().to_string(),
            "a folder means custody.db in it"
        );
        assert_eq!(
            std::fs::read_to_string(&config).unwrap(),
            chosen,
            "the next start must open the chosen file (the configuration folder made if missing)"
        );
        let left: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(
            left,
            vec![std::ffi::OsString::from("config")],
            "the probe of the folder leaves nothing behind, and no database is made before the restart"
        );
    }

    #[test]
    fn a_file_that_is_not_custodys_is_refused_and_nothing_remembered() {
        let dir = tempfile::tempdir().unwrap();
        let other = dir.path().join("pharmacy.db");
        std::fs::write(&other, b"someone else's data").unwrap();
        let config = dir.path().join("database-path");
        let refused = choose(Some(config.clone()), &other.display().to_string()).unwrap_err();
        assert_eq!(
            (refused.code.as_str(), refused.args.get("field")),
            ("invalid", Some(&serde_json::Value::from("path"))),
            "the window shows the refusal at the path the person typed: {refused:?}"
        );
        assert!(
            refused.message.contains("is not a Custody database"),
            "the person is told why: {refused:?}"
        );
        assert!(
            !config.exists(),
            "a refused choice must not be opened at the next start"
        );
        assert_eq!(
            std::fs::read(&other).unwrap(),
            b"someone else's data",
            "another program's file is never written to"
        );
    }

    #[test]
    fn without_a_configuration_folder_the_choice_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let refused = choose(None, &dir.path().display().to_string()).unwrap_err();
        assert!(
            refused.message.contains("no configuration folder"),
            "a choice that could not be remembered must not look as if it were: {refused:?}"
        );
    }
}
