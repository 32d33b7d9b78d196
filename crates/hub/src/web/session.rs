//! Signing in to the web page and staying signed in. A session is a random 32-byte token in a
//! cookie (HttpOnly: no script reads it; SameSite=Strict: no other site's page sends it; Secure
//! when the hub serves TLS) and, at the hub, only its SHA-256 with the person and an expiry: 30
//! minutes after the last page, and never more than 12 hours after sign-in, as a workstation on
//! a ward is left signed in. A disabled account's sessions end with it.

use axum::extract::{Form, FromRequestParts, Query, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::html::{document, esc, failure};
use super::{Cookies, WebState};
use crate::auth::{new_token, token_digest};
use crate::people::{self, HubUser};
use crate::HubError;

/// The cookie's name.
const COOKIE: &str = "custody_hub_session";

/// Minutes without a page before a session ends.
pub(crate) const IDLE_MINUTES: i32 = 30;

/// Hours after sign-in when a session ends whatever happens.
pub(crate) const MAX_HOURS: i32 = 12;

/// The person a page is for: taken from the session cookie; without a live session the browser
/// is sent to the sign-in form instead.
#[derive(Debug)]
pub(super) struct SignedIn(pub HubUser);

impl FromRequestParts<WebState> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &WebState) -> Result<SignedIn, Response> {
        let Some(token) = cookie(&parts.headers) else {
            return Err(Redirect::to("/sign-in").into_response());
        };
        match session_user(state, &token).await {
            Ok(Some(user)) => Ok(SignedIn(user)),
            Ok(None) => Err(Redirect::to("/sign-in?expired=1").into_response()),
            Err(e) => Err(failure(e)),
        }
    }
}

/// The session cookie's token, if the request has one.
fn cookie(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value.to_string())
        .filter(|v| !v.is_empty())
}

/// The person whose live session `token` is, its expiry moved on by this page.
async fn session_user(state: &WebState, token: &str) -> Result<Option<HubUser>, HubError> {
    let client = state.db.client().await?;
    let row = client
        .query_opt(
            "UPDATE hub_session s \
             SET expires_at = least(now() + make_interval(mins => $2), \
                                    s.created_at + make_interval(hours => $3)) \
             FROM hub_user u \
             WHERE s.token_sha256 = $1 AND s.expires_at > now() \
               AND u.id = s.user_id AND u.active \
             RETURNING u.id, u.username, u.name, u.role",
            &[&token_digest(token), &IDLE_MINUTES, &MAX_HOURS],
        )
        .await
        .map_err(HubError::db("looking up a web session"))?;
    row.map(|r| HubUser::from_parts(r.get(0), r.get(1), r.get(2), r.get(3)))
        .transpose()
}

/// `GET /`: the alarms, which is what the page is for.
pub(super) async fn home() -> Redirect {
    Redirect::to("/alarms")
}

/// `?expired=1` after a session ended.
#[derive(Debug, Deserialize)]
pub(super) struct SignInQuery {
    expired: Option<String>,
}

/// `GET /sign-in`.
pub(super) async fn sign_in_form(Query(query): Query<SignInQuery>) -> Response {
    let expired = query.expired.is_some();
    let notice = if expired {
        Some("Your session ended. Sign in again.")
    } else {
        None
    };
    form(StatusCode::OK, "", notice, None)
}

/// The sign-in form, with the username kept and a notice or an error above it.
fn form(status: StatusCode, username: &str, notice: Option<&str>, error: Option<&str>) -> Response {
    let notice = notice
        .map(|n| format!("<p class=\"notice\">{}</p>", esc(n)))
        .unwrap_or_default();
    let error = error
        .map(|e| format!("<p class=\"error\" role=\"alert\">{}</p>", esc(e)))
        .unwrap_or_default();
    let body = format!(
        "<main class=\"signin\"><h1>Custody hub</h1>{notice}{error}\
         <form method=\"post\" action=\"/sign-in\">\
         <label>Username<input name=\"username\" autocomplete=\"username\" required value=\"{user}\"></label>\
         <label>Password<input name=\"password\" type=\"password\" autocomplete=\"current-password\" required></label>\
         <button type=\"submit\">Sign in</button></form></main>",
        user = esc(username),
    );
    document(status, "Sign in", &body)
}

/// The sign-in form's fields.
#[derive(Debug, Deserialize)]
pub(super) struct Credentials {
    username: String,
    password: String,
}

/// `POST /sign-in`: a session and its cookie, or the form again saying why not.
pub(super) async fn sign_in(
    State(state): State<WebState>,
    Form(credentials): Form<Credentials>,
) -> Response {
    let user = match people::sign_in(&state.db, &credentials.username, &credentials.password).await
    {
        Ok(user) => user,
        Err(e @ (HubError::SignInFailed | HubError::Disabled(_))) => {
            return form(
                StatusCode::UNAUTHORIZED,
                &credentials.username,
                None,
                Some(&e.to_string()),
            )
        }
        Err(e) => return failure(e),
    };
    match start(&state, &user).await {
        Ok(token) => {
            let mut response = Redirect::to("/alarms").into_response();
            set_cookie(&mut response, &token, state.cookies);
            response
        }
        Err(e) => failure(e),
    }
}

/// A new session for `user`; its token.
async fn start(state: &WebState, user: &HubUser) -> Result<String, HubError> {
    let token = new_token()?;
    let client = state.db.client().await?;
    client
        .execute(
            "INSERT INTO hub_session (token_sha256, user_id, expires_at) \
             VALUES ($1, $2, now() + make_interval(mins => $3))",
            &[&token_digest(&token), &user.id, &IDLE_MINUTES],
        )
        .await
        .map_err(HubError::db("starting a web session"))?;
    // Sessions that ended are of no use to anyone; a sign-in is a rare enough moment to sweep.
    client
        .execute("DELETE FROM hub_session WHERE expires_at <= now()", &[])
        .await
        .map_err(HubError::db("sweeping ended web sessions"))?;
    Ok(token)
}

/// Sets (or with an empty token, clears) the session cookie.
fn set_cookie(response: &mut Response, token: &str, cookies: Cookies) {
    let secure = match cookies {
        Cookies::Secure => "; Secure",
        Cookies::Plain => "",
    };
    let age = if token.is_empty() { "; Max-Age=0" } else { "" };
    let value = format!("{COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict{secure}{age}");
    // The token is base64url: always a valid header value.
    if let Ok(v) = HeaderValue::from_str(&value) {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
}

/// `POST /sign-out`: the session ends at the hub, and its cookie in the browser.
pub(super) async fn sign_out(State(state): State<WebState>, headers: HeaderMap) -> Response {
    if let Some(token) = cookie(&headers) {
        let ended = async {
            let client = state.db.client().await?;
            client
                .execute(
                    "DELETE FROM hub_session WHERE token_sha256 = $1",
                    &[&token_digest(&token)],
                )
                .await
                .map_err(HubError::db("ending a web session"))
        };
        if let Err(e) = ended.await {
            return failure(e);
        }
    }
    let mut response = Redirect::to("/sign-in").into_response();
    set_cookie(&mut response, "", state.cookies);
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_session_cookie_is_found_among_others() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("theme=dark; custody_hub_session=abc_-1; other=x"),
        );
        assert_eq!(
            cookie(&headers).as_deref(),
            Some("abc_-1"),
            "the browser sends every cookie of the host in one header"
        );
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("custody_hub_session="),
        );
        assert_eq!(cookie(&headers), None, "an emptied cookie is no session");
    }

    #[test]
    fn the_cookie_is_out_of_scripts_reach_and_other_sites_and_secure_over_tls() {
        let mut response = Response::new(axum::body::Body::empty());
        set_cookie(&mut response, "tok", Cookies::Secure);
        let value = response.headers()[header::SET_COOKIE]
            .to_str()
            .expect("ASCII");
        for part in ["HttpOnly", "SameSite=Strict", "Secure", "Path=/"] {
            assert!(
                value.split("; ").any(|p| p == part),
                "{part} keeps the token from scripts, other sites and plain HTTP: {value}"
            );
        }
    }
}
