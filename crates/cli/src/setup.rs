//! `custody init` and `custody demo`: a new database set up through `custody_api::site`. Only
//! these two create a database file, and a run that fails takes away the file it created, so a
//! failed `init` leaves no half-made database behind.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use custody_api::site::{self, FirstRun};
use custody_api::{Cx, Host};
use serde_json::json;

use crate::args::InitArgs;
use crate::context::{clock, db_path, new_password};
use crate::files::{check_database, DbUse};
use crate::output;
use crate::said::{said, shown};
use crate::speech::t;

/// `custody init`: the site and its first administrator, whose password is a new password
/// (`CUSTODY_NEW_PASSWORD`, as documented: `CUSTODY_PASSWORD` is the acting user's, and there is
/// none yet). Refused by the api on a database that is set up.
pub fn init(db: &Option<PathBuf>, a: InitArgs, as_json: bool) -> Result<i32> {
    let (password, password_again) = new_password(&a.admin)?;
    let form = FirstRun {
        demo: false,
        site_code: a.site_code,
        site_name: a.site_name,
        admin: a.admin,
        admin_name: a.admin_name,
        password,
        password_again,
    };
    let path = db_path(db)?;
    let (created, set_up) = create_or_undo(path, |cx| Ok(site::first_run(cx, form)?))?;
    if as_json {
        output::json(&json!({"site": set_up.site, "admin": set_up.admin, "created": created}));
    } else {
        if created {
            println!(
                "{}",
                t!("cli-created-database", file = path.display().to_string())
            );
        }
        let (code, name) = (&set_up.site.code, &set_up.site.name);
        let line = match &set_up.admin {
            Some(a) => t!(
                "init-set-up-admin",
                site = code,
                name = name,
                admin = a.username
            ),
            None => t!("init-set-up", site = code, name = name),
        };
        println!("{line}");
    }
    Ok(0)
}

/// `custody demo --scale … [--years …]`: the demonstration pharmacy, into a new, empty
/// database only.
pub fn demo(
    db: &Option<PathBuf>,
    scale: &str,
    years: Option<&str>,
    site_code: &str,
    as_json: bool,
) -> Result<i32> {
    let scale: custody_core::demo::Scale = scale
        .parse()
        .map_err(anyhow::Error::msg)
        .context("--scale")?;
    let years = match years {
        Some(y) => y.parse().map_err(anyhow::Error::msg).context("--years")?,
        None => custody_core::demo::Years::NONE,
    };
    let path = db_path(db)?;
    let size = custody_core::demo::DemoSize { scale, years };
    let (created, s) = create_or_undo(path, |cx| Ok(site::demo_as(cx, size, site_code)?))?;
    if as_json {
        let mut v = serde_json::to_value(&s)?;
        v["created"] = json!(created);
        output::json(&v);
    } else {
        if created {
            println!(
                "{}",
                t!("cli-created-database", file = path.display().to_string())
            );
        }
        let years = match s.years.get() {
            0 => String::new(),
            n => format!(" {}", t!("demo-years", years = n)),
        };
        let line = t!(
            "demo-made",
            products = s.products,
            locations = s.locations,
            packs = s.units,
            events = s.events,
            years = years,
            seconds = format!("{:.1}", s.seconds)
        );
        println!("{line}\n{}", t!("demo-users"));
    }
    Ok(0)
}

/// Opens `path` as a host (creating the database when there is none, or the file is empty) and
/// runs `set_up` on it before anyone signs in; says whether the file was created. When `set_up`
/// fails on a database this run created, the new file is taken away again (an empty file given
/// to be filled held nothing, and goes too).
pub(crate) fn create_or_undo<T>(
    path: &Path,
    set_up: impl FnOnce(&mut Cx<'_>) -> Result<T>,
) -> Result<(bool, T)> {
    let created = check_database(path, DbUse::CreateIfMissing)?;
    let result = Host::open(path, clock()?)
        .map_err(anyhow::Error::new)
        .with_context(|| {
            if created {
                said!("cli-creating-database", file = shown(path))
            } else {
                said!("cli-opening", file = shown(path))
            }
        })
        .and_then(|mut host| {
            let mut cx = Cx::new(&mut host, None)?;
            set_up(&mut cx)
        });
    match result {
        Ok(v) => Ok((created, v)),
        Err(e) => {
            if created {
                for suffix in ["-wal", "-shm", ""] {
                    let mut name = path.as_os_str().to_owned();
                    name.push(suffix);
                    let _ = std::fs::remove_file(PathBuf::from(name));
                }
            }
            Err(e)
        }
    }
}
