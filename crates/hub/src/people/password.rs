//! Passwords: argon2id with a random salt (PHC string), as at a site, and at least
//! [`MIN_PASSWORD`] characters. Hashing takes tens of milliseconds of CPU on purpose, so it runs
//! on tokio's blocking threads rather than stalling the server's.

use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::Argon2;

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

/// Whether `password` is the one `hash` was made from (a hash that does not read matches
/// nothing).
pub(crate) async fn matches(hash: String, password: &str) -> Result<bool, HubError> {
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
