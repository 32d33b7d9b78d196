//! `custody user …`: each command's arguments become the api's request (`custody_api::users`);
//! a new password is asked for twice on the terminal (or taken from `CUSTODY_NEW_PASSWORD`) and
//! handed on as the api's `password` and `password_again`.

use anyhow::{Context as _, Result};
use custody_api::users::{
    self, LanguageChoice, NewPassword, NewUser, UserActive, UserRole, Username,
};
use custody_api::{Cx, Lang};
use serde_json::json;

use crate::args::UserCommand;
use crate::context::new_password;
use crate::output::{self, table};
use crate::speech::{self, headers, t, yes_no};

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
        UserCommand::Language { tag, clear } => language(cx, tag, clear, as_json),
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
        println!(
            "{}",
            t!(
                "user-added",
                user = u.username,
                name = u.name,
                role = u.role.to_string()
            )
        )
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
        println!("{}", t!("user-password-set", user = username));
    }
    Ok(0)
}

/// `custody user disable|enable USERNAME`.
fn set_active(cx: &mut Cx<'_>, username: String, active: bool, as_json: bool) -> Result<i32> {
    let u = users::set_user_active(cx, UserActive { username, active })?;
    if as_json {
        output::json(&u);
    } else if active {
        println!("{}", t!("user-enabled", user = u.username, name = u.name));
    } else {
        println!("{}", t!("user-disabled", user = u.username, name = u.name));
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
        println!(
            "{}",
            t!(
                "user-role-set",
                user = u.username,
                name = u.name,
                role = u.role.to_string()
            )
        )
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
        &headers(&[
            "cli-col-occurred",
            "cli-col-recorded",
            "user-col-change",
            "cli-col-by",
            "user-col-role",
            "user-col-active",
        ]),
        &changes
            .iter()
            .map(|c| {
                vec![
                    c.occurred_at.clone(),
                    c.recorded_at.clone(),
                    c.kind.to_string(),
                    c.by.clone(),
                    c.role.to_string(),
                    yes_no(c.active),
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
        &headers(&[
            "user-col-username",
            "cli-col-name",
            "user-col-role",
            "user-col-active",
        ]),
        &us.iter()
            .map(|u| {
                vec![
                    u.username.clone(),
                    u.name.clone(),
                    u.role.to_string(),
                    yes_no(u.active),
                ]
            })
            .collect::<Vec<_>>(),
    );
    Ok(0)
}

/// `custody user language [TAG | --clear]`: your own language, chosen, forgotten or shown.
fn language(cx: &mut Cx<'_>, tag: Option<String>, clear: bool, as_json: bool) -> Result<i32> {
    if tag.is_none() && !clear {
        let me = cx.me()?.id;
        let chosen = cx.store().user_language(me)?;
        let spoken = cx.session()?.lang();
        if as_json {
            output::json(&json!({"language": chosen, "speaking": spoken.tag()}));
        } else {
            println!("{}", t!("cli-speaking", lang = spoken.native_name()));
            match chosen.as_deref().and_then(Lang::parse) {
                Some(l) => println!("{}", t!("user-language-chosen", lang = l.native_name())),
                None => println!("{}", t!("user-language-none")),
            }
        }
        return Ok(0);
    }
    let chosen = tag.as_deref().and_then(Lang::parse);
    let spoken = users::set_my_language(cx, LanguageChoice { language: tag })?;
    let spoken = Lang::parse(&spoken).unwrap_or_default();
    // The confirmation is already in the language chosen (unless --lang forces another).
    speech::speak(spoken);
    match chosen {
        _ if as_json => {
            output::json(&json!({"language": chosen.map(Lang::tag), "speaking": spoken.tag()}))
        }
        Some(l) => println!("{}", t!("user-language-set", lang = l.native_name())),
        None => println!("{}", t!("user-language-cleared")),
    }
    Ok(0)
}
