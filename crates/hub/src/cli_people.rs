//! The command line's side of the hub's people: `custody-hub user add|list|disable|passwd`, and
//! `--as NAME` on the commands that record who decided (an alarm resolved, a site resumed). A
//! password is never an argument (it would stay in the shell's history and the process list):
//! it comes from `CUSTODY_HUB_PASSWORD`, for scripts, or is asked on the terminal.

use clap::{Subcommand, ValueEnum};

use crate::db::Database;
use crate::people::{self, HubUser, NewUser, Role};
use crate::HubError;

/// The variable a password may come from instead of the terminal.
pub const PASSWORD_VAR: &str = "CUSTODY_HUB_PASSWORD";

/// `user …`
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add a person who works at the hub (password from CUSTODY_HUB_PASSWORD or asked).
    Add {
        /// Their username (lower-case letters, digits, '.', '_', '-').
        username: String,
        /// Their name.
        #[arg(long)]
        name: String,
        /// Their role: qa (reads, resolves counterfeit alarms) or admin (also resumes sites,
        /// setting aside a wrong copy's events).
        #[arg(long, value_enum)]
        role: RoleArg,
    },
    /// Every hub person: role, active, locked.
    List,
    /// Disable an account: it signs in no more and its web sessions end.
    Disable {
        /// The username.
        username: String,
    },
    /// Set a new password (from CUSTODY_HUB_PASSWORD or asked); lifts a lockout and ends the
    /// account's web sessions.
    Passwd {
        /// The username.
        username: String,
    },
}

/// A role, as `--role` takes it.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum RoleArg {
    /// A QA officer.
    Qa,
    /// An administrator.
    Admin,
}

impl From<RoleArg> for Role {
    fn from(r: RoleArg) -> Role {
        match r {
            RoleArg::Qa => Role::Qa,
            RoleArg::Admin => Role::Admin,
        }
    }
}

/// Runs a `user` command.
pub async fn run(db: &Database, command: UserCommand) -> Result<(), HubError> {
    match command {
        UserCommand::Add {
            username,
            name,
            role,
        } => {
            let password = new_password(&username)?;
            people::add_user(
                db,
                NewUser {
                    username: &username,
                    name: &name,
                    role: role.into(),
                    password: &password,
                },
            )
            .await?;
            println!("hub user {} added", username.trim());
        }
        UserCommand::List => crate::table::users(&people::users(db).await?),
        UserCommand::Disable { username } => {
            people::disable_user(db, &username).await?;
            println!("hub user {} disabled", username.trim());
        }
        UserCommand::Passwd { username } => {
            let password = new_password(&username)?;
            people::set_password(db, &username, &password).await?;
            println!("hub user {}: password set", username.trim());
        }
    }
    Ok(())
}

/// Signs `username` in with the password from the variable or the terminal.
pub async fn sign_in_as(db: &Database, username: &str) -> Result<HubUser, HubError> {
    let password = password(&format!("password for hub user {}: ", username.trim()))?;
    people::sign_in(db, username, &password).await
}

/// A new password: from the variable, or typed twice on the terminal.
fn new_password(username: &str) -> Result<String, HubError> {
    if let Ok(p) = std::env::var(PASSWORD_VAR) {
        return Ok(p);
    }
    let first = password(&format!("new password for hub user {}: ", username.trim()))?;
    let again = password("the same password again: ")?;
    if first != again {
        return Err(HubError::Invalid {
            what: "password",
            why: "the two passwords typed differ; nothing was changed",
        });
    }
    Ok(first)
}

fn password(prompt: &str) -> Result<String, HubError> {
    match std::env::var(PASSWORD_VAR) {
        Ok(p) => Ok(p),
        Err(_) => {
            rpassword::prompt_password(prompt).map_err(|e| HubError::NoPassword(e.to_string()))
        }
    }
}
