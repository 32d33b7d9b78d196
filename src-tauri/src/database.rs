//! Where the window's database lives: the one chosen at first run, remembered in the OS
//! configuration folder, and what someone typed to choose it.

use std::path::PathBuf;

use tauri::Manager;

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
