//! Starting the app: its options, and what it says (never a panic) when the database given with
//! `--db` cannot be used. These run the real binary; each failure stops before a window opens,
//! so no display is needed.

use std::process::Command;

use custody_app::{Options, Start};

fn app() -> Command {
    Command::new(env!("CARGO_BIN_EXE_custody-app"))
}

fn args(a: &[&str]) -> Vec<String> {
    a.iter().map(|s| s.to_string()).collect()
}

#[test]
fn help_and_version_print_and_stop() {
    assert_eq!(
        Options::from_args(args(&["--help"])),
        Ok(Start::Help),
        "--help asks for the options"
    );
    assert_eq!(Options::from_args(args(&["-V"])), Ok(Start::Version));
    let out = app().arg("--help").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "--help succeeds");
    for option in [
        "--db",
        "--backup-dir",
        "--idle-minutes",
        "--help",
        "--version",
    ] {
        assert!(text.contains(option), "--help names {option}: {text}");
    }
    let out = app().arg("--version").output().unwrap();
    assert!(
        out.status.success()
            && String::from_utf8_lossy(&out.stdout).contains(env!("CARGO_PKG_VERSION")),
        "--version prints the version"
    );
}

#[test]
fn a_database_in_a_folder_that_does_not_exist_is_a_message_not_a_backtrace() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no/such/folder/custody.db");
    let out = app()
        .arg("--db")
        .arg(&missing)
        .env("RUST_BACKTRACE", "1")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "a failed start exits 1: {err}");
    assert!(
        err.contains("does not exist") && err.contains("no/such/folder"),
        "the message names the missing folder: {err}"
    );
    assert!(
        !err.contains("panicked") && !err.contains("backtrace"),
        "no panic and no backtrace: {err}"
    );
    assert!(
        !dir.path().join("no").exists(),
        "the folder is not created behind the person's back"
    );
}

#[test]
fn a_file_that_is_not_a_custody_database_is_refused_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let notes = dir.path().join("notes.db");
    std::fs::write(&notes, b"shopping list: aspirin, gauze\n").unwrap();
    let out = app().arg("--db").arg(&notes).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "refused: {err}");
    assert!(err.contains("not a Custody database"), "{err}");
    assert_eq!(
        std::fs::read(&notes).unwrap(),
        b"shopping list: aspirin, gauze\n",
        "nothing was written to it"
    );

    let folder = Options {
        db: Some(dir.path().to_path_buf()),
        ..Options::default()
    };
    let refused = folder.check().unwrap_err();
    assert!(
        refused.contains("is a folder"),
        "a folder given as the database is refused: {refused}"
    );
}

#[test]
fn a_new_file_in_a_folder_that_exists_is_left_to_the_first_run() {
    let dir = tempfile::tempdir().unwrap();
    let fresh = Options {
        db: Some(dir.path().join("custody.db")),
        ..Options::default()
    };
    assert_eq!(
        fresh.check(),
        Ok(()),
        "a database that does not exist yet is made and set up by the first run"
    );
    assert!(
        !dir.path().join("custody.db").exists(),
        "checking creates nothing"
    );
}

#[test]
fn a_wrong_option_is_a_usage_error() {
    let out = app().arg("--dbb").output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "usage errors exit 2: {err}");
    assert!(
        err.contains("unknown argument '--dbb'") && err.contains("--idle-minutes"),
        "it names the argument and shows the options: {err}"
    );
}
