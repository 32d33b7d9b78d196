//! Backups a person takes, checks and restores.

use custody_api::{backups, Cx};
use custody_core::backup::Retention;

use crate::fixture::Pharmacy;

#[test]
fn a_backup_is_taken_checked_and_restored_by_an_administrator_only() {
    let mut p = Pharmacy::new();
    let dir = p._dir.path().join("backups");
    let mut admin = p.sign_in("admin");
    let (info, _) = {
        let mut cx = Cx::new(&mut p.host, Some(&mut admin)).unwrap();
        backups::take(&mut cx, &dir, Retention::default()).expect("an administrator backs up")
    };
    let file = std::path::PathBuf::from(&info.path);
    assert!(
        backups::check(&file).unwrap().good,
        "the backup checks sound"
    );
    assert_eq!(backups::list(&dir).unwrap().len(), 1);

    let mut sam = p.sign_in("sam");
    let e = {
        let mut cx = Cx::new(&mut p.host, Some(&mut sam)).unwrap();
        backups::plan_restore(&mut cx, &file).expect_err("staff may not restore")
    };
    assert_eq!(
        e.code,
        custody_core::CoreError::Forbidden {
            user: String::new(),
            role: custody_core::Role::Staff,
            operation: custody_core::permissions::Operation::ManageUsers,
        }
        .code()
    );

    let e = {
        let mut cx = Cx::new(&mut p.host, Some(&mut admin)).unwrap();
        backups::take(&mut cx, p._dir.path(), Retention::default())
            .expect_err("beside the database")
    };
    assert_eq!(
        e.code, "files.backup_beside_database",
        "backups never go in the database's own folder"
    );

    let plan = {
        let mut cx = Cx::new(&mut p.host, Some(&mut admin)).unwrap();
        backups::plan_restore(&mut cx, &file).expect("an administrator may restore")
    };
    let Pharmacy {
        _dir: dir, host, ..
    } = p;
    drop(host);
    let aside = plan
        .run()
        .expect("the database, closed, is replaced by the backup");
    assert!(
        aside.exists(),
        "the previous database is kept aside, never lost"
    );
    assert!(dir.path().join("custody.db").exists());
}
