//! Passwords: argon2id with a random salt (PHC string), as at a site, and at least
//! [`MIN_PASSWORD`] characters. Hashing takes tens of milliseconds of CPU on purpose, so it runs
//! on tokio's blocking threads rather than stalling the server's.

use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::Argon2;
use std::cell::Cell;
use std::future::Future;

use crate::HubError;

/// Shortest password accepted (a site's rule).
pub const MIN_PASSWORD: usize = 8;

/// `password` hashed, or refused when too short.
pub(crate) async fn hash(password: &str) -> Result<String, HubError> {
    if password.chars().count() < MIN_PASSWORD {
        return Err(HubError::Invalid {
            what: "password",
            why: "must be at least 8 characters",
        });
    }
    let password = password.to_string();
    blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| HubError::Damaged(format!("a password could not be hashed: {e}")))
    })
    .await?
}

/// A hash of no one's password, made with the same parameters as every other (`Argon2::default()`,
/// which a test holds it to): a name that is unknown, or an account that is locked, is checked
/// against it or its own hash all the same, so a stopwatch cannot tell them from a wrong password.
pub(crate) const DUMMY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$0eUYjk9UMJjDWsdPZYKBgQ$xG7YWGO+LykStSkYnZ24KS327h4v394hcXTXrxzOb1o";

tokio::task_local! {
    /// Passwords checked against a hash by the task running [`counting_checks`].
    static CHECKS: Cell<usize>;
}

/// `work` done, with how many times it checked a password against a hash. Sign-in must check
/// exactly once whether the name is unknown, the account locked or the password wrong, and the
/// tests hold it to that by this count: a stopwatch on a busy machine cannot.
#[doc(hidden)]
pub async fn counting_checks<T>(work: impl Future<Output = T>) -> (T, usize) {
    CHECKS
        .scope(Cell::new(0), async move {
            let out = work.await;
            (out, CHECKS.with(Cell::get))
        })
        .await
}

/// Whether `password` is the one `hash` was made from (a hash that does not read matches
/// nothing).
pub(crate) async fn matches(hash: String, password: &str) -> Result<bool, HubError> {
    // Outside `counting_checks` there is nothing to count.
    let _ = CHECKS.try_with(|checks| checks.set(checks.get() + 1));
    let password = password.to_string();
    blocking(move || {
        PasswordHash::new(&hash)
            .map(|h| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &h)
                    .is_ok()
            })
            .unwrap_or(false)
    })
    .await
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, HubError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| HubError::Damaged(format!("password hashing stopped: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use argon2::{Algorithm, Params};

    #[test]
    fn the_dummy_hash_costs_what_a_real_one_costs() {
        let dummy = PasswordHash::new(DUMMY_HASH).expect("the dummy hash reads");
        let params = Params::try_from(&dummy).expect("its parameters read");
        let default = Params::default();
        assert_eq!(
            (
                dummy.algorithm.as_str(),
                params.m_cost(),
                params.t_cost(),
                params.p_cost()
            ),
            (
                Algorithm::default().as_str(),
                default.m_cost(),
                default.t_cost(),
                default.p_cost()
            ),
            "an unknown name must take as long to refuse as a wrong password; if argon2's \
             defaults change, make the dummy again with `hash`"
        );
    }
}
