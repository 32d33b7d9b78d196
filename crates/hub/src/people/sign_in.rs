//! A hub person signs in: the password checked against its hash, wrong ones counted. The rules
//! are a site's (`custody-core`'s `auth`): after [`MAX_ATTEMPTS`] wrong passwords in a row the
//! account is locked for [`LOCKOUT_MINUTES`] minutes, and even the right password is refused
//! while the lock lasts.
//!
//! Names cannot be probed: an unknown name, a wrong password and a locked account get one
//! refusal ([`HubError::SignInFailed`]), each after one argon2 run (an unknown name's against
//! [`password::DUMMY_HASH`]), so neither the words nor a stopwatch tell them apart. A lock is
//! therefore never announced, not even after the right password: that would tell whoever is
//! guessing during the lock that they have found it. The person locked out asks an
//! administrator, whose `user list` shows the lock and whose `user passwd` lifts it. A disabled
//! account is told so only once its password is right.

use super::{password, HubUser};
use crate::db::Database;
use crate::HubError;

/// Wrong passwords in a row before an account is locked.
pub const MAX_ATTEMPTS: i32 = 5;
/// How long a locked account stays locked.
pub const LOCKOUT_MINUTES: i32 = 5;

/// The person `username` if `password` is theirs.
pub async fn sign_in(db: &Database, username: &str, password: &str) -> Result<HubUser, HubError> {
    let username = username.trim();
    let mut client = db.client().await?;
    // The row is locked while the password is checked, so two wrong attempts at once both count.
    let tx = client
        .transaction()
        .await
        .map_err(HubError::db("starting a sign-in"))?;
    let row = tx
        .query_opt(
            "SELECT id, username, name, role, active, password_hash, failed_attempts, \
                    coalesce(locked_until > now(), false) \
             FROM hub_user WHERE username = $1 FOR UPDATE",
            &[&username],
        )
        .await
        .map_err(HubError::db("looking up a hub user"))?;
    let Some(row) = row else {
        password::matches(password::DUMMY_HASH.to_string(), password).await?;
        return Err(HubError::SignInFailed);
    };
    let right = password::matches(row.get(5), password).await?;
    if row.get::<_, bool>(7) {
        // Locked: the attempt is not counted (the lock already runs) and not answered.
        return Err(HubError::SignInFailed);
    }
    let user = HubUser::from_parts(row.get(0), row.get(1), row.get(2), row.get(3))?;
    if right {
        if !row.get::<_, bool>(4) {
            return Err(HubError::Disabled(user.username));
        }
        tx.execute(
            "UPDATE hub_user SET failed_attempts = 0, locked_until = NULL WHERE id = $1",
            &[&user.id],
        )
        .await
        .map_err(HubError::db("recording a sign-in"))?;
        tx.commit()
            .await
            .map_err(HubError::db("committing a sign-in"))?;
        return Ok(user);
    }
    let failed = row.get::<_, i32>(6) + 1;
    // The attempt that locks is refused as the others were.
    let locks = failed >= MAX_ATTEMPTS;
    tx.execute(
        "UPDATE hub_user SET failed_attempts = $2, \
                locked_until = CASE WHEN $3 THEN now() + make_interval(mins => $4) END \
         WHERE id = $1",
        &[
            &user.id,
            &if locks { 0 } else { failed },
            &locks,
            &LOCKOUT_MINUTES,
        ],
    )
    .await
    .map_err(HubError::db("counting a wrong password"))?;
    tx.commit()
        .await
        .map_err(HubError::db("committing a wrong password"))?;
    Err(HubError::SignInFailed)
}
