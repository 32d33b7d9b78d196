//! The people who work at the hub — QA officers and administrators — and how they sign in, to
//! the command line (`--as NAME` with the password) and to the web page. The hub owns only its
//! own people; each site keeps its own users (issue #20, item 9).
//!
//! - `accounts.rs`: adding, listing, disabling an account and setting its password;
//! - `sign_in.rs`: a password checked, with the site's lockout rules (five wrong in a row lock
//!   the account for five minutes; a disabled account never signs in);
//! - `password.rs`: argon2id hashing, off the async runtime's threads.
//!
//! What a role may do is [`Role::may`]: both roles read everything and resolve counterfeit
//! alarms; only an administrator lifts a site's suspension. Managing accounts needs the
//! database's own credential (the command line holds it), which is the real boundary: whoever
//! has it could write the tables anyway, and the first administrator has to come from somewhere.

mod accounts;
mod password;
mod sign_in;

use serde::Serialize;

pub use accounts::{add_user, disable_user, set_password, users, NewUser, UserRow};
pub use password::{counting_checks, MIN_PASSWORD};
pub use sign_in::{sign_in, LOCKOUT_MINUTES, MAX_ATTEMPTS};

/// A hub person's role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A QA officer: reads the network, resolves counterfeit alarms.
    Qa,
    /// An administrator: also lifts a site's suspension after a fork.
    Admin,
}

/// What a hub person may be asked to do, by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Duty {
    /// Resolve a counterfeit alarm after an investigation.
    ResolveAlarm,
    /// Lift a site's suspension after its fork was resolved.
    ResumeSite,
    /// Set aside the events the hub took from the wrong copy of a forked site.
    SetAsideChain,
    /// Enter a network recall.
    EnterRecall,
    /// Close a network recall once nothing it covers is open.
    CloseRecall,
}

impl Role {
    /// The role as stored and typed (`qa`, `admin`).
    pub fn name(self) -> &'static str {
        match self {
            Role::Qa => "qa",
            Role::Admin => "admin",
        }
    }

    /// The role named `text`, if any.
    pub fn parse(text: &str) -> Option<Role> {
        match text {
            "qa" => Some(Role::Qa),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }

    /// Whether this role may do `duty`.
    pub fn may(self, duty: Duty) -> bool {
        match duty {
            Duty::ResolveAlarm | Duty::EnterRecall | Duty::CloseRecall => true,
            Duty::ResumeSite | Duty::SetAsideChain => self == Role::Admin,
        }
    }
}

impl Duty {
    /// The duty in words, for a refusal.
    pub fn words(self) -> &'static str {
        match self {
            Duty::ResolveAlarm => "resolve an alarm",
            Duty::ResumeSite => "resume a site",
            Duty::SetAsideChain => "set aside a site's events",
            Duty::EnterRecall => "enter a network recall",
            Duty::CloseRecall => "close a network recall",
        }
    }
}

/// A hub person who has signed in: made only by [`sign_in`] (and the web page's session, which
/// a sign-in started), so a function that takes one knows who is acting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HubUser {
    /// `hub_user.id`.
    pub id: i64,
    /// The username.
    pub username: String,
    /// The person's name.
    pub name: String,
    /// Their role.
    pub role: Role,
}

impl HubUser {
    /// `self` if their role may do `duty`, else the refusal naming who, what and the role.
    pub fn require(&self, duty: Duty) -> Result<&HubUser, crate::HubError> {
        if self.role.may(duty) {
            Ok(self)
        } else {
            Err(crate::HubError::NotAllowed {
                user: self.username.clone(),
                role: self.role.name(),
                duty: duty.words(),
            })
        }
    }

    /// Built from a row's id, username, name and role (the role checked by the schema).
    pub(crate) fn from_parts(
        id: i64,
        username: String,
        name: String,
        role: &str,
    ) -> Result<HubUser, crate::HubError> {
        let role = Role::parse(role).ok_or_else(|| {
            crate::HubError::Damaged(format!("hub user {username} has the unknown role {role:?}"))
        })?;
        Ok(HubUser {
            id,
            username,
            name,
            role,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_administrator_resumes_a_site_and_both_roles_resolve_alarms() {
        assert!(
            Role::Admin.may(Duty::ResumeSite),
            "lifting a fork's suspension is the administrator's decision"
        );
        assert!(
            !Role::Qa.may(Duty::ResumeSite),
            "a QA officer investigates packs, not a site's chain"
        );
        assert!(
            Role::Admin.may(Duty::SetAsideChain) && !Role::Qa.may(Duty::SetAsideChain),
            "setting aside a site's events is part of resolving its fork"
        );
        assert!(
            Role::Qa.may(Duty::ResolveAlarm) && Role::Admin.may(Duty::ResolveAlarm),
            "resolving a counterfeit alarm is what a QA officer is there for"
        );
    }

    #[test]
    fn a_role_reads_back_as_it_is_written() {
        for role in [Role::Qa, Role::Admin] {
            assert_eq!(
                Role::parse(role.name()),
                Some(role),
                "the stored word names the role it was written from"
            );
        }
        assert_eq!(Role::parse("root"), None, "no role beyond the two");
    }
}
