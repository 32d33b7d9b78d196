//! `custody user …`: each command's arguments become the api's request (`custody_api::users`);
//! a new password is asked for twice on the terminal (or taken from `CUSTODY_NEW_PASSWORD`) and
//! handed on as the api's `password` and `password_again`.

use anyhow::{Context as _, Result};
use custody_api::users::{self, NewPassword, NewUser, UserActive, UserRole, Username};
use custody_api::Cx;
use serde_json::json;

use crate::args::UserCommand;
use crate::context::new_password;
use crate::output::{self, table};

/// `custody user …`: one function per subcommand.
pub fn run(cx: &mut Cx<'_>, c: UserCommand, as_json: bool) -> Result<i32> {
    match c {
        UserCommand::Add {
            username,
            name,
            role,
        } => add(cx, username, name, &role, as_json),
        UserCommand::Passwd { username } => passwd(cx, username, as_json),
        UserCommand::Disable { username } => set_active(cx, username, false, as_json),
        UserCommand::Enable { username } => set_active(cx, username, true, as_json),
        UserCommand::Role { username, role } => set_role(cx, username, &role, as_json),
        UserCommand::History { username } => history(cx, username, as_json),
        UserCommand::List => list(cx, as_json),
    }
}

/// `custody user add USERNAME NAME --role ROLE`, with a new password for them.
fn add(cx: &mut Cx<'_>, username: String, name: String, role: &str, as_json: bool) -> Result<i32> {
    let role = role.parse().map_err(anyhow::Error::msg).context("--role")?;
    // `new_password` asks twice and compares on the terminal; the api compares again.
    let (password, password_again) = new_password(&username)?;
    let u = users::add_user(
        cx,
        NewUser {
            username,
            name,
            role,
            password_again,
            password,
        },
    )?;
    if as_json {
        output::json(&u)
    } else {
        println!("Added user {} ({}, {}).", u.username, u.name, u.role)
    }
    Ok(0)
}

/// `custody user passwd [USERNAME]`: your own password, or (administrators) anyone's.
fn passwd(cx: &mut Cx<'_>, username: Option<String>, as_json: bool) -> Result<i32> {
    let username = match username {
        Some(u) => u,
        None => cx.me()?.username.clone(),
    };
    let (password, password_again) = new_password(&username)?;
    users::set_password(
        cx,
        NewPassword {
            username: username.clone(),
            password_again,
            password,
        },
    )?;
    if as_json {
        output::json(&json!({"username": username, "password_set": true}));
    } else {
        println!("Set the password of {username}.");
    }
    Ok(0)
}

/// `custody user disable|enable USERNAME`.
fn set_active(cx: &mut Cx<'_>, username: String, active: bool, as_json: bool) -> Result<i32> {
    let u = users::set_user_active(cx, UserActive { username, active })?;
    if as_json {
        output::json(&u);
    } else if active {
        println!("Enabled {} ({}).", u.username, u.name);
    } else {
        println!(
            "Disabled {} ({}); their records keep their name.",
            u.username, u.name
        );
    }
    Ok(0)
}

/// `custody user role USERNAME ROLE`.
fn set_role(cx: &mut Cx<'_>, username: String, role: &str, as_json: bool) -> Result<i32> {
    let role = role.parse().map_err(anyhow::Error::msg).context("ROLE")?;
    let u = users::set_user_role(cx, UserRole { username, role })?;
    if as_json {
        output::json(&u)
    } else {
        println!("{} ({}) is now {}.", u.username, u.name, u.role)
    }
    Ok(0)
}

/// `custody user history USERNAME`: the changes to the account, from the ledger.
fn history(cx: &mut Cx<'_>, username: String, as_json: bool) -> Result<i32> {
    let changes = users::user_history(cx, Username { username })?;
    if as_json {
        output::json(&changes);
        return Ok(0);
    }
    table(
        &["occurred", "recorded", "change", "by", "role", "active"],
        &changes
            .iter()
            .map(|c| {
                vec![
                    c.occurred_at.clone(),
                    c.recorded_at.clone(),
                    c.kind.to_string(),
                    c.by.clone(),
                    c.role.to_string(),
                    if c.active { "yes" } else { "no" }.into(),
                ]
            })
            .collect::<Vec<_>>(),
    );
    Ok(0)
}

/// `custody user list`.
fn list(cx: &mut Cx<'_>, as_json: bool) -> Result<i32> {
    let us = users::users(cx, ())?;
    if as_json {
        output::json(&us);
        return Ok(0);
    }
    table(
        &["username", "name", "role", "active"],
        &us.iter()
            .map(|u| {
                vec![
                    u.username.clone(),
                    u.name.clone(),
                    u.role.to_string(),
                    if u.active { "yes" } else { "no" }.into(),
                ]
            })
            .collect::<Vec<_>>(),
    );
    Ok(0)
}
