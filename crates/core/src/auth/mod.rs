//! Who is acting: passwords (`password.rs`: argon2id, at least eight characters); here, sign-in
//! with a lockout after repeated failures, setting a password, disabling or enabling an account,
//! and signatures — the password re-entered, with a stated meaning, for actions that carry
//! responsibility; adding people and changing their role in `accounts.rs`. Every change to an
//! account is a user event on the ledger. `Store::sign` is the only place a [`Signature`] is
//! made, so a use case that takes one knows the password was checked. Reading users and the
//! system principals is `users`; which role may do what is `permissions`.

mod accounts;
mod password;

pub use crate::model::Signature;
pub use accounts::UserChange;
pub(crate) use accounts::{insert_unrecorded_user, insert_user, record_user_event};
use chrono::Duration;
use password::password_matches;
pub use password::{hash_password, MIN_PASSWORD};
use rusqlite::{params, OptionalExtension};

use crate::error::{CoreError, CoreResult};
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::users::{active_admins, find_user, user_from_row};
use crate::Store;

/// Failed attempts in a row before an account is locked.
pub const MAX_ATTEMPTS: i64 = 5;
/// How long a locked account stays locked.
pub const LOCKOUT_MINUTES: i64 = 5;

/// Why a sign-in failed. One message for a wrong name or password, so names cannot be probed.
fn refused() -> CoreError {
    CoreError::refused("auth.sign_in_failed")
}

/// A locked account: the same refusal when the lock starts and while it lasts, with the
/// minutes left (rounded up).
fn locked(username: &str, minutes: i64) -> CoreError {
    CoreError::refused("auth.locked")
        .arg("user", username)
        .arg("attempts", MAX_ATTEMPTS)
        .arg("minutes", minutes)
}

impl Store {
    /// Checks a user's password, counting failures: after [`MAX_ATTEMPTS`] in a row the account
    /// is locked for [`LOCKOUT_MINUTES`] minutes. Disabled users cannot sign in.
    pub fn sign_in(&mut self, username: &str, password: &str, now: Timestamp) -> CoreResult<User> {
        let row: Option<(User, Option<String>, i64, Option<String>)> = self
            .conn()
            .query_row(
                "SELECT id, username, name, role, active, password_hash, failed_attempts, locked_until FROM user WHERE username = ?1 AND instr(username, ':') = 0",
                params![username.trim()],
                |r| Ok((user_from_row(r)?, r.get(5)?, r.get(6)?, r.get(7)?)),
            )
            .optional()?;
        let Some((user, hash, failed, locked_until)) = row else {
            return Err(refused());
        };
        if let Some(until) = locked_until.as_deref().and_then(Timestamp::parse) {
            if until > now {
                let minutes = ((until.0 - now.0).num_seconds() + 59) / 60;
                return Err(locked(&user.username, minutes));
            }
        }
        if !user.active {
            return Err(CoreError::refused("auth.disabled").arg("user", user.username));
        }
        let Some(hash) = hash else {
            return Err(CoreError::refused("auth.no_password").arg("user", user.username));
        };
        if password_matches(&hash, password) {
            self.conn().execute(
                "UPDATE user SET failed_attempts = 0, locked_until = NULL WHERE id = ?1",
                [user.id.0],
            )?;
            return Ok(user);
        }
        let failed = failed + 1;
        let lock = (failed >= MAX_ATTEMPTS).then(|| {
            Timestamp(now.0 + Duration::minutes(LOCKOUT_MINUTES))
                .0
                .to_rfc3339()
        });
        self.conn().execute(
            "UPDATE user SET failed_attempts = ?2, locked_until = ?3 WHERE id = ?1",
            params![user.id.0, if lock.is_some() { 0 } else { failed }, lock],
        )?;
        match lock {
            Some(_) => Err(locked(&user.username, LOCKOUT_MINUTES)),
            None => Err(refused()),
        }
    }

    /// The acting user re-enters their password to sign an action with a meaning. Wrong
    /// passwords count towards the lockout, as at sign-in.
    pub fn sign(
        &mut self,
        actor: &User,
        password: &str,
        meaning: SignatureMeaning,
        now: Timestamp,
    ) -> CoreResult<Signature> {
        let user = self
            .sign_in(&actor.username, password, now)
            .map_err(|e| match e.code() {
                "auth.sign_in_failed" => {
                    CoreError::refused("auth.signature_refused").field("password")
                }
                _ => e,
            })?;
        Ok(Signature {
            user: user.id,
            meaning,
            at: now,
        })
    }

    /// Sets a user's password: their own, or anyone's for an administrator (a reset). Clears a
    /// lockout.
    pub fn set_password(
        &mut self,
        actor: &User,
        username: &str,
        password: &str,
        now: Timestamp,
    ) -> CoreResult<()> {
        if actor.username != username.trim() {
            require(actor, Operation::ManageUsers)?;
        }
        let hash = hash_password(password)?;
        let n = self.conn().execute(
            "UPDATE user SET password_hash = ?2, password_set_at = ?3, failed_attempts = 0, locked_until = NULL WHERE username = ?1 AND instr(username, ':') = 0",
            params![username.trim(), hash, now.utc_text()],
        )?;
        if n == 0 {
            return Err(CoreError::refused("master.user_unknown").arg("user", username));
        }
        Ok(())
    }

    /// Active users' usernames and names, for a sign-in screen's quick switch.
    pub fn sign_in_users(&self) -> CoreResult<Vec<(String, String)>> {
        Ok(self
            .conn()
            .prepare(
                "SELECT username, name FROM user WHERE active = 1 AND instr(username, ':') = 0 ORDER BY name",
            )?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?)
    }

    /// Disables or re-enables a user (administrators), recorded on the ledger as `user_disabled`
    /// or `user_enabled`. Users are never deleted: their events name them. An administrator
    /// cannot disable themselves, nor the last active administrator. Asking for the state a
    /// user is already in changes and records nothing.
    pub fn set_user_active(
        &mut self,
        actor: &User,
        username: &str,
        active: bool,
        now: Timestamp,
    ) -> CoreResult<User> {
        require(actor, Operation::ManageUsers)?;
        let username = username.trim();
        if !active && actor.username == username {
            return Err(CoreError::refused("auth.disable_self").field("user"));
        }
        let tx = self
            .conn_mut()
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let target = find_user(&tx, username)?;
        if target.active == active {
            return Ok(target);
        }
        if !active && target.role == Role::Admin && active_admins(&tx)? <= 1 {
            return Err(CoreError::refused("auth.last_admin")
                .field("user")
                .arg("user", username));
        }
        // The lockout counters are reset, but they are not evidence: the event states only the
        // account's role and whether it may act.
        tx.execute(
            "UPDATE user SET active = ?2, failed_attempts = 0, locked_until = NULL WHERE id = ?1",
            params![target.id.0, active],
        )?;
        let user = User { active, ..target };
        let kind = if active {
            EventKind::UserEnabled
        } else {
            EventKind::UserDisabled
        };
        record_user_event(&tx, actor, kind, &user, now, None)?;
        tx.commit()?;
        Ok(user)
    }
}
