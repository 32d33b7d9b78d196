//! Nothing is lost by a wrong path: output files never land on the database or over an
//! existing file without `--force`, `--db` never creates or changes a file that is not a Custody
//! database, and a restore takes nothing but the schema the migrations make.

use std::path::{Path, PathBuf};

use crate::{pack, Scratch, PASSWORD};

fn err(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn set_up_with_stock() -> Scratch {
    let s = Scratch::pharmacy();
    let out = s.run_with_stdin(
        &[
            "--as",
            "alice",
            "receive",
            "--location",
            "MAIN",
            "--partner",
            "WHOLESALE",
        ],
        &pack("SN1"),
    );
    assert!(out.status.success(), "{}", err(&out));
    s
}

/// The database is still whole and intact after an attempt on it.
fn still_intact(s: &Scratch) {
    assert!(
        s.ok(&["--as", "alice", "verify"]).contains("Ledger intact"),
        "the database survives a wrong path"
    );
}

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// Every way of naming the open database (and its companions) that a person could type.
fn names_of_the_database(s: &Scratch) -> Vec<PathBuf> {
    let dir = s.dir.path();
    let db = PathBuf::from(s.db());
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    let link = dir.join("link.csv");
    std::os::unix::fs::symlink(&db, &link).unwrap();
    let hard = dir.join("hard.csv");
    std::fs::hard_link(&db, &hard).unwrap();
    vec![
        db.clone(),
        dir.join("sub/../custody.db"),
        link,
        hard,
        PathBuf::from(format!("{}-wal", s.db())),
        PathBuf::from(format!("{}-shm", s.db())),
    ]
}

#[test]
fn a_report_or_export_onto_the_open_database_is_refused_even_with_force() {
    let s = set_up_with_stock();
    for target in names_of_the_database(&s) {
        for force in [false, true] {
            let mut report = vec![
                "--as",
                "alice",
                "report",
                "stock-on-hand",
                "--out",
                p(&target),
            ];
            let mut export = vec![
                "--as",
                "alice",
                "export",
                "epcis",
                "--gtin",
                "09506000134352",
                "--serial",
                "SN1",
                "--out",
                p(&target),
            ];
            if force {
                report.push("--force");
                export.push("--force");
            }
            for args in [report, export] {
                let out = s.run(&args);
                assert_eq!(
                    out.status.code(),
                    Some(1),
                    "{} is the database: {args:?} must be refused",
                    target.display()
                );
                assert!(
                    err(&out).contains("open database"),
                    "the refusal says why: {}",
                    err(&out)
                );
            }
        }
    }
    still_intact(&s);
}

#[test]
fn an_existing_file_is_replaced_only_with_force() {
    let s = set_up_with_stock();
    let dir = s.dir.path();
    let csv = dir.join("stock.csv");
    let json = dir.join("sn1.jsonld");
    for f in [&csv, &json] {
        std::fs::write(f, "precious").unwrap();
    }
    let report = |force: bool| {
        let mut a = vec!["--as", "alice", "report", "stock-on-hand", "--out", p(&csv)];
        if force {
            a.push("--force");
        }
        s.run(&a)
    };
    let export = |force: bool| {
        let mut a = vec![
            "--as",
            "alice",
            "export",
            "epcis",
            "--gtin",
            "09506000134352",
            "--serial",
            "SN1",
            "--out",
            p(&json),
        ];
        if force {
            a.push("--force");
        }
        s.run(&a)
    };
    for (out, file) in [(report(false), &csv), (export(false), &json)] {
        assert_eq!(out.status.code(), Some(1), "an existing file is kept");
        assert!(
            err(&out).contains("--force"),
            "the refusal says how to replace it: {}",
            err(&out)
        );
        assert_eq!(
            std::fs::read_to_string(file).unwrap(),
            "precious",
            "refused means untouched"
        );
    }
    for (out, file) in [(report(true), &csv), (export(true), &json)] {
        assert!(out.status.success(), "{}", err(&out));
        assert_ne!(
            std::fs::read_to_string(file).unwrap(),
            "precious",
            "--force replaces it"
        );
    }
    let leftovers: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("partial"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "no temporary files left: {leftovers:?}"
    );
}

#[test]
fn a_db_that_is_not_a_custody_database_is_refused_and_left_byte_for_byte() {
    let s = Scratch::new();
    let other = s.dir.path().join("accounts.db");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE ledger (amount INTEGER); INSERT INTO ledger VALUES (42);")
        .unwrap();
    let text = s.dir.path().join("notes.txt");
    std::fs::write(&text, "shopping list: milk, eggs").unwrap();
    for file in [&other, &text] {
        let before = std::fs::read(file).unwrap();
        for args in [
            vec!["--as", "alice", "stock"],
            vec!["--as", "alice", "verify"],
            vec![
                "init",
                "--site-code",
                "X",
                "--site-name",
                "X",
                "--admin",
                "a",
                "--admin-name",
                "A",
            ],
            vec!["demo"],
        ] {
            let mut full = vec!["--db", p(file)];
            full.extend(args.iter());
            let out = s.run(&full);
            assert_eq!(out.status.code(), Some(1), "{full:?} must be refused");
            assert!(
                err(&out).contains("not a Custody database"),
                "says why: {}",
                err(&out)
            );
            assert_eq!(
                std::fs::read(file).unwrap(),
                before,
                "{} is another program's file: not one byte may change",
                file.display()
            );
            for suffix in ["-wal", "-shm", "-journal"] {
                assert!(
                    !PathBuf::from(format!("{}{suffix}", file.display())).exists(),
                    "nothing is created beside it ({suffix})"
                );
            }
        }
    }
}

#[test]
fn a_missing_db_is_not_created_except_by_init_and_demo_which_say_so() {
    let s = Scratch::new();
    let typo = s.dir.path().join("pharmcy.db");
    for args in [
        vec!["--as", "alice", "stock"],
        vec!["--as", "alice", "verify"],
        vec!["--as", "alice", "backup", "create", "--dir", "backups"],
        vec!["--as", "alice", "backup", "restore", "x.db", "--yes"],
    ] {
        let mut full = vec!["--db", p(&typo)];
        full.extend(args.iter());
        let out = s.run(&full);
        assert_eq!(out.status.code(), Some(1), "{full:?} must be refused");
        assert!(
            err(&out).contains("no database at"),
            "says what is wrong: {}",
            err(&out)
        );
        assert!(!typo.exists(), "a typo in --db must not create a database");
    }
    let said = s.ok(&[
        "--db",
        p(&typo),
        "init",
        "--site-code",
        "S",
        "--site-name",
        "S",
        "--admin",
        "alice",
        "--admin-name",
        "Alice",
    ]);
    assert!(
        said.contains("Created the database"),
        "init says it created the file: {said}"
    );
    let demo = s.dir.path().join("demo.db");
    let said = s.ok(&["--db", p(&demo), "--json", "demo"]);
    let v: serde_json::Value = serde_json::from_str(&said).unwrap();
    assert_eq!(v["created"], true, "demo says it created the file: {said}");
}

#[test]
fn a_failed_init_leaves_no_database_behind() {
    let s = Scratch::new();
    let db = s.dir.path().join("new.db");
    // A site code init refuses (empty) after the file was created.
    let out = s.run(&[
        "--db",
        p(&db),
        "init",
        "--site-code",
        "",
        "--site-name",
        "S",
        "--admin",
        "alice",
        "--admin-name",
        "Alice",
    ]);
    assert_eq!(out.status.code(), Some(1), "an empty site code is refused");
    assert!(
        !db.exists(),
        "the half-made database is taken away, so the next init starts clean"
    );
}

#[test]
fn init_takes_the_administrators_password_from_custody_new_password() {
    let s = Scratch {
        // CUSTODY_PASSWORD (the acting user's) differs from CUSTODY_NEW_PASSWORD (PASSWORD).
        password: "the acting user's password",
        ..Scratch::new()
    };
    s.init();
    let with_acting = s.run(&["--as", "alice", "stock"]);
    assert_eq!(
        with_acting.status.code(),
        Some(1),
        "CUSTODY_PASSWORD is not the new administrator's password"
    );
    let right = Scratch {
        dir: tempfile::tempdir().unwrap(),
        password: PASSWORD,
    };
    let out = right.run(&["--db", &s.db(), "--as", "alice", "stock"]);
    assert!(
        out.status.success(),
        "the administrator signs in with CUSTODY_NEW_PASSWORD: {}",
        err(&out)
    );
}

/// A verified backup of a set-up database, and the database's bytes.
fn with_backup(s: &Scratch) -> PathBuf {
    let dir = s.dir.path().join("backups");
    let out = s.ok(&[
        "--as",
        "alice",
        "--json",
        "backup",
        "create",
        "--dir",
        p(&dir),
    ]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    PathBuf::from(v["backup"]["path"].as_str().unwrap())
}

#[test]
fn restore_refuses_a_backup_with_an_extra_index_trigger_or_view_or_a_missing_table() {
    for (what, sql, named) in [
        (
            "an extra index",
            "CREATE INDEX extra_serials ON unit(serial)",
            "extra_serials",
        ),
        (
            "an extra trigger",
            "CREATE TRIGGER forget AFTER INSERT ON event_line BEGIN SELECT 1; END",
            "forget",
        ),
        (
            "an extra view",
            "CREATE VIEW everything AS SELECT * FROM unit",
            "everything",
        ),
        ("a missing table", "DROP TABLE setting", "setting"),
        (
            "a changed index",
            "DROP INDEX unit_quarantined; CREATE INDEX unit_quarantined ON unit(location_id)",
            "unit_quarantined",
        ),
    ] {
        let s = set_up_with_stock();
        let backup = with_backup(&s);
        rusqlite::Connection::open(&backup)
            .unwrap()
            .execute_batch(sql)
            .unwrap();
        let verify = s.run(&["backup", "verify", p(&backup)]);
        assert_eq!(
            verify.status.code(),
            Some(4),
            "backup verify calls a backup with {what} damaged"
        );
        assert!(
            String::from_utf8_lossy(&verify.stdout).contains(named),
            "and names {named}"
        );
        let out = s.run(&["--as", "alice", "backup", "restore", p(&backup), "--yes"]);
        assert_eq!(
            out.status.code(),
            Some(1),
            "a backup with {what} must not be restored"
        );
        assert!(
            err(&out).contains(named),
            "the refusal names {named}: {}",
            err(&out)
        );
        still_intact(&s);
        let kept_aside = std::fs::read_dir(s.dir.path())
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .contains("before-restore")
            })
            .count();
        assert_eq!(kept_aside, 0, "a refused restore moves nothing aside");
    }
}

#[test]
fn verify_names_a_schema_object_the_migrations_do_not_make() {
    let s = set_up_with_stock();
    rusqlite::Connection::open(s.db())
        .unwrap()
        .execute_batch("CREATE VIEW peek AS SELECT serial FROM unit")
        .unwrap();
    let out = s.run(&["--as", "alice", "verify"]);
    assert_eq!(
        out.status.code(),
        Some(4),
        "the store is not as Custody made it"
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("unexpected view peek"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn a_backup_restored_onto_its_own_database_is_refused() {
    let s = set_up_with_stock();
    let out = s.run(&["--as", "alice", "backup", "restore", &s.db(), "--yes"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "restoring the database onto itself"
    );
    still_intact(&s);
}
