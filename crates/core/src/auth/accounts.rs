//! Adding people and changing their role, each change recorded on the ledger as a user event
//! stating the account as it stands after it, so the ledger says who could do what at any time.
//! Users are never deleted: their events name them.

use rusqlite::{params, Transaction, TransactionBehavior};

use super::password::hash_password;
use crate::error::{CoreError, CoreResult};
use crate::fields::{clean, code, unique};
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::users::{active_admins, find_user, system_principal, user_from_row};
use crate::Store;

/// Adds a user set up with the database (the first administrator, the demo's users): the
/// `user_added` event is the system principal's, since nobody is signed in yet.
pub(crate) fn insert_user(
    tx: &Transaction<'_>,
    username: &str,
    name: &str,
    role: Role,
    password: Option<&str>,
    now: Timestamp,
) -> CoreResult<User> {
    let system = system_principal(tx)?;
    add_user_in(
        tx,
        &system,
        username,
        name,
        role,
        password,
        now,
        Some("set up with the database"),
    )
}

/// Inserts the user and records the `user_added` event by `actor`, in the caller's transaction.
#[allow(clippy::too_many_arguments)]
fn add_user_in(
    tx: &Transaction<'_>,
    actor: &User,
    username: &str,
    name: &str,
    role: Role,
    password: Option<&str>,
    now: Timestamp,
    reason: Option<&str>,
) -> CoreResult<User> {
    let user = insert_unrecorded_user(tx, username, name, role, password, now)?;
    record_user_event(tx, actor, EventKind::UserAdded, &user, now, reason)?;
    Ok(user)
}

/// Inserts the account alone, with no ledger event: for [`add_user_in`], and for the
/// administrator rebuilding a lost site, whose own `user_added` event comes back from the hub
/// with the site's chain (`sync/restore.rs`).
pub(crate) fn insert_unrecorded_user(
    tx: &Transaction<'_>,
    username: &str,
    name: &str,
    role: Role,
    password: Option<&str>,
    now: Timestamp,
) -> CoreResult<User> {
    let username = code("username", username)?;
    let name = clean("name", name, 200)?;
    let hash = password.map(hash_password).transpose()?;
    let set_at = hash.as_ref().map(|_| now.utc_text());
    tx.execute(
        "INSERT INTO user (username, name, role, created_at, password_hash, password_set_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![username, name, role.as_str(), now.utc_text(), hash, set_at],
    )
    .map_err(|e| unique(e, "master.user_exists", &username))?;
    Ok(User {
        id: UserId(tx.last_insert_rowid()),
        username,
        name,
        role,
        active: true,
    })
}

/// Appends a user event stating `subject` as it stands after it.
pub(crate) fn record_user_event(
    tx: &Transaction<'_>,
    actor: &User,
    kind: EventKind,
    subject: &User,
    now: Timestamp,
    reason: Option<&str>,
) -> CoreResult<()> {
    let mut appender = crate::ledger::Appender::new(tx, now)?;
    appender.append_user(
        actor,
        &crate::ledger::UserEvent {
            kind,
            occurred_at: now,
            subject: subject.clone(),
            reason: reason.map(String::from),
        },
    )?;
    appender.finish()
}

/// One change to a user's account, from the ledger.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct UserChange {
    /// Order of recording.
    pub seq: i64,
    /// Event id.
    pub event_id: String,
    /// `user_enrolled`, `user_added`, `user_role_changed`, `user_disabled` or `user_enabled`.
    pub kind: EventKind,
    /// When it happened, RFC 3339 with the local offset.
    pub occurred_at: String,
    /// When it was recorded (UTC).
    pub recorded_at: String,
    /// Who made the change (username; `custody:system` for what Custody did on its own).
    pub by: String,
    /// Whose account.
    pub username: String,
    /// Their role after it.
    pub role: Role,
    /// Whether they could act after it.
    pub active: bool,
    /// Why, when someone said.
    pub reason: Option<String>,
}

impl Store {
    /// Adds a user (administrators), recorded on the ledger as `user_added` by the actor. Users
    /// are never deleted: their events name them.
    pub fn add_user(
        &mut self,
        actor: &User,
        username: &str,
        name: &str,
        role: Role,
        password: Option<&str>,
        now: Timestamp,
    ) -> CoreResult<User> {
        require(actor, Operation::ManageUsers)?;
        let tx = self
            .conn_mut()
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let user = add_user_in(&tx, actor, username, name, role, password, now, None)?;
        tx.commit()?;
        Ok(user)
    }

    /// Changes a user's role (administrators), recorded on the ledger as `user_role_changed`.
    /// The last active administrator cannot be demoted: someone must always be able to manage
    /// users. Setting the role a user already has changes and records nothing.
    pub fn set_user_role(
        &mut self,
        actor: &User,
        username: &str,
        role: Role,
        now: Timestamp,
    ) -> CoreResult<User> {
        require(actor, Operation::ManageUsers)?;
        let tx = self
            .conn_mut()
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let target = find_user(&tx, username)?;
        if target.role == role {
            return Ok(target);
        }
        if target.role == Role::Admin && target.active && active_admins(&tx)? <= 1 {
            return Err(CoreError::refused("master.last_admin_role")
                .field("role")
                .arg("user", target.username)
                .arg("role", role.as_str()));
        }
        tx.execute(
            "UPDATE user SET role = ?2 WHERE id = ?1",
            params![target.id.0, role.as_str()],
        )?;
        let user = User { role, ..target };
        record_user_event(&tx, actor, EventKind::UserRoleChanged, &user, now, None)?;
        tx.commit()?;
        Ok(user)
    }

    /// The changes to a user's account, oldest first: who added them, changed their role,
    /// disabled or enabled them, and when.
    pub fn user_history(&self, actor: &User, username: &str) -> CoreResult<Vec<UserChange>> {
        require(actor, Operation::ViewStock)?;
        let user = find_user(self.conn(), username)?;
        let mut stmt = self.conn().prepare(
            "SELECT e.seq, e.id, e.kind, e.occurred_at, e.occurred_offset, e.recorded_at, a.username, e.subject_role, e.subject_active, e.reason
             FROM event e JOIN user a ON a.id = e.actor_id
             WHERE e.subject_user_id = ?1 ORDER BY e.seq",
        )?;
        let rows = stmt
            .query_map([user.id.0], |r| {
                let occurred: String = r.get(3)?;
                Ok(UserChange {
                    seq: r.get(0)?,
                    event_id: r.get(1)?,
                    kind: r
                        .get::<_, String>(2)?
                        .parse()
                        .unwrap_or(EventKind::UserAdded),
                    occurred_at: Timestamp::from_stored(&occurred, r.get(4)?)
                        .map_or(occurred, |t| t.to_string()),
                    recorded_at: r.get(5)?,
                    by: r.get(6)?,
                    username: user.username.clone(),
                    role: r.get::<_, String>(7)?.parse().unwrap_or(Role::Staff),
                    active: r.get(8)?,
                    reason: r.get(9)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// Every person's account, by username (not the system principal).
    pub fn users(&self, actor: &User) -> CoreResult<Vec<User>> {
        require(actor, Operation::ViewStock)?;
        let mut stmt = self.conn().prepare(
            "SELECT id, username, name, role, active FROM user WHERE instr(username, ':') = 0 ORDER BY username",
        )?;
        let rows = stmt
            .query_map([], user_from_row)?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }
}
