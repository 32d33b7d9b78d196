//! The app's session: idle sign-out decided in Rust on an injected clock, and the short list of
//! commands answered before anyone signs in.

use std::sync::Arc;
use std::time::Duration;

use custody_api::{Host, SystemClock};
use custody_app::session::{admit, Moment, Session, SignedOut, BEFORE_SIGN_IN, CALL};
use custody_app::{AppState, Options, COMMANDS};
use custody_core::{Store, Timestamp};

const MINUTE: Duration = Duration::from_secs(60);
const PASSWORD: &str = "a long enough password";

fn now() -> Timestamp {
    Timestamp(chrono::Local::now().fixed_offset())
}

/// A set-up database (site "Ward Pharmacy", administrator `admin`), as the window opens it.
fn site(dir: &std::path::Path) -> Host {
    let path = dir.join("custody.db");
    Store::open(&path)
        .unwrap()
        .init("WP", "Ward Pharmacy", "admin", "Ada Admin", PASSWORD, now())
        .unwrap();
    Host::open(&path, Arc::new(SystemClock)).unwrap()
}

/// The administrator, signed in through custody-api (the only way to a session).
fn admin() -> custody_api::Session {
    let dir = tempfile::tempdir().unwrap();
    custody_api::sign_in(&mut site(dir.path()), "admin", PASSWORD).unwrap()
}

/// Who a command at `now` acts for, by username.
fn acts_for(session: &mut Session, now: Moment) -> Result<String, SignedOut> {
    session
        .command(now)
        .map(|s| s.actor().username().to_string())
}

#[test]
fn a_session_closes_after_exactly_the_idle_minutes_without_a_command() {
    let t0 = Moment::now();
    let mut session = Session::new(10);
    session.sign_in(admin(), t0);
    assert_eq!(
        acts_for(&mut session, t0.after(10 * MINUTE - Duration::from_secs(1))),
        Ok("admin".to_string()),
        "a command a second before the idle minutes are up still acts for the user"
    );
    // That command started the idle time again.
    let last = t0.after(10 * MINUTE - Duration::from_secs(1));
    assert_eq!(
        acts_for(&mut session, last.after(10 * MINUTE)),
        Err(SignedOut::Idle { minutes: 10 }),
        "exactly the idle minutes after the last command the session is closed"
    );
    assert_eq!(
        acts_for(
            &mut session,
            last.after(10 * MINUTE + Duration::from_secs(1))
        ),
        Err(SignedOut::NotSignedIn),
        "a closed session stays closed: the next command finds nobody signed in"
    );
}

#[test]
fn looking_at_who_is_signed_in_does_not_keep_a_session_open() {
    let t0 = Moment::now();
    let mut session = Session::new(5);
    session.sign_in(admin(), t0);
    for minute in 1..5 {
        assert_eq!(
            session
                .signed_in(t0.after(minute * MINUTE))
                .map(|s| s.actor().username().to_string()),
            Some("admin".to_string()),
            "the window's polling sees the user while the session is live"
        );
    }
    assert!(
        session.signed_in(t0.after(5 * MINUTE)).is_none(),
        "polling every minute did not count as activity, so the session closed on time"
    );
    assert!(
        session.command(t0.after(5 * MINUTE)).is_err(),
        "and a command after it is refused"
    );
}

#[test]
fn the_idle_time_counts_on_whichever_clock_moved_further() {
    let user = admin();
    let t0 = Moment::now();
    let mut session = Session::new(10);
    // The computer slept for an hour: the monotonic clock stood still, the wall clock did not.
    session.sign_in(user.clone(), t0);
    let woke = Moment {
        monotonic: t0.monotonic + Duration::from_secs(1),
        wall: t0.wall + 60 * MINUTE,
    };
    assert_eq!(
        acts_for(&mut session, woke),
        Err(SignedOut::Idle { minutes: 10 }),
        "sleeping does not keep a workstation signed in"
    );
    // Someone turned the wall clock back an hour; the monotonic clock still counts.
    session.sign_in(user, t0);
    let turned_back = Moment {
        monotonic: t0.monotonic + 11 * MINUTE,
        wall: t0.wall - 60 * MINUTE,
    };
    assert_eq!(
        acts_for(&mut session, turned_back),
        Err(SignedOut::Idle { minutes: 10 }),
        "turning the clock back does not stretch a session"
    );
}

#[test]
fn signing_out_ends_the_session_at_once() {
    let t0 = Moment::now();
    let mut session = Session::new(10);
    session.sign_in(admin(), t0);
    session.sign_out();
    assert_eq!(
        acts_for(&mut session, t0),
        Err(SignedOut::NotSignedIn),
        "after sign-out no command acts for the user, idle or not"
    );
}

#[test]
fn the_commands_answered_before_sign_in_are_a_short_reviewed_list_of_registered_ones() {
    let mut allowed = BEFORE_SIGN_IN.to_vec();
    allowed.sort_unstable();
    // Adding a command here makes it callable by anyone at the workstation: review it first.
    assert_eq!(
        allowed,
        [
            "app_info",
            "choose_database",
            "restart",
            "sign_in",
            "sign_out"
        ],
        "only the sign-in screen's and the first run's shell commands are open; the operations open then are the api's public ones"
    );
    for name in BEFORE_SIGN_IN {
        assert!(
            COMMANDS.contains(name),
            "{name} is allowed before sign-in but is not a registered command"
        );
    }
    assert!(
        COMMANDS.contains(&CALL),
        "the generic command over custody-api's operations is registered"
    );
    let mut registered = COMMANDS.to_vec();
    registered.sort_unstable();
    assert_eq!(
        registered,
        [
            "app_info",
            "backup_now",
            "call",
            "camera_test_source",
            "choose_database",
            "open_file",
            "restart",
            "sign_in",
            "sign_out"
        ],
        "every screen reaches the api through `call`: the shell keeps only the window's own commands, so a new operation needs no command here"
    );
}

#[test]
fn every_other_registered_command_is_refused_without_a_live_session() {
    let t0 = Moment::now();
    let mut nobody = Session::new(10);
    let mut idle = Session::new(10);
    for name in COMMANDS {
        // `call` is gated per operation (tests/call.rs).
        if BEFORE_SIGN_IN.contains(name) || *name == CALL {
            assert_eq!(
                admit(name, &mut nobody, t0),
                Ok(()),
                "{name} is on the sign-in screen's list"
            );
            continue;
        }
        assert_eq!(
            admit(name, &mut nobody, t0),
            Err(SignedOut::NotSignedIn),
            "{name} must not answer before anyone signs in"
        );
        idle.sign_in(admin_user(), t0);
        assert_eq!(
            admit(name, &mut idle, t0.after(10 * MINUTE)),
            Err(SignedOut::Idle { minutes: 10 }),
            "{name} must not answer for a session idle for its minutes"
        );
    }
    assert!(
        admit("a_command_added_tomorrow", &mut nobody, t0).is_err(),
        "a command nobody put on the list is refused, not let through"
    );
}

/// The administrator's session, made once (the gate only looks at the session).
fn admin_user() -> custody_api::Session {
    use std::sync::OnceLock;
    static ADMIN: OnceLock<custody_api::Session> = OnceLock::new();
    ADMIN.get_or_init(admin).clone()
}

#[test]
fn before_sign_in_the_window_learns_the_site_name_and_nothing_of_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let host = site(dir.path());
    let db = host.path().display().to_string();
    let backups = dir.path().join("backups");
    let state = AppState::new(host, &Options::default(), backups.clone());
    state.set_integrity(vec!["page 7: btree damaged".into()]);
    let t0 = Moment::now();

    let before = state.info(t0).unwrap();
    assert_eq!(
        before.site_name.as_deref(),
        Some("Ward Pharmacy"),
        "the sign-in screen shows the site's name"
    );
    assert!(before.actor.is_none(), "nobody is signed in yet");
    assert_eq!(before.database, None, "no database path before sign-in");
    assert_eq!(before.backup_dir, None, "no backup folder before sign-in");
    assert!(
        before.last_backup.is_none() && before.site.is_none(),
        "no backup file and no site record before sign-in"
    );
    let shown = serde_json::to_string(&before).unwrap();
    assert!(
        !shown.contains(&db) && !shown.contains("btree"),
        "nothing of the file leaks in any field: {shown}"
    );
    assert_eq!(
        before.integrity.len(),
        1,
        "a failed start-up check is still announced, without its findings"
    );

    state
        .sign_in("admin", PASSWORD, t0)
        .expect("the administrator signs in with the password");
    let after = state.info(t0.after(MINUTE)).unwrap();
    assert_eq!(
        after.database.as_deref(),
        Some(db.as_str()),
        "whoever is signed in sees the database"
    );
    assert_eq!(
        after.backup_dir,
        Some(backups.display().to_string()),
        "and where backups go"
    );
    assert_eq!(
        after.integrity,
        ["page 7: btree damaged"],
        "and what the start-up check found"
    );
    let later = state.info(t0.after(10 * MINUTE)).unwrap();
    assert!(
        later.actor.is_none() && later.database.is_none(),
        "ten idle minutes later the window is back to what the sign-in screen needs"
    );
}

#[test]
fn a_database_not_yet_set_up_tells_its_first_run_where_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let host = Host::open(&dir.path().join("new.db"), Arc::new(SystemClock)).unwrap();
    let state = AppState::new(host, &Options::default(), dir.path().join("backups"));
    let info = state.info(Moment::now()).unwrap();
    assert_eq!(info.site_name, None, "nothing is set up yet");
    assert_eq!(
        info.database,
        Some(dir.path().join("new.db").display().to_string()),
        "the first run says where the new database is made"
    );
    assert!(
        info.database_choosable,
        "and offers to keep it elsewhere (not opened with --db)"
    );
}
