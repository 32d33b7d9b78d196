//! Who acts, and with what: a [`Session`] holds the actor, the clock and the site's settings.
//! Only [`sign_in`] makes one for a person; the work nobody typed (the daily backup and alerts,
//! later the sync agent and the verification drainer) runs as a named system principal that only
//! this crate can make a session for. No front end can build an [`Actor`]: its fields are private
//! and it cannot be deserialized.

use std::sync::Arc;

use custody_core::{Role, Store, SystemPrincipal, Timestamp, User};
use custody_messages::Lang;
use serde::Serialize;
use ts_rs::TS;

use crate::clock::{system_now, Clock};
use crate::error::{ApiError, Result};
use crate::host::Languages;
use crate::settings::SiteSettings;
use crate::Host;

/// Who an operation acts for: a person who signed in, or a system principal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Actor {
    /// The user row the ledger names.
    #[serde(flatten)]
    user: User,
    /// Whether this is Custody acting on its own (a system principal) rather than a person.
    system: bool,
}

impl Actor {
    /// The user row the ledger names.
    pub fn user(&self) -> &User {
        &self.user
    }

    /// The login name (a system principal's is `custody:…`).
    pub fn username(&self) -> &str {
        &self.user.username
    }

    /// The person's full name, or the principal's description.
    pub fn name(&self) -> &str {
        &self.user.name
    }

    /// The role (a system principal's permissions come from its own table, not this).
    pub fn role(&self) -> Role {
        self.user.role
    }

    /// Whether Custody acts on its own.
    pub fn is_system(&self) -> bool {
        self.system
    }
}

/// A signed-in person, or a system principal at work, with the site's settings as they stand.
#[derive(Debug, Clone)]
pub struct Session {
    actor: Actor,
    clock: Arc<dyn Clock>,
    settings: SiteSettings,
    languages: Languages,
    lang: Lang,
}

impl Session {
    /// Who acts.
    pub fn actor(&self) -> &Actor {
        &self.actor
    }

    /// The site's settings, as read when this operation began.
    pub fn settings(&self) -> &SiteSettings {
        &self.settings
    }

    /// The language this session speaks: refusals, verdicts and reports come in it.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Now, on the session's clock.
    pub fn now(&self) -> Timestamp {
        self.clock.now()
    }

    /// Reads the site's settings and the person's language again, both in one read transaction
    /// (`Store::read_together`): each operation starts with the current ones, as another
    /// workstation may have changed them.
    pub(crate) fn refresh(&mut self, store: &Store) -> Result<()> {
        let (settings, lang) = store.read_together(|store| {
            // The person may have chosen another language on another workstation, or just now.
            Ok::<_, ApiError>((
                SiteSettings::read(store)?,
                person_lang(store, &self.actor, self.languages)?,
            ))
        })?;
        self.settings = settings;
        self.lang = lang;
        Ok(())
    }

    /// The session of a system principal: only this crate's background jobs make one.
    pub(crate) fn system(host: &Host, principal: SystemPrincipal) -> Result<Session> {
        let user = host.store().system_principal(principal)?;
        let languages = host.languages();
        Ok(Session {
            actor: Actor { user, system: true },
            clock: host.clock(),
            settings: SiteSettings::read(host.store())?,
            languages,
            lang: languages.before_sign_in(),
        })
    }
}

/// Signs a person in with their password (five wrong passwords lock the account for a while, on
/// the computer's clock whatever clock the host records with).
pub fn sign_in(host: &mut Host, username: &str, password: &str) -> Result<Session> {
    let user = host.store_mut().sign_in(username, password, system_now())?;
    let actor = Actor {
        user,
        system: false,
    };
    let languages = host.languages();
    Ok(Session {
        lang: person_lang(host.store(), &actor, languages)?,
        actor,
        clock: host.clock(),
        settings: SiteSettings::read(host.store())?,
        languages,
    })
}

/// The language a person's session speaks: forced by the front end, else their own setting,
/// else the front end's default. A system principal speaks the default.
fn person_lang(store: &Store, actor: &Actor, languages: Languages) -> Result<Lang> {
    if actor.system {
        return Ok(languages.before_sign_in());
    }
    let chosen = store
        .user_language(actor.user.id)?
        .and_then(|tag| Lang::parse(&tag));
    Ok(languages.for_person(chosen))
}
