//! Backups of a real database file: consistent, verified, pruned, restored.

use custody_core::backup::{self, Retention};
use custody_core::*;

use crate::fixtures::{now, pharmacy};

#[test]
fn a_backup_is_verified_listed_and_restores_the_database_keeping_the_current_one_aside() {
    let mut p = pharmacy();
    let events: Vec<_> = (1..=20).map(|i| p.receive(&format!("SN{i}"))).collect();
    p.append(&events);
    let dir = p._dir.path().join("backups");
    let admin = p.admin.clone();
    let (info, checked) = p
        .store
        .backup(&admin, &dir, Retention::default(), now())
        .unwrap();
    assert!(checked.is_good());
    assert_eq!(
        checked.events, 21,
        "the twenty receipts and the administrator's user_added event are checked"
    );
    assert!(
        info.path.ends_with("custody-20261122-080000.db"),
        "{}",
        info.path
    );
    assert_eq!(backup::list(&dir).unwrap(), vec![info.clone()]);
    assert!(
        std::fs::read_dir(&dir).unwrap().count() == 1,
        "no partial file is left behind"
    );
    // The same second again is refused rather than overwritten.
    assert!(p
        .store
        .backup(&admin, &dir, Retention::default(), now())
        .is_err());

    // More work after the backup, then restore: the database is the backup's again.
    p.append(&[p.receive("LATE")]);
    let db = p.store.path().to_path_buf();
    drop(std::mem::replace(
        &mut p.store,
        Store::open(p._dir.path().join("other.db")).unwrap(),
    ));
    let aside = backup::restore(std::path::Path::new(&info.path), &db, now()).unwrap();
    let restored = Store::open(&db).unwrap();
    assert_eq!(
        restored.summary().unwrap().events,
        21,
        "the late receipt is not in the backup (the twenty receipts and the user_added are)"
    );
    assert!(restored.verify(&admin).unwrap().is_intact());
    let kept = Store::open(&aside).unwrap();
    assert_eq!(
        kept.summary().unwrap().events,
        23,
        "the replaced database is kept whole: the backup's full check recorded a checkpoint on it, and the late receipt came after"
    );
}

#[test]
fn a_damaged_backup_is_reported_and_not_restored() {
    let mut p = pharmacy();
    p.append(&[p.receive("SN1"), p.receive("SN2")]);
    let dir = p._dir.path().join("backups");
    let admin = p.admin.clone();
    let (info, _) = p
        .store
        .backup(&admin, &dir, Retention::default(), now())
        .unwrap();
    // Someone edits the backup's ledger behind its back.
    {
        let conn = rusqlite::Connection::open(&info.path).unwrap();
        conn.execute_batch(
            "DROP TRIGGER event_line_no_update; UPDATE event_line SET serial = 'SN9' WHERE serial = 'SN2';",
        )
        .unwrap();
    }
    let checked = backup::check(std::path::Path::new(&info.path)).unwrap();
    assert!(checked.integrity_ok && !checked.ledger_ok);
    assert!(!checked.problems.is_empty());
    let err = backup::restore(std::path::Path::new(&info.path), p.store.path(), now()).unwrap_err();
    assert_eq!(
        err.code(),
        "backup.not_good",
        "a backup whose ledger does not verify is not restored: {err}"
    );
    // A file that is not a database at all.
    let junk = dir.join("custody-20200101-000000.db");
    std::fs::write(&junk, b"not a database").unwrap();
    let checked = backup::check(&junk).unwrap();
    assert!(!checked.integrity_ok);
}

#[test]
fn old_backups_are_dropped_by_the_retention_rule() {
    let mut p = pharmacy();
    let dir = p._dir.path().join("backups");
    let admin = p.admin.clone();
    for day in 1..=5 {
        let at = Timestamp::parse(&format!("2026-11-{day:02}T02:00:00+00:00")).unwrap();
        p.store
            .backup(
                &admin,
                &dir,
                Retention {
                    keep_last: 3,
                    keep_months: 1,
                },
                at,
            )
            .unwrap();
    }
    let kept: Vec<String> = backup::list(&dir)
        .unwrap()
        .into_iter()
        .map(|b| b.taken)
        .collect();
    assert_eq!(
        kept,
        vec!["20261105-020000", "20261104-020000", "20261103-020000"]
    );
}

#[test]
fn only_an_administrator_chooses_the_backup_folder_and_it_must_be_writable() {
    let mut p = pharmacy();
    let admin = p.admin.clone();
    let staff = p
        .store
        .add_user(&admin, "sam", "Sam", Role::Staff, None, now())
        .unwrap();
    let usb = p._dir.path().join("usb/custody");
    assert!(matches!(
        p.store.set_backup_folder(&staff, &usb, now()),
        Err(e) if e.code() == "auth.forbidden"
    ));
    let err = p
        .store
        .set_backup_folder(&admin, std::path::Path::new("relative/folder"), now())
        .unwrap_err();
    assert_eq!(
        (err.code(), err.field_at_fault().as_deref()),
        ("backup.folder_not_absolute", Some("folder")),
        "a relative folder would move with the working directory: {err}"
    );
    p.store.set_backup_folder(&admin, &usb, now()).unwrap();
    assert_eq!(p.store.backup_folder().unwrap(), Some(usb.clone()));
    assert!(usb.is_dir(), "the folder is created");
}

#[test]
fn a_new_database_does_not_take_another_databases_backup_as_its_own() {
    let mut p = pharmacy();
    let dir = p._dir.path().join("backups");
    let admin = p.admin.clone();
    let (taken, _) = p
        .store
        .backup(&admin, &dir, Retention::default(), now())
        .unwrap();
    let mine = p.store.identity().unwrap().expect("a set-up database");
    assert_eq!(
        backup::latest_of(&dir, &mine).unwrap(),
        Some(taken),
        "the database's own backup is its last backup"
    );

    // A brand-new database beside it, its backups in the same folder, even with the same site code.
    let mut other = Store::open(p._dir.path().join("new.db")).unwrap();
    assert!(
        other.identity().unwrap().is_none(),
        "a database not set up is nobody's yet"
    );
    let later = Timestamp::parse("2026-11-22T09:00:01.5+01:00").unwrap();
    other
        .init(
            "STMARY",
            "St. Mary's again",
            "bob",
            "Bob",
            "long enough pass",
            later,
        )
        .unwrap();
    let theirs = other.identity().unwrap().expect("set up now");
    assert_ne!(
        theirs, mine,
        "two set-ups of one site code are two databases"
    );
    assert_eq!(
        backup::latest_of(&dir, &theirs).unwrap(),
        None,
        "the old database's backup is not the new one's"
    );
}

#[test]
fn the_retention_rule_never_drops_another_databases_backups() {
    let mut p = pharmacy();
    let dir = p._dir.path().join("backups");
    let keep = Retention {
        keep_last: 1,
        keep_months: 0,
    };
    let mut other = Store::open(p._dir.path().join("other.db")).unwrap();
    let set_up = Timestamp::parse("2026-11-22T09:00:01.5+01:00").unwrap();
    let (_, bob) = other
        .init(
            "OTHER",
            "Another clinic",
            "bob",
            "Bob",
            "long enough pass",
            set_up,
        )
        .unwrap();
    let at = |day: u32| Timestamp::parse(&format!("2026-11-{day:02}T02:00:00+00:00")).unwrap();
    let (theirs, _) = other.backup(&bob, &dir, keep, at(23)).unwrap();
    p.store.backup(&p.admin, &dir, keep, at(24)).unwrap();
    let (mine, _) = p.store.backup(&p.admin, &dir, keep, at(25)).unwrap();
    let left: Vec<String> = backup::list(&dir)
        .unwrap()
        .into_iter()
        .map(|b| b.taken)
        .collect();
    assert_eq!(
        left,
        vec![mine.taken, theirs.taken],
        "keeping one backup drops this database's older one, never the other database's"
    );
}
