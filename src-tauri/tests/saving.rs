//! Files the app saves (through custody-api's `files`) never land on the open database or its journal, and never replace an
//! existing file unless the person confirmed.

use std::path::Path;

use custody_api::files::{check_backup_folder, check_target, write_file, SaveRefused};

/// A folder with an open database in it (and its `-wal`/`-shm`, as SQLite keeps them while open).
fn open_database(dir: &Path) -> (std::path::PathBuf, custody_core::Store) {
    let db = dir.join("custody.db");
    let store = custody_core::Store::open(&db).unwrap();
    (db, store)
}

fn refused_as_database(r: Result<(), SaveRefused>) -> bool {
    matches!(r, Err(SaveRefused::OpenDatabase { .. }))
}

#[test]
fn the_open_database_and_its_journal_are_refused_even_when_confirmed() {
    let dir = tempfile::tempdir().unwrap();
    let (db, _store) = open_database(dir.path());
    let before = std::fs::read(&db).unwrap();
    for name in [
        "custody.db",
        "custody.db-wal",
        "custody.db-shm",
        "custody.db-journal",
    ] {
        let target = dir.path().join(name);
        assert!(
            refused_as_database(check_target(&target, &db, true)),
            "{name} belongs to the open database: refused even with overwrite"
        );
        assert!(
            refused_as_database(write_file(&target, b"%PDF-1.7", &db, true)),
            "{name}: writing is refused too, not only the check"
        );
    }
    assert_eq!(
        std::fs::read(&db).unwrap(),
        before,
        "the database's bytes are untouched"
    );
}

#[test]
fn every_other_name_for_the_open_database_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (db, _store) = open_database(dir.path());
    let reports = dir.path().join("reports");
    std::fs::create_dir(&reports).unwrap();
    // The same file reached through `..`, through a link to it, and through a hard link.
    let dotted = reports.join("../custody.db");
    assert!(
        refused_as_database(check_target(&dotted, &db, true)),
        "a path with .. that resolves to the database is the database"
    );
    #[cfg(unix)]
    {
        let link = reports.join("stock.pdf");
        std::os::unix::fs::symlink(&db, &link).unwrap();
        assert!(
            refused_as_database(check_target(&link, &db, true)),
            "a symbolic link to the database is the database"
        );
        let folder_link = dir.path().join("elsewhere");
        std::os::unix::fs::symlink(dir.path(), &folder_link).unwrap();
        assert!(
            refused_as_database(check_target(&folder_link.join("custody.db-wal"), &db, true)),
            "the journal reached through a linked folder is the journal"
        );
    }
    let hard = reports.join("expiry.csv");
    std::fs::hard_link(&db, &hard).unwrap();
    assert!(
        refused_as_database(check_target(&hard, &db, true)),
        "a hard link to the database (same device and inode) is the database"
    );
}

#[test]
fn an_existing_file_is_replaced_only_when_the_person_confirmed() {
    let dir = tempfile::tempdir().unwrap();
    let (db, _store) = open_database(dir.path());
    let target = dir.path().join("reports").join("stock.csv");
    write_file(&target, b"first", &db, false).unwrap();
    assert_eq!(
        std::fs::read(&target).unwrap(),
        b"first",
        "a new file is written without asking"
    );
    assert!(
        matches!(
            write_file(&target, b"second", &db, false),
            Err(SaveRefused::Exists { .. })
        ),
        "an existing file is not replaced unasked"
    );
    assert_eq!(
        std::fs::read(&target).unwrap(),
        b"first",
        "and its content is kept"
    );
    write_file(&target, b"second", &db, true).unwrap();
    assert_eq!(
        std::fs::read(&target).unwrap(),
        b"second",
        "once confirmed, it is replaced"
    );
    let left: Vec<_> = std::fs::read_dir(target.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    assert_eq!(left, ["stock.csv"], "no temporary file is left behind");
}

#[test]
fn a_file_named_like_the_temporary_one_is_not_touched() {
    let dir = tempfile::tempdir().unwrap();
    let (db, _store) = open_database(dir.path());
    // What the app used to write first (the report's name with `.partial`) is someone's file.
    let theirs = dir.path().join("stock.partial");
    std::fs::write(&theirs, b"keep me").unwrap();
    write_file(&dir.path().join("stock.pdf"), b"%PDF", &db, false).unwrap();
    assert_eq!(
        std::fs::read(&theirs).unwrap(),
        b"keep me",
        "the temporary file never reuses an existing name"
    );
}

#[test]
fn a_folder_is_not_a_file_to_save_to() {
    let dir = tempfile::tempdir().unwrap();
    let (db, _store) = open_database(dir.path());
    let folder = dir.path().join("reports.pdf");
    std::fs::create_dir(&folder).unwrap();
    assert!(
        matches!(
            check_target(&folder, &db, true),
            Err(SaveRefused::NotAFile { .. })
        ),
        "a folder is never replaced by a report"
    );
}

#[test]
fn backups_never_go_into_the_folder_that_holds_the_open_database() {
    let dir = tempfile::tempdir().unwrap();
    let (db, _store) = open_database(dir.path());
    let refused = check_backup_folder(dir.path(), &db).unwrap_err();
    assert_eq!(
        refused.code, "files.backup_beside_database",
        "the database's own folder is refused: {refused}"
    );
    assert!(
        check_backup_folder(&dir.path().join("backups/.."), &db).is_err(),
        "also when named through .."
    );
    assert!(
        check_backup_folder(&dir.path().join("backups"), &db).is_ok(),
        "a folder of its own beside the database is the default and is fine"
    );
}

#[cfg(unix)]
#[test]
fn a_report_whose_path_leads_to_the_database_is_refused() {
    // The reports folder is a link back to the database's own folder, and the database has a
    // report's name: the report's path is the database's.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("stock.pdf");
    let _store = custody_core::Store::open(&db).unwrap();
    std::os::unix::fs::symlink(dir.path(), dir.path().join("reports")).unwrap();
    let target = custody_api::report::reports_folder_path(&db, "stock.pdf").unwrap();
    assert_eq!(target, dir.path().join("reports/stock.pdf"));
    assert!(
        refused_as_database(check_target(&target, &db, true)),
        "the report's path is the database's: refused whatever is confirmed"
    );
    assert!(
        refused_as_database(check_target(
            &dir.path().join("reports/stock.pdf-wal"),
            &db,
            true
        )),
        "and so is its write-ahead log"
    );
}
