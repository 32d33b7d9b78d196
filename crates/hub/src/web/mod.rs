//! The hub's read-only web page for its people (QA officers, administrators): server-rendered
//! HTML with a small style sheet and no script, so it works in any browser a hospital allows and
//! a screen of 1024 px. Every page but the sign-in form needs a signed-in hub user.
//!
//! - `session.rs`: sign-in and sign-out, the session cookie (a random token, HttpOnly,
//!   SameSite=Strict, Secure over TLS or behind a TLS proxy (`serve --secure-cookies`); only
//!   its SHA-256 kept at the hub) and the `SignedIn`
//!   extractor every page takes;
//! - `html.rs`: escaping (every value from a site or a person goes through `esc`), the page's
//!   frame and the headers that keep it inert (a Content-Security-Policy allowing no script);
//! - `alarms.rs`: open counterfeit and fork alarms, newest first, with their packs, patterns,
//!   sites and events; cleared and resolved ones behind a filter;
//! - `network.rs`: a recall's reach (a form), transfers in transit or lost, the sites;
//! - `recalls.rs`: the network recalls, and one reconciled: each site's outcomes in words (a
//!   patient notified or not yet), each pack and who recorded its outcome at its site.
//!
//! It reads through the same functions as the command line (`views`, `admin`, `recall`), so the
//! page and `custody-hub alarms|reach|transfers|site list|recall show` cannot disagree.

mod alarms;
mod html;
mod network;
mod recalls;
mod session;

use axum::routing::{get, post};
use axum::Router;

use crate::db::Database;

/// Whether the session cookie is marked `Secure`, so a browser never sends it in clear.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cookies {
    /// Not marked: the hub is reached over plain HTTP, where a Secure cookie would never come
    /// back.
    Plain,
    /// Marked: the browser reaches the hub over HTTPS, served by the hub itself or by a TLS
    /// proxy in front of it.
    Secure,
}

/// What the pages need: the database, and how the session cookie is marked.
#[derive(Debug, Clone)]
pub(crate) struct WebState {
    pub db: Database,
    pub cookies: Cookies,
}

/// The web page's routes over `db`.
pub(crate) fn routes(db: Database, cookies: Cookies) -> Router {
    Router::new()
        .route("/", get(session::home))
        .route("/style.css", get(html::style))
        .route(
            "/sign-in",
            get(session::sign_in_form).post(session::sign_in),
        )
        .route("/sign-out", post(session::sign_out))
        .route("/alarms", get(alarms::page))
        .route("/reach", get(network::reach))
        .route("/recalls", get(recalls::list))
        .route("/recalls/{id}", get(recalls::show))
        .route("/transfers", get(network::transfers))
        .route("/sites", get(network::sites))
        .with_state(WebState { db, cookies })
}
