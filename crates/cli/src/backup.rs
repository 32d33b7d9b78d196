//! `custody backup …`: backups through `custody_api::backups`. The folder is the command line's
//! `--dir`; the api refuses the database's own folder and checks what it takes.

use std::path::Path;

use anyhow::{bail, Result};
use custody_api::{backups, Cx};
use custody_core::backup::Retention;

use crate::args::{BackupCommand, BackupCreateArgs};
use crate::context::{db_path, Acting};
use crate::output::{self, table};
use crate::said::said;
use crate::speech::{headers, t};

/// Exit status when a checked file is damaged (as for `custody verify`).
const EXIT_DAMAGED: i32 = 4;

/// `custody backup …`: one function per subcommand. Taking and restoring a backup sign the user
/// in; listing and checking read files only.
pub fn run(acting: Acting<'_>, c: BackupCommand, as_json: bool) -> Result<i32> {
    match c {
        BackupCommand::Create(a) => acting.operation(|cx| create(cx, a, as_json)),
        BackupCommand::List { dir } => list(&dir, as_json),
        BackupCommand::Verify { file } => verify(&file, as_json),
        BackupCommand::Restore { file, yes } => restore(acting, &file, yes, as_json),
    }
}

/// `custody backup create --dir …`: a verified copy, and old ones dropped.
fn create(cx: &mut Cx<'_>, a: BackupCreateArgs, as_json: bool) -> Result<i32> {
    let defaults = Retention::default();
    let keep = Retention {
        keep_last: a.keep_last.unwrap_or(defaults.keep_last),
        keep_months: a.keep_months.unwrap_or(defaults.keep_months),
    };
    let (info, checked) = backups::take(cx, &a.dir, keep)?;
    if as_json {
        output::json(&serde_json::json!({"backup": info, "check": checked}));
    } else {
        let size = format!("{:.1}", info.bytes as f64 / 1e6);
        let line = t!(
            "backup-taken",
            file = info.path,
            size = size,
            events = checked.events
        );
        println!("{line}");
    }
    Ok(0)
}

/// `custody backup list --dir …`: newest first.
fn list(dir: &Path, as_json: bool) -> Result<i32> {
    let list = backups::list(dir)?;
    if as_json {
        output::json(&list);
        return Ok(0);
    }
    table(
        &headers(&["backup-col-taken", "backup-col-size", "backup-col-file"]),
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
    Ok(0)
}

/// `custody backup verify FILE`: 0 when the file is good, [`EXIT_DAMAGED`] when it is not.
fn verify(file: &Path, as_json: bool) -> Result<i32> {
    let verdict = backups::check(file)?;
    if as_json {
        output::json(&verdict);
    } else if verdict.good {
        let (file, events) = (&verdict.check.path, verdict.check.events);
        println!("{}", t!("backup-good", file = file, events = events));
    } else {
        println!("{}", t!("backup-damaged", file = verdict.check.path));
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

/// `custody backup restore FILE --yes`: checked and planned as the signed-in administrator,
/// then run with the database closed.
fn restore(acting: Acting<'_>, file: &Path, yes: bool, as_json: bool) -> Result<i32> {
    let db = db_path(acting.db)?.to_path_buf();
    let plan = {
        let (mut host, mut session) = acting.sign_in()?;
        let mut cx = Cx::new(&mut host, Some(&mut session))?;
        backups::plan_restore(&mut cx, file)?
        // The database is closed here, before anything replaces it.
    };
    if !yes {
        bail!(said!(
            "backup-restore-needs-yes",
            db = db.display().to_string(),
            file = file.display().to_string()
        ));
    }
    let aside = plan.run()?;
    if as_json {
        output::json(&serde_json::json!({"restored": file, "kept_aside": aside}));
    } else {
        let line = t!(
            "backup-restored",
            db = db.display().to_string(),
            file = file.display().to_string(),
            aside = aside.display().to_string()
        );
        println!("{line}");
    }
    Ok(0)
}
