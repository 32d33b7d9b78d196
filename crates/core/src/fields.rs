//! What a person or a file typed, checked the same way everywhere: a text field trimmed and
//! bounded, a GTIN refused with the decoder's reason, a stored date read back, a search turned
//! into a LIKE pattern.

use chrono::NaiveDate;

use crate::error::{CoreError, CoreResult};

/// A text field trimmed, or refused when empty, longer than `max` characters or holding control
/// characters. `field` is the form's name for it (`site_code`, `reason`): the refusal names it so
/// the screen can highlight it and the sentence can say which.
pub(crate) fn clean(field: &str, v: &str, max: usize) -> CoreResult<String> {
    let v = v.trim();
    if v.is_empty() {
        return Err(CoreError::refused("master.text_empty").field(field));
    }
    if v.chars().count() > max {
        return Err(CoreError::refused("master.text_too_long")
            .field(field)
            .arg("max", max));
    }
    if v.chars().any(char::is_control) {
        return Err(CoreError::refused("master.text_control").field(field));
    }
    Ok(v.to_string())
}

/// `master.gtin_invalid`: `value` given in `field` is not a GTIN, for the reason `detail` (the
/// GS1 decoder's words).
pub(crate) fn gtin_invalid(field: &str, value: &str, detail: &str) -> CoreError {
    CoreError::refused("master.gtin_invalid")
        .field(field)
        .arg("value", crate::error::shown(value.trim()))
        .arg("detail", detail)
}

/// A LIKE pattern matching `s` anywhere, with `%`, `_` and `\` taken literally.
pub(crate) fn like_pattern(s: &str) -> String {
    format!(
        "%{}%",
        s.replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_")
    )
}

/// A stored `YYYY-MM-DD` date, if any.
pub(crate) fn parse_date(s: Option<String>) -> Option<NaiveDate> {
    s.and_then(|s| s.parse().ok())
}

/// A short code (a site, location or partner code, a username): a trimmed text of at most 40
/// letters, digits, `-`, `_` or `.`.
pub(crate) fn code(field: &str, v: &str) -> CoreResult<String> {
    let v = clean(field, v, 40)?;
    if !v
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
    {
        return Err(CoreError::refused("master.code_characters")
            .field(field)
            .arg("value", v));
    }
    Ok(v)
}

/// A uniqueness violation as the refusal `code` with the key given twice; any other SQLite
/// failure as itself.
pub(crate) fn unique(e: rusqlite::Error, code: &'static str, key: &str) -> CoreError {
    match e {
        rusqlite::Error::SqliteFailure(f, _)
            if f.code == rusqlite::ErrorCode::ConstraintViolation =>
        {
            CoreError::refused(code).arg("key", key)
        }
        e => e.into(),
    }
}
