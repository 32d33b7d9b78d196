//! The site: setting up a new database (its site and first administrator, or the demonstration
//! pharmacy) and what the sign-in screen may know before anyone signs in.

use custody_core::demo::DemoSummary;
use custody_core::{Site, User};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{ApiError, Result};
use crate::Cx;

/// A new database's first run, from the window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct FirstRun {
    /// Load the demonstration pharmacy instead.
    #[serde(default)]
    pub demo: bool,
    /// Site code.
    #[serde(default)]
    pub site_code: String,
    /// Site name.
    #[serde(default)]
    pub site_name: String,
    /// The first administrator's username.
    #[serde(default)]
    pub admin: String,
    /// Their full name.
    #[serde(default)]
    pub admin_name: String,
    /// Their password.
    #[serde(default)]
    pub password: String,
    /// The same again.
    #[serde(default)]
    pub password_again: String,
}

/// The site set up, and its first administrator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SetUp {
    /// The site.
    pub site: Site,
    /// The first administrator (none when the demonstration data was loaded).
    pub admin: Option<User>,
}

/// Sets up a new database: its site and first administrator, or the small demonstration
/// pharmacy. Answered before anyone signs in, so only while nobody could: a database that is
/// set up is never set up again.
pub fn first_run(cx: &mut Cx<'_>, f: FirstRun) -> Result<SetUp> {
    let now = cx.now()?;
    let store = cx.store();
    if store.is_initialised()? {
        return Err(ApiError::new("master.already_set_up", Default::default()));
    }
    if f.demo {
        demo(cx, custody_core::demo::Scale::Small)?;
        let store = cx.store();
        let site = store
            .site()?
            .ok_or_else(|| ApiError::new("master.already_set_up", Default::default()))?;
        return Ok(SetUp { site, admin: None });
    }
    if f.password != f.password_again {
        return Err(ApiError::field(
            "auth.passwords_differ",
            "password_again",
            Default::default(),
        ));
    }
    let (site, admin) = store.init(
        f.site_code.trim(),
        f.site_name.trim(),
        f.admin.trim(),
        f.admin_name.trim(),
        &f.password,
        now,
    )?;
    Ok(SetUp {
        site,
        admin: Some(admin),
    })
}

/// Loads the demonstration pharmacy of `size` (a scale, and the years of history before its
/// window) into a new database (the command line's `custody demo --scale … --years …`; the
/// window's first run loads the small one). Core refuses any
/// database that holds anything: demonstration data never mixes with a pharmacy's.
pub fn demo(cx: &mut Cx<'_>, size: impl Into<custody_core::demo::DemoSize>) -> Result<DemoSummary> {
    demo_as(cx, size, custody_core::demo::DEMO_SITE)
}

/// [`demo`] under the site code `site` (`custody demo --site-code`), so that a second
/// demonstration database can join the same hub as the first.
pub fn demo_as(
    cx: &mut Cx<'_>,
    size: impl Into<custody_core::demo::DemoSize>,
    site: &str,
) -> Result<DemoSummary> {
    let now = cx.now()?;
    Ok(cx.store().create_demo_as(size, site, now)?)
}
