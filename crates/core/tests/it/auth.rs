//! Sign-in with a lockout, user management, and signatures on the ledger.

use chrono::Duration;
use custody_core::movement::{Movement, ScanInput, ScanSession};
use custody_core::*;

use crate::fixtures::{now, pharmacy, PASSWORD};

fn at(minutes: i64) -> Timestamp {
    Timestamp(now().0 + Duration::minutes(minutes))
}

#[test]
fn five_wrong_passwords_lock_the_account_for_five_minutes() {
    let mut p = pharmacy();
    assert_eq!(
        p.store.sign_in("alice", PASSWORD, now()).unwrap().username,
        "alice"
    );
    let codes: Vec<&str> = (0..5)
        .map(|_| p.store.sign_in("alice", "guess", now()).unwrap_err().code())
        .collect();
    assert_eq!(
        codes,
        vec!["auth.sign_in_failed"; 4]
            .into_iter()
            .chain(["auth.locked"])
            .collect::<Vec<_>>(),
        "four wrong passwords are refused as such, the fifth locks the account"
    );
    let err = p.store.sign_in("alice", PASSWORD, at(2)).unwrap_err();
    assert_eq!(err.code(), "auth.locked", "even the right password waits");
    assert_eq!(
        err.args()["minutes"],
        3,
        "two minutes into a five-minute lock, three are left: {err}"
    );
    assert!(
        p.store.sign_in("alice", PASSWORD, at(5)).is_ok(),
        "the lock ends on its own"
    );
    // Unknown users get the same answer as wrong passwords.
    assert_eq!(
        p.store.sign_in("mallory", "x", now()).unwrap_err().code(),
        "auth.sign_in_failed",
        "a name that does not exist cannot be told from a wrong password"
    );
}

#[test]
fn admins_disable_and_reset_users_but_never_delete_them() {
    let mut p = pharmacy();
    let admin = p.admin.clone();
    let bob = p
        .store
        .add_user(
            &admin,
            "bob",
            "Bob Jones",
            Role::Staff,
            Some(PASSWORD),
            now(),
        )
        .unwrap();
    let nopass = p
        .store
        .add_user(&admin, "carol", "Carol", Role::Staff, None, now())
        .unwrap();
    assert_eq!(
        p.store.sign_in("carol", "", now()).unwrap_err().code(),
        "auth.no_password",
        "an account without a password cannot sign in until one is set"
    );
    p.store
        .set_user_active(&admin, "bob", false, now())
        .unwrap();
    assert_eq!(
        p.store.sign_in("bob", PASSWORD, now()).unwrap_err().code(),
        "auth.disabled",
        "a disabled account cannot sign in, even with the right password"
    );
    assert!(
        p.store
            .set_user_active(&admin, "alice", false, now())
            .is_err(),
        "not yourself"
    );
    assert!(matches!(
        p.store.set_user_active(&bob, "alice", false, now()),
        Err(e) if e.code() == "auth.forbidden"
    ));
    p.store.set_user_active(&admin, "bob", true, now()).unwrap();
    // Bob changes his own password; he may not change Carol's; an admin resets hers.
    p.store
        .set_password(&bob, "bob", "a new long secret", now())
        .unwrap();
    assert!(p.store.sign_in("bob", "a new long secret", now()).is_ok());
    assert!(matches!(
        p.store.set_password(&bob, "carol", "another secret", now()),
        Err(e) if e.code() == "auth.forbidden"
    ));
    assert!(
        p.store
            .set_password(&admin, "carol", "short", now())
            .is_err(),
        "too short"
    );
    p.store
        .set_password(&admin, "carol", "temporary secret", now())
        .unwrap();
    assert_eq!(
        p.store
            .sign_in("carol", "temporary secret", now())
            .unwrap()
            .id,
        nopass.id
    );
}

#[test]
fn a_signature_is_part_of_the_events_hash_and_needed_to_destroy() {
    let mut p = pharmacy();
    let admin = p.admin.clone();
    p.append(&[p.receive("SN1")]);
    let mut destroy = ScanSession::new(Movement::Destroy, p.main.id);
    destroy.reason = Some("damaged".into());
    let input = ScanInput {
        raw: "]d2010950600013435217281231 10L1\u{1d}21SN1".replace(' ', ""),
        ..Default::default()
    };
    let err = p.store.scan(&admin, &destroy, &input, now()).unwrap_err();
    assert_eq!(
        err.code(),
        "movement.signature_required",
        "destroying stock is signed: {err}"
    );
    destroy.signature = Some(p.sign(&admin, SignatureMeaning::Performed));
    let v = p.store.scan(&admin, &destroy, &input, now()).unwrap();
    assert!(v.recorded.is_some(), "{}", v.message);
    let h = p
        .store
        .unit_history(&admin, "09506000134352", "SN1", now().local_date())
        .unwrap();
    assert_eq!(
        h.events.last().unwrap().signature,
        Some(SignatureMeaning::Performed)
    );
    assert!(p.store.verify(&admin).unwrap().is_intact());
    // Changing the meaning afterwards breaks the hash.
    let conn = p.sqlite();
    conn.execute_batch("DROP TRIGGER event_no_update; UPDATE event SET signature = 'reviewed' WHERE signature = 'performed';")
        .unwrap();
    let report = p.store.verify(&admin).unwrap();
    assert!(!report.is_intact());
    assert!(report
        .findings
        .iter()
        .any(|f| f.message.contains("no longer matches its hash")));
}
