//! Who may do what is evidence: users added, roles changed, accounts disabled and enabled are
//! ledger events, the user table's roles are their projection, and `verify` catches an account
//! edited behind the store's back.

use custody_core::ledger::verify::FindingKind;
use custody_core::users::SYSTEM_PRINCIPAL;
use custody_core::*;

use crate::fixtures::{now, pharmacy, Pharmacy, PASSWORD};

/// Every user event: kind, actor, subject, role, active.
fn user_events(p: &Pharmacy) -> Vec<(String, String, String, String, bool)> {
    p.sqlite()
        .prepare(
            "SELECT e.kind, a.username, s.username, e.subject_role, e.subject_active
             FROM event e JOIN user a ON a.id = e.actor_id JOIN user s ON s.id = e.subject_user_id
             ORDER BY e.seq",
        )
        .unwrap()
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn ev(
    kind: &str,
    actor: &str,
    subject: &str,
    role: &str,
    active: bool,
) -> (String, String, String, String, bool) {
    (
        kind.into(),
        actor.into(),
        subject.into(),
        role.into(),
        active,
    )
}

fn intact(p: &Pharmacy) {
    let r = p.store.verify(&p.admin).unwrap();
    assert!(
        r.is_intact(),
        "the ledger must stay intact: {:?}",
        r.findings
    );
}

fn edited(p: &Pharmacy, sql: &str) -> Vec<custody_core::ledger::verify::Finding> {
    p.sqlite().execute_batch(sql).unwrap();
    p.store.verify(&p.admin).unwrap().findings
}

#[test]
fn each_change_to_who_may_do_what_is_a_ledger_event_by_who_made_it() {
    let mut p = pharmacy();
    let admin = p.admin.clone();
    p.staff();
    p.store
        .set_user_role(&admin, "sam", Role::Manager, now())
        .unwrap();
    p.store
        .set_user_active(&admin, "sam", false, now())
        .unwrap();
    p.store.set_user_active(&admin, "sam", true, now()).unwrap();
    assert_eq!(
        user_events(&p),
        [
            ev("user_added", SYSTEM_PRINCIPAL, "alice", "admin", true),
            ev("user_added", "alice", "sam", "staff", true),
            ev("user_role_changed", "alice", "sam", "manager", true),
            ev("user_disabled", "alice", "sam", "manager", false),
            ev("user_enabled", "alice", "sam", "manager", true),
        ],
        "who did it, to whom and what the account became, in order; the first administrator is set up by the system"
    );
    let history: Vec<(EventKind, String, Role, bool)> = p
        .store
        .user_history(&admin, "sam")
        .unwrap()
        .into_iter()
        .map(|c| (c.kind, c.by, c.role, c.active))
        .collect();
    assert_eq!(
        history,
        [
            (EventKind::UserAdded, "alice".into(), Role::Staff, true),
            (
                EventKind::UserRoleChanged,
                "alice".into(),
                Role::Manager,
                true
            ),
            (
                EventKind::UserDisabled,
                "alice".into(),
                Role::Manager,
                false
            ),
            (EventKind::UserEnabled, "alice".into(), Role::Manager, true),
        ],
        "a user's history lists every change to their account, by whom"
    );
    let sam = p
        .store
        .users(&admin)
        .unwrap()
        .into_iter()
        .find(|u| u.username == "sam")
        .unwrap();
    assert_eq!(
        (sam.role, sam.active),
        (Role::Manager, true),
        "the user table is the projection of the events"
    );
    intact(&p);
}

#[test]
fn nothing_changed_records_nothing() {
    let mut p = pharmacy();
    let admin = p.admin.clone();
    p.staff();
    let before = user_events(&p).len();
    p.store
        .set_user_role(&admin, "sam", Role::Staff, now())
        .unwrap();
    p.store.set_user_active(&admin, "sam", true, now()).unwrap();
    assert_eq!(
        user_events(&p).len(),
        before,
        "setting the role or state a user already has is no event"
    );
}

#[test]
fn user_events_never_carry_password_hashes_or_lockout_counters() {
    let mut p = pharmacy();
    p.staff();
    let admin = p.admin.clone();
    // Lock sam out, then disable and enable them, which clears the counters.
    for _ in 0..5 {
        let _ = p.store.sign_in("sam", "wrong password!", now());
    }
    p.store
        .set_user_active(&admin, "sam", false, now())
        .unwrap();
    p.store.set_user_active(&admin, "sam", true, now()).unwrap();
    let hash: String = p
        .sqlite()
        .query_row(
            "SELECT password_hash FROM user WHERE username = 'sam'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let texts: Vec<String> = p
        .sqlite()
        .prepare(
            "SELECT coalesce(reference, '') || coalesce(reason, '') || coalesce(raw_scan, '') || coalesce(subject_role, '')
             FROM event WHERE subject_user_id IS NOT NULL",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(
        texts
            .iter()
            .all(|t| !t.contains("argon2") && !t.contains(&hash) && !t.contains("locked")),
        "no password hash or lockout on the ledger: {texts:?}"
    );
    intact(&p);
}

#[test]
fn only_an_administrator_changes_roles() {
    let mut p = pharmacy();
    let sam = p.staff();
    let admin = p.admin.clone();
    let ben = p
        .store
        .add_user(&admin, "ben", "Ben", Role::Manager, Some(PASSWORD), now())
        .unwrap();
    for who in [&sam, &ben] {
        assert!(
            matches!(
                p.store.set_user_role(who, "sam", Role::Admin, now()),
                Err(e) if e.code() == "auth.forbidden"
            ),
            "{} may not change roles",
            who.role
        );
    }
    assert!(
        matches!(
            p.store.set_user_role(&admin, "nobody", Role::Qa, now()),
            Err(e) if e.code() == "master.user_unknown" && e.args()["user"] == "nobody"
        ),
        "an unknown user is named as such"
    );
}

#[test]
fn the_last_active_administrator_can_be_neither_demoted_nor_disabled() {
    let mut p = pharmacy();
    let alice = p.admin.clone();
    let err = p
        .store
        .set_user_role(&alice, "alice", Role::Manager, now())
        .unwrap_err();
    assert!(
        err.code() == "master.last_admin_role" && err.args()["user"] == "alice",
        "demoting the only administrator would leave nobody to manage users: {err}"
    );
    let bob = p
        .store
        .add_user(&alice, "bob", "Bob", Role::Admin, Some(PASSWORD), now())
        .unwrap();
    let carol = p
        .store
        .add_user(&alice, "carol", "Carol", Role::Admin, Some(PASSWORD), now())
        .unwrap();
    p.store
        .set_user_active(&alice, "carol", false, now())
        .unwrap();
    p.store
        .set_user_role(&bob, "alice", Role::Staff, now())
        .expect("with another active administrator, one may be demoted");
    let err = p
        .store
        .set_user_role(&bob, "bob", Role::Qa, now())
        .unwrap_err();
    assert!(
        err.code() == "master.last_admin_role",
        "a disabled administrator does not count: bob is the last active one: {err}"
    );
    let err = p
        .store
        .set_user_active(&bob, "bob", false, now())
        .unwrap_err();
    assert!(
        err.code() == "auth.disable_self",
        "nor may bob disable himself: {err}"
    );
    let _ = carol;
    intact(&p);
}

#[test]
fn verify_catches_a_role_edited_behind_the_stores_back() {
    let mut p = pharmacy();
    p.staff();
    intact(&p);
    let findings = edited(&p, "UPDATE user SET role = 'admin' WHERE username = 'sam'");
    assert!(
        findings.iter().any(|f| f.kind == FindingKind::StateMismatch
            && f.message.contains("sam")
            && f.message.contains("admin")
            && f.message.contains("staff")),
        "a promotion made with sqlite3 is found, naming the user and both roles: {findings:?}"
    );
}

#[test]
fn verify_catches_an_account_enabled_or_added_behind_the_stores_back() {
    let mut p = pharmacy();
    let admin = p.admin.clone();
    p.staff();
    p.store
        .set_user_active(&admin, "sam", false, now())
        .unwrap();
    let findings = edited(&p, "UPDATE user SET active = 1 WHERE username = 'sam'");
    assert!(
        findings
            .iter()
            .any(|f| f.kind == FindingKind::StateMismatch && f.message.contains("sam")),
        "a disabled account enabled with sqlite3 is found: {findings:?}"
    );
    let findings = edited(
        &p,
        "INSERT INTO user (username, name, role, created_at) VALUES ('eve', 'Eve', 'admin', '2026-11-22T08:00:00Z')",
    );
    assert!(
        findings.iter().any(|f| f.kind == FindingKind::StateMismatch
            && f.message.contains("eve")
            && f.message.contains("behind the store's back")),
        "an account inserted with sqlite3 has no event and is found: {findings:?}"
    );
    let store = Store::open(p.store.path()).unwrap();
    assert!(
        store
            .verify(&admin)
            .unwrap()
            .findings
            .iter()
            .any(|f| f.message.contains("eve")),
        "opening the database again does not enrol her: enrolment ran once, with the migration"
    );
}

#[test]
fn the_system_principal_can_never_sign_in_nor_be_managed() {
    let mut p = pharmacy();
    let admin = p.admin.clone();
    assert!(
        p.store
            .users(&admin)
            .unwrap()
            .iter()
            .all(|u| u.username != SYSTEM_PRINCIPAL),
        "the system principal is not a person in the users list"
    );
    for op in [
        p.store
            .set_user_role(&admin, SYSTEM_PRINCIPAL, Role::Admin, now())
            .map(|_| ()),
        p.store
            .set_user_active(&admin, SYSTEM_PRINCIPAL, true, now())
            .map(|_| ()),
        p.store
            .set_password(&admin, SYSTEM_PRINCIPAL, "a long enough password", now()),
    ] {
        assert!(
            matches!(&op, Err(e) if e.code() == "master.user_unknown"),
            "no one manages the system principal: {op:?}"
        );
    }
    assert!(
        p.store
            .add_user(
                &admin,
                SYSTEM_PRINCIPAL,
                "Mallory",
                Role::Admin,
                None,
                now()
            )
            .is_err(),
        "no person can be given its username"
    );
    // Even made active with a password by hand, it cannot sign in, and verify says so.
    let hash = custody_core::auth::hash_password(PASSWORD).unwrap();
    p.sqlite()
        .execute(
            "UPDATE user SET active = 1, role = 'admin', password_hash = ?1 WHERE username = ?2",
            rusqlite::params![hash, SYSTEM_PRINCIPAL],
        )
        .unwrap();
    assert!(
        matches!(
            p.store.sign_in(SYSTEM_PRINCIPAL, PASSWORD, now()),
            Err(e) if e.code() == "auth.sign_in_failed"
        ),
        "the system principal never signs in"
    );
    assert!(
        p.store.actor(SYSTEM_PRINCIPAL).is_err(),
        "nor acts as a person"
    );
    assert!(
        p.store
            .sign_in_users()
            .unwrap()
            .iter()
            .all(|(u, _)| u != SYSTEM_PRINCIPAL),
        "nor appears in the sign-in screen's quick switch"
    );
    assert_eq!(
        p.store.first_admin().unwrap().map(|u| u.username),
        Some("alice".to_string()),
        "nor is taken for the first administrator"
    );
    let r = p.store.verify(&admin).unwrap();
    assert!(
        r.findings
            .iter()
            .any(|f| f.kind == FindingKind::StateMismatch && f.message.contains(SYSTEM_PRINCIPAL)),
        "verify reports the system principal made able to sign in: {:?}",
        r.findings
    );
}

#[test]
fn a_user_events_subject_is_under_its_hash() {
    let mut p = pharmacy();
    p.staff();
    let findings = edited(
        &p,
        "DROP TRIGGER event_no_update;
         UPDATE event SET subject_role = 'admin' WHERE kind = 'user_added' AND subject_role = 'staff';
         UPDATE user SET role = 'admin' WHERE username = 'sam';",
    );
    assert!(
        findings
            .iter()
            .any(|f| f.kind == FindingKind::ContentChanged && f.message.contains("user_added")),
        "rewriting the event to match a promotion breaks its hash: {findings:?}"
    );
}

#[test]
fn the_demo_writes_its_history_through_core_and_verifies_with_its_users_on_the_ledger() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path().join("demo.db")).unwrap();
    store
        .create_demo(custody_core::demo::Scale::Small, now())
        .expect("the demo's months of history are not held to the late-entry window");
    let admin = store.actor("admin").unwrap();
    let r = store.verify(&admin).unwrap();
    assert!(
        r.is_intact(),
        "the demo's users, packs, lots and consumption all agree with its ledger: {:?}",
        r.findings
    );
}
