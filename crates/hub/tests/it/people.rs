//! The hub's people: accounts added and listed, sign-in with the site's lockout rules, a
//! disabled account, a new password, and the command line's `user` commands and `--as`.

use std::process::Command;

use custody_hub::people::{self, Role, MAX_ATTEMPTS};
use custody_hub::{admin, views, HubError};

use crate::support::{TestHub, PASSWORD};

/// The columns of `username`'s row in `user list` (aligned, two spaces or more apart).
fn listed(out: &str, username: &str) -> Vec<String> {
    let row = out
        .lines()
        .find(|l| l.starts_with(&format!("{username} ")))
        .unwrap_or_else(|| panic!("{username} listed: {out}"));
    row.split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_string)
        .collect()
}

fn hub_cli(hub: &TestHub, password: Option<&str>, args: &[&str]) -> (bool, String, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_custody-hub"));
    command.args(["--db-url", &hub.url]).args(args);
    match password {
        Some(p) => command.env("CUSTODY_HUB_PASSWORD", p),
        None => command.env_remove("CUSTODY_HUB_PASSWORD"),
    };
    let out = command.output().expect("the binary runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_wrong_password_is_refused_and_five_in_a_row_lock_the_account() {
    let hub = TestHub::start();
    hub.add_person("ines", Role::Qa);
    let wrong = hub.block_on(people::sign_in(&hub.db, "ines", "not her password"));
    assert!(
        matches!(wrong, Err(HubError::SignInFailed)),
        "a wrong password is refused: {wrong:?}"
    );
    let unknown = hub.block_on(people::sign_in(&hub.db, "nobody", PASSWORD));
    assert_eq!(
        unknown.map(|_| ()).map_err(|e| e.to_string()),
        Err("sign-in refused: wrong username or password".to_string()),
        "an unknown name gets the wrong password's words, so names cannot be probed"
    );
    for _ in 1..MAX_ATTEMPTS - 1 {
        let _ = hub.block_on(people::sign_in(&hub.db, "ines", "still wrong"));
    }
    let refusal =
        |r: Result<people::HubUser, HubError>| r.map(|u| u.username).map_err(|e| e.to_string());
    let fifth = hub.block_on(people::sign_in(&hub.db, "ines", "still wrong"));
    assert_eq!(
        refusal(fifth),
        Err("sign-in refused: wrong username or password".to_string()),
        "the fifth wrong password locks the account but is refused in the same words as an \
         unknown name, so a lock does not tell that the name exists"
    );
    assert_eq!(
        hub.number(
            "SELECT count(*) FROM hub_user WHERE username = 'ines' \
                    AND locked_until > now() + interval '4 minutes'"
        ),
        1,
        "the fifth wrong password in a row locks the account for five minutes"
    );
    let right = hub.block_on(people::sign_in(&hub.db, "ines", PASSWORD));
    assert_eq!(
        refusal(right),
        Err("sign-in refused: wrong username or password".to_string()),
        "while locked even the right password is refused, and in the same words, or guessing \
         would go on and learn when it had found it"
    );
    let listed = hub
        .block_on(people::users(&hub.db))
        .expect("the accounts are listed");
    assert!(
        listed
            .iter()
            .any(|u| u.username == "ines" && u.locked_until.is_some()),
        "the administrator's list shows the lock the sign-in does not tell: {listed:?}"
    );
    hub.block_on(people::set_password(&hub.db, "ines", "a brand new one"))
        .expect("an administrator sets a new password");
    let after = hub.block_on(people::sign_in(&hub.db, "ines", "a brand new one"));
    assert_eq!(
        after.map(|u| u.username).ok().as_deref(),
        Some("ines"),
        "a new password lifts the lock, as at a site"
    );
}

/// How many passwords were checked against a hash to refuse `username` a wrong password.
fn checks_to_refuse(hub: &TestHub, username: &str) -> usize {
    let (out, checks) = hub.block_on(people::counting_checks(people::sign_in(
        &hub.db,
        username,
        "not the password",
    )));
    assert!(
        matches!(out, Err(HubError::SignInFailed)),
        "{username} is refused: {out:?}"
    );
    checks
}

#[test]
fn an_unknown_name_or_a_locked_account_costs_one_password_check_as_a_wrong_password_does() {
    let hub = TestHub::start();
    hub.add_person("ines", Role::Qa);
    hub.add_person("amal", Role::Qa);
    hub.execute(
        "UPDATE hub_user SET locked_until = now() + interval '5 minutes' WHERE username = 'amal'",
    )
    .expect("amal is locked");
    // Counted rather than timed: every refusal is one argon2 run (an unknown name's against a
    // hash with the same parameters, which a unit test holds), so a stopwatch cannot tell which
    // names exist or which are locked.
    for name in ["ines", "nobody", "amal"] {
        assert_eq!(
            checks_to_refuse(&hub, name),
            1,
            "{name} is refused after exactly one password check"
        );
    }
}

#[test]
fn a_right_password_resets_the_count_of_wrong_ones() {
    let hub = TestHub::start();
    hub.add_person("ines", Role::Qa);
    for _ in 1..MAX_ATTEMPTS {
        let _ = hub.block_on(people::sign_in(&hub.db, "ines", "wrong"));
    }
    hub.block_on(people::sign_in(&hub.db, "ines", PASSWORD))
        .expect("four wrong then the right one signs in");
    let wrong = hub.block_on(people::sign_in(&hub.db, "ines", "wrong"));
    assert!(
        matches!(wrong, Err(HubError::SignInFailed)),
        "the count started again: one wrong password does not lock: {wrong:?}"
    );
}

#[test]
fn a_disabled_account_signs_in_no_more_and_a_password_is_never_stored_in_clear() {
    let hub = TestHub::start();
    hub.add_person("ines", Role::Qa);
    assert_eq!(
        hub.number(&format!(
            "SELECT count(*) FROM hub_user WHERE password_hash LIKE '$argon2id$%' \
             AND position('{PASSWORD}' IN password_hash) = 0"
        )),
        1,
        "the password is kept as an argon2id hash only"
    );
    hub.block_on(people::disable_user(&hub.db, "ines"))
        .expect("the account is disabled");
    let out = hub.block_on(people::sign_in(&hub.db, "ines", PASSWORD));
    assert!(
        matches!(&out, Err(HubError::Disabled(u)) if u == "ines"),
        "a disabled account is refused, by name once the password is right: {out:?}"
    );
    let missing = hub.block_on(people::disable_user(&hub.db, "nobody"));
    assert!(
        matches!(&missing, Err(HubError::UnknownUser(u)) if u == "nobody"),
        "an unknown account is named: {missing:?}"
    );
}

#[test]
fn a_qa_officer_resolves_alarms_but_only_an_administrator_resumes_a_site() {
    let hub = TestHub::start();
    let qa = hub.add_person("ines", Role::Qa);
    hub.add_site("NORTH");
    let refused = hub.block_on(admin::resume(&hub.db, "NORTH", "checked", &qa));
    assert_eq!(
        refused.map_err(|e| e.to_string()),
        Err("hub user ines (qa) may not resume a site: it takes an administrator".to_string()),
        "lifting a suspension is an administrator's decision, refused before anything else"
    );
    let unknown = hub.block_on(views::resolve_alarm(&hub.db, 999, &qa, "checked"));
    assert!(
        matches!(unknown, Err(HubError::UnknownAlarm(999))),
        "a QA officer gets as far as the alarm itself: {unknown:?}"
    );
}

#[test]
fn the_cli_adds_lists_disables_and_signs_people_in_with_the_password_never_an_argument() {
    let hub = TestHub::start();
    let (ok, out, err) = hub_cli(
        &hub,
        Some(PASSWORD),
        &[
            "user",
            "add",
            "amal",
            "--name",
            "Amal Haddad",
            "--role",
            "admin",
        ],
    );
    assert!(ok && out.contains("amal added"), "user add: {out}{err}");
    let (ok, _, err) = hub_cli(
        &hub,
        Some("short"),
        &["user", "add", "bo", "--name", "Bo", "--role", "qa"],
    );
    assert_eq!(
        (ok, err.trim()),
        (
            false,
            "custody-hub: password: must be at least 8 characters"
        ),
        "a short password is refused, saying how long it must be"
    );
    let (_, out, _) = hub_cli(&hub, None, &["user", "list"]);
    assert_eq!(
        listed(&out, "amal"),
        ["amal", "Amal Haddad", "admin", "yes", "-"],
        "username, name, role, active, not locked"
    );
    hub.add_site("NORTH");
    let (ok, _, err) = hub_cli(
        &hub,
        Some("wrong password"),
        &["site", "resume", "NORTH", "--reason", "x", "--as", "amal"],
    );
    assert_eq!(
        (ok, err.trim()),
        (
            false,
            "custody-hub: sign-in refused: wrong username or password"
        ),
        "--as signs the person in: a wrong password stops the command"
    );
    let (ok, _, err) = hub_cli(
        &hub,
        Some(PASSWORD),
        &["site", "resume", "NORTH", "--reason", "x", "--as", "amal"],
    );
    assert_eq!(
        (ok, err.trim()),
        (false, "custody-hub: site NORTH is not suspended"),
        "signed in, the command itself runs"
    );
    let (ok, _, _) = hub_cli(&hub, None, &["user", "disable", "amal"]);
    assert!(ok, "user disable");
    let (_, out, _) = hub_cli(&hub, None, &["user", "list"]);
    assert_eq!(
        listed(&out, "amal"),
        ["amal", "Amal Haddad", "admin", "no", "-"],
        "listed as inactive"
    );
}
