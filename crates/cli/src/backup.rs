//! `custody backup …`: backups through `custody_api::backups`. The folder is the command line's
//! `--dir`; the api refuses the database's own folder and checks what it takes.

use anyhow::{bail, Result};
use custody_api::{backups, Cx};
use custody_core::backup::Retention;

use crate::args::{BackupCommand, Cli};
use crate::context::{db_path, open_host, sign_in};
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
            let defaults = Retention::default();
            let keep = Retention {
                keep_last: keep_last.unwrap_or(defaults.keep_last),
                keep_months: keep_months.unwrap_or(defaults.keep_months),
            };
            let (info, checked) = backups::take(&mut cx, dir, keep)?;
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
            let list = backups::list(dir)?;
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
            let verdict = backups::check(file)?;
            if cli.json {
                output::json(&verdict);
            } else if verdict.good {
                println!(
                    "{}: integrity ok, ledger intact ({} events), schema as the migrations make it.",
                    verdict.check.path, verdict.check.events
                );
            } else {
                println!("{}: DAMAGED", verdict.check.path);
                for p in &verdict.check.problems {
                    println!("  {p}");
                }
                // The ledger check names some schema differences already: each is said once.
                for d in verdict
                    .schema_differences
                    .iter()
                    .filter(|d| !verdict.check.problems.iter().any(|p| p.contains(&d.name)))
                {
                    println!("  {d}");
                }
            }
            Ok(if verdict.good { 0 } else { EXIT_DAMAGED })
        }
        BackupCommand::Restore { file, yes } => {
            let db = db_path(&cli.db)?.to_path_buf();
            let plan = {
                let mut host = open_host(&cli.db)?;
                let mut session = sign_in(&mut host, &cli.actor)?;
                let mut cx = Cx::new(&mut host, Some(&mut session))?;
                backups::plan_restore(&mut cx, file)?
                // The database is closed here, before anything replaces it.
            };
            if !yes {
                bail!(
                    "this replaces {} with {} (the current database is kept aside); add --yes to go ahead",
                    db.display(),
                    file.display()
                );
            }
            let aside = plan.run()?;
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
