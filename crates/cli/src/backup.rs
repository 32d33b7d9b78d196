//! `custody backup …`: thin adapters over `custody_core::backup`.

use anyhow::{bail, Result};
use custody_api::Cx;
use custody_core::backup::{self, Retention};
use custody_core::permissions::Operation;

use crate::args::{BackupCommand, Cli};
use crate::context::{db_path, now, open_host, sign_in};
use crate::output::{self, table};

/// Exit status when a checked file is damaged (as for `custody verify`).
const EXIT_DAMAGED: i32 = 4;

pub fn run(cli: &Cli, c: &BackupCommand) -> Result<i32> {
    match c {
        BackupCommand::Create {
            dir,
            keep_last,
            keep_months,
        } => {
            let mut host = open_host(&cli.db)?;
            let mut session = sign_in(&mut host, &cli.actor)?;
            let mut cx = Cx::new(&mut host, Some(&mut session))?;
            let me = cx.me()?;
            let (info, checked) = cx.store().backup(
                me,
                dir,
                Retention {
                    keep_last: *keep_last,
                    keep_months: *keep_months,
                },
                now()?,
            )?;
            if cli.json {
                output::json(&serde_json::json!({"backup": info, "check": checked}));
            } else {
                println!(
                    "Backup {} ({:.1} MB), verified: integrity ok, ledger intact ({} events).",
                    info.path,
                    info.bytes as f64 / 1e6,
                    checked.events
                );
            }
            Ok(0)
        }
        BackupCommand::List { dir } => {
            let list = backup::list(dir)?;
            if cli.json {
                output::json(&list);
            } else {
                table(
                    &["taken (UTC)", "size", "file"],
                    &list
                        .iter()
                        .map(|b| {
                            vec![
                                b.taken.clone(),
                                format!("{:.1} MB", b.bytes as f64 / 1e6),
                                b.path.clone(),
                            ]
                        })
                        .collect::<Vec<_>>(),
                );
            }
            Ok(0)
        }
        BackupCommand::Verify { file } => {
            let checked = backup::check(file)?;
            // The schema is compared only on a Custody file SQLite can read whole.
            let schema = if checked.integrity_ok && custody_core::db::is_custody_file(file)? {
                backup::schema_differences(file)?
            } else {
                Vec::new()
            };
            let good = checked.is_good() && schema.is_empty();
            if cli.json {
                let mut v = serde_json::to_value(&checked)?;
                v["schema_differences"] = serde_json::to_value(&schema)?;
                v["good"] = good.into();
                output::json(&v);
            } else if good {
                println!(
                    "{}: integrity ok, ledger intact ({} events), schema as the migrations make it.",
                    checked.path, checked.events
                );
            } else {
                println!("{}: DAMAGED", checked.path);
                for p in &checked.problems {
                    println!("  {p}");
                }
                // The ledger check names some schema differences already: each is said once.
                for d in schema
                    .iter()
                    .filter(|d| !checked.problems.iter().any(|p| p.contains(&d.name)))
                {
                    println!("  {d}");
                }
            }
            Ok(if good { 0 } else { EXIT_DAMAGED })
        }
        BackupCommand::Restore { file, yes } => {
            let db = db_path(&cli.db)?;
            {
                let mut host = open_host(&cli.db)?;
                let mut session = sign_in(&mut host, &cli.actor)?;
                let mut cx = Cx::new(&mut host, Some(&mut session))?;
                let me = cx.me()?;
                cx.store().check(me, Operation::ManageUsers)?;
            }
            if !yes {
                bail!(
                    "this replaces {} with {} (the current database is kept aside); add --yes to go ahead",
                    db.display(),
                    file.display()
                );
            }
            let aside = backup::restore(file, db, now()?)?;
            if cli.json {
                output::json(&serde_json::json!({"restored": file, "kept_aside": aside}));
            } else {
                println!(
                    "Restored {} from {}; the previous database is kept as {}.",
                    db.display(),
                    file.display(),
                    aside.display()
                );
            }
            Ok(0)
        }
    }
}
