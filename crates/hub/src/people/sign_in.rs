//! A hub person signs in: the password checked against its hash, wrong ones counted. The rules
//! are a site's (`custody-core`'s `auth`): after [`MAX_ATTEMPTS`] wrong passwords in a row the
//! account is locked for [`LOCKOUT_MINUTES`] minutes, and the same refusal is given while the
//! lock lasts; an unknown name and a wrong password get one refusal, so names cannot be probed;
//! a disabled account is told so only once its password is right, for the same reason.

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
                    CASE WHEN locked_until > now() \
                         THEN ceil(extract(epoch FROM locked_until - now()) / 60)::integer END \
             FROM hub_user WHERE username = $1 FOR UPDATE",
            &[&username],
        )
        .await
        .map_err(HubError::db("looking up a hub user"))?;
    let Some(row) = row else {
        // Hashing anyway would hide that the name is unknown from a stopwatch too; the
        // refusal's words already hide it and the hub signs few people in, so it is left at that.
        return Err(HubError::SignInFailed);
    };
    if let Some(minutes) = row.get::<_, Option<i32>>(7) {
        return Err(HubError::Locked {
            user: username.to_string(),
            minutes,
        });
    }
    let user = HubUser::from_parts(row.get(0), row.get(1), row.get(2), row.get(3))?;
    if password::matches(row.get(5), password).await? {
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
    if locks {
        Err(HubError::Locked {
            user: user.username,
            minutes: LOCKOUT_MINUTES,
        })
    } else {
        Err(HubError::SignInFailed)
    }
}
