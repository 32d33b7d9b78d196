//! What every command needs: the database, the acting user and the clock.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{bail, Context as _, Result};
use custody_api::{Clock, Cx, FixedClock, Host, Session, SystemClock};
use custody_core::{SignatureMeaning, Store, Timestamp};

use crate::files::{check_database, DbUse};
use crate::said::{said, shown};
use crate::speech::t;

/// The environment variable a test build reads its clock from.
const CLOCK_VARIABLE: &str = "CUSTODY_NOW";

/// Whether this binary was built for tests (`--features test-clock`): only such a build lets
/// `CUSTODY_NOW` set the clock. The binaries of `make run`, `make bench` and releases are built
/// without it, so nobody can backdate the ledger by setting a variable.
const TEST_CLOCK: bool = cfg!(feature = "test-clock");

/// Where a run's time comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
enum TimeSource {
    /// The computer's clock.
    Computer,
    /// A fixed time (`CUSTODY_NOW` in a test build).
    Fixed(Timestamp),
}

/// The clock events are recorded at: `CUSTODY_NOW` (RFC 3339) in a test build, else the
/// computer's clock. In any other build a set `CUSTODY_NOW` is ignored with a one-line warning
/// on stderr, so a script that sets it is never silently run on a different clock than it
/// asked for, and never refused either (the computer's clock is always a safe answer).
pub fn clock() -> Result<Arc<dyn Clock>> {
    let (source, warning) = clock_rule(TEST_CLOCK, std::env::var(CLOCK_VARIABLE).ok())?;
    if let Some(w) = warning {
        warn_once(&w);
    }
    Ok(match source {
        TimeSource::Computer => Arc::new(SystemClock),
        TimeSource::Fixed(t) => Arc::new(FixedClock::at(t)),
    })
}

/// Now, on [`clock`].
pub fn now() -> Result<Timestamp> {
    Ok(clock()?.now())
}

/// The clock rule, apart from the process's environment so both builds' behaviour is tested:
/// where the time comes from and, when a set `CUSTODY_NOW` is ignored, the warning to print.
fn clock_rule(test_clock: bool, fixed: Option<String>) -> Result<(TimeSource, Option<String>)> {
    match fixed {
        None => Ok((TimeSource::Computer, None)),
        Some(s) if test_clock => {
            let t = Timestamp::parse(&s).with_context(|| {
                format!("{CLOCK_VARIABLE} '{s}' is not an RFC 3339 time such as 2026-11-22T09:00:00+01:00")
            })?;
            Ok((TimeSource::Fixed(t), None))
        }
        Some(_) => Ok((
            TimeSource::Computer,
            Some(format!(
                "custody: warning: {CLOCK_VARIABLE} is ignored: this build records the computer's clock (only test builds, made with the test-clock feature, honour it)"
            )),
        )),
    }
}

/// The environment variable a test build reads a seed for event ids from.
const FIXED_IDS_VARIABLE: &str = "CUSTODY_FIXED_IDS";

/// Makes this run's event ids follow from `CUSTODY_FIXED_IDS` (a number) in a test build, so
/// golden outputs and recordings come out byte for byte the same; each run of a script gives its
/// own seed (ids drawn from one seed start over in every process). Any other build ignores the
/// variable with a one-line warning, as it ignores `CUSTODY_NOW`.
pub fn fixed_ids() -> Result<()> {
    let (seed, warning) = fixed_ids_rule(TEST_CLOCK, std::env::var(FIXED_IDS_VARIABLE).ok())?;
    if let Some(w) = warning {
        eprintln!("{w}");
    }
    if seed.is_some() {
        custody_core::ledger::fix_event_ids(seed);
    }
    Ok(())
}

/// The fixed-ids rule, apart from the environment: the seed to use and any warning to print.
fn fixed_ids_rule(test_build: bool, seed: Option<String>) -> Result<(Option<u64>, Option<String>)> {
    match seed {
        None => Ok((None, None)),
        Some(s) if test_build => {
            let seed = s.trim().parse().with_context(|| {
                format!("{FIXED_IDS_VARIABLE} '{s}' is not a whole number such as 17")
            })?;
            Ok((Some(seed), None))
        }
        Some(_) => Ok((
            None,
            Some(format!(
                "custody: warning: {FIXED_IDS_VARIABLE} is ignored: only test builds, made with the test-clock feature, honour it"
            )),
        )),
    }
}

/// Prints a warning once per run, however many times the clock is read.
fn warn_once(message: &str) {
    static WARNED: std::sync::Once = std::sync::Once::new();
    WARNED.call_once(|| eprintln!("{message}"));
}

/// Opens the existing Custody database named by `--db`. A path where there is no file is not
/// created (a typo must not start an empty pharmacy), and a file that is not a Custody database
/// is refused before anything is written into it.
pub fn open(db: &Option<PathBuf>) -> Result<Store> {
    let path = db_path(db)?;
    check_database(path, DbUse::Existing)?;
    Store::open(path).with_context(|| said!("cli-opening", file = shown(path)))
}

/// The `--db` path, required.
pub fn db_path(db: &Option<PathBuf>) -> Result<&Path> {
    match db {
        Some(path) => Ok(path),
        None => bail!(said!("cli-no-database")),
    }
}

/// Opens the existing Custody database named by `--db` as the application's host, on
/// [`clock`]; refused as [`open`] refuses.
pub fn open_host(db: &Option<PathBuf>) -> Result<Host> {
    let path = db_path(db)?;
    check_database(path, DbUse::Existing)?;
    let mut host =
        Host::open(path, clock()?).with_context(|| said!("cli-opening", file = shown(path)))?;
    host.set_languages(crate::speech::languages());
    Ok(host)
}

/// Signs the acting user in with their password: `CUSTODY_PASSWORD` for scripts, else asked
/// for on the terminal.
pub fn sign_in(host: &mut Host, name: &Option<String>) -> Result<Session> {
    let Some(name) = name else {
        bail!(said!("cli-who-is-acting"));
    };
    let password = password(&t!("cli-password-for", user = name))?;
    let session = custody_api::sign_in(host, name, &password)?;
    // From here on the command speaks the person's language (unless --lang forced one).
    crate::speech::speak(session.lang());
    Ok(session)
}

/// Who a command runs as: the user named by `--as`, signed in on the database named by `--db`.
#[derive(Debug, Clone, Copy)]
pub struct Acting<'a> {
    /// `--db`.
    pub db: &'a Option<PathBuf>,
    /// `--as`.
    pub actor: &'a Option<String>,
}

impl Acting<'_> {
    /// Opens the database ([`open_host`]) and signs the user in ([`sign_in`]), in that order:
    /// a wrong path is refused before anyone is asked for a password.
    pub fn sign_in(&self) -> Result<(Host, Session)> {
        let mut host = open_host(self.db)?;
        let session = sign_in(&mut host, self.actor)?;
        Ok((host, session))
    }

    /// Runs a command that calls the api more than once (a movement's or a count's scans, each
    /// an operation of its own) on the signed-in user's host and session.
    pub fn run(&self, command: impl FnOnce(&mut Host, &mut Session) -> Result<i32>) -> Result<i32> {
        let (mut host, mut session) = self.sign_in()?;
        command(&mut host, &mut session)
    }

    /// Runs a command that is one operation of the api, on one context of the signed-in user.
    pub fn operation(&self, command: impl FnOnce(&mut Cx<'_>) -> Result<i32>) -> Result<i32> {
        self.run(|host, session| command(&mut Cx::new(host, Some(session))?))
    }
}

/// The password for a signature: `CUSTODY_PASSWORD`, else asked for on the terminal with the
/// prompt naming what the signature means.
pub fn signature_password(meaning: SignatureMeaning) -> Result<String> {
    password(&t!("cli-password-to-sign", meaning = meaning.to_string()))
}

fn password(prompt: &str) -> Result<String> {
    match std::env::var("CUSTODY_PASSWORD") {
        Ok(p) => Ok(p),
        Err(_) => rpassword::prompt_password(prompt)
            .context(said!("cli-reading-password", variable = "CUSTODY_PASSWORD")),
    }
}

/// A new password and the same typed again: `CUSTODY_NEW_PASSWORD` for scripts (given once),
/// else asked for twice on the terminal. The api compares the two (`auth.passwords_differ`).
pub fn new_password(whose: &str) -> Result<(String, String)> {
    if let Ok(p) = std::env::var("CUSTODY_NEW_PASSWORD") {
        return Ok((p.clone(), p));
    }
    let first = rpassword::prompt_password(t!("cli-new-password-for", user = whose)).context(
        said!("cli-reading-password", variable = "CUSTODY_NEW_PASSWORD"),
    )?;
    let again = rpassword::prompt_password(t!("cli-new-password-again"))?;
    Ok((first, again))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_build_without_the_test_clock_ignores_custody_now_and_says_so() {
        let (source, warning) =
            clock_rule(false, Some("2020-01-01T00:00:00+00:00".into())).unwrap();
        assert_eq!(
            source,
            TimeSource::Computer,
            "a release build must record the computer's clock, never a time from the environment"
        );
        let warning = warning.expect("an ignored CUSTODY_NOW must not be ignored silently");
        assert!(
            warning.contains("CUSTODY_NOW")
                && warning.contains("ignored")
                && !warning.contains('\n'),
            "the warning names the variable on one line: {warning}"
        );
        let (_, warning) = clock_rule(false, Some("not a time".into())).unwrap();
        assert!(
            warning.is_some(),
            "even an unreadable CUSTODY_NOW is ignored, not an error, in a release build"
        );
    }

    #[test]
    fn a_test_build_honours_custody_now() {
        let (source, warning) = clock_rule(true, Some("2026-11-22T09:00:00+01:00".into())).unwrap();
        assert_eq!(
            source,
            TimeSource::Fixed(Timestamp::parse("2026-11-22T09:00:00+01:00").unwrap()),
            "tests fix the clock through CUSTODY_NOW"
        );
        assert!(warning.is_none(), "a honoured clock needs no warning");
        assert!(
            clock_rule(true, Some("yesterday".into())).is_err(),
            "a test build refuses a clock it cannot read rather than guess one"
        );
    }

    #[test]
    fn only_a_test_build_fixes_event_ids() {
        assert_eq!(
            fixed_ids_rule(true, Some("17".into())).unwrap(),
            (Some(17), None),
            "a test build seeds the ids from CUSTODY_FIXED_IDS"
        );
        assert!(
            fixed_ids_rule(true, Some("seventeen".into())).is_err(),
            "a seed that is not a number is refused rather than ignored"
        );
        let (seed, warning) = fixed_ids_rule(false, Some("17".into())).unwrap();
        assert_eq!(
            seed, None,
            "a release build never lets the environment choose event ids"
        );
        assert!(
            warning.is_some_and(|w| w.contains(FIXED_IDS_VARIABLE)),
            "and says it ignored the variable"
        );
        assert_eq!(
            fixed_ids_rule(true, None).unwrap(),
            (None, None),
            "no variable, random ids"
        );
    }

    #[test]
    fn without_custody_now_every_build_uses_the_computer_clock() {
        for test_clock in [false, true] {
            let (source, warning) = clock_rule(test_clock, None).unwrap();
            assert_eq!(source, TimeSource::Computer, "no variable, no other clock");
            assert!(warning.is_none(), "nothing to warn about");
        }
    }

    #[test]
    fn a_command_run_as_a_user_is_refused_before_any_password_when_the_database_is_wrong() {
        let nobody = Some("alice".to_string());
        let refused = Acting {
            db: &None,
            actor: &nobody,
        }
        .operation(|_| Ok(0))
        .map_err(|e| e.to_string());
        assert_eq!(
            refused,
            Err("no database given: pass --db PATH or set CUSTODY_DB".to_string()),
            "without --db nothing is opened and nobody is asked for a password"
        );
        let dir = tempfile::tempdir().unwrap();
        let missing = Some(dir.path().join("typo.db"));
        let mut ran = false;
        let refused = Acting {
            db: &missing,
            actor: &nobody,
        }
        .run(|_, _| {
            ran = true;
            Ok(0)
        });
        assert!(
            refused.is_err() && !ran,
            "a database that is not there is refused, and the command never runs"
        );
        assert!(
            !dir.path().join("typo.db").exists(),
            "a mistyped --db must not start an empty pharmacy"
        );
    }
}
