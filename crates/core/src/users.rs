//! Users as the database holds them: reading an account by username, the row mapping, how many
//! administrators are active, and the system principals (the authors of work nobody typed). Who
//! may do what is `permissions`; passwords, sign-in and account changes are `auth`.

use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::error::{CoreError, CoreResult};
use crate::model::*;

/// The username of the system principal: the author of the events core writes on its own (the
/// enrolment of existing users by migration 0010, the first administrator of a new database). A
/// person can never be given it (usernames have no ':'), and it can never sign in.
pub const SYSTEM_PRINCIPAL: &str = "custody:system";

/// Work nobody typed, each acting as a principal of its own so the ledger and the settings show
/// which job did what (migration 0012 creates them). Like [`SYSTEM_PRINCIPAL`] they are disabled,
/// have no password and a username no person can be given; [`crate::permissions`] lists the
/// little each may do. Only the application layer acts as one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SystemPrincipal {
    /// The daily verified backup.
    Backup,
    /// The daily "needs attention" notification.
    Alerts,
    /// The hospital network's replication agent.
    Sync,
    /// The national verification queue's drainer.
    Verification,
}

impl SystemPrincipal {
    /// Every system principal.
    pub const ALL: [SystemPrincipal; 4] = [
        SystemPrincipal::Backup,
        SystemPrincipal::Alerts,
        SystemPrincipal::Sync,
        SystemPrincipal::Verification,
    ];

    /// Its username, as the ledger and the settings show it.
    pub fn username(self) -> &'static str {
        match self {
            SystemPrincipal::Backup => "custody:backup",
            SystemPrincipal::Alerts => "custody:alerts",
            SystemPrincipal::Sync => "custody:sync",
            SystemPrincipal::Verification => "custody:verification",
        }
    }

    /// The principal a user row stands for, if it is one.
    pub fn of(user: &User) -> Option<SystemPrincipal> {
        Self::ALL
            .into_iter()
            .find(|p| p.username() == user.username)
    }
}

/// Whether `username` names a system principal rather than a person (usernames of people have
/// no ':').
pub fn is_system_username(username: &str) -> bool {
    username.contains(':')
}

impl crate::Store {
    /// The user row a system principal acts through. The application layer wraps it in an actor
    /// no shell can build.
    pub fn system_principal(&self, principal: SystemPrincipal) -> CoreResult<User> {
        self.conn()
            .query_row(
                "SELECT id, username, name, role, active FROM user WHERE username = ?1",
                [principal.username()],
                user_from_row,
            )
            .optional()?
            .ok_or_else(|| {
                CoreError::refused("master.user_unknown").arg("user", principal.username())
            })
    }
}

impl crate::Store {
    /// A person's chosen language tag, or `None` when they speak the machine's.
    pub fn user_language(&self, user: UserId) -> CoreResult<Option<String>> {
        Ok(self
            .conn()
            .prepare_cached("SELECT language FROM user_language WHERE user_id = ?1")?
            .query_row([user.0], |r| r.get(0))
            .optional()?)
    }

    /// Sets (or with `None` clears) a person's language. The tag is checked by the caller and by
    /// the table's constraint.
    pub fn set_user_language(&mut self, user: UserId, language: Option<&str>) -> CoreResult<()> {
        // One statement: atomic on its own.
        let c = self.conn_mut();
        match language {
            Some(tag) => c.execute(
                "INSERT INTO user_language (user_id, language) VALUES (?1, ?2)
                 ON CONFLICT (user_id) DO UPDATE SET language = excluded.language",
                params![user.0, tag],
            )?,
            None => c.execute("DELETE FROM user_language WHERE user_id = ?1", [user.0])?,
        };
        Ok(())
    }
}

/// The system principal (created by migration 0010).
pub(crate) fn system_principal(c: &Connection) -> CoreResult<User> {
    c.query_row(
        "SELECT id, username, name, role, active FROM user WHERE username = ?1",
        [SYSTEM_PRINCIPAL],
        user_from_row,
    )
    .optional()?
    .ok_or_else(|| CoreError::refused("master.system_principal_missing"))
}

/// A person's account by username (never the system principal).
pub(crate) fn find_user(c: &Connection, username: &str) -> CoreResult<User> {
    c.query_row(
        "SELECT id, username, name, role, active FROM user WHERE username = ?1 AND instr(username, ':') = 0",
        params![username.trim()],
        user_from_row,
    )
    .optional()?
    .ok_or_else(|| CoreError::refused("master.user_unknown").arg("user", username.trim()))
}

/// How many active administrators there are.
pub(crate) fn active_admins(c: &Connection) -> CoreResult<i64> {
    Ok(c.query_row(
        "SELECT count(*) FROM user WHERE role = 'admin' AND active = 1 AND instr(username, ':') = 0",
        [],
        |r| r.get(0),
    )?)
}

pub(crate) fn user_from_row(r: &Row<'_>) -> rusqlite::Result<User> {
    Ok(User {
        id: UserId(r.get(0)?),
        username: r.get(1)?,
        name: r.get(2)?,
        role: r.get::<_, String>(3)?.parse().unwrap_or(Role::Staff),
        active: r.get(4)?,
    })
}
