//! Passwords: hashed with argon2id and a random salt (PHC string format), never stored or logged
//! in clear, and at least [`MIN_PASSWORD`] characters.

use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::Argon2;

use crate::error::{CoreError, CoreResult};

/// Shortest password accepted.
pub const MIN_PASSWORD: usize = 8;

/// Hashes a password with argon2id and a random salt (PHC string format).
pub fn hash_password(password: &str) -> CoreResult<String> {
    if password.chars().count() < MIN_PASSWORD {
        return Err(CoreError::refused("auth.password_too_short")
            .field("password")
            .arg("min", MIN_PASSWORD));
    }
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| {
            CoreError::refused("auth.password_unhashable")
                .field("password")
                .arg("detail", e.to_string())
        })
}

/// Whether `password` is the one `hash` was made from.
pub(crate) fn password_matches(hash: &str, password: &str) -> bool {
    PasswordHash::new(hash)
        .map(|h| {
            Argon2::default()
                .verify_password(password.as_bytes(), &h)
                .is_ok()
        })
        .unwrap_or(false)
}
