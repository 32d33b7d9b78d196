//! Hub accounts as the command line manages them: add one (username, name, role, password),
//! list them, disable one (its web sessions end with it), set a new password (which also lifts
//! a lockout, as at a site).

use serde::Serialize;

use super::{password, Role};
use crate::db::{utc_text, Database};
use crate::HubError;

/// An account to add.
#[derive(Debug, Clone)]
pub struct NewUser<'a> {
    /// Lower-case letters, digits, `.`, `_` and `-`, 1 to 64 of them.
    pub username: &'a str,
    /// The person's name.
    pub name: &'a str,
    /// Their role.
    pub role: Role,
    /// Their first password.
    pub password: &'a str,
}

/// An account as `user list` shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UserRow {
    /// Username.
    pub username: String,
    /// Name.
    pub name: String,
    /// `qa` or `admin`.
    pub role: String,
    /// Whether it may sign in.
    pub active: bool,
    /// Until when it is locked (UTC), if it is.
    pub locked_until: Option<String>,
}

fn valid_username(username: &str) -> bool {
    (1..=64).contains(&username.len())
        && username
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c))
}

/// Adds an account.
pub async fn add_user(db: &Database, user: NewUser<'_>) -> Result<(), HubError> {
    let username = user.username.trim();
    if !valid_username(username) {
        return Err(HubError::Invalid {
            what: "username",
            why: "must be 1 to 64 lower-case letters, digits, '.', '_' or '-'",
        });
    }
    if user.name.trim().is_empty() {
        return Err(HubError::Invalid {
            what: "name",
            why: "must not be empty",
        });
    }
    let hash = password::hash(user.password).await?;
    let client = db.client().await?;
    let added = client
        .execute(
            "INSERT INTO hub_user (username, name, role, password_hash) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (username) DO NOTHING",
            &[&username, &user.name.trim(), &user.role.name(), &hash],
        )
        .await
        .map_err(HubError::db("adding a hub user"))?;
    if added == 0 {
        return Err(HubError::UserExists(username.to_string()));
    }
    Ok(())
}

/// Every account, by username.
pub async fn users(db: &Database) -> Result<Vec<UserRow>, HubError> {
    let client = db.client().await?;
    let sql = format!(
        "SELECT username, name, role, active, \
                CASE WHEN locked_until > now() THEN {locked} END \
         FROM hub_user ORDER BY username",
        locked = utc_text("locked_until"),
    );
    let rows = client
        .query(&sql, &[])
        .await
        .map_err(HubError::db("listing hub users"))?;
    Ok(rows
        .iter()
        .map(|r| UserRow {
            username: r.get(0),
            name: r.get(1),
            role: r.get(2),
            active: r.get(3),
            locked_until: r.get(4),
        })
        .collect())
}

/// Disables an account: it signs in no more, and its open web sessions end now.
pub async fn disable_user(db: &Database, username: &str) -> Result<(), HubError> {
    let mut client = db.client().await?;
    let tx = client
        .transaction()
        .await
        .map_err(HubError::db("starting to disable a hub user"))?;
    let id: i64 = tx
        .query_opt(
            "UPDATE hub_user SET active = false WHERE username = $1 RETURNING id",
            &[&username.trim()],
        )
        .await
        .map_err(HubError::db("disabling a hub user"))?
        .ok_or_else(|| HubError::UnknownUser(username.trim().to_string()))?
        .get(0);
    tx.execute("DELETE FROM hub_session WHERE user_id = $1", &[&id])
        .await
        .map_err(HubError::db("ending a disabled user's sessions"))?;
    tx.commit()
        .await
        .map_err(HubError::db("committing a disabled hub user"))?;
    Ok(())
}

/// Sets an account's password, lifting any lockout. Its web sessions end too: a password is
/// changed when it may have been seen.
pub async fn set_password(db: &Database, username: &str, new: &str) -> Result<(), HubError> {
    let hash = password::hash(new).await?;
    let mut client = db.client().await?;
    let tx = client
        .transaction()
        .await
        .map_err(HubError::db("starting to set a password"))?;
    let id: i64 = tx
        .query_opt(
            "UPDATE hub_user SET password_hash = $2, password_set_at = now(), \
                    failed_attempts = 0, locked_until = NULL \
             WHERE username = $1 RETURNING id",
            &[&username.trim(), &hash],
        )
        .await
        .map_err(HubError::db("setting a password"))?
        .ok_or_else(|| HubError::UnknownUser(username.trim().to_string()))?
        .get(0);
    tx.execute("DELETE FROM hub_session WHERE user_id = $1", &[&id])
        .await
        .map_err(HubError::db("ending sessions after a new password"))?;
    tx.commit()
        .await
        .map_err(HubError::db("committing a new password"))?;
    Ok(())
}
