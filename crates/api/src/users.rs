//! People: who may sign in, their roles, passwords, and the history of their accounts (each
//! change a ledger event). Administrators manage them; a new password is typed twice and the
//! two must match, from every front end.

use custody_core::auth::UserChange;
use custody_core::{Role, User};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{args, ApiError, Result};
use crate::{Cx, Lang};

/// A user offered on the sign-in screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SignInUser {
    /// Login name.
    pub username: String,
    /// Full name.
    pub name: String,
}

/// Who may sign in here: active people, for the quick switch (answered before sign-in).
pub fn sign_in_users(cx: &mut Cx<'_>, _: ()) -> Result<Vec<SignInUser>> {
    Ok(cx
        .store()
        .sign_in_users()?
        .into_iter()
        .map(|(username, name)| SignInUser { username, name })
        .collect())
}

/// Every person's account.
pub fn users(cx: &mut Cx<'_>, _: ()) -> Result<Vec<User>> {
    let me = cx.me()?;
    Ok(cx.store().users(me)?)
}

/// A password typed twice.
fn same_twice(password: &str, again: &str) -> Result<()> {
    if password == again {
        Ok(())
    } else {
        Err(ApiError::field(
            "auth.passwords_differ",
            "password_again",
            Default::default(),
        ))
    }
}

/// A new user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct NewUser {
    /// Login name.
    pub username: String,
    /// Full name.
    pub name: String,
    /// Role.
    pub role: Role,
    /// The first password.
    pub password: String,
    /// The same again.
    pub password_again: String,
}

/// Adds a user (administrators).
pub fn add_user(cx: &mut Cx<'_>, u: NewUser) -> Result<User> {
    let me = cx.me()?;
    let now = cx.now()?;
    same_twice(&u.password, &u.password_again)?;
    Ok(cx.store().add_user(
        me,
        u.username.trim(),
        u.name.trim(),
        u.role,
        Some(&u.password),
        now,
    )?)
}

/// A user's new password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct NewPassword {
    /// Whose.
    pub username: String,
    /// The new password.
    pub password: String,
    /// The same again.
    pub password_again: String,
}

/// Sets a user's password (administrators; it also lifts a lockout).
pub fn set_password(cx: &mut Cx<'_>, p: NewPassword) -> Result<()> {
    let me = cx.me()?;
    let now = cx.now()?;
    same_twice(&p.password, &p.password_again)?;
    Ok(cx
        .store()
        .set_password(me, p.username.trim(), &p.password, now)?)
}

/// Whether a user may sign in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct UserActive {
    /// Whose.
    pub username: String,
    /// `false` disables the account (users are never deleted: their events name them).
    pub active: bool,
}

/// Disables or enables a user (administrators).
pub fn set_user_active(cx: &mut Cx<'_>, a: UserActive) -> Result<User> {
    let me = cx.me()?;
    let now = cx.now()?;
    Ok(cx
        .store()
        .set_user_active(me, a.username.trim(), a.active, now)?)
}

/// A user's new role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct UserRole {
    /// Whose.
    pub username: String,
    /// The role from now on.
    pub role: Role,
}

/// Changes a user's role (administrators), a ledger event.
pub fn set_user_role(cx: &mut Cx<'_>, r: UserRole) -> Result<User> {
    let me = cx.me()?;
    let now = cx.now()?;
    Ok(cx
        .store()
        .set_user_role(me, r.username.trim(), r.role, now)?)
}

/// Whose account history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Username {
    /// Login name.
    pub username: String,
}

/// The changes to a user's account, oldest first.
pub fn user_history(cx: &mut Cx<'_>, u: Username) -> Result<Vec<UserChange>> {
    let me = cx.me()?;
    let username = u.username.trim();
    if username.is_empty() {
        return Err(ApiError::field(
            "master.username_missing",
            "username",
            Default::default(),
        ));
    }
    Ok(cx.store().user_history(me, username)?)
}

/// A person's choice of language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct LanguageChoice {
    /// A tag (`en`, `fr`, `es`, `pt`, `ar`, or the pseudo-locale `en-XA`); none or blank for the
    /// machine's language.
    pub language: Option<String>,
}

/// Chooses the language Custody speaks to the signed-in person, from the next answer on (no
/// restart): the screens, refusals, verdicts and reports. Answers the tag now spoken (a
/// front end's forced language, such as the CLI's `--lang`, still wins).
pub fn set_my_language(cx: &mut Cx<'_>, c: LanguageChoice) -> Result<String> {
    let me = cx.me()?;
    let chosen = match crate::text(&c.language) {
        None => None,
        Some(tag) => Some(Lang::parse(&tag).ok_or_else(|| {
            ApiError::field(
                "auth.language_unknown",
                "language",
                args([
                    ("language", tag.clone().into()),
                    ("languages", Lang::ALL.map(Lang::tag).join(", ").into()),
                ]),
            )
        })?),
    };
    cx.store().set_user_language(me.id, chosen.map(Lang::tag))?;
    Ok(cx.host().languages().for_person(chosen).tag().to_string())
}
